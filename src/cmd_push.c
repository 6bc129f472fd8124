#include <stdio.h>

#include "command.h"
#include "options.h"
#include "notes_sync.h"

static const char *const push_usage[] = {
	"git cra push [<remote>]",
	NULL,
};

int cmd_push(int argc, const char **argv)
{
	const struct option options[] = { OPT_END() };
	git_repository *repo = NULL;
	struct signer signer;
	const char *remote;
	int n, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, push_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 1) {
		command_error("name one remote");
		options_usage(stderr, options, push_usage);
		return EXIT_TROUBLE;
	}
	remote = n ? argv[0] : "origin";
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (signer_load(&signer, repo) < 0) {
		git_repository_free(repo);
		return command_fail();
	}
	if (notes_sync_push(repo, &signer, remote) < 0)
		code = command_fail();
	else
		printf("evidence notes pushed to %s\n", remote);
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
