#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "error.h"
#include "options.h"
#include "release_evidence.h"

static const char *const verify_usage[] = {
	"git cra verify [--allowed-signers <file>] [<tag>...]",
	NULL,
};

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every tag that evidence names, or whose object has a note, sorted. */
static int tags_with_evidence(git_strarray *out, git_repository *repo,
			      const struct evidence_index *idx)
{
	git_strarray all = { NULL, 0 };
	size_t i;

	memset(out, 0, sizeof(*out));
	if (git_tag_list(&all, repo) < 0)
		return error_from_git("cannot list the tags");
	out->strings = xcalloc(all.count + 1, sizeof(char *));
	for (i = 0; i < all.count; i++) {
		struct release_tag tag;

		if (release_tag_lookup(&tag, repo, all.strings[i]) < 0) {
			error_clear();
			git_error_clear();
			continue;
		}
		if (evidence_names_tag(idx, &tag))
			out->strings[out->count++] = xstrdup(all.strings[i]);
		release_tag_release(&tag);
	}
	git_strarray_dispose(&all);
	qsort(out->strings, out->count, sizeof(char *), compare_names);
	return 0;
}

static void print_tag(const struct tag_evidence *t)
{
	size_t i;

	switch (t->verdict) {
	case TAG_OK:
		printf("%s: OK (%zu attestation%s)\n", t->tag.name, t->count,
		       t->count == 1 ? "" : "s");
		break;
	case TAG_MISSING:
		printf("%s: MISSING: no attestation; make one with "
		       "'git cra attest %s'\n", t->tag.name, t->tag.name);
		return;
	case TAG_PROBLEM:
		printf("%s: %zu of %zu attestation%s not OK\n", t->tag.name,
		       t->count - t->good, t->count,
		       t->count == 1 ? "" : "s");
		break;
	}
	for (i = 0; i < t->count; i++) {
		const struct attestation *a = t->atts[i];

		printf("  %zu: %s", i + 1, attestation_verdict_name(a->verdict));
		if (a->signer.len)
			printf(", signed by %s", buf_cstr(&a->signer));
		if (a->evaluated_at)
			printf(", evaluated at %s", a->evaluated_at);
		/* A good signature needs no more words; a problem does. */
		if (a->detail.len && a->verdict != ATTESTATION_OK)
			printf(": %s", buf_cstr(&a->detail));
		putchar('\n');
	}
}

int cmd_verify(int argc, const char **argv)
{
	const char *allowed = NULL;
	const struct option options[] = {
		OPT_STRING(0, "allowed-signers", &allowed, "file",
			   "trust the SSH signers in this file instead of "
			   "gpg.ssh.allowedSignersFile"),
		OPT_END(),
	};
	struct evidence_index idx;
	git_repository *repo = NULL;
	git_strarray tags = { NULL, 0 };
	struct signer signer;
	int n, code = EXIT_CLEAN;
	size_t i;

	memset(&idx, 0, sizeof(idx));
	memset(&signer, 0, sizeof(signer));
	n = options_parse(argc, argv, options, verify_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (signer_load(&signer, repo) < 0 ||
	    evidence_index_load(&idx, repo) < 0) {
		code = command_fail();
		goto done;
	}
	if (allowed) {
		free(signer.allowed_signers);
		signer.allowed_signers = xstrdup(allowed);
	}
	if (n > 0) {
		tags.strings = xcalloc((size_t)n, sizeof(char *));
		for (i = 0; i < (size_t)n; i++)
			tags.strings[tags.count++] = xstrdup(argv[i]);
	} else if (tags_with_evidence(&tags, repo, &idx) < 0) {
		code = command_fail();
		goto done;
	}
	if (!tags.count)
		printf("no release tag has evidence in refs/notes/cra\n");
	for (i = 0; i < tags.count; i++) {
		struct tag_evidence t;

		if (tag_evidence_verify(&t, &idx, repo, tags.strings[i],
					&signer) < 0) {
			code = command_fail();
			continue;
		}
		print_tag(&t);
		if (t.verdict != TAG_OK && code == EXIT_CLEAN)
			code = EXIT_FINDINGS;
		tag_evidence_release(&t);
	}
done:
	git_strarray_dispose(&tags);
	evidence_index_release(&idx);
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
