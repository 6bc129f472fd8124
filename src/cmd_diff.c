#include <stdio.h>
#include <string.h>

#include "command.h"
#include "error.h"
#include "evaluation.h"
#include "finding_diff.h"
#include "options.h"
#include "report.h"

/*
 * git cra diff: what a change does to the evidence. Both sides are
 * evaluated with the same policy (the head's) and at the same time, so
 * that nothing but the change itself shows: a date judged at two clocks,
 * or a product class edited in the change, would otherwise move findings
 * the change did not touch.
 */

static const char *const diff_usage[] = {
	"git cra diff [--policy <name>] [--format <format>] [--now <time>] "
		"<base> [<head>]",
	"git cra diff --staged [--policy <name>] [--format <format>] "
		"[--now <time>] <base>",
	NULL,
};

/* Which side could not be evaluated, before why. */
static int side_failed(const struct evaluation_options *opts)
{
	if (opts->kind == SNAPSHOT_REVISION)
		return command_error("cannot evaluate '%s': %s", opts->rev,
				     error_last());
	return command_error("cannot evaluate the %s: %s",
			     opts->kind == SNAPSHOT_INDEX ? "index" :
			     "working tree", error_last());
}

int cmd_diff(int argc, const char **argv)
{
	const char *policy = NULL, *format = "text", *now = NULL;
	const char *color_when = "auto";
	int staged = 0, verbose = 0, no_local = 0;
	const struct option options[] = {
		OPT_BOOL(0, "staged", &staged,
			 "compare with the index instead of the working tree"),
		OPT_STRING(0, "policy", &policy, "name",
			   "use this policy instead of the head's product "
			   "class's"),
		OPT_STRING(0, "format", &format, "format",
			   "text, json, markdown, sarif or github"),
		OPT_STRING(0, "now", &now, "time",
			   "judge dates on both sides at this RFC 3339 time"),
		OPT_STRING(0, "color", &color_when, "when",
			   "colour the text: auto, always or never"),
		OPT_BOOL(0, "no-local-rules", &no_local,
			 "run the built-in rules only, not .cra/rules"),
		OPT_BOOL('v', "verbose", &verbose,
			 "say how to fix each new failure"),
		OPT_END(),
	};
	struct evaluation_options base_opts, head_opts;
	struct evaluation base, head;
	struct finding_diff diff;
	struct report_options ropts;
	const struct diff_reporter *reporter;
	git_repository *repo = NULL;
	int n, code = EXIT_TROUBLE;

	n = options_parse(argc, argv, options, diff_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n < 1 || n > 2 || (n == 2 && staged)) {
		command_error(n < 1 ? "a base revision is needed" :
			      staged ? "--staged takes no head revision" :
			      "too many arguments");
		options_usage(stderr, options, diff_usage);
		return EXIT_TROUBLE;
	}
	reporter = diff_reporter_find(format);
	if (!reporter)
		return command_error("unknown format '%s' (expected %s)",
				     format, diff_reporter_names());
	if (command_report_options(&ropts, format, color_when, verbose) < 0)
		return command_fail();

	evaluation_options_init(&head_opts);
	head_opts.kind = n == 2 ? SNAPSHOT_REVISION :
		staged ? SNAPSHOT_INDEX : SNAPSHOT_WORKTREE;
	head_opts.rev = n == 2 ? argv[1] : NULL;
	head_opts.policy = policy;
	head_opts.no_local_rules = no_local;
	if (command_evaluation_time(&head_opts.now, now) < 0)
		return command_fail();
	evaluation_options_init(&base_opts);
	base_opts.kind = SNAPSHOT_REVISION;
	base_opts.rev = argv[0];
	base_opts.no_local_rules = no_local;
	base_opts.now = head_opts.now;

	memset(&base, 0, sizeof(base));
	memset(&head, 0, sizeof(head));
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (evaluation_run(&head, repo, &head_opts) < 0) {
		side_failed(&head_opts);
		goto done;
	}
	/*
	 * The head's policy, as read, judges the base too: the change may
	 * edit the product class or the policy files themselves.
	 */
	base_opts.policy_text = head.policy.text;
	base_opts.policy_len = head.policy.text_len;
	base_opts.policy_file = head.policy.file;
	if (evaluation_run(&base, repo, &base_opts) < 0) {
		side_failed(&base_opts);
		goto done;
	}
	command_warn_diagnostics(&head.warnings);
	finding_diff_compute(&diff, &base, &head);
	reporter->write(stdout, &diff, &ropts);
	code = finding_diff_exit_code(&diff);
	finding_diff_release(&diff);
	if (fflush(stdout) != 0)
		code = command_error("cannot write the report");
done:
	evaluation_release(&base);
	evaluation_release(&head);
	git_repository_free(repo);
	return code;
}
