#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "command.h"
#include "error.h"
#include "json_write.h"
#include "options.h"
#include "release_evidence.h"

static const char *const show_usage[] = {
	"git cra show [--allowed-signers <file>] [--format <format>] <tag>",
	NULL,
};

static const char *str(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void show_subject(const struct attestation *a)
{
	const cJSON *subject = cJSON_GetArrayItem(
		cJSON_GetObjectItemCaseSensitive(a->statement, "subject"), 0);
	const cJSON *digest = cJSON_GetObjectItemCaseSensitive(subject,
							       "digest");

	printf("  subject:   %s", str(subject, "name"));
	if (str(digest, "gitTag"))
		printf(" tag %.12s", str(digest, "gitTag"));
	printf(" commit %.12s tree %.12s\n",
	       str(digest, "gitCommit") ? str(digest, "gitCommit") : "?",
	       str(digest, "gitTree") ? str(digest, "gitTree") : "?");
}

static void show_results(const cJSON *pred)
{
	const cJSON *results = cJSON_GetObjectItemCaseSensitive(pred,
								"results");
	const cJSON *r, *summary, *item;
	int first = 1;

	summary = cJSON_GetObjectItemCaseSensitive(pred, "summary");
	printf("  summary:   ");
	cJSON_ArrayForEach(item, summary) {
		printf("%s%d %s", first ? "" : ", ", item->valueint,
		       item->string);
		first = 0;
	}
	printf("\n  results:\n");
	cJSON_ArrayForEach(r, results) {
		const cJSON *loc = cJSON_GetObjectItemCaseSensitive(r,
								    "location");
		const cJSON *line = cJSON_GetObjectItemCaseSensitive(loc,
								     "line");

		printf("    %-14s %s %s", str(r, "status"),
		       str(r, "rule") ? str(r, "rule") : str(r, "rule_file"),
		       str(r, "locus") ? str(r, "locus") : "");
		if (str(loc, "path")) {
			printf(" %s", str(loc, "path"));
			if (cJSON_IsNumber(line))
				printf(":%d", line->valueint);
		}
		printf(": %s\n", str(r, "message"));
	}
}

static void show_text(const struct tag_evidence *t)
{
	size_t i;

	if (!t->count) {
		printf("%s: no attestation; make one with 'git cra attest %s'\n",
		       t->tag.name, t->tag.name);
		return;
	}
	for (i = 0; i < t->count; i++) {
		const struct attestation *a = t->atts[i];
		const cJSON *pred = attestation_predicate(a);
		const cJSON *tool, *policy;

		printf("%sattestation %zu of %zu for %s: %s\n", i ? "\n" : "",
		       i + 1, t->count, t->tag.name,
		       attestation_verdict_name(a->verdict));
		if (a->signer.len || a->detail.len)
			printf("  signature: %s%s%s\n", buf_cstr(&a->signer),
			       a->signer.len && a->detail.len ? ": " : "",
			       buf_cstr(&a->detail));
		if (!pred)
			continue;
		show_subject(a);
		tool = cJSON_GetObjectItemCaseSensitive(pred, "tool");
		policy = cJSON_GetObjectItemCaseSensitive(pred, "policy");
		printf("  evaluated: %s (%s date) by %s %s, policy %s\n",
		       a->evaluated_at, str(pred, "time_source") ?
		       str(pred, "time_source") : "?", str(tool, "name"),
		       str(tool, "version"), str(policy, "name"));
		printf("  rules:     %d, inputs: %d\n",
		       cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(
			       pred, "rules")),
		       cJSON_GetArraySize(cJSON_GetObjectItemCaseSensitive(
			       pred, "inputs")));
		show_results(pred);
	}
}

static void show_json(const struct tag_evidence *t)
{
	cJSON *root = cJSON_CreateObject(), *arr;
	size_t i;

	cJSON_AddStringToObject(root, "schema", "git-cra/show/1");
	cJSON_AddStringToObject(root, "tag", t->tag.name);
	arr = cJSON_AddArrayToObject(root, "attestations");
	for (i = 0; i < t->count; i++) {
		const struct attestation *a = t->atts[i];
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "verdict",
					attestation_verdict_name(a->verdict));
		cJSON_AddStringToObject(o, "signer", buf_cstr(&a->signer));
		cJSON_AddStringToObject(o, "detail", buf_cstr(&a->detail));
		if (a->statement)
			cJSON_AddItemToObject(o, "statement",
					      cJSON_Duplicate(a->statement, 1));
		else
			cJSON_AddNullToObject(o, "statement");
		cJSON_AddItemToArray(arr, o);
	}
	json_write(stdout, root);
	cJSON_Delete(root);
}

int cmd_show(int argc, const char **argv)
{
	const char *allowed = NULL, *format = "text";
	const struct option options[] = {
		OPT_STRING(0, "allowed-signers", &allowed, "file",
			   "trust the SSH signers in this file"),
		OPT_STRING(0, "format", &format, "format", "text or json"),
		OPT_END(),
	};
	struct evidence_index idx;
	struct tag_evidence t;
	git_repository *repo = NULL;
	struct signer signer;
	int n, code = EXIT_CLEAN;

	memset(&idx, 0, sizeof(idx));
	memset(&signer, 0, sizeof(signer));
	n = options_parse(argc, argv, options, show_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n != 1) {
		command_error("name one release tag");
		options_usage(stderr, options, show_usage);
		return EXIT_TROUBLE;
	}
	if (strcmp(format, "text") && strcmp(format, "json"))
		return command_error("unknown format '%s' (expected text or "
				     "json)", format);
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
	if (tag_evidence_verify(&t, &idx, repo, argv[0], &signer) < 0) {
		code = command_fail();
		goto done;
	}
	if (!strcmp(format, "json"))
		show_json(&t);
	else
		show_text(&t);
	if (t.verdict != TAG_OK)
		code = EXIT_FINDINGS;
	tag_evidence_release(&t);
done:
	evidence_index_release(&idx);
	signer_release(&signer);
	git_repository_free(repo);
	return code;
}
