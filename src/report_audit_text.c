#include <stdio.h>
#include <string.h>

#include "audit.h"

/*
 * The audit for people at a terminal: one line per release, oldest first,
 * with the problems of a release under it; then the open gaps the
 * releases shipped with, when each obligation first held, and the counts.
 */

#define GREEN "\033[32m"
#define RED "\033[31m"
#define YELLOW "\033[33m"
#define BOLD "\033[1m"
#define RESET "\033[m"

static const char *status_color(enum audit_status s)
{
	switch (s) {
	case AUDIT_OK:
		return GREEN;
	case AUDIT_DRIFT:
	case AUDIT_UNREPLAYABLE:
	case AUDIT_MISSING:
		return YELLOW;
	default:
		return RED;
	}
}

static void put_status(FILE *out, enum audit_status s, int width,
		       const struct audit_report_options *opts)
{
	if (opts->color)
		fprintf(out, "%s%-*s%s", status_color(s), width,
			audit_status_name(s), RESET);
	else
		fprintf(out, "%-*s", width, audit_status_name(s));
}

static void put_summary(FILE *out, const struct audit_record *r)
{
	static const enum finding_status order[] = {
		STATUS_PASS, STATUS_FAIL, STATUS_UNKNOWN,
		STATUS_NOT_APPLICABLE, STATUS_WAIVED, STATUS_ERROR,
	};
	size_t i;
	int first = 1;

	for (i = 0; i < sizeof(order) / sizeof(*order); i++) {
		if (!r->summary[order[i]] && order[i] != STATUS_PASS)
			continue;
		fprintf(out, "%s%zu %s", first ? "" : ", ",
			r->summary[order[i]], status_name(order[i]));
		first = 0;
	}
}

static void put_difference(FILE *out, const struct audit_difference *d)
{
	fprintf(out, "       %s %s", audit_change_name(d->change), d->rule);
	if (d->locus)
		fprintf(out, " %s", d->locus);
	if (d->subject)
		fprintf(out, " [%s]", d->subject);
	switch (d->change) {
	case AUDIT_ADDED:
		fprintf(out, ": now %s: %s\n", d->status_after,
			d->message_after ? d->message_after : "");
		break;
	case AUDIT_REMOVED:
		fprintf(out, ": was %s: %s\n", d->status_before,
			d->message_before ? d->message_before : "");
		break;
	case AUDIT_CHANGED:
		if (d->status_before && d->status_after &&
		    strcmp(d->status_before, d->status_after))
			fprintf(out, ": %s, now %s", d->status_before,
				d->status_after);
		else
			fprintf(out, ": %s", d->status_after ?
				d->status_after : "?");
		fprintf(out, "\n         recorded: %s\n         today:    %s\n",
			d->message_before ? d->message_before : "",
			d->message_after ? d->message_after : "");
		break;
	}
}

static void put_record(FILE *out, size_t i, const struct audit_record *r,
		       const struct audit_report_options *opts)
{
	size_t j;

	fprintf(out, "    %zu: ", i + 1);
	put_status(out, r->status, 0, opts);
	if (r->signer)
		fprintf(out, ", signed by %s", r->signer);
	if (r->att->evaluated_at)
		fprintf(out, ", evaluated at %s", r->att->evaluated_at);
	if (r->detail && r->status != AUDIT_OK)
		fprintf(out, ": %s", r->detail);
	fputc('\n', out);
	for (j = 0; j < r->ndifferences; j++)
		put_difference(out, &r->differences[j]);
}

static void put_tag(FILE *out, const struct audit_tag *t, int width,
		    const struct audit_report_options *opts)
{
	char date[11];
	size_t i;

	audit_date(date, t->evidence.tag.time);
	fprintf(out, "%-*s  %s  ", width, t->evidence.tag.name, date);
	put_status(out, t->status, 13, opts);
	if (t->status == AUDIT_MISSING) {
		fprintf(out, "  no attestation; make one with 'git cra attest "
			"%s'\n", t->evidence.tag.name);
		return;
	}
	fprintf(out, "  %zu attestation%s", t->nrecords,
		t->nrecords == 1 ? "" : "s");
	if (t->reference && t->reference->has_summary) {
		fputs(": ", out);
		put_summary(out, t->reference);
	}
	if (t->nfailing)
		fprintf(out, "; %zu failing obligation%s", t->nfailing,
			t->nfailing == 1 ? "" : "s");
	fputc('\n', out);
	if (t->status == AUDIT_OK)
		return;
	for (i = 0; i < t->nrecords; i++)
		put_record(out, i, &t->records[i], opts);
}

static void put_gaps(FILE *out, const struct audit *a)
{
	size_t i, j;
	int any = 0;

	for (i = 0; i < a->ntags; i++) {
		const struct audit_tag *t = &a->tags[i];

		if (!t->reference || !t->nfailing)
			continue;
		if (!any)
			fputs("\nReleased with failing obligations (as "
			      "recorded)\n", out);
		any = 1;
		for (j = 0; j < t->reference->nresults; j++) {
			const struct audit_result *r =
				&t->reference->results[j];

			if (!audit_result_fails(r))
				continue;
			fprintf(out, "  %s: %s %s", t->evidence.tag.name,
				r->locus ? r->locus : "?", r->rule);
			if (r->path)
				fprintf(out, " %s", r->path);
			if (r->path && r->line)
				fprintf(out, ":%u", r->line);
			fprintf(out, ": %s\n", r->message);
		}
	}
}

static void put_obligations(FILE *out, const struct audit *a)
{
	size_t i, width = 0;

	if (!a->nobligations)
		return;
	for (i = 0; i < a->nobligations; i++)
		if (strlen(a->obligations[i].locus) > width)
			width = strlen(a->obligations[i].locus);
	fputs("\nObligations, first release where they passed\n", out);
	for (i = 0; i < a->nobligations; i++) {
		const struct audit_obligation *o = &a->obligations[i];
		char date[11];

		fprintf(out, "  %-*s  ", (int)width, o->locus);
		if (o->passed) {
			const struct audit_tag *t = &a->tags[o->first_passed];

			audit_date(date, t->evidence.tag.time);
			fprintf(out, "%s (%s)", t->evidence.tag.name, date);
		} else if (!o->failed) {
			/* Not applicable or unknown everywhere: never judged. */
			fputs("not judged: not applicable or unknown in every "
			      "release\n", out);
			continue;
		} else {
			fputs("never", out);
		}
		fprintf(out, "; passed in %zu, failed in %zu release%s\n",
			o->passed, o->failed, o->failed == 1 ? "" : "s");
	}
}

void report_audit_text(FILE *out, const struct audit *a,
		       const struct audit_report_options *opts)
{
	size_t i, width = 3;
	int first = 1;

	if (!a->ntags) {
		fputs("git cra audit: no release tag to audit\n", out);
		return;
	}
	for (i = 0; i < a->ntags; i++)
		if (strlen(a->tags[i].evidence.tag.name) > width)
			width = strlen(a->tags[i].evidence.tag.name);
	if (width > 32)
		width = 32;
	{
		const struct audit_tag *f = &a->tags[0];
		const struct audit_tag *l = &a->tags[a->ntags - 1];
		char d1[11], d2[11];

		audit_date(d1, f->evidence.tag.time);
		audit_date(d2, l->evidence.tag.time);
		fprintf(out, "git cra audit: %zu release tag%s, %s (%s) to "
			"%s (%s)\n\n", a->ntags, a->ntags == 1 ? "" : "s",
			f->evidence.tag.name, d1, l->evidence.tag.name, d2);
	}
	for (i = 0; i < a->ntags; i++)
		put_tag(out, &a->tags[i], (int)width, opts);
	put_gaps(out, a);
	put_obligations(out, a);
	fprintf(out, "\n%zu tag%s: ", a->ntags, a->ntags == 1 ? "" : "s");
	for (i = 0; i < AUDIT_STATUS_COUNT; i++) {
		fprintf(out, "%s%zu %s", first ? "" : ", ", a->counts[i],
			audit_status_name((enum audit_status)i));
		first = 0;
	}
	fprintf(out, "\n%zu replay%s run, %zu reused; %zu rule run%s, %zu "
		"rule outcome%s reused from another release\n", a->replays,
		a->replays == 1 ? "" : "s", a->reused, a->rules_run,
		a->rules_run == 1 ? "" : "s", a->rules_reused,
		a->rules_reused == 1 ? "" : "s");
}
