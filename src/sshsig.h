#ifndef CRA_SSHSIG_H
#define CRA_SSHSIG_H

#include <stddef.h>
#include <stdint.h>

#include "buf.h"

/*
 * SSH signatures as `ssh-keygen -Y sign` makes them (OpenSSH's
 * PROTOCOL.sshsig) and the allowed signers file of ssh-keygen(1), checked
 * in the process with libcrypto. An audit checks hundreds of signatures,
 * and running ssh-keygen twice for each cost more than the rest of it.
 *
 * The verdicts are those that signing.c got from `ssh-keygen -Y
 * find-principals` followed by `ssh-keygen -Y verify -I <the first
 * principal found>`: the same lines match, with the same patterns, times
 * and options, and the messages are ssh-keygen's where it has one, so
 * that a detail reads the same whichever path gave it. What is not
 * implemented here (certificates, security keys, DSA, any other key type)
 * is reported by sshsig_handled() before any verdict, and the caller runs
 * ssh-keygen instead.
 *
 * One difference is deliberate: a signature that cannot be decoded at all
 * is BAD here, where ssh-keygen's find-principals fails first and the
 * caller used to report the signer as untrusted.
 */

enum sshsig_key_type {
	SSHSIG_KEY_OTHER,	/* a type this module does not handle */
	SSHSIG_KEY_ED25519,
	SSHSIG_KEY_ECDSA_P256,
	SSHSIG_KEY_ECDSA_P384,
	SSHSIG_KEY_ECDSA_P521,
	SSHSIG_KEY_RSA,
};

/* A decoded signature: magic, version, then five strings. */
struct sshsig {
	struct buf blob;		/* the binary signature */
	uint32_t version;
	char *key_type;			/* the public key's type name */
	enum sshsig_key_type type;
	/*
	 * The public key in its one canonical encoding, for comparing and
	 * for the fingerprint; empty when the type is not handled here.
	 */
	struct buf key;
	/*
	 * The fields after the key. When one of them cannot be read they
	 * are NULL and `problem` says why: ssh-keygen reads only the key
	 * before it looks for the signer, so that such a signature is still
	 * UNTRUSTED when nobody may sign with that key.
	 */
	char *namespace;
	char *hash_alg;
	const unsigned char *signature;	/* into blob */
	size_t signature_len;
	struct buf problem;		/* empty when everything was read */
};

/*
 * Decode an armored signature (-----BEGIN SSH SIGNATURE----- ...) of
 * armored[len], which may hold any bytes. Returns 0, or -1 with the
 * reason in error_last() when not even the public key can be read (bad
 * armor or base64, wrong magic, a later version, a truncated or invalid
 * key); out must then be released all the same.
 */
int sshsig_parse(struct sshsig *out, const char *armored, size_t len);
void sshsig_release(struct sshsig *sig);

/*
 * Whether sshsig_check() can judge this signature at `when` (seconds
 * since the epoch): a key type handled here, and a time that ssh-keygen's
 * -Overify-time could express.
 */
int sshsig_handled(const struct sshsig *sig, int64_t when);

/* An allowed signers file, parsed once for any number of checks. */
struct sshsig_allowed;

/* Read and parse the file at path. Returns 0, or -1 with error_last(). */
int sshsig_allowed_load(struct sshsig_allowed **out, const char *path);
/* The same from text[len]; path only names the file in messages. */
void sshsig_allowed_parse(struct sshsig_allowed **out, const char *path,
			  const char *text, size_t len);
void sshsig_allowed_free(struct sshsig_allowed *a);
/* The path it was loaded from (borrowed). */
const char *sshsig_allowed_path(const struct sshsig_allowed *a);

enum sshsig_verdict {
	SSHSIG_GOOD,
	SSHSIG_BAD,		/* no match with the data, or not allowed */
	SSHSIG_UNTRUSTED,	/* no line has this key at that time */
};

/*
 * Judge a signature that sshsig_handled() accepted: over data[len],
 * made under `namespace`, by a key that `allowed` lists at `when`. The
 * principal is appended to signer and a one-line message to detail.
 */
enum sshsig_verdict sshsig_check(struct buf *signer, struct buf *detail,
				 const struct sshsig *sig,
				 const struct sshsig_allowed *allowed,
				 const char *namespace, const void *data,
				 size_t len, int64_t when);

/*
 * OpenSSH's pattern lists: comma-separated patterns with `*` and `?`,
 * a leading `!` negating one. Returns 1 when string matches a pattern
 * and no negated one, -1 when it matches a negated one, 0 otherwise.
 */
int sshsig_match_list(const char *string, const char *patterns);

#endif
