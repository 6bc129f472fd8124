#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "command.h"
#include "error.h"
#include "options.h"
#include "progress.h"
#include "rfc3339.h"

static const char *const audit_usage[] = {
	"git cra audit [--tags <glob>] [--since <date>] "
	"[--allowed-signers <file>] [--no-reuse] [--format <format>] "
	"[--output <file>]",
	NULL,
};

static const struct {
	const char *name;
	void (*write)(FILE *out, const struct audit *a,
		      const struct audit_report_options *opts);
} formats[] = {
	{ "text", report_audit_text },
	{ "json", report_audit_json },
	{ "html", report_audit_html },
};


static void show_progress(void *data, size_t done, size_t total,
			  const char *current)
{
	progress_update(data, done, total, current);
}

static int write_report(const char *path, const struct audit *a,
			void (*write)(FILE *, const struct audit *,
				      const struct audit_report_options *),
			const struct audit_report_options *ropts)
{
	FILE *out = stdout;

	if (path && !(out = fopen(path, "w")))
		return command_error("cannot write '%s': %s", path,
				     strerror(errno));
	write(out, a, ropts);
	if (ferror(out) | (path ? fclose(out) : fflush(out)))
		return command_error("cannot write '%s'", path ? path :
				     "the standard output");
	return 0;
}

int cmd_audit(int argc, const char **argv)
{
	const char *glob = NULL, *since = NULL, *allowed = NULL;
	const char *format = "text", *output = NULL;
	int no_reuse = 0;
	const struct option options[] = {
		OPT_STRING(0, "tags", &glob, "glob",
			   "audit the tags matching this pattern instead of "
			   "those that look like versions"),
		OPT_STRING(0, "since", &since, "date",
			   "only tags dated at or after this date or time"),
		OPT_STRING(0, "allowed-signers", &allowed, "file",
			   "trust the SSH signers in this file instead of "
			   "gpg.ssh.allowedSignersFile"),
		OPT_BOOL(0, "no-reuse", &no_reuse,
			 "run every rule of every release, even where "
			 "another release's outcome holds"),
		OPT_STRING(0, "format", &format, "format",
			   "text, json or html"),
		OPT_STRING(0, "output", &output, "file",
			   "write the report to this file"),
		OPT_END(),
	};
	struct audit_report_options ropts;
	struct audit_options aopts;
	struct progress progress;
	struct audit audit;
	git_repository *repo = NULL;
	struct signer signer;
	size_t i, f;
	int n, code;

	n = options_parse(argc, argv, options, audit_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 0) {
		command_error("unexpected argument '%s'", argv[0]);
		options_usage(stderr, options, audit_usage);
		return EXIT_TROUBLE;
	}
	for (f = 0; f < sizeof(formats) / sizeof(*formats); f++)
		if (!strcmp(formats[f].name, format))
			break;
	if (f == sizeof(formats) / sizeof(*formats))
		return command_error("unknown format '%s' (expected text, "
				     "json or html)", format);
	audit_options_init(&aopts);
	aopts.glob = glob;
	if (since && rfc3339_parse(&aopts.since, since, strlen(since)) < 0 &&
	    date_parse(&aopts.since, since) < 0)
		return command_error("--since: '%s' is not a date such as "
				     "2027-03-01 or an RFC 3339 time", since);
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (signer_load(&signer, repo) < 0) {
		git_repository_free(repo);
		return command_fail();
	}
	if (allowed) {
		free(signer.allowed_signers);
		signer.allowed_signers = xstrdup(allowed);
	}
	/*
	 * Cache no blob: the audit reads each note and rule once, and the
	 * rule runner (which inherits this) keeps what rules parse, the
	 * SBOMs by their blob, itself.
	 */
	git_libgit2_opts(GIT_OPT_SET_CACHE_OBJECT_LIMIT, GIT_OBJECT_BLOB,
			 (size_t)0);
	progress_init(&progress, stderr, "tags");
	aopts.signer = &signer;
	aopts.no_reuse = no_reuse;
	aopts.progress = show_progress;
	aopts.progress_data = &progress;
	if (audit_run(&audit, repo, &aopts) < 0) {
		progress_finish(&progress);
		code = command_fail();
		goto done;
	}
	progress_finish(&progress);
	for (i = 0; i < audit.nwarnings; i++)
		command_warning("%s", audit.warnings[i]);
	if (!audit.ntags)
		command_warning("no release tag to audit%s%s%s",
				glob ? " matches '" : "", glob ? glob : "",
				glob ? "'" : "");
	memset(&ropts, 0, sizeof(ropts));
	ropts.tool_version = CRA_VERSION;
	if (!output && !strcmp(format, "text") &&
	    command_use_color("auto", stdout, &ropts.color) < 0)
		ropts.color = 0;
	code = audit_exit_code(&audit);
	if (write_report(output, &audit, formats[f].write, &ropts) < 0)
		code = EXIT_TROUBLE;
	audit_release(&audit);
done:
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
