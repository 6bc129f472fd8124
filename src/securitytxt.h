#ifndef CRA_SECURITYTXT_H
#define CRA_SECURITYTXT_H

#include <stddef.h>
#include <stdint.h>

#include "time_window.h"

/*
 * security.txt (RFC 9116): parse a file, cleartext-signed or not, into its
 * fields and check it against every rule of the RFC, judged at a given
 * time. Each problem carries a stable code, a severity, the line and
 * column it was found at in the input and a message. Nothing here prints,
 * exits or knows about Lua: the caller decides what to show.
 *
 * Problem codes (E error, W warning; section numbers are RFC 9116's):
 *
 *   too-large                    E  over 32 KiB; nothing else is checked
 *                                   (5.4)
 *   too-many-lines               W  over 1000 lines (5.4)
 *   field-too-long               W  a field over 2048 bytes (5.4)
 *   utf8-bom                     E  file starts with a byte order mark
 *   invalid-utf8                 E  a line is not UTF-8 (4); line skipped
 *   control-character            E  a control character other than tab,
 *                                   NUL included (4); line skipped
 *   bare-cr                      E  a carriage return not followed by a
 *                                   line feed (2.2); line skipped
 *   no-final-newline             E  the last line has no line ending (4)
 *   bad-field-syntax             E  not "name: value", a comment starting
 *                                   with '#', or a blank line (4)
 *   bad-continuation             E  a line starting with a blank outside a
 *                                   field that may fold (4, RFC 5322 3.2.5)
 *   missing-contact              E  no Contact field (2.5.3)
 *   missing-expires              E  no Expires field (2.5.5)
 *   expires-multiple             E  Expires more than once (2.5.5)
 *   expires-invalid              E  Expires is not an RFC 3339 date-time
 *   expires-space-separator      W  date and time separated by a space, as
 *                                   RFC 3339 5.6 tolerates but the grammar
 *                                   does not
 *   expired                      E  Expires is not after the evaluation
 *                                   time (2.5.5)
 *   expires-far                  W  Expires more than a year after the
 *                                   evaluation time (2.5.5)
 *   invalid-uri                  E  a value is not a URI (RFC 3986 3)
 *   not-https                    E  a web URI with http, or a CSAF URI that
 *                                   is not https (2.5, CSAF 2.0 7.1.8)
 *   unexpected-scheme            W  Contact neither https, mailto nor tel;
 *                                   Acknowledgments, Canonical, Hiring or
 *                                   Policy not https
 *   csaf-not-provider-metadata   E  CSAF does not name a
 *                                   provider-metadata.json
 *   multiple-preferred-languages E  Preferred-Languages more than once
 *                                   (2.5.8)
 *   bad-language-tag             E  not a comma-separated list of BCP 47
 *                                   language tags (2.5.8, RFC 5646 2.1)
 *   signed-without-canonical     W  signed but no Canonical field (2.3)
 *   outside-signed-block         E  content before or after the signed
 *                                   message (4)
 *   bad-armor                    E  the cleartext signature framework is
 *                                   malformed (RFC 4880 7)
 *   bad-dash-escape              E  a signed line starting with '-' is not
 *                                   dash-escaped (RFC 4880 7.1)
 *   signature-unverified         W  signed, but the signature was not
 *                                   checked or gpg could not check it
 *   signature-bad                E  gpg says the signature does not match
 *
 * Unknown fields are kept in fields[] without comment (2.4).
 */

#define SECTXT_MAX_SIZE (32 * 1024)
#define SECTXT_MAX_LINES 1000
#define SECTXT_MAX_FIELD 2048

enum sectxt_severity {
	SECTXT_ERROR,
	SECTXT_WARNING,
};

struct sectxt_problem {
	enum sectxt_severity severity;
	const char *code;	/* borrowed; one of the codes above */
	unsigned line;		/* 1-based; 0 when about the whole file */
	unsigned column;	/* 1-based, in bytes; 0 when unknown */
	char *message;		/* lower case, no full stop */
};

struct sectxt_field {
	char *name;		/* as written, e.g. "cONTACT" */
	char *value;		/* trailing blanks dropped; a folded value
				 * has its line breaks removed */
	unsigned line;		/* of the name */
	unsigned name_column;
	unsigned column;	/* of the value */
};

enum sectxt_signature {
	SECTXT_UNSIGNED,
	SECTXT_SIG_UNCHECKED,	/* signed; securitytxt_verify() not run */
	SECTXT_SIG_UNVERIFIED,	/* gpg had no key, or no gpg */
	SECTXT_SIG_VALID,
	SECTXT_SIG_BAD,
};

struct securitytxt {
	struct sectxt_field *fields;	/* in file order */
	size_t nfields;
	struct sectxt_problem *problems; /* by line, then column */
	size_t nproblems;

	int is_signed;		/* an OpenPGP cleartext-signed message */
	enum sectxt_signature signature;
	int has_expires;	/* the first Expires is a valid date-time */
	int64_t expires;	/* it, in seconds since the epoch; else 0 */

	/* where the signed message lies in the input, for
	 * securitytxt_verify() */
	size_t signed_start, signed_len;
	unsigned signature_line;
};

void securitytxt_init(struct securitytxt *st);

/*
 * Parse and check data[len], judged at `now` (seconds since the epoch).
 * *out is overwritten and must be released afterwards. A signed file is
 * parsed from its signed text, with the positions of the input, and gets
 * a signature-unverified warning until securitytxt_verify() says more.
 * gpg is not run here, so parsing stays fast and safe on any input.
 * Return 0 when the data could be checked, whatever problems it has.
 */
int securitytxt_parse(struct securitytxt *out, const char *data, size_t len,
		      int64_t now);
/* The same, judged in a time window, which it narrows (time_window.h). */
int securitytxt_parse_at(struct securitytxt *out, const char *data,
			 size_t len, struct time_window *now);

/*
 * Verify the signature of a signed file that st was parsed from (data and
 * len must be the same), by running gpg (see clearsign_verify()): a valid
 * signature drops the signature-unverified warning, a bad one becomes a
 * signature-bad error, and an unverified one says why. Does nothing for
 * an unsigned file. Return -1 with an error set when gpg could not be
 * run for lack of a temporary file or a pipe.
 */
int securitytxt_verify(struct securitytxt *st, const char *data, size_t len);

size_t securitytxt_count_errors(const struct securitytxt *st);

/* The i-th field called name, compared without regard to ASCII case;
 * NULL when there are fewer. Borrowed from st. */
const struct sectxt_field *securitytxt_field(const struct securitytxt *st,
					     const char *name, size_t i);

/* "error" or "warning" */
const char *securitytxt_severity_name(enum sectxt_severity severity);

void securitytxt_release(struct securitytxt *st);

#endif
