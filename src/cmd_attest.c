#include <stdio.h>
#include <string.h>

#include "attestation.h"
#include "command.h"
#include "error.h"
#include "evaluation.h"
#include "evidence_notes.h"
#include "options.h"
#include "rfc3339.h"

static const char *const attest_usage[] = {
	"git cra attest [--policy <name>] <tag>...",
	NULL,
};

/* Keep every rule that ran and the policy reachable from the notes. */
static void collect_blobs(struct notes_blob **out, size_t *n,
			  const struct evaluation *ev)
{
	size_t i;

	*out = xcalloc(ev->rules.count + 1, sizeof(**out));
	*n = 0;
	for (i = 0; i < ev->rules.count; i++) {
		if (!ev->outcomes[i].selected)
			continue;
		(*out)[*n].data = ev->rules.rules[i].source.code;
		(*out)[*n].len = ev->rules.rules[i].source.len;
		(*n)++;
	}
	(*out)[*n].data = ev->policy.text;
	(*out)[*n].len = ev->policy.text_len;
	(*n)++;
}

static int attest_one(git_repository *repo, const struct signer *signer,
		      const char *name, const char *policy)
{
	struct evaluation_options eopts;
	struct evaluation ev;
	struct release_tag tag;
	struct notes_blob *blobs = NULL;
	struct buf line = BUF_INIT, rev = BUF_INIT, msg = BUF_INIT;
	size_t nblobs = 0;
	char when[21];
	int ret = -1;

	memset(&ev, 0, sizeof(ev));
	if (release_tag_lookup(&tag, repo, name) < 0)
		return error_prefix("cannot attest '%s'", name);
	if (!tag.annotated)
		command_warning("'%s' is a lightweight tag: evaluated at its "
				"commit's date, as it has no tagger date",
				tag.name);
	evaluation_options_init(&eopts);
	buf_printf(&rev, "refs/tags/%s", tag.name);
	eopts.kind = SNAPSHOT_REVISION;
	eopts.rev = buf_cstr(&rev);
	eopts.policy = policy;
	eopts.now = tag.time;
	if (evaluation_run(&ev, repo, &eopts) < 0)
		goto done;
	if (attestation_create(&line, &ev, &tag, signer,
			       tag.annotated ? "tagger" : "committer") < 0)
		goto done;
	collect_blobs(&blobs, &nblobs, &ev);
	buf_printf(&msg, "git cra attest %s", tag.name);
	if (notes_append(repo, signer, &tag.target_id, buf_cstr(&line), blobs,
			 nblobs, buf_cstr(&msg)) < 0)
		goto done;
	rfc3339_format(when, ev.now);
	printf("attested %s: %zu pass, %zu fail, %zu unknown, "
	       "%zu not-applicable, %zu waived, %zu error "
	       "(policy %s, evaluated at %s)\n", tag.name,
	       ev.counts[STATUS_PASS], ev.counts[STATUS_FAIL],
	       ev.counts[STATUS_UNKNOWN], ev.counts[STATUS_NOT_APPLICABLE],
	       ev.counts[STATUS_WAIVED], ev.counts[STATUS_ERROR],
	       ev.policy.name, when);
	ret = 0;
done:
	if (ret < 0)
		error_prefix("cannot attest '%s'", name);
	free(blobs);
	buf_release(&line);
	buf_release(&rev);
	buf_release(&msg);
	evaluation_release(&ev);
	release_tag_release(&tag);
	return ret;
}

int cmd_attest(int argc, const char **argv)
{
	const char *policy = NULL;
	const struct option options[] = {
		OPT_STRING(0, "policy", &policy, "name",
			   "use this policy instead of the product class's"),
		OPT_END(),
	};
	git_repository *repo = NULL;
	struct signer signer;
	int n, i, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, attest_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n == 0) {
		command_error("name at least one release tag");
		options_usage(stderr, options, attest_usage);
		return EXIT_TROUBLE;
	}
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (signer_load(&signer, repo) < 0) {
		git_repository_free(repo);
		return command_fail();
	}
	for (i = 0; i < n; i++)
		if (attest_one(repo, &signer, argv[i], policy) < 0)
			code = command_fail();
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
