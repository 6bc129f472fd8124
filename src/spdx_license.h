#ifndef CRA_SPDX_LICENSE_H
#define CRA_SPDX_LICENSE_H

#include <stddef.h>

/*
 * SPDX licence identifiers and licence expressions (SPDX 2.3 Annex D and
 * SPDX 3.0's licence expression annex), checked against the SPDX licence
 * and exception lists.
 *
 * The lists are data, not code, so that they can follow the SPDX License
 * List without a rebuild: DATADIR/data/spdx/licenses.txt and
 * exceptions.txt, one id per line, "#" comments, an id optionally
 * followed by the word "deprecated". The first comment names the list's
 * version ("# SPDX License List 3.29.0, ...").
 *
 * Matching follows the annex: licence and exception ids are compared
 * without regard to case (a spelling that differs from the list's is a
 * warning), operators are AND, OR and WITH written all upper case or all
 * lower case, WITH binds tighter than AND, which binds tighter than OR.
 */

struct spdx_license_list;	/* opaque */

/* An id of the lists, as the list spells it. */
struct spdx_id {
	const char *id;		/* borrowed from the list */
	unsigned deprecated:1;
	unsigned exception:1;	/* from exceptions.txt */
};

/*
 * Read DATADIR/data/spdx/licenses.txt and exceptions.txt. -1 with the
 * error set when either is missing, unreadable or holds a line that is no
 * id.
 */
int spdx_license_list_load(struct spdx_license_list **out,
			   const char *datadir);
/* The same from text in memory (the two files' contents). */
int spdx_license_list_parse(struct spdx_license_list **out,
			    const char *licenses, size_t licenses_len,
			    const char *exceptions, size_t exceptions_len);
void spdx_license_list_free(struct spdx_license_list *list);

/* The list's version from the licence file's header, or "unknown". */
const char *spdx_license_list_version(const struct spdx_license_list *list);
/* How many licence ids, and how many exception ids, the lists hold. */
size_t spdx_license_list_count(const struct spdx_license_list *list,
			       int exceptions);

/* A licence (or exception) id, case-insensitively; NULL when unknown. */
const struct spdx_id *spdx_license_find(const struct spdx_license_list *list,
					const char *id, size_t len);
const struct spdx_id *spdx_exception_find(
	const struct spdx_license_list *list, const char *id, size_t len);

/*
 * One finding about an expression. column counts characters (UTF-8 code
 * points) from 1 at the start of the expression; code is one of
 *
 *   license-expression   E  not an expression: syntax, an operator in
 *                           mixed case, WITH after a parenthesis, ...
 *   license-id           E  a licence id not on the licence list (an
 *                           exception where a licence belongs included)
 *   license-exception    E  after WITH, an id that is not on the
 *                           exception list (a licence included)
 *   license-deprecated   W  an id the list marks deprecated
 *   license-case         W  an id spelt in another case than the list's
 */
struct spdx_license_problem {
	unsigned column;
	const char *code;	/* static; NULL when there is no problem */
	char message[192];
};

struct spdx_license_result {
	struct spdx_license_problem error;	/* the first error */
	struct spdx_license_problem warning;	/* the first warning */
	unsigned warnings;			/* how many warnings */
	unsigned licenses;			/* licence terms seen */
};

/*
 * Check expr[len] (not NUL-terminated). Returns 0 when it is a valid
 * expression, warnings or not, and -1 when it is not, out->error saying
 * why and where. With list NULL only the grammar is checked: any idstring
 * passes for a licence or an exception. The error is not set: an invalid
 * expression is a verdict, not a failure.
 */
int spdx_license_check(struct spdx_license_result *out,
		       const struct spdx_license_list *list,
		       const char *expr, size_t len);

#endif
