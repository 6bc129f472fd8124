#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "report.h"
#include "rfc3339.h"

/*
 * GitHub-flavoured Markdown for a pull-request comment: one summary line,
 * then what needs someone's attention in a table, the waivers in a list,
 * and the passing findings folded away in <details>. A check where
 * nothing fails, nothing is unknown and nothing is waived is one line.
 *
 * Every message comes from rules and evidence that no one vouches for,
 * and the comment is rendered on a page people trust: text is escaped so
 * that it can neither break the table, nor add links, images or HTML,
 * nor mention (and notify) a user or a team.
 */

static int is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		(c >= '0' && c <= '9') || c == '_';
}

/* Text in a table cell or a list item; fold turns line ends to spaces. */
static void md_text(FILE *out, const char *s, int fold)
{
	const char *start = s;

	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;

		switch (c) {
		case '\\': case '`': case '*': case '_': case '[': case ']':
		case '|': case '~':
			fputc('\\', out);
			fputc(*s, out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '&':
			fputs("&amp;", out);
			break;
		case '\n':
			fputs(fold ? " " : "<br>", out);
			break;
		case '@':
			/*
			 * "@name" notifies whoever it names; an e-mail address
			 * (a word character before the '@') does not. A word
			 * joiner after the '@' keeps the text and drops the
			 * mention.
			 */
			fputc('@', out);
			if (s == start || !is_word(s[-1]))
				fputs("&#8288;", out);
			break;
		default:
			if (c < 0x20 || c == 0x7f)
				fputc(' ', out);
			else
				fputc(*s, out);
		}
	}
}

/*
 * A code span holding s literally: its fence is one backtick longer than
 * the longest run inside. In a table a '|' ends the cell even inside a
 * code span, so it is escaped there as GFM asks (and only there: outside
 * a table the backslash would show).
 */
static void md_code(FILE *out, const char *s, int in_table)
{
	size_t run = 0, longest = 0, i;
	const char *p;
	int pad;

	for (p = s; *p; p++) {
		run = *p == '`' ? run + 1 : 0;
		if (run > longest)
			longest = run;
	}
	pad = *s == '`' || (*s && s[strlen(s) - 1] == '`');
	for (i = 0; i <= longest; i++)
		fputc('`', out);
	if (pad)
		fputc(' ', out);
	for (p = s; *p; p++) {
		if (*p == '|' && in_table)
			fputs("\\|", out);
		else if ((unsigned char)*p < 0x20)
			fputc(' ', out);
		else
			fputc(*p, out);
	}
	if (pad)
		fputc(' ', out);
	for (i = 0; i <= longest; i++)
		fputc('`', out);
}

/* "path:line", "path" or nothing: the table's Where. */
static void md_where(FILE *out, const struct finding *f, int in_table)
{
	char loc[4200];

	if (!f->path)
		return;
	if (f->line)
		snprintf(loc, sizeof(loc), "%s:%u", f->path, f->line);
	else
		snprintf(loc, sizeof(loc), "%s", f->path);
	md_code(out, loc, in_table);
}

static const char *status_label(enum finding_status status)
{
	switch (status) {
	case STATUS_PASS:
		return "pass";
	case STATUS_FAIL:
		return "**fail**";
	case STATUS_UNKNOWN:
		return "unknown";
	case STATUS_NOT_APPLICABLE:
		return "not applicable";
	case STATUS_WAIVED:
		return "waived";
	case STATUS_ERROR:
	case STATUS_COUNT:
		break;
	}
	return "**rule error**";
}

static void write_waiver(FILE *out, const struct finding *f)
{
	fputs("waived by ", out);
	md_text(out, f->waiver_owner, 1);
	fputs(" until ", out);
	md_text(out, f->waiver_expires, 1);
	fputs(": ", out);
	md_text(out, f->waiver_reason, 1);
}

void report_markdown_text(FILE *out, const char *text)
{
	md_text(out, text, 1);
}

void report_markdown_row(FILE *out, const struct evaluation *ev,
			 const struct finding *f, const char *label,
			 const char *note)
{
	const struct rule *rule = evaluation_rule(ev, f);

	fprintf(out, "| %s | ", label);
	if (rule->loaded)
		md_text(out, rule->meta.locus, 1);
	fputs(" | ", out);
	md_code(out, report_rule_id(rule), 1);
	fputs(" | ", out);
	md_where(out, f, 1);
	fputs(" | ", out);
	if (f->status == STATUS_ERROR)
		fputs("the rule broke: ", out);
	md_text(out, f->message, 0);
	if (f->status != STATUS_ERROR && f->basis == BASIS_DECLARED)
		fputs(" *(declared)*", out);
	if (f->status == STATUS_WAIVED) {
		fputs("<br>", out);
		write_waiver(out, f);
	}
	if (note)
		fputs(note, out);
	fputs(" |\n", out);
}

void report_markdown_table(FILE *out, const struct evaluation *ev,
			   const struct finding *const *findings, size_t n)
{
	size_t i;

	if (!n)
		return;
	fputs("| Status | Obligation | Rule | Where | Finding |\n"
	      "| --- | --- | --- | --- | --- |\n", out);
	for (i = 0; i < n; i++)
		report_markdown_row(out, ev, findings[i],
				    status_label(findings[i]->status), NULL);
}

/* The findings of these statuses, in that order, into a borrowed list. */
static size_t select_findings(const struct finding **list,
			      const struct evaluation *ev,
			      const enum finding_status *statuses, size_t k)
{
	size_t n = 0, i, j;

	for (j = 0; j < k; j++)
		for (i = 0; i < ev->nfindings; i++)
			if (ev->findings[i].status == statuses[j])
				list[n++] = &ev->findings[i];
	return n;
}

static void write_count(FILE *out, const char **sep, size_t n,
			const char *one, const char *many)
{
	if (!n)
		return;
	fprintf(out, "%s%zu %s", *sep, n, n == 1 ? one : many);
	*sep = ", ";
}

static void write_summary(FILE *out, const struct evaluation *ev)
{
	const struct snapshot *s = &ev->snapshot;
	const size_t *c = ev->counts;
	char now[21], id[GIT_OID_HEXSZ + 1];
	const char *sep = "";

	fputs("**git cra**: ", out);
	if (!c[STATUS_FAIL] && !c[STATUS_ERROR]) {
		fputs("nothing fails", out);
		sep = "; ";
	}
	write_count(out, &sep, c[STATUS_FAIL], "failing", "failing");
	write_count(out, &sep, c[STATUS_ERROR], "rule error", "rule errors");
	write_count(out, &sep, c[STATUS_UNKNOWN], "unknown", "unknown");
	write_count(out, &sep, c[STATUS_WAIVED], "waived", "waived");
	write_count(out, &sep, c[STATUS_PASS], "passing", "passing");
	write_count(out, &sep, c[STATUS_NOT_APPLICABLE], "not applicable",
		    "not applicable");

	fprintf(out, " (%s", snapshot_kind_name(s->kind));
	if (s->rev) {
		fputc(' ', out);
		md_code(out, s->rev, 0);
	}
	if (s->has_commit) {
		git_oid_tostr(id, 8, &s->commit_id);
		fprintf(out, " at %s %s", s->kind == SNAPSHOT_REVISION ?
			"commit" : "HEAD", id);
	}
	fputs(", policy ", out);
	md_text(out, ev->policy.name, 1);
	rfc3339_format(now, ev->now);
	fprintf(out, ", evaluated at %s)\n", now);
}

void report_markdown(FILE *out, const struct evaluation *ev,
		     const struct report_options *opts)
{
	static const enum finding_status attention[] = {
		STATUS_ERROR, STATUS_FAIL, STATUS_UNKNOWN,
	};
	static const enum finding_status waived[] = { STATUS_WAIVED };
	static const enum finding_status rest[] = {
		STATUS_PASS, STATUS_NOT_APPLICABLE,
	};
	const struct finding **list;
	size_t n, i;

	write_summary(out, ev);
	if (!ev->counts[STATUS_ERROR] && !ev->counts[STATUS_FAIL] &&
	    !ev->counts[STATUS_UNKNOWN] && !ev->counts[STATUS_WAIVED])
		return;
	list = xcalloc(ev->nfindings ? ev->nfindings : 1, sizeof(*list));

	n = select_findings(list, ev, attention, 3);
	if (n) {
		fputc('\n', out);
		report_markdown_table(out, ev, list, n);
	}
	if (opts->verbose) {
		for (i = 0; i < ev->rules.count; i++) {
			const struct rule *r = &ev->rules.rules[i];
			size_t j;

			for (j = 0; j < ev->nfindings; j++)
				if (ev->findings[j].rule == i &&
				    ev->findings[j].status == STATUS_FAIL)
					break;
			if (j == ev->nfindings || !r->loaded)
				continue;
			fputs("\nTo fix ", out);
			md_code(out, r->meta.id, 0);
			fputs(": ", out);
			md_text(out, r->meta.remediation, 1);
			fputc('\n', out);
		}
	}

	n = select_findings(list, ev, waived, 1);
	if (n)
		fputs("\n**Waived**:\n\n", out);
	for (i = 0; i < n; i++) {
		const struct rule *rule = evaluation_rule(ev, list[i]);

		fputs("- ", out);
		md_code(out, report_rule_id(rule), 0);
		if (rule->loaded) {
			fputs(" (", out);
			md_text(out, rule->meta.locus, 1);
			fputc(')', out);
		}
		if (list[i]->path) {
			fputs(" at ", out);
			md_where(out, list[i], 0);
		}
		fputs(": ", out);
		md_text(out, list[i]->message, 1);
		fputs("; ", out);
		write_waiver(out, list[i]);
		fputc('\n', out);
	}

	n = select_findings(list, ev, rest, 2);
	if (n) {
		fputs("\n<details><summary>", out);
		i = ev->counts[STATUS_PASS];
		if (i)
			fprintf(out, "%zu passing", i);
		if (ev->counts[STATUS_NOT_APPLICABLE])
			fprintf(out, "%s%zu not applicable", i ? ", " : "",
				ev->counts[STATUS_NOT_APPLICABLE]);
		fputs("</summary>\n\n", out);
		report_markdown_table(out, ev, list, n);
		fputs("\n</details>\n", out);
	}
	free(list);
}
