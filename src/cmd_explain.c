#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "command.h"
#include "error.h"
#include "json_write.h"
#include "options.h"
#include "evaluation.h"
#include "yaml_tree.h"

static const char *const explain_usage[] = {
	"git cra explain [--format <format>] [--policy <name>] <id>",
	NULL,
};

/* A test file larger than this is not read for its case names. */
#define MAX_TEST_FILE (4 * 1024 * 1024)

/* "x/y.lua" -> "x/y.test.yaml", as git cra test pairs them. */
static void test_path_of(struct buf *out, const char *rule_file)
{
	size_t n = strlen(rule_file);

	if (n > 4 && !strcmp(rule_file + n - 4, ".lua"))
		n -= 4;
	buf_add(out, rule_file, n);
	buf_puts(out, ".test.yaml");
}

/* 1 read, 0 there is no such file, -1 it cannot be read. */
static int read_local_file(struct buf *out, const char *path)
{
	char chunk[16384];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f) {
		if (errno == ENOENT)
			return 0;
		return error_set("cannot open '%s': %s", path, strerror(errno));
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(out, chunk, n);
		if (out->len > MAX_TEST_FILE) {
			fclose(f);
			return error_set("'%s' is larger than %d bytes", path,
					 MAX_TEST_FILE);
		}
	}
	fclose(f);
	return 1;
}

/*
 * The test file of a rule: beside a built-in rule in the data directory,
 * or beside a local rule in the snapshot. Returns as read_local_file().
 */
static int read_tests(struct buf *out, const struct evaluation *ev,
		      const struct rule *r, const char *test_file)
{
	struct snapshot_file f;
	struct buf path = BUF_INIT;
	int ret;

	if (r->source.origin == RULE_BUILTIN) {
		buf_printf(&path, "%s/%s", ruleset_datadir(), test_file);
		ret = read_local_file(out, buf_cstr(&path));
		buf_release(&path);
		return ret;
	}
	if (r->source.origin != RULE_LOCAL)
		return 0;
	memset(&f, 0, sizeof(f));
	ret = snapshot_read(&f, &ev->snapshot, test_file);
	if (ret == SNAPSHOT_NOT_FOUND) {
		error_clear();
		return 0;
	}
	if (ret < 0)
		return -1;
	buf_add(out, f.data, f.len);
	snapshot_file_release(&f);
	return 1;
}

/* The names of a test file's cases; an unreadable file is said so. */
static void test_names(struct buf *names_out, int *count, const char *file,
		       const struct buf *text)
{
	const struct ynode *cases;
	struct ydoc doc;
	size_t i;

	*count = -1;
	memset(&doc, 0, sizeof(doc));
	if (ydoc_parse(&doc, file, text->ptr, text->len) < 0) {
		buf_printf(names_out, "%s", error_last());
		goto done;
	}
	cases = ynode_get(doc.root, "cases");
	if (!cases || cases->type != YNODE_SEQUENCE) {
		buf_printf(names_out, "%s has no 'cases' list", file);
		goto done;
	}
	*count = 0;
	for (i = 0; i < cases->count; i++) {
		const char *name = ynode_str(ynode_get(cases->items[i],
						       "name"));

		buf_printf(names_out, "%s\n", name ? name : "(unnamed case)");
		(*count)++;
	}
done:
	ydoc_release(&doc);
}

/*
 * A metadata text under its label, indented. Long strings are written on
 * one line in the rule file; they are wrapped here as the long ones are.
 */
static void indented(FILE *out, const char *label, const char *text)
{
	const char *p, *word;
	size_t column = 2, n;

	if (!text || !*text)
		return;
	fprintf(out, "\n%s\n  ", label);
	if (strchr(text, '\n')) {
		for (p = text; *p; p++) {
			fputc(*p, out);
			if (*p == '\n' && p[1])
				fputs("  ", out);
		}
		if (p[-1] != '\n')
			fputc('\n', out);
		return;
	}
	for (p = text; *p; p = word + n) {
		word = p + strspn(p, " ");
		n = strcspn(word, " ");
		if (!n)
			break;
		if (column > 2 && column + 1 + n > 74) {
			fputs("\n  ", out);
			column = 2;
		} else if (column > 2) {
			fputc(' ', out);
			column++;
		}
		fwrite(word, 1, n, out);
		column += n;
	}
	fputc('\n', out);
}

static void write_text(FILE *out, const struct evaluation *ev,
		       const struct rule *r, const char *test_file,
		       int ncases, const char *names)
{
	char blob[GIT_OID_HEXSZ + 1];
	const char *p;

	git_oid_tostr(blob, sizeof(blob), &r->source.id);
	fprintf(out, "%s: %s\n\n", r->meta.id, r->meta.title);
	fprintf(out, "  locus:     %s\n", r->meta.locus);
	fprintf(out, "  severity:  %s (policy %s)\n",
		command_rule_severity(ev, r), ev->policy.name);
	fprintf(out, "  file:      %s (%s)\n", r->source.file,
		command_rule_origin(r));
	fprintf(out, "  blob:      %s\n", blob);
	if (r->meta.help)
		fprintf(out, "  help:      %s\n", r->meta.help);
	indented(out, "rationale:", r->meta.rationale);
	indented(out, "establishes:", r->meta.establishes);
	indented(out, "cannot establish:", r->meta.limits);
	indented(out, "remediation:", r->meta.remediation);
	if (ncases < 0) {
		fprintf(out, "\ntests: none (%s)\n", names);
		return;
	}
	fprintf(out, "\ntests (%s, %d case%s):\n", test_file, ncases,
		ncases == 1 ? "" : "s");
	for (p = names; *p; ) {
		const char *nl = strchr(p, '\n');

		fprintf(out, "  - %.*s\n", (int)(nl - p), p);
		p = nl + 1;
	}
}

static int write_json(FILE *out, const struct evaluation *ev,
		      const struct rule *r, const char *test_file,
		      int ncases, const char *names)
{
	cJSON *root = command_rule_json(ev, r), *tests, *cases;
	const char *p;
	int ret;

	cJSON_AddStringToObject(root, "policy", ev->policy.name);
	tests = cJSON_AddObjectToObject(root, "tests");
	cJSON_AddStringToObject(tests, "file", test_file);
	cases = cJSON_AddArrayToObject(tests, "cases");
	if (ncases < 0)
		cJSON_AddStringToObject(tests, "error", names);
	for (p = names; ncases >= 0 && *p; ) {
		const char *nl = strchr(p, '\n');
		char *name = xstrndup(p, (size_t)(nl - p));

		cJSON_AddItemToArray(cases, cJSON_CreateString(name));
		free(name);
		p = nl + 1;
	}
	ret = json_write(out, root);
	cJSON_Delete(root);
	return ret;
}

/* Ids that contain what was asked for, to suggest. */
static void suggest(const struct evaluation *ev, const char *id)
{
	size_t i;
	int first = 1;

	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];

		if (!r->loaded || !strstr(r->meta.id, id))
			continue;
		fprintf(stderr, "%s %s", first ? "hint: did you mean" : ",",
			r->meta.id);
		first = 0;
	}
	if (!first)
		fputs("?\n", stderr);
}

int cmd_explain(int argc, const char **argv)
{
	const char *format = "text", *policy = NULL;
	const struct option options[] = {
		OPT_STRING(0, "format", &format, "format", "text or json"),
		OPT_STRING(0, "policy", &policy, "name",
			   "show the severity under this policy"),
		OPT_END(),
	};
	struct buf test_file = BUF_INIT, text = BUF_INIT, names = BUF_INIT;
	const struct rule *rule = NULL;
	struct evaluation ev;
	size_t i;
	int n, r, ncases = -1, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, explain_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n != 1) {
		command_error(n ? "git cra explain takes one rule id" :
			      "which rule? 'git cra rules' lists their ids");
		options_usage(stderr, options, explain_usage);
		return EXIT_TROUBLE;
	}
	if (strcmp(format, "text") && strcmp(format, "json"))
		return command_error("unknown format '%s' (expected text or "
				     "json)", format);
	if (command_load_rules(&ev, policy) < 0) {
		code = command_fail();
		goto done;
	}
	for (i = 0; i < ev.rules.count && !rule; i++)
		if (ev.rules.rules[i].loaded &&
		    !strcmp(ev.rules.rules[i].meta.id, argv[0]))
			rule = &ev.rules.rules[i];
	if (!rule) {
		code = command_error("no rule has the id '%s'; 'git cra rules' "
				     "lists them", argv[0]);
		suggest(&ev, argv[0]);
		goto done;
	}
	test_path_of(&test_file, rule->source.file);
	r = read_tests(&text, &ev, rule, buf_cstr(&test_file));
	if (r < 0)
		buf_puts(&names, error_last());
	else if (!r)
		buf_printf(&names, "no %s beside the rule",
			   buf_cstr(&test_file));
	else
		test_names(&names, &ncases, buf_cstr(&test_file), &text);
	if (!strcmp(format, "json")) {
		if (write_json(stdout, &ev, rule, buf_cstr(&test_file), ncases,
			       buf_cstr(&names)) < 0)
			code = command_error("cannot write the rule");
	} else {
		write_text(stdout, &ev, rule, buf_cstr(&test_file), ncases,
			   buf_cstr(&names));
	}
	if (fflush(stdout) != 0)
		code = command_error("cannot write the rule");
done:
	buf_release(&test_file);
	buf_release(&text);
	buf_release(&names);
	evaluation_release(&ev);
	return code;
}
