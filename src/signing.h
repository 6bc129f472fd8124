#ifndef CRA_SIGNING_H
#define CRA_SIGNING_H

#include <stddef.h>
#include <stdint.h>
#include <git2.h>

#include "buf.h"

/*
 * Signing and verifying the way git signs tags and commits, from the
 * user's own git configuration:
 *
 *   gpg.format               openpgp (default) or ssh
 *   user.signingKey          ssh: a key file (~ expanded) or a literal
 *                            public key ("ssh-ed25519 AAAA...", "key::...")
 *                            whose private half is in the agent;
 *                            openpgp: a key id (default: the committer)
 *   gpg.program, gpg.openpgp.program, gpg.ssh.program
 *   gpg.ssh.allowedSignersFile
 *
 * The programs are run with an argument vector, never through a shell.
 */

enum signing_format {
	SIGNING_OPENPGP,
	SIGNING_SSH,
};

struct ssh_allowed_cache;

struct signer {
	enum signing_format format;
	char *key;		/* user.signingKey, or NULL */
	char *committer;	/* "Name <email>", for openpgp without a key */
	char *gpg_program;
	char *ssh_program;
	char *allowed_signers;	/* gpg.ssh.allowedSignersFile, or NULL */
	/*
	 * The allowed signers file as last parsed, keyed by its path: an
	 * audit checks hundreds of signatures against one file. Behind a
	 * pointer so that signer_verify() fills it through a const signer.
	 */
	struct ssh_allowed_cache *ssh_cache;
};

int signer_load(struct signer *out, git_repository *repo);
void signer_release(struct signer *s);

/*
 * Sign data[len]: an armored SSH signature under `namespace`, or an
 * armored detached OpenPGP signature. Appended to out.
 */
int signer_sign(struct buf *out, const struct signer *s,
		const char *namespace, const char *data, size_t len);

enum verify_status {
	VERIFY_GOOD,
	VERIFY_BAD,		/* the signature does not match the data */
	VERIFY_UNTRUSTED,	/* a signer not allowed, or not at that time */
};

struct verify_result {
	enum verify_status status;
	struct buf signer;	/* the principal or key, when known */
	struct buf detail;	/* what the program said, one line */
};

/*
 * Verify an armored signature (SSH or OpenPGP, told apart by its armor)
 * over data[len]. For SSH the signer must be in the allowed signers file
 * and valid at `when` (seconds since the epoch); Ed25519, ECDSA and RSA
 * signatures are checked in the process (sshsig.h), the others by
 * gpg.ssh.program. Returns 0 with the verdict in out, or -1 when the
 * verification program could not run.
 */
int signer_verify(struct verify_result *out, const struct signer *s,
		  const char *namespace, const char *data, size_t len,
		  const char *sig, size_t sig_len, int64_t when);
void verify_result_release(struct verify_result *r);

#endif
