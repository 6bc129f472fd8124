#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "command.h"
#include "error.h"
#include "evaluation.h"
#include "json_write.h"
#include "options.h"

static const char *const rules_usage[] = {
	"git cra rules [--format <format>] [--policy <name>]",
	NULL,
};

/*
 * The catalogue is read without a product to judge: the rules are loaded
 * for their metadata only. In a work tree the product's class picks the
 * policy and the tree's own rules are listed after the built-in ones;
 * elsewhere (a bare repository, no repository) the built-in rules under
 * the default policy.
 */
int command_load_rules(struct evaluation *out, const char *policy)
{
	struct evaluation_options eopts;
	struct snapshot memory;
	git_repository *repo = NULL;
	int ret;

	evaluation_options_init(&eopts);
	eopts.metadata_only = 1;
	eopts.policy = policy;
	if (command_open_repository(&repo) < 0 ||
	    git_repository_is_bare(repo)) {
		error_clear();
		git_repository_free(repo);
		repo = NULL;
		snapshot_open_memory(&memory);
		eopts.snapshot = &memory;
	}
	ret = evaluation_run(out, repo, &eopts);
	if (eopts.snapshot)
		snapshot_release(&memory);
	git_repository_free(repo);
	return ret;
}

const char *command_rule_origin(const struct rule *rule)
{
	switch (rule->source.origin) {
	case RULE_BUILTIN:
		return "builtin";
	case RULE_LOCAL:
		return "local";
	case RULE_RECORDED:
		return "recorded";
	}
	return "?";
}

const char *command_rule_severity(const struct evaluation *ev,
				  const struct rule *rule)
{
	if (!policy_selects(&ev->policy, rule->meta.id, rule->source.origin))
		return "off";
	return severity_name(evaluation_severity(ev, rule));
}

/* Why a rule could not be loaded, or NULL. */
static const char *load_error(const struct evaluation *ev, size_t i)
{
	const struct rule_outcome *o = &ev->outcomes[i];

	if (o->error)
		return o->error;
	return ev->rules.rules[i].loaded ? NULL : "the rule did not load";
}

/* Columns are measured in characters: a locus may hold an en dash. */
static size_t width(const char *s)
{
	size_t n = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xc0) != 0x80)
			n++;
	return n;
}

static void pad(FILE *out, const char *s, size_t to)
{
	size_t n = width(s);

	fputs(s, out);
	while (n++ < to)
		fputc(' ', out);
}

static void write_text(FILE *out, const struct evaluation *ev)
{
	size_t w_id = 2, w_locus = 5, w_file = 4, i;

	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];

		if (load_error(ev, i))
			continue;
		if (width(r->meta.id) > w_id)
			w_id = width(r->meta.id);
		if (width(r->meta.locus) > w_locus)
			w_locus = width(r->meta.locus);
		if (width(r->source.file) > w_file)
			w_file = width(r->source.file);
	}
	pad(out, "id", w_id + 2);
	pad(out, "locus", w_locus + 2);
	pad(out, "severity", 10);
	pad(out, "origin", 9);
	pad(out, "file", w_file + 2);
	fputs("title\n", out);
	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];

		if (load_error(ev, i))
			continue;
		pad(out, r->meta.id, w_id + 2);
		pad(out, r->meta.locus, w_locus + 2);
		pad(out, command_rule_severity(ev, r), 10);
		pad(out, command_rule_origin(r), 9);
		pad(out, r->source.file, w_file + 2);
		fprintf(out, "%s\n", r->meta.title);
	}
}

static void add_string_or_null(cJSON *o, const char *key, const char *v)
{
	if (v)
		cJSON_AddStringToObject(o, key, v);
	else
		cJSON_AddNullToObject(o, key);
}

cJSON *command_rule_json(const struct evaluation *ev, const struct rule *r)
{
	cJSON *o = cJSON_CreateObject();
	char blob[GIT_OID_HEXSZ + 1];

	git_oid_tostr(blob, sizeof(blob), &r->source.id);
	cJSON_AddStringToObject(o, "id", r->meta.id);
	cJSON_AddStringToObject(o, "title", r->meta.title);
	cJSON_AddStringToObject(o, "locus", r->meta.locus);
	cJSON_AddStringToObject(o, "severity", command_rule_severity(ev, r));
	cJSON_AddStringToObject(o, "origin", command_rule_origin(r));
	cJSON_AddStringToObject(o, "file", r->source.file);
	cJSON_AddStringToObject(o, "blob", blob);
	cJSON_AddStringToObject(o, "rationale", r->meta.rationale);
	cJSON_AddStringToObject(o, "remediation", r->meta.remediation);
	add_string_or_null(o, "establishes", r->meta.establishes);
	add_string_or_null(o, "limits", r->meta.limits);
	add_string_or_null(o, "help", r->meta.help);
	return o;
}

static int write_json(FILE *out, const struct evaluation *ev)
{
	cJSON *root = cJSON_CreateObject(), *rules, *errors;
	size_t i;
	int ret;

	cJSON_AddStringToObject(root, "schema", "git-cra/rules/1");
	cJSON_AddStringToObject(root, "policy", ev->policy.name);
	rules = cJSON_AddArrayToObject(root, "rules");
	errors = cJSON_AddArrayToObject(root, "errors");
	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];
		const char *why = load_error(ev, i);

		if (why) {
			cJSON *e = cJSON_CreateObject();

			cJSON_AddStringToObject(e, "file", r->source.file);
			cJSON_AddStringToObject(e, "message", why);
			cJSON_AddItemToArray(errors, e);
			continue;
		}
		cJSON_AddItemToArray(rules, command_rule_json(ev, r));
	}
	ret = json_write(out, root);
	cJSON_Delete(root);
	return ret;
}

/*
 * Markdown from rule metadata, which is text the rule's author wrote:
 * "<" would open an HTML tag, and in a table cell "|" a new cell and a
 * line break the end of the row.
 */
static void md_text(FILE *out, const char *s, int in_table)
{
	int code = 0;	/* inside a `code span`, where text is literal */

	for (; *s; s++) {
		if (*s == '`')
			code = !code;
		if (!code && *s == '<')
			fputs("&lt;", out);
		else if (!code && *s == '&')
			fputs("&amp;", out);
		else if (in_table && *s == '|')
			fputs("\\|", out);
		else if (in_table && *s == '\n')
			fputc(' ', out);
		else
			fputc(*s, out);
	}
}

/* A rule's directory under rules/ (or .cra/rules), its section. */
static void section_of(struct buf *out, const char *file)
{
	const char *slash = strrchr(file, '/');

	buf_reset(out);
	if (slash)
		buf_add(out, file, (size_t)(slash - file + 1));
}

static void md_paragraph(FILE *out, const char *label, const char *text)
{
	if (!text || !*text)
		return;
	fprintf(out, "**%s** ", label);
	md_text(out, text, 0);
	fputs("\n\n", out);
}

static void md_params(FILE *out, const struct policy *p)
{
	size_t i;

	if (!p->params || !p->params->count)
		return;
	fprintf(out, "The parameters of the policy `%s`, which the rules read "
		"as `cra.params`:\n\n| parameter | value |\n|---|---|\n",
		p->name);
	for (i = 0; i < p->params->count; i++) {
		const struct ynode *k = p->params->items[2 * i];
		const struct ynode *v = p->params->items[2 * i + 1];

		fprintf(out, "| `%s` | ", k->value);
		if (v->type == YNODE_SCALAR)
			md_text(out, v->value, 1);
		else
			fputs("(a list or mapping)", out);
		fputs(" |\n", out);
	}
	fputc('\n', out);
}

/* The page's opening, one line of Markdown a string. */
static const char *const md_intro[] = {
	"This catalogue is generated from the rules themselves by `git cra",
	"rules --format markdown`; do not edit it by hand. `tests/t4200`",
	"fails when it differs from what the rules say. Each rule encodes",
	"one obligation of Regulation (EU) 2024/2847 and says what a",
	"repository can establish about it and what it cannot.",
	"",
	"## How to read it",
	"",
	"- **Locus**: the provision the rule encodes, written as in the",
	"  project's list of obligations: `Art.13(8)`, `AnnexI.PartII(5)`,",
	"  `AnnexI.PartI(2)(c)`, `AnnexVII(1)`. A range of paragraphs is",
	"  written with an en dash (U+2013), as the Official Journal writes",
	"  it: `Art.13(2)–(3)`, never with a hyphen; a rule that encodes a",
	"  whole article (`Art.32`, `Art.31`) cites the article and names",
	"  the paragraph in its messages.",
	"- **Severity**: how a failure of the rule is reported, under the",
	"  policy named below; a policy may raise or lower it, or turn the",
	"  rule off.",
	"- **Basis** of each finding: *observed* when read from evidence",
	"  files (a document exists and names an item), *declared* when it",
	"  rests on the manufacturer's statement in `.cra/product.yaml` or",
	"  the risk assessment.",
	"- A document that another rule owns and that is missing makes the",
	"  rules that only cross-check it *unknown*, naming the owner, so",
	"  that one missing file fails once.",
	"- Conditional items are *not applicable* when their condition is",
	"  not met, and a finding that names an item (`AnnexII(5)`,",
	"  `AnnexVII(4)`) carries it as its subject, so that a waiver can",
	"  name that item alone.",
	"",
	NULL,
};

static void write_markdown(FILE *out, const struct evaluation *ev)
{
	struct buf section = BUF_INIT, last = BUF_INIT;
	const char *const *line;
	size_t i, n = 0;

	for (i = 0; i < ev->rules.count; i++)
		if (!load_error(ev, i))
			n++;
	fputs("# Rules\n\n", out);
	for (line = md_intro; *line; line++)
		fprintf(out, "%s\n", *line);
	fprintf(out, "Severities are those of the policy `%s`",
		ev->policy.name);
	if (ev->policy.description) {
		fputs(": ", out);
		md_text(out, ev->policy.description, 0);
	} else {
		fputc('.', out);
	}
	fputs("\n\n", out);
	md_params(out, &ev->policy);

	fprintf(out, "## Catalogue\n\n%zu rules.\n\n"
		"| id | locus | title | severity |\n|---|---|---|---|\n", n);
	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];

		if (load_error(ev, i))
			continue;
		fprintf(out, "| [%s](#%s) | %s | ", r->meta.id, r->meta.id,
			r->meta.locus);
		md_text(out, r->meta.title, 1);
		fprintf(out, " | %s |\n", command_rule_severity(ev, r));
	}
	fputc('\n', out);
	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];

		if (load_error(ev, i))
			continue;
		section_of(&section, r->source.file);
		if (strcmp(buf_cstr(&section), buf_cstr(&last))) {
			fprintf(out, "## `%s`\n\n", buf_cstr(&section));
			buf_reset(&last);
			buf_puts(&last, buf_cstr(&section));
		}
		fprintf(out, "### %s\n\n**", r->meta.id);
		md_text(out, r->meta.title, 0);
		fprintf(out, "**\n\n- Locus: `%s`\n- Severity: %s\n"
			"- File: `%s` (%s)\n", r->meta.locus,
			command_rule_severity(ev, r), r->source.file,
			command_rule_origin(r));
		if (r->meta.help)
			fprintf(out, "- Help: <%s>\n", r->meta.help);
		fputc('\n', out);
		md_text(out, r->meta.rationale, 0);
		fputs("\n\n", out);
		md_paragraph(out, "Establishes:", r->meta.establishes);
		md_paragraph(out, "Cannot establish:", r->meta.limits);
		md_paragraph(out, "Remediation:", r->meta.remediation);
	}
	buf_release(&section);
	buf_release(&last);
}

/* The page, ending in one newline and no blank line. */
static int write_markdown_file(FILE *out, const struct evaluation *ev)
{
	char *text = NULL;
	size_t len = 0;
	FILE *mem = open_memstream(&text, &len);

	if (!mem)
		return error_set("cannot write the page: out of memory");
	write_markdown(mem, ev);
	if (fclose(mem) != 0) {
		free(text);
		return error_set("cannot write the page: out of memory");
	}
	while (len > 1 && text[len - 1] == '\n' && text[len - 2] == '\n')
		len--;
	fwrite(text, 1, len, out);
	free(text);
	return 0;
}

int cmd_rules(int argc, const char **argv)
{
	const char *format = "text", *policy = NULL;
	const struct option options[] = {
		OPT_STRING(0, "format", &format, "format",
			   "text, json or markdown (docs/rules.md)"),
		OPT_STRING(0, "policy", &policy, "name",
			   "show severities under this policy"),
		OPT_END(),
	};
	struct evaluation ev;
	size_t i;
	int n, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, rules_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 0) {
		command_error("git cra rules takes no arguments; "
			      "'git cra explain <id>' shows one rule");
		options_usage(stderr, options, rules_usage);
		return EXIT_TROUBLE;
	}
	if (strcmp(format, "text") && strcmp(format, "json") &&
	    strcmp(format, "markdown"))
		return command_error("unknown format '%s' (expected text, json "
				     "or markdown)", format);
	if (command_load_rules(&ev, policy) < 0) {
		code = command_fail();
		goto done;
	}
	/* A rule that does not load is reported, and the rest listed. */
	for (i = 0; i < ev.rules.count; i++) {
		const char *why = load_error(&ev, i);

		if (why) {
			command_error("%s: %s", ev.rules.rules[i].source.file,
				      why);
			code = EXIT_TROUBLE;
		}
	}
	if (!strcmp(format, "json")) {
		if (write_json(stdout, &ev) < 0)
			code = command_error("cannot write the rules");
	} else if (!strcmp(format, "markdown")) {
		if (write_markdown_file(stdout, &ev) < 0)
			code = command_fail();
	} else {
		write_text(stdout, &ev);
	}
	if (fflush(stdout) != 0)
		code = command_error("cannot write the rules");
done:
	evaluation_release(&ev);
	return code;
}
