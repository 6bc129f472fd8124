#include <stdio.h>
#include <string.h>

#include "report.h"
#include "rfc3339.h"

/*
 * GitHub Actions workflow commands: a step that prints
 * "::error file=F,line=L,col=C,title=T::message" makes an annotation on
 * that line of the pull request's diff and on the run's summary page.
 *
 * One command per finding that asks for someone's attention: rule errors
 * and failures first, since GitHub keeps only the first few annotations
 * of each level per step, then unknown and waived findings as notices.
 * Passing and not-applicable findings are left out; a last notice gives
 * the counts.
 */

static const enum finding_status order[] = {
	STATUS_ERROR, STATUS_FAIL, STATUS_UNKNOWN, STATUS_WAIVED,
};

/*
 * The runner reads a command up to the end of the line and splits its
 * properties at ',' and its name from its message at "::", so these are
 * percent-encoded as the Actions toolkit does (and decoded by the
 * runner): '%', CR and LF everywhere, ':' and ',' in properties too.
 */
static void put_escaped(FILE *out, const char *s, int property)
{
	for (; *s; s++) {
		switch (*s) {
		case '%':
			fputs("%25", out);
			break;
		case '\r':
			fputs("%0D", out);
			break;
		case '\n':
			fputs("%0A", out);
			break;
		case ':':
			fputs(property ? "%3A" : ":", out);
			break;
		case ',':
			fputs(property ? "%2C" : ",", out);
			break;
		default:
			/*
			 * Other control characters are not decoded by the
			 * runner; an escape sequence would colour or rewrite
			 * the log around it.
			 */
			if ((unsigned char)*s < 0x20 || *s == 0x7f)
				fputc(' ', out);
			else
				fputc(*s, out);
		}
	}
}

static const char *command_for(const struct evaluation *ev,
			       const struct finding *f)
{
	if (f->status == STATUS_ERROR)
		return "error";
	if (f->status != STATUS_FAIL)
		return "notice";
	switch (evaluation_severity(ev, evaluation_rule(ev, f))) {
	case SEVERITY_ERROR:
		return "error";
	case SEVERITY_WARNING:
		return "warning";
	case SEVERITY_INFO:
		return "notice";
	}
	return "error";
}

static void write_command(FILE *out, const struct evaluation *ev,
			  const struct finding *f,
			  const struct report_options *opts)
{
	const struct rule *rule = evaluation_rule(ev, f);
	/*
	 * A built-in rule's file is installed with git-cra, not in the
	 * repository: an annotation on it would point at nothing.
	 */
	int in_repo = f->path && !(f->status == STATUS_ERROR &&
				   rule->source.origin == RULE_BUILTIN);
	char num[32], loc[4200];

	fprintf(out, "::%s ", command_for(ev, f));
	if (in_repo) {
		fputs("file=", out);
		put_escaped(out, f->path, 1);
		if (f->line) {
			snprintf(num, sizeof(num), ",line=%u", f->line);
			fputs(num, out);
		}
		if (f->line && f->column) {
			snprintf(num, sizeof(num), ",col=%u", f->column);
			fputs(num, out);
		}
		fputc(',', out);
	}
	fputs("title=", out);
	if (f->status == STATUS_ERROR)
		put_escaped(out, "rule error in ", 1);
	put_escaped(out, report_rule_id(rule), 1);
	if (rule->loaded) {
		put_escaped(out, " (", 1);
		put_escaped(out, rule->meta.locus, 1);
		put_escaped(out, ")", 1);
	}
	fputs("::", out);

	if (f->path && !in_repo) {
		report_location(loc, sizeof(loc), f);
		put_escaped(out, loc, 0);
		fputs(": ", out);
	}
	switch (f->status) {
	case STATUS_ERROR:
		fputs("the rule broke: ", out);
		break;
	case STATUS_UNKNOWN:
		fputs("unknown, for a person to judge: ", out);
		break;
	case STATUS_WAIVED:
		fputs("waived by ", out);
		put_escaped(out, f->waiver_owner, 0);
		fputs(" until ", out);
		put_escaped(out, f->waiver_expires, 0);
		fputs(" (", out);
		put_escaped(out, f->waiver_reason, 0);
		fputs("): ", out);
		break;
	default:
		break;
	}
	put_escaped(out, f->message, 0);
	if (f->status != STATUS_ERROR && f->basis == BASIS_DECLARED)
		fputs(" (declared)", out);
	if (opts->verbose && f->status == STATUS_FAIL && rule->loaded) {
		put_escaped(out, "\nfix: ", 0);
		put_escaped(out, rule->meta.remediation, 0);
	}
	fputc('\n', out);
}

void report_github_annotation(FILE *out, const struct evaluation *ev,
			      const struct finding *f,
			      const struct report_options *opts)
{
	write_command(out, ev, f, opts);
}

void report_github(FILE *out, const struct evaluation *ev,
		   const struct report_options *opts)
{
	char now[21];
	size_t i, k;

	for (k = 0; k < sizeof(order) / sizeof(order[0]); k++)
		for (i = 0; i < ev->nfindings; i++)
			if (ev->findings[i].status == order[k])
				write_command(out, ev, &ev->findings[i], opts);

	rfc3339_format(now, ev->now);
	fputs("::notice title=git cra check::", out);
	for (i = 0; i < STATUS_COUNT; i++)
		fprintf(out, "%s%zu %s", i ? ", " : "", ev->counts[i],
			status_name((enum finding_status)i));
	fputs(" (policy ", out);
	put_escaped(out, ev->policy.name, 0);
	fprintf(out, ", evaluated at %s)\n", now);
}
