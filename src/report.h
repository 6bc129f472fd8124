#ifndef CRA_REPORT_H
#define CRA_REPORT_H

#include <stdio.h>
#include <cJSON.h>

#include "evaluation.h"

/*
 * Reporters turn an evaluation into one output format. They read the
 * evaluation only; they never parse evidence, and never exit.
 */

struct report_options {
	int color;		/* colour the text format */
	int verbose;		/* add remediation and rationale */
	const char *tool_version;
};

struct reporter {
	const char *name;
	void (*write)(FILE *out, const struct evaluation *ev,
		      const struct report_options *opts);
};

/* The reporter for a format name, or NULL. */
const struct reporter *reporter_find(const char *name);
/* "text, json, tap, ...": the names, for messages and help. */
const char *reporter_names(void);

void report_text(FILE *out, const struct evaluation *ev,
		 const struct report_options *opts);
void report_json(FILE *out, const struct evaluation *ev,
		 const struct report_options *opts);
void report_tap(FILE *out, const struct evaluation *ev,
		const struct report_options *opts);
void report_sarif(FILE *out, const struct evaluation *ev,
		  const struct report_options *opts);
void report_junit(FILE *out, const struct evaluation *ev,
		  const struct report_options *opts);
void report_github(FILE *out, const struct evaluation *ev,
		   const struct report_options *opts);
void report_markdown(FILE *out, const struct evaluation *ev,
		     const struct report_options *opts);

/*
 * A Markdown table of findings (status, obligation, rule, where, what),
 * for a pull-request comment; the findings are borrowed. Writes nothing
 * when n is 0.
 */
void report_markdown_table(FILE *out, const struct evaluation *ev,
			   const struct finding *const *findings, size_t n);

/*
 * The pieces the diff reporters (report_diff.c) share with these. One
 * row of report_markdown_table() under any label, with `note` (Markdown,
 * not escaped; may be NULL) after the finding; text escaped for a table
 * cell or a list item.
 */
void report_markdown_row(FILE *out, const struct evaluation *ev,
			 const struct finding *f, const char *label,
			 const char *note);
void report_markdown_text(FILE *out, const char *text);
/* The SARIF log of report_sarif(), for the caller to amend and free. */
cJSON *report_sarif_log(const struct evaluation *ev,
			const struct report_options *opts);
/* The workflow command report_github() writes for one finding. */
void report_github_annotation(FILE *out, const struct evaluation *ev,
			      const struct finding *f,
			      const struct report_options *opts);

/*
 * Reporters of a comparison between two evaluations (git cra diff):
 * text, json, markdown, sarif and github.
 */
struct finding_diff;

struct diff_reporter {
	const char *name;
	void (*write)(FILE *out, const struct finding_diff *d,
		      const struct report_options *opts);
};

/* The diff reporter for a format name, or NULL. */
const struct diff_reporter *diff_reporter_find(const char *name);
/* "text, json, ...": the names, for messages and help. */
const char *diff_reporter_names(void);

/* The parts of the JSON format, for the attestation predicate too. */
cJSON *report_json_snapshot(const struct snapshot *s);
cJSON *report_json_summary(const struct evaluation *ev);
cJSON *report_json_findings(const struct evaluation *ev);
cJSON *report_json_rules(const struct evaluation *ev);
cJSON *report_json_inputs(const struct evaluation *ev);
cJSON *report_json_warnings(const struct evaluation *ev);

/* Shared by the reporters. */
const char *report_rule_id(const struct rule *rule);
/* "path:line:col", "path:line", "path" or "" into buf of size n. */
void report_location(char *buf, size_t n, const struct finding *f);

#endif
