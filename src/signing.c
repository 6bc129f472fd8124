#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "identity.h"
#include "rfc3339.h"
#include "run_command.h"
#include "signing.h"
#include "sshsig.h"
#include "temp_file.h"

struct ssh_allowed_cache {
	char *path;
	struct sshsig_allowed *allowed;
};

static char *config_string(git_config *config, const char *key)
{
	git_buf value = GIT_BUF_INIT_CONST(NULL, 0);
	char *s = NULL;

	memset(&value, 0, sizeof(value));
	if (!git_config_get_string_buf(&value, config, key))
		s = xstrdup(value.ptr);
	git_buf_dispose(&value);
	git_error_clear();
	return s;
}

static char *expand_home(char *path)
{
	const char *home = getenv("HOME");
	struct buf b = BUF_INIT;

	if (!path || strncmp(path, "~/", 2) || !home)
		return path;
	buf_printf(&b, "%s/%s", home, path + 2);
	free(path);
	return buf_detach(&b, NULL);
}

int signer_load(struct signer *out, git_repository *repo)
{
	git_config *config = NULL;
	git_signature *who = NULL;
	char *format;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	out->ssh_cache = xcalloc(1, sizeof(*out->ssh_cache));
	if (git_repository_config_snapshot(&config, repo) < 0)
		return error_from_git("cannot read the git configuration");
	format = config_string(config, "gpg.format");
	if (!format || !strcmp(format, "openpgp")) {
		out->format = SIGNING_OPENPGP;
	} else if (!strcmp(format, "ssh")) {
		out->format = SIGNING_SSH;
	} else {
		error_set("gpg.format '%s' is not supported (openpgp or ssh)",
			  format);
		goto done;
	}
	out->key = expand_home(config_string(config, "user.signingkey"));
	out->gpg_program = config_string(config, "gpg.openpgp.program");
	if (!out->gpg_program)
		out->gpg_program = config_string(config, "gpg.program");
	if (!out->gpg_program)
		out->gpg_program = xstrdup("gpg");
	out->ssh_program = config_string(config, "gpg.ssh.program");
	if (!out->ssh_program)
		out->ssh_program = xstrdup("ssh-keygen");
	out->allowed_signers = expand_home(
		config_string(config, "gpg.ssh.allowedsignersfile"));
	if (!identity_committer(&who, repo)) {
		struct buf b = BUF_INIT;

		buf_printf(&b, "%s <%s>", who->name, who->email);
		out->committer = buf_detach(&b, NULL);
	}
	git_error_clear();
	ret = 0;
done:
	free(format);
	git_signature_free(who);
	git_config_free(config);
	if (ret < 0)
		signer_release(out);
	return ret;
}

void signer_release(struct signer *s)
{
	if (!s)
		return;
	free(s->key);
	free(s->committer);
	free(s->gpg_program);
	free(s->ssh_program);
	free(s->allowed_signers);
	if (s->ssh_cache) {
		free(s->ssh_cache->path);
		sshsig_allowed_free(s->ssh_cache->allowed);
		free(s->ssh_cache);
	}
	memset(s, 0, sizeof(*s));
}

static int read_whole_file(struct buf *out, const char *path)
{
	char chunk[8192];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return error_set("cannot read '%s': %s", path,
				 strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
	return 0;
}

/* The first line of a program's complaint, for an error message. */
static const char *first_line(struct buf *b)
{
	char *nl;

	if (!b->len)
		return "no message";
	nl = strchr(b->ptr, '\n');
	if (nl)
		*nl = '\0';
	return b->ptr;
}

static int is_literal_ssh_key(const char *key)
{
	return !strncmp(key, "key::", 5) || !strncmp(key, "ssh-", 4) ||
		!strncmp(key, "ecdsa-", 6) || !strncmp(key, "sk-", 3);
}

static int sign_ssh(struct buf *out, const struct signer *s,
		    const char *namespace, const char *data, size_t len)
{
	char *data_path = NULL, *key_path = NULL;
	struct buf sig_path = BUF_INIT;
	struct run_command cmd;
	const char *argv[10];
	int argc = 0, ret = -1, literal;

	if (!s->key)
		return error_set("cannot sign: gpg.format is ssh but "
				 "user.signingKey is not set");
	literal = is_literal_ssh_key(s->key);
	if (literal && temp_file_write(&key_path, "key",
				  s->key + (!strncmp(s->key, "key::", 5) ? 5 : 0),
				  strlen(s->key) -
				  (!strncmp(s->key, "key::", 5) ? 5 : 0)) < 0)
		return -1;
	if (temp_file_write(&data_path, "payload", data, len) < 0)
		goto done;
	argv[argc++] = s->ssh_program;
	argv[argc++] = "-Y";
	argv[argc++] = "sign";
	argv[argc++] = "-n";
	argv[argc++] = namespace;
	argv[argc++] = "-f";
	argv[argc++] = literal ? key_path : s->key;
	if (literal)
		argv[argc++] = "-U";
	argv[argc++] = data_path;
	argv[argc] = NULL;
	run_command_init(&cmd, argv);
	if (run_command(&cmd) < 0)
		goto release;
	if (cmd.status) {
		error_set("cannot sign with '%s': %s", s->key,
			  first_line(&cmd.err));
		goto release;
	}
	buf_printf(&sig_path, "%s.sig", data_path);
	if (read_whole_file(out, buf_cstr(&sig_path)) < 0)
		goto release;
	ret = 0;
release:
	run_command_release(&cmd);
done:
	if (sig_path.len)
		unlink(buf_cstr(&sig_path));
	buf_release(&sig_path);
	if (data_path)
		unlink(data_path);
	if (key_path)
		unlink(key_path);
	free(data_path);
	free(key_path);
	return ret;
}

static int sign_openpgp(struct buf *out, const struct signer *s,
			const char *data, size_t len)
{
	const char *key = s->key ? s->key : s->committer;
	const char *argv[] = { s->gpg_program, "--status-fd=2", "-bsau", key,
			       NULL };
	struct run_command cmd;
	int ret = -1;

	if (!key)
		return error_set("cannot sign: set user.signingKey or the "
				 "committer identity");
	run_command_init(&cmd, argv);
	cmd.in = data;
	cmd.in_len = len;
	if (run_command(&cmd) < 0)
		goto done;
	/* As git does: trust the status line, not the exit status alone. */
	if (cmd.status || !strstr(buf_cstr(&cmd.err), "[GNUPG:] SIG_CREATED ")) {
		error_set("gpg failed to sign with '%s': %s", key,
			  first_line(&cmd.err));
		goto done;
	}
	buf_add(out, cmd.out.ptr, cmd.out.len);
	ret = 0;
done:
	run_command_release(&cmd);
	return ret;
}

int signer_sign(struct buf *out, const struct signer *s,
		const char *namespace, const char *data, size_t len)
{
	if (s->format == SIGNING_SSH)
		return sign_ssh(out, s, namespace, data, len);
	return sign_openpgp(out, s, data, len);
}

static void verify_time(char out[16], int64_t when)
{
	char iso[21];

	/* 2027-03-01T10:00:00Z -> 20270301100000Z, as ssh-keygen reads it */
	rfc3339_format(iso, when);
	snprintf(out, 16, "%.4s%.2s%.2s%.2s%.2s%.2sZ", iso, iso + 5, iso + 8,
		 iso + 11, iso + 14, iso + 17);
}

/* A program's message on one line: its lines joined with "; ". */
static void one_line(struct buf *dst, const struct buf *src)
{
	size_t i;

	buf_reset(dst);
	for (i = 0; i < src->len; i++) {
		char c = src->ptr[i];

		if (c == '\n') {
			if (dst->len && i + 1 < src->len)
				buf_puts(dst, "; ");
			continue;
		}
		buf_putc(dst, c == '\r' ? ' ' : c);
	}
	while (dst->len && (dst->ptr[dst->len - 1] == ' ' ||
			    dst->ptr[dst->len - 1] == ';'))
		dst->ptr[--dst->len] = '\0';
}

/* The signature checked by gpg.ssh.program, which may be anything. */
static int verify_ssh_program(struct verify_result *out,
			      const struct signer *s, const char *namespace,
			      const char *data, size_t len, const char *sig,
			      size_t sig_len, int64_t when)
{
	char *sig_path = NULL, when_arg[40], stamp[16];
	struct run_command find, verify;
	int ret = -1;

	if (temp_file_write(&sig_path, "sig", sig, sig_len) < 0)
		return -1;
	verify_time(stamp, when);
	snprintf(when_arg, sizeof(when_arg), "-Overify-time=%s", stamp);
	{
		const char *argv[] = { s->ssh_program, "-Y", "find-principals",
				       "-f", s->allowed_signers, "-s",
				       sig_path, when_arg, NULL };

		run_command_init(&find, argv);
		if (run_command(&find) < 0) {
			run_command_release(&find);
			goto done;
		}
	}
	if (find.status || !find.out.len) {
		out->status = VERIFY_UNTRUSTED;
		one_line(&out->detail, find.err.len ? &find.err : &find.out);
		if (!out->detail.len)
			buf_puts(&out->detail, "no principal matched");
		run_command_release(&find);
		ret = 0;
		goto done;
	}
	/* The first principal; ssh-keygen lists them one per line. */
	buf_add(&out->signer, find.out.ptr,
		strcspn(find.out.ptr, "\n"));
	run_command_release(&find);
	{
		const char *argv[] = { s->ssh_program, "-Y", "verify", "-f",
				       s->allowed_signers, "-I",
				       buf_cstr(&out->signer), "-n", namespace,
				       "-s", sig_path, when_arg, NULL };

		run_command_init(&verify, argv);
		verify.in = data;
		verify.in_len = len;
		if (run_command(&verify) < 0) {
			run_command_release(&verify);
			goto done;
		}
	}
	out->status = verify.status ? VERIFY_BAD : VERIFY_GOOD;
	one_line(&out->detail, verify.status ? &verify.err : &verify.out);
	run_command_release(&verify);
	ret = 0;
done:
	if (sig_path) {
		unlink(sig_path);
		free(sig_path);
	}
	return ret;
}

/*
 * The allowed signers file, parsed at most once per path. *own is set
 * when there is no cache to keep it in, for the caller to free.
 */
static const struct sshsig_allowed *allowed_signers(
	struct sshsig_allowed **own, const struct signer *s)
{
	struct ssh_allowed_cache *cache = s->ssh_cache;
	struct sshsig_allowed *a;

	*own = NULL;
	if (cache && cache->allowed &&
	    !strcmp(cache->path, s->allowed_signers))
		return cache->allowed;
	if (sshsig_allowed_load(&a, s->allowed_signers) < 0)
		return NULL;
	if (!cache)
		return *own = a;
	free(cache->path);
	sshsig_allowed_free(cache->allowed);
	cache->path = xstrdup(s->allowed_signers);
	cache->allowed = a;
	return a;
}

/*
 * Ed25519, ECDSA and RSA keys are checked here, as ssh-keygen would
 * check them, without running it twice a signature. Returns 0 with the
 * verdict in out, or 1 when the signature is not one handled here: that
 * is known before anything is judged, so gpg.ssh.program then gives the
 * whole verdict.
 */
static int verify_ssh_here(struct verify_result *out, const struct signer *s,
			   const char *namespace, const char *data,
			   size_t len, const char *sig, size_t sig_len,
			   int64_t when)
{
	struct sshsig parsed;
	struct sshsig_allowed *own;
	const struct sshsig_allowed *allowed;
	int ret = 0;

	if (sshsig_parse(&parsed, sig, sig_len) < 0) {
		out->status = VERIFY_BAD;
		buf_puts(&out->detail, error_last());
		goto done;
	}
	if (!sshsig_handled(&parsed, when)) {
		ret = 1;
		goto done;
	}
	allowed = allowed_signers(&own, s);
	if (!allowed) {
		out->status = VERIFY_UNTRUSTED;
		buf_puts(&out->detail, error_last());
		goto done;
	}
	switch (sshsig_check(&out->signer, &out->detail, &parsed, allowed,
			     namespace, data, len, when)) {
	case SSHSIG_GOOD:
		out->status = VERIFY_GOOD;
		break;
	case SSHSIG_BAD:
		out->status = VERIFY_BAD;
		break;
	case SSHSIG_UNTRUSTED:
		out->status = VERIFY_UNTRUSTED;
		break;
	}
	sshsig_allowed_free(own);
done:
	sshsig_release(&parsed);
	return ret;
}

static int verify_ssh(struct verify_result *out, const struct signer *s,
		      const char *namespace, const char *data, size_t len,
		      const char *sig, size_t sig_len, int64_t when)
{
	if (!s->allowed_signers) {
		out->status = VERIFY_UNTRUSTED;
		buf_puts(&out->detail, "no allowed signers: set "
			 "gpg.ssh.allowedSignersFile or use --allowed-signers");
		return 0;
	}
	if (!verify_ssh_here(out, s, namespace, data, len, sig, sig_len, when))
		return 0;
	return verify_ssh_program(out, s, namespace, data, len, sig, sig_len,
				  when);
}

/* The text after "[GNUPG:] KEYWORD " up to the line's end, or NULL. */
static const char *gpg_status(const struct buf *status, const char *keyword,
			      size_t *len)
{
	const char *p = buf_cstr(status);
	size_t klen = strlen(keyword);

	while ((p = strstr(p, "[GNUPG:] "))) {
		p += 9;
		if (!strncmp(p, keyword, klen) &&
		    (p[klen] == ' ' || p[klen] == '\n')) {
			p += klen + (p[klen] == ' ');
			*len = strcspn(p, "\n");
			return p;
		}
	}
	return NULL;
}

static int verify_openpgp(struct verify_result *out, const struct signer *s,
			  const char *data, size_t len, const char *sig,
			  size_t sig_len)
{
	char *sig_path = NULL;
	struct run_command cmd;
	const char *p;
	size_t n;
	int ret = -1;

	if (temp_file_write(&sig_path, "sig", sig, sig_len) < 0)
		return -1;
	{
		const char *argv[] = { s->gpg_program, "--batch",
				       "--no-auto-key-retrieve",
				       "--status-fd=1", "--verify", sig_path,
				       "-", NULL };

		run_command_init(&cmd, argv);
		cmd.in = data;
		cmd.in_len = len;
		if (run_command(&cmd) < 0)
			goto done;
	}
	if ((p = gpg_status(&cmd.out, "BADSIG", &n))) {
		out->status = VERIFY_BAD;
		buf_puts(&out->detail, "bad signature");
	} else if (gpg_status(&cmd.out, "GOODSIG", &n) &&
		   (p = gpg_status(&cmd.out, "VALIDSIG", &n)) &&
		   !gpg_status(&cmd.out, "TRUST_NEVER", &n) && !cmd.status) {
		out->status = VERIFY_GOOD;
		p = gpg_status(&cmd.out, "GOODSIG", &n);
		buf_add(&out->signer, p, n);
		buf_puts(&out->detail, "good signature");
	} else {
		out->status = VERIFY_UNTRUSTED;
		if ((p = gpg_status(&cmd.out, "EXPKEYSIG", &n)))
			buf_puts(&out->detail, "the key has expired");
		else if ((p = gpg_status(&cmd.out, "REVKEYSIG", &n)))
			buf_puts(&out->detail, "the key was revoked");
		else if ((p = gpg_status(&cmd.out, "NO_PUBKEY", &n)))
			buf_puts(&out->detail, "no public key in the keyring");
		else
			one_line(&out->detail, &cmd.err);
		if (p)
			buf_add(&out->signer, p, n);
	}
	ret = 0;
	run_command_release(&cmd);
done:
	unlink(sig_path);
	free(sig_path);
	return ret;
}

int signer_verify(struct verify_result *out, const struct signer *s,
		  const char *namespace, const char *data, size_t len,
		  const char *sig, size_t sig_len, int64_t when)
{
	static const char ssh_armor[] = "-----BEGIN SSH SIGNATURE-----";
	static const char pgp_armor[] = "-----BEGIN PGP SIGNATURE-----";

	memset(out, 0, sizeof(*out));
	buf_init(&out->signer);
	buf_init(&out->detail);
	if (sig_len >= sizeof(ssh_armor) - 1 &&
	    !memcmp(sig, ssh_armor, sizeof(ssh_armor) - 1))
		return verify_ssh(out, s, namespace, data, len, sig, sig_len,
				  when);
	if (sig_len >= sizeof(pgp_armor) - 1 &&
	    !memcmp(sig, pgp_armor, sizeof(pgp_armor) - 1))
		return verify_openpgp(out, s, data, len, sig, sig_len);
	out->status = VERIFY_BAD;
	buf_puts(&out->detail, "the signature is neither SSH nor OpenPGP");
	return 0;
}

void verify_result_release(struct verify_result *r)
{
	if (!r)
		return;
	buf_release(&r->signer);
	buf_release(&r->detail);
}
