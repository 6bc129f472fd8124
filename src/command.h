#ifndef CRA_COMMAND_H
#define CRA_COMMAND_H

#include <stdint.h>
#include <stdio.h>
#include <git2.h>

/*
 * What the commands share: their table, and the few steps every one of
 * them takes (find the repository, read the evaluation time, decide on
 * colour). Only commands print and choose exit codes.
 */

/* Exit codes of every command (SPEC: 0 fine, 1 findings, 2 cannot). */
#define EXIT_CLEAN 0
#define EXIT_FINDINGS 1
#define EXIT_TROUBLE 2

struct command {
	const char *name;
	int (*run)(int argc, const char **argv);
	const char *summary;
};

extern const struct command commands[];

int cmd_check(int argc, const char **argv);
int cmd_diff(int argc, const char **argv);
int cmd_attest(int argc, const char **argv);
int cmd_verify(int argc, const char **argv);
int cmd_show(int argc, const char **argv);
int cmd_audit(int argc, const char **argv);
int cmd_export(int argc, const char **argv);
int cmd_push(int argc, const char **argv);
int cmd_fetch(int argc, const char **argv);
int cmd_test(int argc, const char **argv);
int cmd_rules(int argc, const char **argv);
int cmd_explain(int argc, const char **argv);
int cmd_validate(int argc, const char **argv);
int cmd_deadlines(int argc, const char **argv);
int cmd_init(int argc, const char **argv);

/*
 * The rule catalogue, shared by rules and explain (cmd_rules.c): every
 * rule's metadata under a policy (NULL: the work tree product's, else
 * default), the work tree's own rules after the built-in ones.
 */
struct evaluation;
struct rule;
struct cJSON;
int command_load_rules(struct evaluation *out, const char *policy);
const char *command_rule_origin(const struct rule *rule);
/* The rule's severity under the policy, or "off" when not selected. */
const char *command_rule_severity(const struct evaluation *ev,
				  const struct rule *rule);
/* A rule's metadata as a JSON object, as `git cra rules` prints it. */
struct cJSON *command_rule_json(const struct evaluation *ev,
				const struct rule *rule);

/* Print "error: <message>" in git's style and return EXIT_TROUBLE. */
int command_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));
/* "error: " followed by error_last(). */
int command_fail(void);
void command_warning(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

struct diagnostics;
/* Each warning as "warning: path:line:column: message", as git would. */
void command_warn_diagnostics(const struct diagnostics *warnings);

/* Open the repository git would use here (GIT_DIR and friends too). */
int command_open_repository(git_repository **out);

/* The evaluation time: --now's RFC 3339 time or date, or the clock. */
int command_evaluation_time(int64_t *out, const char *now_arg);

struct report_options;

/*
 * The report options of a command that prints findings in `format`:
 * colour only for text (see command_use_color()), the tool's version.
 */
int command_report_options(struct report_options *out, const char *format,
			   const char *color_when, int verbose);

/* Whether to colour: "auto" (a terminal, no NO_COLOR), "always", "never". */
int command_use_color(const char *when, FILE *out, int *color);

#endif
