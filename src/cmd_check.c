#include <stdio.h>
#include <string.h>

#include "command.h"
#include "error.h"
#include "evaluation.h"
#include "options.h"
#include "report.h"

static const char *const check_usage[] = {
	"git cra check [--policy <name>] [--format <format>] [--now <time>] [<rev>]",
	"git cra check --staged [--policy <name>] [--format <format>] [--now <time>]",
	NULL,
};

int cmd_check(int argc, const char **argv)
{
	const char *policy = NULL, *format = "text", *now = NULL;
	const char *color_when = "auto";
	int staged = 0, verbose = 0, no_local = 0;
	const struct option options[] = {
		OPT_BOOL(0, "staged", &staged,
			 "check the index (what the next commit will hold)"),
		OPT_STRING(0, "policy", &policy, "name",
			   "use this policy instead of the product class's"),
		OPT_STRING(0, "format", &format, "format",
			   "text, json, tap, sarif, junit, github or "
			   "markdown"),
		OPT_STRING(0, "now", &now, "time",
			   "judge dates at this RFC 3339 time"),
		OPT_STRING(0, "color", &color_when, "when",
			   "colour the text: auto, always or never"),
		OPT_BOOL(0, "no-local-rules", &no_local,
			 "run the built-in rules only, not .cra/rules"),
		OPT_BOOL('v', "verbose", &verbose,
			 "say how to fix each failing finding"),
		OPT_END(),
	};
	struct evaluation_options eopts;
	struct report_options ropts;
	struct evaluation ev;
	const struct reporter *reporter;
	git_repository *repo = NULL;
	int n, code;

	n = options_parse(argc, argv, options, check_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 1 || (n == 1 && staged)) {
		command_error(staged ? "--staged takes no revision" :
			      "too many arguments");
		options_usage(stderr, options, check_usage);
		return EXIT_TROUBLE;
	}
	reporter = reporter_find(format);
	if (!reporter)
		return command_error("unknown format '%s' (expected %s)",
				     format, reporter_names());
	if (command_report_options(&ropts, format, color_when, verbose) < 0)
		return command_fail();

	evaluation_options_init(&eopts);
	eopts.kind = n == 1 ? SNAPSHOT_REVISION :
		staged ? SNAPSHOT_INDEX : SNAPSHOT_WORKTREE;
	eopts.rev = n == 1 ? argv[0] : NULL;
	eopts.policy = policy;
	eopts.no_local_rules = no_local;
	if (command_evaluation_time(&eopts.now, now) < 0)
		return command_fail();
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (evaluation_run(&ev, repo, &eopts) < 0) {
		code = command_fail();
		goto done;
	}
	command_warn_diagnostics(&ev.warnings);
	reporter->write(stdout, &ev, &ropts);
	code = evaluation_exit_code(&ev);
	if (fflush(stdout) != 0)
		code = command_error("cannot write the report");
done:
	evaluation_release(&ev);
	git_repository_free(repo);
	return code;
}
