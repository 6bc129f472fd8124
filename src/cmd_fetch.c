#include <stdio.h>

#include "command.h"
#include "options.h"
#include "notes_sync.h"

static const char *const fetch_usage[] = {
	"git cra fetch [<remote>]",
	NULL,
};

int cmd_fetch(int argc, const char **argv)
{
	const struct option options[] = { OPT_END() };
	git_repository *repo = NULL;
	struct signer signer;
	const char *remote;
	int n, fetched, changed, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, fetch_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 1) {
		command_error("name one remote");
		options_usage(stderr, options, fetch_usage);
		return EXIT_TROUBLE;
	}
	remote = n ? argv[0] : "origin";
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (signer_load(&signer, repo) < 0) {
		git_repository_free(repo);
		return command_fail();
	}
	if (notes_sync_fetch(repo, &signer, remote, &fetched, &changed) < 0)
		code = command_fail();
	else if (!fetched)
		printf("%s has no evidence notes yet\n", remote);
	else
		printf("%s\n", changed ? "evidence notes updated from the "
		       "remote" : "evidence notes already up to date");
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
