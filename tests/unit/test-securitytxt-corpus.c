/*
 * Every security.txt of the external conformance corpus
 * (securitytxt-valid/, from eikendev/sectxt) must parse with no error
 * when judged at 2023-01-01T08:19:03Z, the time its expectations were
 * written for. The signed ones carry no key we have: their signature
 * must come out unverified, a warning, never valid and never an error.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "securitytxt.h"
#include "corpus.h"
#include "tap.h"

#define CORPUS_NOW 1672561143	/* 2023-01-01T08:19:03Z */

static void show_problems(const struct securitytxt *st)
{
	size_t i;

	for (i = 0; i < st->nproblems; i++) {
		const struct sectxt_problem *p = &st->problems[i];

		printf("#   %u:%u: %s: %s [%s]\n", p->line, p->column,
		       securitytxt_severity_name(p->severity), p->message,
		       p->code);
	}
}

static int have_gpg(void)
{
	return system("gpg --version >/dev/null 2>&1") == 0;
}

static const char *const suffixes[] = { ".stxt", NULL };

int main(void)
{
	const char *dir = corpus_dir();
	struct buf root = BUF_INIT;
	struct paths files = { NULL, 0 };
	char gnupghome[] = "/tmp/git-cra-corpus-gnupg-XXXXXX";
	int gpg = 0;
	size_t i, passed = 0, signed_files = 0;
	struct stat sb;

	buf_printf(&root, "%s/securitytxt-valid", dir);
	if (stat(root.ptr, &sb) || !S_ISDIR(sb.st_mode)) {
		printf("1..0 # SKIP corpus not found at %s\n", root.ptr);
		buf_release(&root);
		return 0;
	}
	corpus_collect(&files, root.ptr, suffixes);

	/* an empty keyring: no signature in the corpus may come out valid */
	if (have_gpg() && mkdtemp(gnupghome)) {
		setenv("GNUPGHOME", gnupghome, 1);
		gpg = 1;
	}

	for (i = 0; i < files.n; i++) {
		const char *name = files.v[i] + root.len + 1;
		struct buf data = BUF_INIT;
		struct securitytxt st;
		int pass;

		if (corpus_read_file(&data, files.v[i])) {
			ok(0, "%s can be read: %s", name, strerror(errno));
			buf_release(&data);
			continue;
		}
		securitytxt_parse(&st, buf_cstr(&data), data.len, CORPUS_NOW);
		pass = securitytxt_count_errors(&st) == 0;
		if (!ok(pass, "%s has no error", name))
			show_problems(&st);
		if (strstr(name, "valid_signed/")) {
			signed_files++;
			ok(st.is_signed && st.signature == SECTXT_SIG_UNCHECKED,
			   "%s is read as signed", name);
			if (gpg) {
				ok(!securitytxt_verify(&st, buf_cstr(&data),
						       data.len),
				   "%s: gpg can be run", name);
				if (!ok(st.signature == SECTXT_SIG_UNVERIFIED &&
					securitytxt_count_errors(&st) == 0,
					"%s: signature unverified, "
					"not an error", name))
					show_problems(&st);
				pass = pass && !securitytxt_count_errors(&st);
			}
		}
		passed += pass;
		securitytxt_release(&st);
		buf_release(&data);
	}
	printf("# %zu of %zu corpus files pass\n", passed, files.n);
	is_int(files.n, 108, "the corpus holds 108 security.txt files");
	is_int(signed_files, 4, "4 of them are signed");

	if (gpg) {
		struct buf cmd = BUF_INIT;

		buf_printf(&cmd, "gpgconf --kill all >/dev/null 2>&1; "
			   "rm -rf '%s'", gnupghome);
		if (system(cmd.ptr))
			printf("# could not remove %s\n", gnupghome);
		buf_release(&cmd);
	}
	for (i = 0; i < files.n; i++)
		free(files.v[i]);
	free(files.v);
	buf_release(&root);
	return done_testing();
}
