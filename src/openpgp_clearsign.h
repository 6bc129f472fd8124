#ifndef CRA_OPENPGP_CLEARSIGN_H
#define CRA_OPENPGP_CLEARSIGN_H

#include <stddef.h>

/*
 * OpenPGP cleartext signatures (RFC 4880 section 7, RFC 9580 section 7):
 *
 *	-----BEGIN PGP SIGNED MESSAGE-----
 *	Hash: SHA256
 *
 *	the signed text, each line starting with "-" written as "- -"
 *	-----BEGIN PGP SIGNATURE-----
 *	(armor headers, a blank line, radix-64 data, "=" checksum)
 *	-----END PGP SIGNATURE-----
 *
 * clearsign_parse() checks that framework and hands back the signed text
 * with the dash-escaping undone, so that the text can be parsed like an
 * unsigned file. It never trusts the text: gpg's verdict, from
 * clearsign_verify(), is what says whether the signature holds. Anything
 * before the first line or after the last is an error, since it would be
 * read by a person but covered by no signature.
 *
 * Lines end in LF or CR LF, in the framework too (RFC 9116 erratum 7743).
 */

/* Problem codes recorded by clearsign_parse(); all are errors. */
#define CLEARSIGN_OUTSIDE "outside-signed-block"
#define CLEARSIGN_BAD_ARMOR "bad-armor"
#define CLEARSIGN_BAD_DASH_ESCAPE "bad-dash-escape"

struct clearsign_problem {
	const char *code;	/* one of the CLEARSIGN_* codes above */
	unsigned line;		/* 1-based */
	unsigned column;	/* 1-based */
	char *message;
};

struct clearsign {
	/*
	 * The signed text with dash-escaping undone, every line with its
	 * own line ending as in the input; NUL-terminated, and may hold
	 * NULs of its own, so use len.
	 */
	char *text;
	size_t len;
	unsigned first_line;	/* input line of the text's first line */
	/* per line of text: 1 when its "- " prefix was removed, which
	 * moves its columns two to the left of the input's */
	unsigned char *escaped;
	size_t nlines;

	/* the framework from "-----BEGIN PGP SIGNED MESSAGE-----" to the
	 * line ending after "-----END PGP SIGNATURE-----", as offsets into
	 * the input: what clearsign_verify() should be given */
	size_t block_start, block_len;
	unsigned signature_line; /* of "-----BEGIN PGP SIGNATURE-----", or 0 */

	struct clearsign_problem *problems;
	size_t nproblems;
};

void clearsign_init(struct clearsign *cs);

/* 1 when data[len] has a "-----BEGIN PGP SIGNED MESSAGE-----" line. */
int clearsign_detect(const char *data, size_t len);

/*
 * Take data[len] apart into *out, which is overwritten. Return 0 when it
 * is a cleartext-signed message, well formed or not (problems record what
 * is wrong, and text holds whatever could be recovered), and -1 with an
 * error set when data holds no signed message at all.
 */
int clearsign_parse(struct clearsign *out, const char *data, size_t len);

void clearsign_release(struct clearsign *cs);

enum clearsign_verdict {
	CLEARSIGN_UNVERIFIED,	/* no key, no gpg, or gpg could not decide */
	CLEARSIGN_VALID,	/* gpg said GOODSIG and VALIDSIG, exit 0 */
	CLEARSIGN_BAD,		/* gpg said BADSIG: the text was altered */
};

/*
 * Verify the signed message data[len] by running gpg on it (found on
 * PATH, with GNUPGHOME and the rest of the environment as the user has
 * them; no shell, no key fetching). *reason is set to a borrowed
 * lower-case phrase for an unverified signature ("no public key", "gpg
 * not found", ...) and to NULL otherwise. Return 0 with *out set, or -1
 * with an error set when the check could not be made at all (no
 * temporary file, no pipe).
 */
int clearsign_verify(enum clearsign_verdict *out, const char **reason,
		     const char *data, size_t len);

#endif
