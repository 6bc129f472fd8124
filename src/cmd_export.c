#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "error.h"
#include "export.h"
#include "options.h"

static const char *const export_usage[] = {
	"git cra export [--allowed-signers <file>] --output <path> <tag>",
	NULL,
};

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

int cmd_export(int argc, const char **argv)
{
	const char *output = NULL, *allowed = NULL;
	const struct option options[] = {
		OPT_STRING(0, "output", &output, "path",
			   "the directory to write, or a .tar file"),
		OPT_STRING(0, "allowed-signers", &allowed, "file",
			   "trust the SSH signers in this file instead of "
			   "gpg.ssh.allowedSignersFile"),
		OPT_END(),
	};
	struct export_bundle bundle;
	git_repository *repo = NULL;
	struct signer signer;
	char *top = NULL;
	int n, code = EXIT_CLEAN, r;

	n = options_parse(argc, argv, options, export_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n != 1 || !output || !*output) {
		command_error(n != 1 ? "name one release tag" :
			      "say where with --output");
		options_usage(stderr, options, export_usage);
		return EXIT_TROUBLE;
	}
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
	if (export_bundle_build(&bundle, repo, argv[0], &signer, NULL) < 0) {
		code = command_fail();
		goto done;
	}
	if (ends_with(output, ".tar")) {
		struct buf name = BUF_INIT;

		top = export_safe_name(bundle.tag);
		buf_printf(&name, "cra-evidence-%s", top);
		r = export_write_tar(&bundle, output, buf_cstr(&name));
		buf_release(&name);
	} else {
		r = export_write_dir(&bundle, output);
	}
	if (r < 0) {
		code = command_fail();
	} else {
		printf("exported %s: %zu files to %s\n", bundle.tag,
		       bundle.count, output);
		if (bundle.nmissing)
			command_warning("%zu file%s named in .cra/product.yaml "
					"%s not in the tag's tree (listed in "
					"README.md)", bundle.nmissing,
					bundle.nmissing == 1 ? "" : "s",
					bundle.nmissing == 1 ? "is" : "are");
	}
	export_bundle_release(&bundle);
done:
	free(top);
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
