#ifndef CRA_FINDING_DIFF_H
#define CRA_FINDING_DIFF_H

#include <stddef.h>

#include "evaluation.h"

/*
 * What a change did to the findings: two evaluations of the same
 * product, a base (the revision a pull request starts from) and a head
 * (the change), compared finding by finding. The comparison only; the
 * reporters in report_diff.c print it.
 *
 * A finding's identity across the two sides is its rule, its subject,
 * and the class of its status; its message and place may change. Within
 * one rule, subject and class, findings are paired first when path and
 * message are the same, then when the path is, then in order, so that
 * "support period is 3.1 years" at base and "... 3.2 years" at head are
 * the same failure. docs/diff.md spells the rule out.
 */

enum finding_class {
	CLASS_FAIL,		/* fail */
	CLASS_ERROR,		/* the rule broke */
	CLASS_PASSING,		/* pass, not-applicable, waived */
	CLASS_UNKNOWN,
};

enum finding_class finding_class_of(enum finding_status status);

enum change_kind {
	CHANGE_NEW,		/* failing at head, not at base */
	CHANGE_FIXED,		/* failing at base; the rule ran at head
				 * and no longer reports it */
	CHANGE_UNCHANGED,	/* failing on both sides */
	CHANGE_DROPPED,		/* failing at base; at head its rule no
				 * longer runs, or broke, so cannot say */
	CHANGE_KIND_COUNT
};

/* "new", "fixed", "unchanged" or "dropped". */
const char *change_kind_name(enum change_kind kind);

struct finding_change {
	enum change_kind kind;
	/*
	 * Borrowed from the evaluations. New: head only. Unchanged: both.
	 * Fixed: base, and head when the rule still reports the subject in
	 * another class (now passing, waived or unknown). Dropped: base.
	 */
	const struct finding *base;
	const struct finding *head;
	/* Dropped: the rule broke at head, rather than no longer running. */
	int rule_broke;
};

struct finding_diff {
	const struct evaluation *base;	/* borrowed */
	const struct evaluation *head;	/* borrowed */
	/*
	 * Every finding's counterpart on the other side (same rule,
	 * subject and class), as an index into its findings, or -1.
	 */
	long *base_match;
	long *head_match;
	/* Failing findings that changed or stayed, in rule order. */
	struct finding_change *changes;
	size_t nchanges;
	size_t counts[CHANGE_KIND_COUNT];
	/* Rules that run on one side only: indexes into that side's rules. */
	size_t *rules_added;		/* into head->rules */
	size_t nrules_added;
	size_t *rules_removed;		/* into base->rules */
	size_t nrules_removed;
};

/* Compare; both evaluations must outlive the diff. Never fails. */
void finding_diff_compute(struct finding_diff *out,
			  const struct evaluation *base,
			  const struct evaluation *head);
void finding_diff_release(struct finding_diff *d);

/*
 * How a rule is named across evaluations: its id, or its file when it
 * did not load or took an id already used (borrowed).
 */
const char *finding_diff_rule_key(const struct evaluation *ev, size_t rule);

/*
 * Whether anything changed that a reviewer should see: a new, fixed or
 * dropped finding, or a rule added or removed.
 */
int finding_diff_changed(const struct finding_diff *d);

/* 1 when the change adds a failure, 0 otherwise. */
int finding_diff_exit_code(const struct finding_diff *d);

#endif
