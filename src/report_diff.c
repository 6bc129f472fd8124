#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cJSON.h>

#include "buf.h"
#include "finding_diff.h"
#include "json_write.h"
#include "report.h"
#include "rfc3339.h"

/*
 * What a change did to the findings, for the people and tools that
 * review it: text for a terminal, json (schema "git-cra/diff/1",
 * docs/diff.md), markdown for a pull-request comment (empty when
 * nothing changed, so that a bot posts nothing), and sarif and github,
 * which reuse the reporters of git cra check and mark or keep what the
 * change adds. Like every reporter, they read and never exit.
 */

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

/* "revision main (commit 1234567)", "worktree (HEAD 1234567)". */
static void describe_snapshot(struct buf *b, const struct snapshot *s)
{
	char id[GIT_OID_HEXSZ + 1];

	buf_puts(b, snapshot_kind_name(s->kind));
	if (s->rev)
		buf_printf(b, " %s", s->rev);
	if (s->has_commit) {
		git_oid_tostr(id, 8, &s->commit_id);
		buf_printf(b, " (%s %s)", s->kind == SNAPSHOT_REVISION ?
			   "commit" : "HEAD", id);
	}
}

/* text */

static const char *const change_headings[CHANGE_KIND_COUNT] = {
	[CHANGE_NEW] = "New failures",
	[CHANGE_FIXED] = "Fixed",
	[CHANGE_UNCHANGED] = "Still failing",
	[CHANGE_DROPPED] = "No longer checked (the rule is gone or broke)",
};

static const char *const change_colors[CHANGE_KIND_COUNT] = {
	[CHANGE_NEW] = "\033[1;31m",
	[CHANGE_FIXED] = "\033[32m",
	[CHANGE_UNCHANGED] = "\033[33m",
	[CHANGE_DROPPED] = "\033[1;35m",
};

#define RESET "\033[m"

/* The order a reviewer reads them in: what to act on first. */
static const enum change_kind text_order[] = {
	CHANGE_NEW, CHANGE_DROPPED, CHANGE_FIXED, CHANGE_UNCHANGED,
};

static void text_finding(FILE *out, const struct evaluation *ev,
			 const struct finding *f,
			 const struct report_options *opts)
{
	const struct rule *rule = evaluation_rule(ev, f);
	char loc[4200];

	report_location(loc, sizeof(loc), f);
	fprintf(out, "  %s%s%s%s", loc, *loc ? ": " : "",
		f->status == STATUS_ERROR ? "the rule broke: " : "",
		f->message);
	if (opts->color)
		fputs("\033[2m", out);
	fprintf(out, " [%s", report_rule_id(rule));
	if (rule->loaded)
		fprintf(out, " %s", rule->meta.locus);
	if (f->status != STATUS_ERROR && f->basis == BASIS_DECLARED)
		fputs(", declared", out);
	fputc(']', out);
	if (opts->color)
		fputs(RESET, out);
	fputc('\n', out);
}

/* What became of a fixed failure at head, or why a dropped one went. */
static void text_aftermath(FILE *out, const struct finding_change *c)
{
	const struct finding *now = c->head;
	char loc[4200];

	if (c->kind == CHANGE_DROPPED) {
		fprintf(out, "      %s\n", c->rule_broke ?
			"the rule broke at head" :
			"the rule no longer runs at head");
		return;
	}
	if (c->kind != CHANGE_FIXED)
		return;
	if (!now) {
		fputs("      no longer reported\n", out);
		return;
	}
	if (now->status == STATUS_WAIVED) {
		fprintf(out, "      now waived by %s until %s: %s\n",
			now->waiver_owner, now->waiver_expires,
			now->waiver_reason);
		return;
	}
	report_location(loc, sizeof(loc), now);
	fprintf(out, "      now %s: %s%s%s\n",
		now->status == STATUS_PASS ? "passes" :
		now->status == STATUS_UNKNOWN ? "unknown" : "not applicable",
		loc, *loc ? ": " : "", now->message);
}

static void text_rules(FILE *out, const char *what,
		       const struct evaluation *ev, const size_t *rules,
		       size_t n)
{
	size_t i;

	if (!n)
		return;
	fprintf(out, "\n%s (%zu)\n", what, n);
	for (i = 0; i < n; i++) {
		const struct rule *r = &ev->rules.rules[rules[i]];

		fprintf(out, "  %s", report_rule_id(r));
		if (r->loaded)
			fprintf(out, " %s", r->meta.locus);
		fprintf(out, " (%s)\n", r->source.file);
	}
}

static void write_text(FILE *out, const struct finding_diff *d,
		       const struct report_options *opts)
{
	const size_t *c = d->counts;
	struct buf b = BUF_INIT;
	char now[21];
	size_t i, k;

	describe_snapshot(&b, &d->base->snapshot);
	buf_puts(&b, " -> ");
	describe_snapshot(&b, &d->head->snapshot);
	rfc3339_format(now, d->head->now);
	fprintf(out, "git cra diff: %s, policy %s, evaluated at %s\n",
		buf_cstr(&b), d->head->policy.name, now);
	buf_release(&b);

	for (k = 0; k < sizeof(text_order) / sizeof(text_order[0]); k++) {
		enum change_kind kind = text_order[k];

		if (!c[kind])
			continue;
		fputc('\n', out);
		if (opts->color)
			fputs(change_colors[kind], out);
		fprintf(out, "%s (%zu)", change_headings[kind], c[kind]);
		if (opts->color)
			fputs(RESET, out);
		fputc('\n', out);
		for (i = 0; i < d->nchanges; i++) {
			const struct finding_change *ch = &d->changes[i];
			int at_head = kind == CHANGE_NEW ||
				kind == CHANGE_UNCHANGED;
			const struct evaluation *ev = at_head ? d->head :
				d->base;
			const struct finding *f = at_head ? ch->head :
				ch->base;
			const struct rule *rule;

			if (ch->kind != kind)
				continue;
			rule = evaluation_rule(ev, f);
			text_finding(out, ev, f, opts);
			text_aftermath(out, ch);
			if (opts->verbose && kind == CHANGE_NEW &&
			    f->status == STATUS_FAIL && rule->loaded)
				fprintf(out, "      fix: %s\n",
					rule->meta.remediation);
		}
	}
	text_rules(out, "Rules added", d->head, d->rules_added,
		   d->nrules_added);
	text_rules(out, "Rules removed", d->base, d->rules_removed,
		   d->nrules_removed);

	fprintf(out, "\n%zu new, %zu fixed, %zu still failing, %zu no longer "
		"checked", c[CHANGE_NEW], c[CHANGE_FIXED],
		c[CHANGE_UNCHANGED], c[CHANGE_DROPPED]);
	if (d->nrules_added || d->nrules_removed)
		fprintf(out, "; %zu %s added, %zu removed", d->nrules_added,
			plural(d->nrules_added, "rule", "rules"),
			d->nrules_removed);
	fputc('\n', out);
}

/* json */

/* The items of a cJSON array, for reading by index. */
static cJSON **array_items(const cJSON *arr, size_t *n)
{
	size_t count = (size_t)cJSON_GetArraySize(arr), i = 0;
	cJSON **items = xcalloc(count ? count : 1, sizeof(*items));
	cJSON *it;

	cJSON_ArrayForEach(it, arr)
		items[i++] = it;
	*n = count;
	return items;
}

struct json_side {
	const struct evaluation *ev;
	cJSON *findings, *rules;	/* the json format's arrays */
	cJSON **finding_items, **rule_items;
	size_t nfindings, nrules;
};

static void json_side_init(struct json_side *s, const struct evaluation *ev)
{
	s->ev = ev;
	s->findings = report_json_findings(ev);
	s->rules = report_json_rules(ev);
	s->finding_items = array_items(s->findings, &s->nfindings);
	s->rule_items = array_items(s->rules, &s->nrules);
}

static void json_side_release(struct json_side *s)
{
	cJSON_Delete(s->findings);
	cJSON_Delete(s->rules);
	free(s->finding_items);
	free(s->rule_items);
}

/* A copy of the json format's object for finding f of that side. */
static cJSON *finding_copy(const struct json_side *s, const struct finding *f)
{
	size_t i = (size_t)(f - s->ev->findings);

	return cJSON_Duplicate(s->finding_items[i], 1);
}

/* rules[] of the json format lists the rules that ran, in order. */
static cJSON *rule_copy(const struct json_side *s, size_t rule)
{
	size_t i, pos = 0;

	for (i = 0; i < rule; i++)
		if (s->ev->outcomes[i].selected)
			pos++;
	if (pos >= s->nrules)
		return cJSON_CreateNull();
	return cJSON_Duplicate(s->rule_items[pos], 1);
}

static cJSON *side_json(const struct evaluation *ev)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddItemToObject(o, "snapshot",
			      report_json_snapshot(&ev->snapshot));
	cJSON_AddItemToObject(o, "summary", report_json_summary(ev));
	return o;
}

static void write_json(FILE *out, const struct finding_diff *d,
		       const struct report_options *opts)
{
	cJSON *root = cJSON_CreateObject(), *o, *lists[CHANGE_KIND_COUNT];
	struct json_side base, head;
	char now[21];
	size_t i;
	int k;

	json_side_init(&base, d->base);
	json_side_init(&head, d->head);
	cJSON_AddStringToObject(root, "schema", "git-cra/diff/1");
	o = cJSON_AddObjectToObject(root, "tool");
	cJSON_AddStringToObject(o, "name", "git-cra");
	cJSON_AddStringToObject(o, "version", opts->tool_version);
	cJSON_AddItemToObject(root, "base", side_json(d->base));
	cJSON_AddItemToObject(root, "head", side_json(d->head));
	cJSON_AddStringToObject(root, "policy", d->head->policy.name);
	rfc3339_format(now, d->head->now);
	cJSON_AddStringToObject(root, "evaluated_at", now);

	o = cJSON_AddObjectToObject(root, "summary");
	for (k = 0; k < CHANGE_KIND_COUNT; k++)
		cJSON_AddNumberToObject(o, change_kind_name(k),
					(double)d->counts[k]);
	cJSON_AddNumberToObject(o, "rules_added", (double)d->nrules_added);
	cJSON_AddNumberToObject(o, "rules_removed",
				(double)d->nrules_removed);

	for (k = 0; k < CHANGE_KIND_COUNT; k++)
		lists[k] = cJSON_AddArrayToObject(root, change_kind_name(k));
	for (i = 0; i < d->nchanges; i++) {
		const struct finding_change *c = &d->changes[i];

		switch (c->kind) {
		case CHANGE_NEW:
			o = finding_copy(&head, c->head);
			break;
		case CHANGE_FIXED:
			o = finding_copy(&base, c->base);
			cJSON_AddItemToObject(o, "now", c->head ?
					      finding_copy(&head, c->head) :
					      cJSON_CreateNull());
			break;
		case CHANGE_UNCHANGED:
			o = finding_copy(&head, c->head);
			cJSON_AddItemToObject(o, "was",
					      finding_copy(&base, c->base));
			break;
		case CHANGE_DROPPED:
		case CHANGE_KIND_COUNT:
		default:
			o = finding_copy(&base, c->base);
			break;
		}
		cJSON_AddItemToArray(lists[c->kind], o);
	}

	o = cJSON_AddObjectToObject(root, "rules");
	lists[0] = cJSON_AddArrayToObject(o, "added");
	for (i = 0; i < d->nrules_added; i++)
		cJSON_AddItemToArray(lists[0],
				     rule_copy(&head, d->rules_added[i]));
	lists[0] = cJSON_AddArrayToObject(o, "removed");
	for (i = 0; i < d->nrules_removed; i++)
		cJSON_AddItemToArray(lists[0],
				     rule_copy(&base, d->rules_removed[i]));
	cJSON_AddItemToObject(root, "warnings", report_json_warnings(d->head));

	json_write(out, root);
	cJSON_Delete(root);
	json_side_release(&base);
	json_side_release(&head);
}

/* markdown */

static void md_count(FILE *out, const char **sep, size_t n, const char *one,
		     const char *many)
{
	if (!n)
		return;
	fprintf(out, "%s%zu %s", *sep, n, plural(n, one, many));
	*sep = ", ";
}

/* "main (1234567)", "worktree (HEAD 1234567)". */
static void md_snapshot(FILE *out, const struct snapshot *s)
{
	char id[GIT_OID_HEXSZ + 1];

	if (s->rev)
		report_markdown_text(out, s->rev);
	else
		fputs(snapshot_kind_name(s->kind), out);
	if (s->has_commit) {
		git_oid_tostr(id, 8, &s->commit_id);
		fprintf(out, " (%s%s)", s->kind == SNAPSHOT_REVISION ? "" :
			"HEAD ", id);
	}
}

static void md_summary(FILE *out, const struct finding_diff *d)
{
	const size_t *c = d->counts;
	const char *sep = "";
	char now[21];

	fputs("**git cra**: ", out);
	if (!c[CHANGE_NEW]) {
		fputs("no new failure", out);
		sep = ", ";
	}
	md_count(out, &sep, c[CHANGE_NEW], "new failure", "new failures");
	md_count(out, &sep, c[CHANGE_FIXED], "fixed", "fixed");
	md_count(out, &sep, c[CHANGE_DROPPED], "no longer checked",
		 "no longer checked");
	md_count(out, &sep, c[CHANGE_UNCHANGED], "still failing",
		 "still failing");
	md_count(out, &sep, d->nrules_added, "rule added", "rules added");
	md_count(out, &sep, d->nrules_removed, "rule removed",
		 "rules removed");
	fputs(" (base ", out);
	md_snapshot(out, &d->base->snapshot);
	fputs(" \xe2\x86\x92 head ", out);
	md_snapshot(out, &d->head->snapshot);
	fputs(", policy ", out);
	report_markdown_text(out, d->head->policy.name);
	rfc3339_format(now, d->head->now);
	fprintf(out, ", evaluated at %s)\n", now);
}

/* The note under a fixed or dropped row: static text, nothing to escape. */
static const char *md_note(const struct finding_change *c)
{
	if (c->kind == CHANGE_DROPPED)
		return c->rule_broke ? "<br>its rule broke at head" :
			"<br>its rule no longer runs at head";
	if (c->kind != CHANGE_FIXED)
		return NULL;
	if (!c->head)
		return "<br>no longer reported";
	switch (c->head->status) {
	case STATUS_PASS:
		return "<br>now passes";
	case STATUS_WAIVED:
		return "<br>now **waived**";
	case STATUS_UNKNOWN:
		return "<br>now unknown, for a person to judge";
	case STATUS_NOT_APPLICABLE:
		return "<br>now not applicable";
	case STATUS_FAIL:
	case STATUS_ERROR:
	case STATUS_COUNT:
		break;
	}
	return NULL;
}

static const char *const md_labels[CHANGE_KIND_COUNT] = {
	[CHANGE_NEW] = "\xe2\x9d\x8c new",
	[CHANGE_FIXED] = "\xe2\x9c\x85 fixed",
	[CHANGE_UNCHANGED] = "still failing",
	[CHANGE_DROPPED] = "\xe2\x9a\xa0\xef\xb8\x8f no longer checked",
};

static void md_rows(FILE *out, const struct finding_diff *d,
		    enum change_kind kind)
{
	size_t i;

	for (i = 0; i < d->nchanges; i++) {
		const struct finding_change *c = &d->changes[i];

		if (c->kind != kind)
			continue;
		if (kind == CHANGE_NEW || kind == CHANGE_UNCHANGED)
			report_markdown_row(out, d->head, c->head,
					    md_labels[kind], NULL);
		else
			report_markdown_row(out, d->base, c->base,
					    md_labels[kind], md_note(c));
	}
}

static void md_rules(FILE *out, const char *what, const struct evaluation *ev,
		     const size_t *rules, size_t n)
{
	size_t i;

	if (!n)
		return;
	fprintf(out, "\n**%s**: ", what);
	for (i = 0; i < n; i++) {
		const struct rule *r = &ev->rules.rules[rules[i]];

		fputs(i ? ", " : "", out);
		report_markdown_text(out, report_rule_id(r));
		if (r->loaded) {
			fputs(" (", out);
			report_markdown_text(out, r->meta.locus);
			fputc(')', out);
		}
	}
	fputc('\n', out);
}

static void md_remediations(FILE *out, const struct finding_diff *d)
{
	const struct evaluation *ev = d->head;
	size_t r, i;

	for (r = 0; r < ev->rules.count; r++) {
		const struct rule *rule = &ev->rules.rules[r];

		for (i = 0; i < d->nchanges; i++)
			if (d->changes[i].kind == CHANGE_NEW &&
			    d->changes[i].head->rule == r &&
			    d->changes[i].head->status == STATUS_FAIL)
				break;
		if (i == d->nchanges || !rule->loaded)
			continue;
		fputs("\nTo fix ", out);
		report_markdown_text(out, rule->meta.id);
		fputs(": ", out);
		report_markdown_text(out, rule->meta.remediation);
		fputc('\n', out);
	}
}

static void write_markdown(FILE *out, const struct finding_diff *d,
			   const struct report_options *opts)
{
	static const char header[] =
		"| | Obligation | Rule | Where | Finding |\n"
		"| --- | --- | --- | --- | --- |\n";
	const size_t *c = d->counts;

	/* A comment saying "nothing changed" on every push is noise. */
	if (!finding_diff_changed(d))
		return;
	md_summary(out, d);
	if (c[CHANGE_NEW] || c[CHANGE_FIXED] || c[CHANGE_DROPPED]) {
		fputc('\n', out);
		fputs(header, out);
		md_rows(out, d, CHANGE_NEW);
		md_rows(out, d, CHANGE_DROPPED);
		md_rows(out, d, CHANGE_FIXED);
	}
	md_rules(out, "Rules added", d->head, d->rules_added,
		 d->nrules_added);
	md_rules(out, "Rules removed", d->base, d->rules_removed,
		 d->nrules_removed);
	if (opts->verbose)
		md_remediations(out, d);
	if (c[CHANGE_UNCHANGED]) {
		fprintf(out, "\n<details><summary>%zu still failing"
			"</summary>\n\n", c[CHANGE_UNCHANGED]);
		fputs(header, out);
		md_rows(out, d, CHANGE_UNCHANGED);
		fputs("\n</details>\n", out);
	}
}

/* sarif */

static int same_finding(const struct finding *a, const struct finding *b)
{
	return a->status == b->status && a->line == b->line &&
		a->column == b->column && !strcmp(a->message, b->message) &&
		(a->path && b->path ? !strcmp(a->path, b->path) :
		 a->path == b->path);
}

/* The run's rule of this id, taken from the base's log when it has none. */
static int sarif_rule_index(cJSON *rules, const cJSON *base_rules,
			    const cJSON *base_result)
{
	const char *id = cJSON_GetStringValue(cJSON_GetObjectItem(base_result,
								  "ruleId"));
	const cJSON *index = cJSON_GetObjectItem(base_result, "ruleIndex");
	const cJSON *r;
	int i = 0;

	cJSON_ArrayForEach(r, rules) {
		const char *rid = cJSON_GetStringValue(cJSON_GetObjectItem(r,
									 "id"));

		if (id && rid && !strcmp(id, rid))
			return i;
		i++;
	}
	r = cJSON_GetArrayItem(base_rules, (int)cJSON_GetNumberValue(index));
	cJSON_AddItemToArray(rules, cJSON_Duplicate(r, 1));
	return i;
}

static void write_sarif(FILE *out, const struct finding_diff *d,
			const struct report_options *opts)
{
	cJSON *root = report_sarif_log(d->head, opts);
	cJSON *base_log = report_sarif_log(d->base, opts);
	cJSON *run = cJSON_GetArrayItem(cJSON_GetObjectItem(root, "runs"), 0);
	cJSON *base_run = cJSON_GetArrayItem(cJSON_GetObjectItem(base_log,
								 "runs"), 0);
	cJSON *results = cJSON_GetObjectItem(run, "results");
	cJSON *rules = cJSON_GetObjectItem(cJSON_GetObjectItem(
		cJSON_GetObjectItem(run, "tool"), "driver"), "rules");
	cJSON *base_rules = cJSON_GetObjectItem(cJSON_GetObjectItem(
		cJSON_GetObjectItem(base_run, "tool"), "driver"), "rules");
	cJSON **head_items, **base_items, *props, *o;
	size_t nh, nb, i;
	char *text;
	int k;

	/* report_sarif_log() gives one result per finding, in order. */
	head_items = array_items(results, &nh);
	base_items = array_items(cJSON_GetObjectItem(base_run, "results"), &nb);
	for (i = 0; i < nh && i < d->head->nfindings; i++) {
		long m = d->head_match[i];
		const char *state = m < 0 ? "new" :
			same_finding(&d->base->findings[m],
				     &d->head->findings[i]) ?
			"unchanged" : "updated";

		cJSON_AddStringToObject(head_items[i], "baselineState", state);
	}
	/* What the base reported and the head does not, as SARIF has it. */
	for (i = 0; i < nb && i < d->base->nfindings; i++) {
		if (d->base_match[i] >= 0)
			continue;
		o = cJSON_Duplicate(base_items[i], 1);
		cJSON_ReplaceItemInObject(o, "ruleIndex",
			cJSON_CreateNumber(sarif_rule_index(rules, base_rules,
							    base_items[i])));
		cJSON_AddStringToObject(o, "baselineState", "absent");
		cJSON_AddItemToArray(results, o);
	}

	props = cJSON_GetObjectItem(run, "properties");
	o = cJSON_AddObjectToObject(props, "baseline");
	cJSON_AddItemToObject(o, "snapshot",
			      report_json_snapshot(&d->base->snapshot));
	cJSON_AddItemToObject(o, "summary", report_json_summary(d->base));
	o = cJSON_AddObjectToObject(props, "diff");
	for (k = 0; k < CHANGE_KIND_COUNT; k++)
		cJSON_AddNumberToObject(o, change_kind_name(k),
					(double)d->counts[k]);

	text = cJSON_Print(root);
	if (text) {
		fputs(text, out);
		fputc('\n', out);
	}
	free(text);
	free(head_items);
	free(base_items);
	cJSON_Delete(root);
	cJSON_Delete(base_log);
}

/* github */

static void write_github(FILE *out, const struct finding_diff *d,
			 const struct report_options *opts)
{
	/* Rule errors first: GitHub keeps a few annotations per level. */
	static const enum finding_status order[] = {
		STATUS_ERROR, STATUS_FAIL,
	};
	const struct snapshot *hs = &d->head->snapshot;
	const size_t *c = d->counts;
	char now[21], base[GIT_OID_HEXSZ + 1] = "none", head[32];
	size_t i, k;

	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		for (i = 0; i < d->nchanges; i++)
			if (d->changes[i].kind == CHANGE_NEW &&
			    d->changes[i].head->status == order[k])
				report_github_annotation(out, d->head,
							 d->changes[i].head,
							 opts);
	/* Commit ids only: a revision's name would need escaping. */
	if (d->base->snapshot.has_commit)
		git_oid_tostr(base, 8, &d->base->snapshot.commit_id);
	if (hs->kind == SNAPSHOT_REVISION && hs->has_commit)
		git_oid_tostr(head, 8, &hs->commit_id);
	else
		snprintf(head, sizeof(head), "%s",
			 snapshot_kind_name(hs->kind));
	rfc3339_format(now, d->head->now);
	fprintf(out, "::notice title=git cra diff::%zu new, %zu fixed, "
		"%zu still failing, %zu no longer checked (base %s, head %s, "
		"evaluated at %s)\n", c[CHANGE_NEW], c[CHANGE_FIXED],
		c[CHANGE_UNCHANGED], c[CHANGE_DROPPED], base, head, now);
}

static const struct diff_reporter diff_reporters[] = {
	{ "text", write_text },
	{ "json", write_json },
	{ "markdown", write_markdown },
	{ "sarif", write_sarif },
	{ "github", write_github },
	{ NULL, NULL },
};

const struct diff_reporter *diff_reporter_find(const char *name)
{
	const struct diff_reporter *r;

	for (r = diff_reporters; r->name; r++)
		if (!strcmp(r->name, name))
			return r;
	return NULL;
}

const char *diff_reporter_names(void)
{
	return "text, json, markdown, sarif, github";
}
