#include <stdio.h>
#include <string.h>

#include "report.h"

/*
 * One TAP test per finding, so `prove` and CI test tabs read a check.
 * Passing findings are "ok"; not-applicable and unknown are "ok # SKIP"
 * (nothing to judge); waived failures are "not ok # TODO", TAP's
 * accepted failure; failures and rule errors are "not ok".
 */

static void write_escaped(FILE *out, const char *s)
{
	/* '#' would start a directive in the description. */
	for (; *s; s++) {
		if (*s == '#' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
}

static void yaml_quoted(FILE *out, const char *s)
{
	fputc('"', out);
	for (; *s; s++) {
		if (*s == '"' || *s == '\\')
			fputc('\\', out);
		fputc(*s, out);
	}
	fputc('"', out);
}

void report_tap(FILE *out, const struct evaluation *ev,
		const struct report_options *opts)
{
	size_t i;

	(void)opts;
	fprintf(out, "TAP version 13\n1..%zu\n", ev->nfindings);
	for (i = 0; i < ev->nfindings; i++) {
		const struct finding *f = &ev->findings[i];
		const struct rule *rule = evaluation_rule(ev, f);
		int good = f->status == STATUS_PASS ||
			f->status == STATUS_NOT_APPLICABLE ||
			f->status == STATUS_UNKNOWN;
		char loc[4200];

		fprintf(out, "%s %zu - ", good ? "ok" : "not ok", i + 1);
		write_escaped(out, report_rule_id(rule));
		fputs(": ", out);
		write_escaped(out, f->message);
		if (f->status == STATUS_NOT_APPLICABLE)
			fputs(" # SKIP not applicable", out);
		else if (f->status == STATUS_UNKNOWN)
			fputs(" # SKIP unknown: the evidence cannot be "
			      "observed", out);
		else if (f->status == STATUS_WAIVED) {
			fputs(" # TODO waived: ", out);
			write_escaped(out, f->waiver_reason);
		}
		fputc('\n', out);
		report_location(loc, sizeof(loc), f);
		fputs("  ---\n", out);
		fprintf(out, "  status: %s\n", status_name(f->status));
		if (rule->loaded) {
			fputs("  locus: ", out);
			yaml_quoted(out, rule->meta.locus);
			fputc('\n', out);
		}
		fprintf(out, "  basis: %s\n", basis_name(f->basis));
		if (*loc) {
			fputs("  at: ", out);
			yaml_quoted(out, loc);
			fputc('\n', out);
		}
		fputs("  ...\n", out);
	}
}
