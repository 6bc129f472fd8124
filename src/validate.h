#ifndef CRA_VALIDATE_H
#define CRA_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

/*
 * Checking one evidence file on its own, outside any repository: what
 * `git cra validate` does. Each type's parser and validator report
 * problems with their line and column; this module gathers them into one
 * list, whatever the format.
 */

enum evidence_type {
	EVIDENCE_UNKNOWN,
	EVIDENCE_SBOM,
	EVIDENCE_SECURITY_TXT,
	EVIDENCE_VEX,
	EVIDENCE_PRODUCT,
};

struct validate_problem {
	unsigned line;		/* 1-based; 0 for the whole file */
	unsigned column;
	int is_error;		/* else a warning */
	char *code;		/* stable, e.g. "expired", "hash-length" */
	char *message;
};

struct validation {
	enum evidence_type type;
	char *detail;		/* what was read, e.g. "CycloneDX 1.6, 35 components" */
	struct validate_problem *problems;
	size_t count;
	size_t errors;
};

struct validate_options {
	int64_t now;		/* judge dates at this time */
	const char *profile;	/* an SBOM profile, or NULL */
	const char *datadir;	/* data files (licence lists) */
	int verify_signatures;	/* run gpg on signed security.txt */
};

const char *evidence_type_name(enum evidence_type type);
int evidence_type_parse(enum evidence_type *out, const char *name);
/* The type a file seems to be, from its name and then its first bytes. */
enum evidence_type evidence_type_guess(const char *path, const char *data,
				       size_t len);

/*
 * Validate data[len] as `type`. Returns 0 when the file could be
 * checked (problems may be recorded), -1 when it could not.
 */
int validate_evidence(struct validation *out, enum evidence_type type,
		      const char *path, const char *data, size_t len,
		      const struct validate_options *opts);
void validation_release(struct validation *v);

#endif
