#include <stdio.h>
#include <string.h>

#include "report.h"
#include "rfc3339.h"

/*
 * JUnit XML, which CI systems (GitLab, Jenkins, Azure Pipelines, the
 * GitHub test-report actions) show in their test tabs. One test case per
 * rule, not per finding: a rule is one obligation, and its name stays the
 * same from run to run, so a test tab can follow it over time.
 *
 * A rule's test case is, in this order of precedence:
 *   <error>    the rule broke;
 *   <failure>  one of its findings fails, all of them listed;
 *   <skipped>  a finding is waived or unknown (something a person has to
 *              look at), or every finding is not-applicable;
 *   passed     otherwise.
 * The findings not listed in the failure or error go to <system-out>.
 */

enum verdict {
	VERDICT_PASS,
	VERDICT_SKIPPED,
	VERDICT_FAILURE,
	VERDICT_ERROR,
};

/*
 * The length of the UTF-8 sequence at s and its code point in *cp, or 0
 * when it is not valid UTF-8 (overlong forms and surrogates included).
 */
static size_t utf8_decode(const unsigned char *s, unsigned *cp)
{
	size_t len, i;
	unsigned c = s[0], min;

	if (c < 0x80) {
		*cp = c;
		return 1;
	} else if (c >= 0xc2 && c <= 0xdf) {
		len = 2, c &= 0x1f, min = 0x80;
	} else if (c >= 0xe0 && c <= 0xef) {
		len = 3, c &= 0x0f, min = 0x800;
	} else if (c >= 0xf0 && c <= 0xf4) {
		len = 4, c &= 0x07, min = 0x10000;
	} else {
		return 0;
	}
	for (i = 1; i < len; i++) {
		if ((s[i] & 0xc0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3f);
	}
	if (c < min || c > 0x10ffff || (c >= 0xd800 && c <= 0xdfff))
		return 0;
	*cp = c;
	return len;
}

/*
 * Text for an attribute value (attr set) or element content. Messages
 * come from rules and evidence, which no one vouches for: a character
 * that XML 1.0 does not allow at all (most C0 controls, U+FFFE, U+FFFF,
 * bytes that are not UTF-8) becomes U+FFFD, so the document stays
 * well-formed and the reader still sees that something was there.
 * Line ends and tabs in attributes are written as references, which
 * attribute normalisation would otherwise turn into spaces.
 */
static void xml_escape(FILE *out, const char *text, int attr)
{
	const unsigned char *s = (const unsigned char *)text;

	while (*s) {
		unsigned cp;
		size_t len = utf8_decode(s, &cp);

		if (!len || (cp < 0x20 && cp != '\t' && cp != '\n' &&
			     cp != '\r') || cp == 0xfffe || cp == 0xffff) {
			fputs("\xef\xbf\xbd", out);
			s += len ? len : 1;
			continue;
		}
		switch (cp) {
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
			fputs(attr ? "&quot;" : "\"", out);
			break;
		case '\'':
			fputs(attr ? "&apos;" : "'", out);
			break;
		case '\r':
			fputs("&#13;", out);
			break;
		case '\n':
			fputs(attr ? "&#10;" : "\n", out);
			break;
		case '\t':
			fputs(attr ? "&#9;" : "\t", out);
			break;
		default:
			fwrite(s, 1, len, out);
		}
		s += len;
	}
}

static void xml_attr(FILE *out, const char *name, const char *value)
{
	fprintf(out, " %s=\"", name);
	xml_escape(out, value, 1);
	fputc('"', out);
}

static void xml_property(FILE *out, const char *name, const char *value)
{
	fputs("      <property", out);
	xml_attr(out, "name", name);
	xml_attr(out, "value", value);
	fputs("/>\n", out);
}

static enum verdict rule_verdict(const struct evaluation *ev, size_t rule)
{
	size_t n[STATUS_COUNT] = { 0 }, i;

	for (i = 0; i < ev->nfindings; i++)
		if (ev->findings[i].rule == rule)
			n[ev->findings[i].status]++;
	if (n[STATUS_ERROR])
		return VERDICT_ERROR;
	if (n[STATUS_FAIL])
		return VERDICT_FAILURE;
	if (n[STATUS_WAIVED] || n[STATUS_UNKNOWN] ||
	    (!n[STATUS_PASS] && n[STATUS_NOT_APPLICABLE]))
		return VERDICT_SKIPPED;
	return VERDICT_PASS;
}

/* The first finding of a rule with this status, or NULL. */
static const struct finding *first_with(const struct evaluation *ev,
					size_t rule,
					enum finding_status status)
{
	size_t i;

	for (i = 0; i < ev->nfindings; i++)
		if (ev->findings[i].rule == rule &&
		    ev->findings[i].status == status)
			return &ev->findings[i];
	return NULL;
}

static size_t count_with(const struct evaluation *ev, size_t rule,
			 enum finding_status status)
{
	size_t i, n = 0;

	for (i = 0; i < ev->nfindings; i++)
		n += ev->findings[i].rule == rule &&
			ev->findings[i].status == status;
	return n;
}

/* "path:line:col: message (declared)", one finding, as element text. */
static void finding_line(FILE *out, const struct finding *f)
{
	char loc[4200];

	report_location(loc, sizeof(loc), f);
	if (*loc) {
		xml_escape(out, loc, 0);
		fputs(": ", out);
	}
	xml_escape(out, f->message, 0);
	if (f->status != STATUS_ERROR && f->basis == BASIS_DECLARED)
		fputs(" (declared)", out);
	if (f->status == STATUS_WAIVED) {
		fputs(" (waived by ", out);
		xml_escape(out, f->waiver_owner, 0);
		fputs(" until ", out);
		xml_escape(out, f->waiver_expires, 0);
		fputs(": ", out);
		xml_escape(out, f->waiver_reason, 0);
		fputc(')', out);
	}
	fputc('\n', out);
}

static void write_problem(FILE *out, const struct evaluation *ev,
			  size_t rule, enum verdict verdict)
{
	enum finding_status st = verdict == VERDICT_ERROR ? STATUS_ERROR :
		STATUS_FAIL;
	const struct finding *first = first_with(ev, rule, st);
	const struct rule *r = &ev->rules.rules[rule];
	const char *tag = verdict == VERDICT_ERROR ? "error" : "failure";
	size_t n = count_with(ev, rule, st), i;
	char msg[160];

	if (!first)
		return;
	fprintf(out, "      <%s", tag);
	if (verdict == VERDICT_ERROR) {
		fputs(" message=\"the rule broke: ", out);
		xml_escape(out, first->message, 1);
		fputc('"', out);
	} else if (n == 1) {
		xml_attr(out, "message", first->message);
	} else {
		snprintf(msg, sizeof(msg), "%zu findings fail; the first: ", n);
		fprintf(out, " message=\"%s", msg);
		xml_escape(out, first->message, 1);
		fputc('"', out);
	}
	xml_attr(out, "type", status_name(st));
	fputc('>', out);
	for (i = 0; i < ev->nfindings; i++)
		if (ev->findings[i].rule == rule &&
		    ev->findings[i].status == st)
			finding_line(out, &ev->findings[i]);
	if (verdict == VERDICT_FAILURE && r->loaded) {
		fputs("fix: ", out);
		xml_escape(out, r->meta.remediation, 0);
		fputc('\n', out);
	}
	fprintf(out, "</%s>\n", tag);
}

static void write_skipped(FILE *out, const struct evaluation *ev,
			  size_t rule)
{
	const struct finding *f;

	fputs("      <skipped message=\"", out);
	if ((f = first_with(ev, rule, STATUS_WAIVED))) {
		fputs("waived by ", out);
		xml_escape(out, f->waiver_owner, 1);
		fputs(" until ", out);
		xml_escape(out, f->waiver_expires, 1);
		fputs(": ", out);
		xml_escape(out, f->waiver_reason, 1);
	} else if ((f = first_with(ev, rule, STATUS_UNKNOWN))) {
		fputs("unknown, for a person to judge: ", out);
		xml_escape(out, f->message, 1);
	} else if ((f = first_with(ev, rule, STATUS_NOT_APPLICABLE))) {
		fputs("not applicable: ", out);
		xml_escape(out, f->message, 1);
	}
	fputs("\"/>\n", out);
}

static void write_testcase(FILE *out, const struct evaluation *ev,
			   size_t rule)
{
	const struct rule *r = &ev->rules.rules[rule];
	enum verdict verdict = rule_verdict(ev, rule);
	enum finding_status listed = verdict == VERDICT_ERROR ? STATUS_ERROR :
		verdict == VERDICT_FAILURE ? STATUS_FAIL : STATUS_COUNT;
	int out_open = 0;
	size_t i;

	fputs("    <testcase", out);
	xml_attr(out, "classname", r->loaded ? r->meta.locus : "git-cra");
	fputs(" name=\"", out);
	xml_escape(out, report_rule_id(r), 1);
	if (r->loaded) {
		fputs(": ", out);
		xml_escape(out, r->meta.title, 1);
	}
	fputs("\">\n", out);
	if (verdict == VERDICT_ERROR || verdict == VERDICT_FAILURE)
		write_problem(out, ev, rule, verdict);
	else if (verdict == VERDICT_SKIPPED)
		write_skipped(out, ev, rule);
	for (i = 0; i < ev->nfindings; i++) {
		const struct finding *f = &ev->findings[i];

		if (f->rule != rule || f->status == listed)
			continue;
		if (!out_open)
			fputs("      <system-out>", out);
		out_open = 1;
		fprintf(out, "%s: ", status_name(f->status));
		finding_line(out, f);
	}
	if (out_open)
		fputs("</system-out>\n", out);
	fputs("    </testcase>\n", out);
}

void report_junit(FILE *out, const struct evaluation *ev,
		  const struct report_options *opts)
{
	const struct snapshot *s = &ev->snapshot;
	size_t n[VERDICT_ERROR + 1] = { 0 }, tests = 0, i;
	char counts[160], now[21], id[GIT_OID_HEXSZ + 1];

	(void)opts;
	for (i = 0; i < ev->rules.count; i++) {
		if (!ev->outcomes[i].selected)
			continue;
		n[rule_verdict(ev, i)]++;
		tests++;
	}
	snprintf(counts, sizeof(counts), " tests=\"%zu\" failures=\"%zu\" "
		 "errors=\"%zu\" skipped=\"%zu\"", tests, n[VERDICT_FAILURE],
		 n[VERDICT_ERROR], n[VERDICT_SKIPPED]);

	fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", out);
	fprintf(out, "<testsuites name=\"git-cra\"%s>\n", counts);
	fprintf(out, "  <testsuite name=\"git cra check\"%s>\n", counts);
	fputs("    <properties>\n", out);
	xml_property(out, "policy", ev->policy.name);
	rfc3339_format(now, ev->now);
	xml_property(out, "evaluated_at", now);
	xml_property(out, "snapshot", snapshot_kind_name(s->kind));
	if (s->rev)
		xml_property(out, "rev", s->rev);
	if (s->has_commit) {
		git_oid_tostr(id, sizeof(id), &s->commit_id);
		xml_property(out, "commit", id);
	}
	fputs("    </properties>\n", out);
	for (i = 0; i < ev->rules.count; i++)
		if (ev->outcomes[i].selected)
			write_testcase(out, ev, i);
	fputs("  </testsuite>\n</testsuites>\n", out);
}
