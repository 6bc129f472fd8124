#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <git2.h>

#include "command.h"

const struct command commands[] = {
	{ "check", cmd_check, "Evaluate a snapshot's CRA evidence" },
	{ "diff", cmd_diff, "Compare the findings of two snapshots" },
	{ "attest", cmd_attest, "Record a release's evaluation, signed" },
	{ "verify", cmd_verify, "Verify the attestations of release tags" },
	{ "show", cmd_show, "Show a release's attestations" },
	{ "audit", cmd_audit, "Verify and replay every release's evidence" },
	{ "export", cmd_export, "Write a release's evidence bundle" },
	{ "push", cmd_push, "Push the evidence notes, never forcing" },
	{ "fetch", cmd_fetch, "Fetch and merge the evidence notes" },
	{ "test", cmd_test, "Run the unit tests of rules" },
	{ "rules", cmd_rules, "List the rules and their provisions" },
	{ "explain", cmd_explain, "Show one rule in full" },
	{ "validate", cmd_validate, "Check evidence files on their own" },
	{ "deadlines", cmd_deadlines, "List the open Article 14 reporting clocks" },
	{ "init", cmd_init, "Scaffold the evidence files, or the hooks" },
	{ NULL, NULL, NULL },
};

/*
 * git-cra never lets libgit2 open a network connection: push and fetch
 * run git itself. Yet libgit2 1.5 built on mbedTLS (as Debian ships it)
 * parses the whole system CA bundle in git_libgit2_init(), which is a
 * fifth of the time of a pre-commit check. Defined here, in the
 * executable, this loader takes precedence over mbedTLS's for libgit2's
 * call and loads nothing; with another TLS backend it is never called.
 */
int mbedtls_x509_crt_parse_file(void *chain, const char *path);
int mbedtls_x509_crt_parse_file(void *chain, const char *path)
{
	(void)chain;
	(void)path;
	return 0;
}

static void usage(FILE *out)
{
	const struct command *c;

	fputs("usage: git cra [--version] [-h | --help] <command> [<args>]\n\n"
	      "Check the EU Cyber Resilience Act evidence a product keeps in "
	      "its repository.\n\ncommands:\n", out);
	for (c = commands; c->name; c++)
		fprintf(out, "    %-12s%s\n", c->name, c->summary);
	fputs("\n'git cra <command> -h' shows a command's options; "
	      "'git cra --help' its manual.\n", out);
}

/*
 * As git does for --help: the manual. Run from a source tree (with
 * GIT_CRA_DATADIR set), the page of that tree; the usage when there is no
 * man.
 */
static int show_manual(void)
{
	const char *datadir = getenv("GIT_CRA_DATADIR");
	char page[4096];

	fflush(stdout);
	if (datadir && *datadir &&
	    (size_t)snprintf(page, sizeof(page), "%s/docs/git-cra.1",
			     datadir) < sizeof(page) &&
	    !access(page, R_OK))
		execlp("man", "man", "-l", page, (char *)NULL);
	execlp("man", "man", "git-cra", (char *)NULL);
	usage(stdout);
	return EXIT_CLEAN;
}

int main(int argc, const char **argv)
{
	const struct command *c;
	int code;

	if (argc < 2) {
		usage(stderr);
		return EXIT_TROUBLE;
	}
	if (!strcmp(argv[1], "-h")) {
		usage(stdout);
		return EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "help"))
		return show_manual();
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		printf("git-cra version %s\n", CRA_VERSION);
		return EXIT_CLEAN;
	}
	for (c = commands; c->name; c++)
		if (!strcmp(c->name, argv[1]))
			break;
	if (!c->name) {
		command_error("'%s' is not a git cra command; see 'git cra -h'",
			      argv[1]);
		return EXIT_TROUBLE;
	}
	for (int i = 2; i < argc; i++)
		if (!strcmp(argv[i], "--help"))
			return show_manual();
	git_libgit2_init();
	/*
	 * Rules read the same small blobs again and again (every rule of a
	 * check runs in one process); libgit2 caches no blob by default.
	 */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB,
			 (size_t)1024 * 1024);
	/*
	 * Read objects as git reads them, without hashing each again: git
	 * re-hashes only in fsck. libgit2's check hashed every note of an
	 * audit and every SBOM a rule opens (SHA-1 with collision detection
	 * costs more than inflating), while what the evidence says is
	 * proven by the signatures over it and the ids they name.
	 */
	git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, 0);
	code = c->run(argc - 1, argv + 1);
	git_libgit2_shutdown();
	return code;
}
