#include <stdio.h>

#include "command.h"
#include "error.h"
#include "options.h"
#include "ruleset.h"
#include "scaffold.h"

static const char *const init_usage[] = {
	"git cra init",
	"git cra init --hooks",
	NULL,
};

static void show_steps(const struct scaffold_report *report)
{
	size_t i;

	for (i = 0; i < report->count; i++) {
		const struct scaffold_step *s = &report->steps[i];

		switch (s->outcome) {
		case SCAFFOLD_CREATED:
			printf("created %s\n", s->what);
			break;
		case SCAFFOLD_LEFT_ALONE:
			printf("left alone %s: %s\n", s->what, s->why);
			break;
		case SCAFFOLD_SET:
			printf("set %s\n", s->what);
			break;
		case SCAFFOLD_INSTALLED:
			printf("installed %s\n", s->what);
			break;
		case SCAFFOLD_KEPT:
			printf("kept %s: %s\n", s->what, s->why);
			break;
		case SCAFFOLD_UPDATED:
			printf("updated %s\n", s->what);
			break;
		}
	}
	command_warn_diagnostics(&report->warnings);
}

static int created_any(const struct scaffold_report *report)
{
	size_t i;

	for (i = 0; i < report->count; i++)
		if (report->steps[i].outcome == SCAFFOLD_CREATED)
			return 1;
	return 0;
}

int cmd_init(int argc, const char **argv)
{
	int hooks = 0;
	const struct option options[] = {
		OPT_BOOL(0, "hooks", &hooks,
			 "install the pre-commit and pre-push hooks instead"),
		OPT_END(),
	};
	struct scaffold_report report = { NULL, 0, { NULL, 0 } };
	git_repository *repo = NULL;
	int n, r, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, init_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 0) {
		command_error("'git cra init' takes no arguments");
		options_usage(stderr, options, init_usage);
		return EXIT_TROUBLE;
	}
	if (command_open_repository(&repo) < 0)
		return command_fail();
	/*
	 * The skeletons go into a working tree and the hooks run in one;
	 * a bare repository has neither use for them.
	 */
	if (git_repository_is_bare(repo)) {
		code = command_error("'git cra init' needs a working tree; "
				     "'%s' is a bare repository",
				     git_repository_path(repo));
		goto done;
	}
	if (hooks)
		r = scaffold_hooks(&report, repo, ruleset_datadir());
	else
		r = scaffold_files(&report, repo) < 0 ? -1 :
			scaffold_config(&report, repo);
	/* What was done before a failure is said too: it stays done. */
	show_steps(&report);
	if (r < 0) {
		code = command_fail();
		goto done;
	}
	if (!hooks && created_any(&report))
		printf("\nReplace every value in angle brackets, then run "
		       "'git cra check'.\n");
done:
	if (fflush(stdout) != 0 && code == EXIT_CLEAN)
		code = command_error("cannot write the report");
	scaffold_report_release(&report);
	git_repository_free(repo);
	return code;
}
