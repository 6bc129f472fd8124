#include <stdio.h>
#include <string.h>

#include "audit.h"

/*
 * The audit as one self-contained HTML page for an auditor's browser:
 * inline CSS, an inline SVG timeline, no script, and no address outside
 * the page, so that it opens the same offline, years later. Everything
 * that comes from a repository (tag names, messages, signers) is
 * escaped: a repository is a hostile input.
 */

static void esc(FILE *out, const char *s)
{
	for (; s && *s; s++) {
		switch (*s) {
		case '&':
			fputs("&amp;", out);
			break;
		case '<':
			fputs("&lt;", out);
			break;
		case '>':
			fputs("&gt;", out);
			break;
		case '"':
			fputs("&quot;", out);
			break;
		case '\'':
			fputs("&#39;", out);
			break;
		default:
			fputc(*s, out);
		}
	}
}

/* The status as a class name: "bad-signature". */
static void status_class(FILE *out, enum audit_status s)
{
	const char *p;

	for (p = audit_status_name(s); *p; p++)
		fputc(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p, out);
}

static const char *status_fill(enum audit_status s)
{
	switch (s) {
	case AUDIT_OK:
		return "#2e7d32";
	case AUDIT_MISSING:
		return "#8d8d8d";
	case AUDIT_BAD_SIGNATURE:
		return "#c62828";
	case AUDIT_UNTRUSTED:
		return "#e65100";
	case AUDIT_MOVED:
		return "#6a1b9a";
	case AUDIT_TAMPERED:
		return "#880e4f";
	case AUDIT_DRIFT:
		return "#f9a825";
	case AUDIT_UNREPLAYABLE:
		return "#455a64";
	case AUDIT_STATUS_COUNT:
		break;
	}
	return "#000";
}

static const char *const style =
	":root{--ink:#1d2430;--muted:#5c6673;--line:#e1e5ea;--bg:#f6f7f9;"
	"--card:#fff}\n"
	"*{box-sizing:border-box}\n"
	"body{margin:0;background:var(--bg);color:var(--ink);"
	"font:14px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,"
	"'Helvetica Neue',Arial,sans-serif}\n"
	"main{max-width:1180px;margin:0 auto;padding:28px 24px 48px}\n"
	"h1{font-size:24px;margin:0 0 4px}\n"
	"h2{font-size:17px;margin:0 0 12px}\n"
	"h3{font-size:14px;margin:16px 0 6px}\n"
	".sub{color:var(--muted);margin:0 0 20px}\n"
	"section{background:var(--card);border:1px solid var(--line);"
	"border-radius:8px;padding:18px 20px;margin:0 0 18px}\n"
	".cards{display:flex;flex-wrap:wrap;gap:10px;background:none;"
	"border:0;padding:0}\n"
	".card{flex:1 1 120px;background:var(--card);"
	"border:1px solid var(--line);border-left:5px solid;"
	"border-radius:8px;padding:10px 14px}\n"
	".card .n{font-size:24px;font-weight:600}\n"
	".card .l{color:var(--muted);font-size:12px;letter-spacing:.03em}\n"
	".card.zero{opacity:.45}\n"
	"svg{display:block;width:100%;height:auto}\n"
	"svg text{font:11px system-ui,sans-serif;fill:#5c6673}\n"
	".legend{display:flex;flex-wrap:wrap;gap:14px;margin-top:8px;"
	"color:var(--muted);font-size:12px}\n"
	".legend i{display:inline-block;width:11px;height:11px;"
	"border-radius:2px;margin-right:5px;vertical-align:-1px}\n"
	"table{border-collapse:collapse;width:100%}\n"
	"th,td{text-align:left;padding:6px 10px;border-bottom:1px solid "
	"var(--line);vertical-align:top}\n"
	"th{font-size:12px;color:var(--muted);font-weight:600;"
	"background:#fafbfc}\n"
	"td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}\n"
	"td.date{white-space:nowrap}\n"
	"tr.release:hover{background:#f3f6fa}\n"
	"code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"
	"monospace;font-size:12px}\n"
	"a{color:#1a56a8;text-decoration:none}\n"
	"a:hover{text-decoration:underline}\n"
	".badge{display:inline-block;padding:1px 8px;border-radius:10px;"
	"color:#fff;font-size:11px;font-weight:600;letter-spacing:.03em;"
	"white-space:nowrap}\n"
	".badge.drift{color:#3b2f00}\n"
	".s-pass{color:#2e7d32}.s-fail{color:#c62828}"
	".s-error{color:#880e4f}.s-unknown{color:#8a6d00}"
	".s-waived,.s-not-applicable{color:var(--muted)}\n"
	"details{border-top:1px solid var(--line);padding:8px 0}\n"
	"details:first-of-type{border-top:0}\n"
	"summary{cursor:pointer;font-weight:600}\n"
	"summary .badge{margin-left:8px}\n"
	"summary .when{color:var(--muted);font-weight:400;margin-left:8px}\n"
	".att{border-left:3px solid var(--line);margin:10px 0 4px 4px;"
	"padding:4px 0 4px 14px}\n"
	".kv{display:grid;grid-template-columns:140px 1fr;gap:2px 12px;"
	"margin:6px 0}\n"
	".kv dt{color:var(--muted)}.kv dd{margin:0;overflow-wrap:anywhere}\n"
	".problem{background:#fff4f2;border:1px solid #f3c7c0;"
	"border-radius:6px;padding:6px 10px;margin:6px 0}\n"
	".diff td{background:#fffaf0}\n"
	".gap{color:#c62828}\n"
	"footer{color:var(--muted);font-size:12px;text-align:center}\n"
	"@media print{details{page-break-inside:avoid}"
	"body{background:#fff}}\n";

static void put_badge(FILE *out, enum audit_status s)
{
	fputs("<span class=\"badge ", out);
	status_class(out, s);
	fprintf(out, "\" style=\"background:%s\">%s</span>", status_fill(s),
		audit_status_name(s));
}

static void put_cards(FILE *out, const struct audit *a)
{
	size_t i;

	fputs("<section class=\"cards\" aria-label=\"Releases per "
	      "status\">\n", out);
	for (i = 0; i < AUDIT_STATUS_COUNT; i++)
		fprintf(out, "<div class=\"card%s\" data-status=\"%s\" "
			"style=\"border-left-color:%s\"><div class=\"n\">%zu"
			"</div><div class=\"l\">%s</div></div>\n",
			a->counts[i] ? "" : " zero",
			audit_status_name((enum audit_status)i),
			status_fill((enum audit_status)i), a->counts[i],
			audit_status_name((enum audit_status)i));
	fputs("</section>\n", out);
}

/* The width of a release's label under the timeline, roughly. */
static double label_width(const struct audit_tag *t)
{
	return 6.2 * (double)(strlen(t->evidence.tag.name) + 13);
}

/*
 * Releases evenly spaced in date order, each a bar as tall as the number
 * of obligations it was released failing, in the colour of its status,
 * over a strip of status colours that shows every release, also those
 * with no failing obligation.
 */
static void put_timeline(FILE *out, const struct audit *a)
{
	const double left = 44, right = 12, top = 12, plot = 150;
	const double width = 1100, strip = 14, gap = 6;
	double step, bar, x, h, base = top + plot;
	static const size_t nice[] = { 1, 2, 5, 10, 20, 50, 100, 200, 500 };
	size_t i, maxfail = 1, ticks, every = 1;
	char date[11];

	for (i = 0; i < a->ntags; i++)
		if (a->tags[i].nfailing > maxfail)
			maxfail = a->tags[i].nfailing;
	step = (width - left - right) / (double)a->ntags;
	bar = step > 3 ? step * 0.72 : step;
	if (bar > 28)
		bar = 28;
	fprintf(out, "<svg class=\"timeline\" viewBox=\"0 0 %.0f %.0f\" "
		"role=\"img\" aria-label=\"Releases over time, coloured by "
		"status, with the number of failing obligations\">\n",
		width, base + gap + strip + 28);
	/* The scale of failing obligations: whole steps of 1, 2, 5, 10... */
	for (i = 0; i < sizeof(nice) / sizeof(*nice); i++)
		if ((every = nice[i]) * 5 >= maxfail)
			break;
	maxfail = (maxfail + every - 1) / every * every;
	for (ticks = 0; ticks <= maxfail; ticks += every) {
		double y = base - plot * (double)ticks / (double)maxfail;

		fprintf(out, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" "
			"y2=\"%.1f\" stroke=\"#e1e5ea\"/>"
			"<text x=\"%.0f\" y=\"%.1f\" text-anchor=\"end\">%zu"
			"</text>\n", left, width - right, y, y, left - 6,
			y + 4, ticks);
	}
	fprintf(out, "<text x=\"12\" y=\"%.0f\" transform=\"rotate(-90 12 "
		"%.0f)\" text-anchor=\"middle\">failing obligations</text>\n",
		top + plot / 2, top + plot / 2);
	for (i = 0; i < a->ntags; i++) {
		const struct audit_tag *t = &a->tags[i];
		const char *fill = status_fill(t->status);

		x = left + step * (double)i + (step - bar) / 2;
		h = plot * (double)t->nfailing / (double)maxfail;
		audit_date(date, t->evidence.tag.time);
		fprintf(out, "<g class=\"release\" data-tag=\"");
		esc(out, t->evidence.tag.name);
		fprintf(out, "\" data-status=\"%s\" data-failing=\"%zu\">"
			"<title>", audit_status_name(t->status), t->nfailing);
		esc(out, t->evidence.tag.name);
		fprintf(out, " (%s): %s, %zu failing obligation%s</title>",
			date, audit_status_name(t->status), t->nfailing,
			t->nfailing == 1 ? "" : "s");
		if (t->nfailing)
			fprintf(out, "<rect class=\"bar\" x=\"%.2f\" "
				"y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" "
				"fill=\"%s\" rx=\"1\"/>", x, base - h, bar, h,
				fill);
		fprintf(out, "<rect class=\"mark\" x=\"%.2f\" y=\"%.0f\" "
			"width=\"%.2f\" height=\"%.0f\" fill=\"%s\"/></g>\n",
			left + step * (double)i, base + gap,
			step > 1.5 ? step - (step > 4 ? 1 : 0) : step,
			strip, fill);
	}
	fprintf(out, "<line x1=\"%.0f\" x2=\"%.0f\" y1=\"%.1f\" y2=\"%.1f\" "
		"stroke=\"#9aa3ad\"/>\n", left, width - right, base, base);
	/*
	 * Labels under the strip: the first and the last release, and
	 * between them as many as fit without overlapping (about 6.2
	 * units a character at this size).
	 */
	{
		double next_free = left, last_start;
		size_t last = a->ntags - 1;

		last_start = width - right - label_width(&a->tags[last]);
		for (i = 0; i < a->ntags; i++) {
			const char *anchor = "middle";
			double w = label_width(&a->tags[i]);

			x = left + step * ((double)i + 0.5);
			if (i == 0) {
				anchor = "start";
				x = left;
			} else if (i == last) {
				anchor = "end";
				x = width - right;
			} else if (x - w / 2 < next_free + 16 ||
				   x + w / 2 > last_start - 16) {
				continue;
			}
			if (i == last && i && last_start < next_free + 8)
				continue;
			next_free = !strcmp(anchor, "start") ? x + w :
				!strcmp(anchor, "end") ? x : x + w / 2;
			audit_date(date, a->tags[i].evidence.tag.time);
			fprintf(out, "<text x=\"%.1f\" y=\"%.0f\" "
				"text-anchor=\"%s\">", x,
				base + gap + strip + 16, anchor);
			esc(out, a->tags[i].evidence.tag.name);
			fprintf(out, " \xc2\xb7 %s</text>\n", date);
		}
	}
	fputs("</svg>\n<div class=\"legend\">", out);
	for (i = 0; i < AUDIT_STATUS_COUNT; i++)
		fprintf(out, "<span><i style=\"background:%s\"></i>%s</span>",
			status_fill((enum audit_status)i),
			audit_status_name((enum audit_status)i));
	fputs("<span>bar height: failing obligations as recorded</span>"
	      "</div>\n", out);
}

static const char *signer_of(const struct audit_tag *t)
{
	size_t i;

	for (i = 0; i < t->nrecords; i++)
		if (t->records[i].signer)
			return t->records[i].signer;
	return NULL;
}

static void put_counts(FILE *out, const struct audit_record *r)
{
	fprintf(out, "%zu pass, %zu fail", r->summary[STATUS_PASS],
		r->summary[STATUS_FAIL]);
	if (r->summary[STATUS_UNKNOWN])
		fprintf(out, ", %zu unknown", r->summary[STATUS_UNKNOWN]);
	if (r->summary[STATUS_ERROR])
		fprintf(out, ", %zu error", r->summary[STATUS_ERROR]);
}

static void put_release_rows(FILE *out, const struct audit *a)
{
	size_t i;

	fputs("<table class=\"releases\">\n<thead><tr><th>Release</th>"
	      "<th>Date</th><th>Status</th><th class=\"num\">Attestations"
	      "</th><th>Signer</th><th>Recorded results</th>"
	      "<th class=\"num\">Failing obligations</th></tr></thead>\n"
	      "<tbody>\n", out);
	for (i = 0; i < a->ntags; i++) {
		const struct audit_tag *t = &a->tags[i];
		const char *signer = signer_of(t);
		char date[11];

		audit_date(date, t->evidence.tag.time);
		fputs("<tr class=\"release\" data-tag=\"", out);
		esc(out, t->evidence.tag.name);
		fprintf(out, "\" data-status=\"%s\" data-failing=\"%zu\">"
			"<td class=\"tag\"><a href=\"#release-%zu\">",
			audit_status_name(t->status), t->nfailing, i);
		esc(out, t->evidence.tag.name);
		fprintf(out, "</a></td><td class=\"date\">%s</td>"
			"<td class=\"status\">", date);
		put_badge(out, t->status);
		fprintf(out, "</td><td class=\"num attestations\">%zu</td>"
			"<td class=\"signer\">", t->nrecords);
		esc(out, signer ? signer : "");
		fputs("</td><td class=\"results\">", out);
		if (t->reference && t->reference->has_summary)
			put_counts(out, t->reference);
		fprintf(out, "</td><td class=\"num failing%s\">%zu</td></tr>\n",
			t->nfailing ? " gap" : "", t->nfailing);
	}
	fputs("</tbody>\n</table>\n", out);
}

static void put_obligations(FILE *out, const struct audit *a)
{
	size_t i;

	fputs("<section>\n<h2>Obligations</h2>\n<table class=\"obligations\">"
	      "\n<thead><tr><th>Obligation</th><th>First passed</th>"
	      "<th class=\"num\">Releases passing</th>"
	      "<th class=\"num\">Releases failing</th></tr></thead>\n"
	      "<tbody>\n", out);
	for (i = 0; i < a->nobligations; i++) {
		const struct audit_obligation *o = &a->obligations[i];
		char date[11];

		fputs("<tr class=\"obligation\"><td class=\"mono\">", out);
		esc(out, o->locus);
		fputs("</td><td>", out);
		if (o->passed) {
			const struct audit_tag *t = &a->tags[o->first_passed];

			audit_date(date, t->evidence.tag.time);
			fprintf(out, "<a href=\"#release-%zu\">",
				o->first_passed);
			esc(out, t->evidence.tag.name);
			fprintf(out, "</a> (%s)", date);
		} else if (!o->failed) {
			fputs("not judged (not applicable or unknown)", out);
		} else {
			fputs("never", out);
		}
		fprintf(out, "</td><td class=\"num\">%zu</td>"
			"<td class=\"num\">%zu</td></tr>\n", o->passed,
			o->failed);
	}
	fputs("</tbody>\n</table>\n</section>\n", out);
}

static void put_location(FILE *out, const struct audit_result *r)
{
	if (!r->path)
		return;
	esc(out, r->path);
	if (r->line)
		fprintf(out, ":%u", r->line);
}

static void put_results(FILE *out, const struct audit_record *r)
{
	size_t i;

	if (!r->nresults)
		return;
	fputs("<h3>Recorded results</h3>\n<table class=\"results\">"
	      "<thead><tr><th>Status</th><th>Obligation</th><th>Rule</th>"
	      "<th>Where</th><th>Message</th></tr></thead>\n<tbody>\n", out);
	for (i = 0; i < r->nresults; i++) {
		const struct audit_result *x = &r->results[i];

		fputs("<tr><td class=\"s-", out);
		esc(out, x->status);
		fputs("\">", out);
		esc(out, x->status);
		fputs("</td><td class=\"mono\">", out);
		esc(out, x->locus ? x->locus : "");
		fputs("</td><td class=\"mono\">", out);
		esc(out, x->rule);
		fputs("</td><td class=\"mono\">", out);
		put_location(out, x);
		fputs("</td><td>", out);
		esc(out, x->message);
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody></table>\n", out);
}

static void put_differences(FILE *out, const struct audit_record *r)
{
	size_t i;

	if (!r->ndifferences)
		return;
	fputs("<h3>Differences of the replay</h3>\n<table class=\"diff\">"
	      "<thead><tr><th>Change</th><th>Rule</th><th>Recorded</th>"
	      "<th>Replayed today</th></tr></thead>\n<tbody>\n", out);
	for (i = 0; i < r->ndifferences; i++) {
		const struct audit_difference *d = &r->differences[i];

		fprintf(out, "<tr><td>%s</td><td class=\"mono\">",
			audit_change_name(d->change));
		esc(out, d->rule);
		if (d->locus) {
			fputs(" ", out);
			esc(out, d->locus);
		}
		if (d->subject) {
			fputs(" [", out);
			esc(out, d->subject);
			fputs("]", out);
		}
		fputs("</td><td>", out);
		if (d->status_before) {
			fputs("<b>", out);
			esc(out, d->status_before);
			fputs("</b>: ", out);
			esc(out, d->message_before);
		}
		fputs("</td><td>", out);
		if (d->status_after) {
			fputs("<b>", out);
			esc(out, d->status_after);
			fputs("</b>: ", out);
			esc(out, d->message_after);
		}
		fputs("</td></tr>\n", out);
	}
	fputs("</tbody></table>\n", out);
}

static void put_kv(FILE *out, const char *key, const char *value,
		   int mono)
{
	if (!value)
		return;
	fprintf(out, "<dt>%s</dt><dd%s>", key, mono ? " class=\"mono\"" : "");
	esc(out, value);
	fputs("</dd>", out);
}

static void put_record(FILE *out, size_t i, const struct audit_record *r,
		       size_t n)
{
	fprintf(out, "<div class=\"att\"><div>Attestation %zu of %zu ", i + 1,
		n);
	put_badge(out, r->status);
	if (r->reused)
		fputs(" <span class=\"sub\">every rule outcome reused from "
		      "another release</span>", out);
	fputs("</div>\n", out);
	if (r->detail && r->status != AUDIT_OK) {
		fputs("<div class=\"problem\">", out);
		esc(out, r->detail);
		fputs("</div>\n", out);
	}
	fputs("<dl class=\"kv\">", out);
	put_kv(out, "Signature", attestation_verdict_name(r->verdict), 0);
	put_kv(out, "Signer", r->signer, 0);
	put_kv(out, "Evaluated at", r->att->evaluated_at, 1);
	put_kv(out, "Attested at", r->attested_at, 1);
	put_kv(out, "Policy", r->policy, 0);
	put_kv(out, "Tool", r->tool, 0);
	fputs("</dl>\n", out);
	put_differences(out, r);
	put_results(out, r);
	fputs("</div>\n", out);
}

static void put_details(FILE *out, const struct audit *a)
{
	char hex[GIT_OID_HEXSZ + 1], date[11];
	size_t i, j;

	fputs("<section>\n<h2>Releases in detail</h2>\n", out);
	for (i = 0; i < a->ntags; i++) {
		const struct audit_tag *t = &a->tags[i];
		const struct release_tag *tag = &t->evidence.tag;

		audit_date(date, tag->time);
		fprintf(out, "<details id=\"release-%zu\"%s><summary>", i,
			t->status == AUDIT_OK ? "" : " open");
		esc(out, tag->name);
		put_badge(out, t->status);
		fprintf(out, "<span class=\"when\">%s</span></summary>\n",
			date);
		fputs("<dl class=\"kv\">", out);
		if (tag->annotated) {
			git_oid_tostr(hex, sizeof(hex), &tag->tag_id);
			put_kv(out, "Tag object", hex, 1);
		}
		git_oid_tostr(hex, sizeof(hex), &tag->commit_id);
		put_kv(out, "Commit", hex, 1);
		git_oid_tostr(hex, sizeof(hex), &tag->tree_id);
		put_kv(out, "Tree", hex, 1);
		fputs("</dl>\n", out);
		if (!t->nrecords)
			fputs("<div class=\"problem\">No attestation: this "
			      "release was not evaluated, or its record was "
			      "removed.</div>\n", out);
		for (j = 0; j < t->nrecords; j++)
			put_record(out, j, &t->records[j], t->nrecords);
		fputs("</details>\n", out);
	}
	fputs("</section>\n", out);
}

void report_audit_html(FILE *out, const struct audit *a,
		       const struct audit_report_options *opts)
{
	char d1[11], d2[11];

	fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	      "<meta charset=\"utf-8\">\n<meta name=\"viewport\" "
	      "content=\"width=device-width, initial-scale=1\">\n"
	      "<title>Release evidence audit</title>\n<style>\n", out);
	fputs(style, out);
	fputs("</style>\n</head>\n<body>\n<main>\n"
	      "<h1>Release evidence audit</h1>\n<p class=\"sub\">", out);
	if (a->ntags) {
		audit_date(d1, a->tags[0].evidence.tag.time);
		audit_date(d2, a->tags[a->ntags - 1].evidence.tag.time);
		fprintf(out, "%zu release tag%s, ", a->ntags,
			a->ntags == 1 ? "" : "s");
		esc(out, a->tags[0].evidence.tag.name);
		fprintf(out, " (%s) to ", d1);
		esc(out, a->tags[a->ntags - 1].evidence.tag.name);
		fprintf(out, " (%s)", d2);
	} else {
		fputs("No release tag to audit", out);
	}
	fprintf(out, " \xc2\xb7 %zu rule run%s, %zu outcome%s reused "
		"\xc2\xb7 git-cra ", a->rules_run, a->rules_run == 1 ? "" : "s",
		a->rules_reused, a->rules_reused == 1 ? "" : "s");
	esc(out, opts->tool_version);
	fputs("</p>\n", out);
	put_cards(out, a);
	if (a->ntags) {
		fputs("<section>\n<h2>Timeline</h2>\n", out);
		put_timeline(out, a);
		fputs("</section>\n<section>\n<h2>Releases</h2>\n", out);
		put_release_rows(out, a);
		fputs("</section>\n", out);
		if (a->nobligations)
			put_obligations(out, a);
		put_details(out, a);
	}
	fputs("<footer>Each release's attestations were verified and "
	      "replayed with the rule code they recorded. This report shows "
	      "evidence, not conformity.</footer>\n</main>\n</body>\n"
	      "</html>\n", out);
}
