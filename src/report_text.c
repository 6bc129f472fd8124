#include <stdio.h>
#include <string.h>

#include "report.h"
#include "rfc3339.h"

/*
 * Findings grouped by status, the ones to act on first; one line each in
 * the form compilers use, "path:line:col: message", which editors and
 * terminals turn into links.
 */
static const enum finding_status order[] = {
	STATUS_ERROR, STATUS_FAIL, STATUS_UNKNOWN, STATUS_WAIVED,
	STATUS_NOT_APPLICABLE, STATUS_PASS,
};

static const char *const headings[STATUS_COUNT] = {
	[STATUS_PASS] = "Passing",
	[STATUS_FAIL] = "Failing",
	[STATUS_UNKNOWN] = "Unknown (evidence cannot be observed)",
	[STATUS_NOT_APPLICABLE] = "Not applicable",
	[STATUS_WAIVED] = "Waived",
	[STATUS_ERROR] = "Rule errors (the rule itself broke)",
};

static const char *const colors[STATUS_COUNT] = {
	[STATUS_PASS] = "\033[32m",
	[STATUS_FAIL] = "\033[1;31m",
	[STATUS_UNKNOWN] = "\033[33m",
	[STATUS_NOT_APPLICABLE] = "\033[2m",
	[STATUS_WAIVED] = "\033[36m",
	[STATUS_ERROR] = "\033[1;35m",
};

#define RESET "\033[m"

static void write_finding(FILE *out, const struct evaluation *ev,
			  const struct finding *f,
			  const struct report_options *opts)
{
	const struct rule *rule = evaluation_rule(ev, f);
	char loc[4200];

	report_location(loc, sizeof(loc), f);
	fprintf(out, "  %s%s%s", loc, *loc ? ": " : "", f->message);
	if (opts->color)
		fputs("\033[2m", out);
	fprintf(out, " [%s", report_rule_id(rule));
	if (rule->loaded)
		fprintf(out, " %s", rule->meta.locus);
	if (f->status != STATUS_ERROR && f->basis == BASIS_DECLARED)
		fputs(", declared", out);
	if (f->status == STATUS_FAIL &&
	    evaluation_severity(ev, rule) != SEVERITY_ERROR)
		fprintf(out, ", %s",
			severity_name(evaluation_severity(ev, rule)));
	fputc(']', out);
	if (opts->color)
		fputs(RESET, out);
	fputc('\n', out);
	if (f->status == STATUS_WAIVED)
		fprintf(out, "      waived by %s until %s: %s\n",
			f->waiver_owner, f->waiver_expires, f->waiver_reason);
	if (opts->verbose && f->status == STATUS_FAIL && rule->loaded)
		fprintf(out, "      fix: %s\n", rule->meta.remediation);
}

void report_text(FILE *out, const struct evaluation *ev,
		 const struct report_options *opts)
{
	const struct snapshot *s = &ev->snapshot;
	char now[21], id[GIT_OID_HEXSZ + 1];
	size_t i, k;

	rfc3339_format(now, ev->now);
	fprintf(out, "git cra check: %s", snapshot_kind_name(s->kind));
	if (s->rev)
		fprintf(out, " %s", s->rev);
	if (s->has_commit) {
		git_oid_tostr(id, 8, &s->commit_id);
		fprintf(out, " (%s %s)", s->kind == SNAPSHOT_REVISION ?
			"commit" : "HEAD", id);
	}
	fprintf(out, ", policy %s, evaluated at %s\n", ev->policy.name, now);

	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++) {
		enum finding_status st = order[k];

		if (!ev->counts[st])
			continue;
		fputc('\n', out);
		if (opts->color)
			fputs(colors[st], out);
		fprintf(out, "%s (%zu)", headings[st], ev->counts[st]);
		if (opts->color)
			fputs(RESET, out);
		fputc('\n', out);
		for (i = 0; i < ev->nfindings; i++)
			if (ev->findings[i].status == st)
				write_finding(out, ev, &ev->findings[i], opts);
	}
	fputc('\n', out);
	for (i = 0; i < STATUS_COUNT; i++)
		fprintf(out, "%s%zu %s", i ? ", " : "", ev->counts[i],
			status_name((enum finding_status)i));
	fputc('\n', out);
}
