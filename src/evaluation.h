#ifndef CRA_EVALUATION_H
#define CRA_EVALUATION_H

#include <stddef.h>
#include <stdint.h>
#include <git2.h>

#include "diagnostic.h"
#include "finding.h"
#include "policy.h"
#include "product.h"
#include "rule_runner.h"
#include "ruleset.h"
#include "snapshot.h"
#include "waiver.h"

/*
 * One evaluation of a snapshot: the product metadata, the policy its
 * class picks, the rules the policy selects, their findings with the
 * waivers applied, and every input that was read. check, diff, attest
 * and audit all start here; only the reporting differs.
 */

struct evaluation_options {
	enum snapshot_kind kind;
	const char *rev;
	const char *policy;	/* NULL: the product class's policy */
	int64_t now;		/* the evaluation time */
	const char *datadir;	/* NULL: ruleset_datadir() */
	int metadata_only;	/* load rules, run no check (git cra rules) */
	int no_local_rules;

	/*
	 * Replays and rule tests bring their own pieces. A snapshot to
	 * evaluate instead of opening one from the repository (taken over:
	 * *snapshot is emptied); rules to run instead of the built-in and
	 * local ones; a policy's text instead of a policy file.
	 */
	struct snapshot *snapshot;
	const struct rule_source *rules;
	size_t nrules;
	int rules_known_ids;		/* rules[].id name their code */
	int rules_outlive;		/* rules[].code outlives the evaluation */
	const char *policy_text;
	size_t policy_len;
	const char *policy_file;	/* names policy_text in messages */
	int64_t max_file_size;		/* 0: from the configuration */
	/*
	 * Rule outcomes kept across the evaluations of an audit
	 * (rule_cache.h): used for a revision evaluated with policy_text,
	 * whose text then names the policy.
	 */
	struct rule_cache *cache;
	/* With the cache: one runner process for all evaluations. */
	struct rule_server *server;
	/*
	 * Product metadata and policy kept from the previous evaluation
	 * (evidence_memo.h); it must outlive the evaluation. NULL parses.
	 */
	struct evidence_memo *memo;
};

struct evaluation {
	struct snapshot snapshot;
	struct product product;
	struct policy policy;
	struct waivers waivers;
	struct ruleset rules;
	struct rule_outcome *outcomes;	/* one per rule */
	/* Every finding in rule order; f->rule indexes rules.rules. */
	struct finding *findings;
	size_t nfindings;
	/* Every file read, sorted by path, each once. */
	struct rule_input *inputs;
	size_t ninputs;
	struct diagnostics warnings;
	int64_t now;
	size_t counts[STATUS_COUNT];
	size_t rules_run;	/* the others' outcomes came from the cache */
	int borrowed_product;	/* product and policy belong to a memo */
	int borrowed_policy;
	/* From evaluation_prepare to evaluation_finish. */
	struct rule_context ctx;
	struct rule_runner_options run_options;
	struct rule_run run;
	int metadata_only;
	int prepared, started, waited;
};

void evaluation_options_init(struct evaluation_options *opts);

/*
 * Evaluate. Returns 0 when the evaluation ran (rules may still have
 * failed or broken), -1 when it could not (unreadable repository or
 * product metadata, bad policy) with the error set. repo may be NULL
 * when opts->snapshot is a memory snapshot.
 */
int evaluation_run(struct evaluation *ev, git_repository *repo,
		   const struct evaluation_options *opts);
/*
 * evaluation_run() in steps, for a caller that does other work
 * while the rules run (an audit verifies and prepares the next release):
 * prepare reads the snapshot, product metadata, policy, waivers and
 * rules; start takes what the cache holds and sends the rest to the rule
 * server; wait collects their outcomes (and puts them in the cache);
 * finish, which waits if that was not done, makes the findings. Each
 * returns 0 or -1 with the error set. ev must not move, and opts and
 * what it points to must live, until finish; evaluation_release() is
 * called after prepare whatever happened.
 */
int evaluation_prepare(struct evaluation *ev, git_repository *repo,
		       const struct evaluation_options *opts);
int evaluation_start(struct evaluation *ev);
/*
 * Before evaluation_start(), while the evaluation before it (same cache
 * and rule server) is started and not yet waited for: send what can be
 * sent already, so that the server goes on to this one without waiting
 * (rule_runner_start_ahead()).
 */
int evaluation_start_ahead(struct evaluation *ev,
			   const struct evaluation *before);
int evaluation_wait(struct evaluation *ev);
int evaluation_finish(struct evaluation *ev);

void evaluation_release(struct evaluation *ev);

/* The rule a finding belongs to. */
const struct rule *evaluation_rule(const struct evaluation *ev,
				   const struct finding *f);
/* The severity of a rule under the evaluation's policy. */
enum severity evaluation_severity(const struct evaluation *ev,
				  const struct rule *rule);

/* 2 when a rule broke, 1 when a finding fails, 0 otherwise. */
int evaluation_exit_code(const struct evaluation *ev);

#endif
