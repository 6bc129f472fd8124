#ifndef CRA_RULE_RUNNER_H
#define CRA_RULE_RUNNER_H

#include <stddef.h>

#include "rule.h"
#include "rule_context.h"
#include "rule_trace.h"

struct rule_cache;
struct rule_server;

/*
 * Runs rules, each in a fresh sandbox, inside a child process: a rule
 * that the sandbox's hooks cannot stop (a pattern match that runs for
 * hours inside C) or that brings the interpreter down is killed, reported
 * as a rule error with its file, and the remaining rules still run.
 */

struct rule_input {
	char *path;
	git_oid id;
};

struct rule_outcome {
	int selected;		/* loaded and chosen by the policy */
	struct finding *findings;
	size_t nfindings;
	struct rule_input *inputs;	/* files the rule read */
	size_t ninputs;
	char *error;		/* why the rule broke, or NULL */
	char *error_path;	/* where: the rule's file */
	unsigned error_line;
	/* What the rule saw, when the runner kept a cache (rule_cache.h). */
	struct rule_trace trace;
	int traced;		/* 1: the trace is complete; -1: broken */
};

struct rule_runner_options {
	size_t memory_limit;		/* bytes per rule */
	long long instruction_limit;	/* VM instructions per rule */
	unsigned timeout_ms;		/* wall time per rule */
	/*
	 * Called in the child with a loaded rule's id and origin: nonzero
	 * runs it. NULL runs every rule.
	 */
	int (*select)(void *data, const char *rule_id,
		      enum rule_origin origin);
	void *select_data;
	/* Load the rules and report their metadata, but run no check. */
	int metadata_only;
	/*
	 * Outcomes kept across evaluations of content-addressed snapshots
	 * (a revision or the index), under the evaluation's context: the
	 * policy and anything else besides the rule and the snapshot that
	 * decides an outcome. NULL runs every rule.
	 */
	struct rule_cache *cache;
	unsigned char cache_context[SHA256_DIGEST_SIZE];
	/*
	 * A runner kept for many evaluations of revisions, instead of a
	 * fork for each; it opens the snapshot (ctx's rev) and product
	 * metadata itself and needs the policy's text. NULL forks.
	 */
	struct rule_server *server;
	const char *policy_text;
	size_t policy_len;
	const char *policy_label;	/* names the policy in messages */
};

void rule_runner_options_init(struct rule_runner_options *opts);

/*
 * Load and run rules[0..n). Each rule's metadata is stored into
 * rules[i].meta (rules[i].loaded set), and what it found into
 * outcomes[i], which the caller allocates zeroed and releases with
 * rule_outcome_release(). ctx's callbacks are ignored: findings and inputs
 * go to the outcomes. With a cache, a rule whose outcome it holds for
 * ctx's snapshot and time is not run again, and what runs is stored.
 * Returns how many rules ran, or -1 when no child could be started.
 */
long rule_runner_run(struct rule *rules, struct rule_outcome *outcomes,
		     size_t n, struct rule_context *ctx,
		     const struct rule_runner_options *opts);

/*
 * rule_runner_run() in two halves, so that a caller with a server can do
 * other work while the rules run: start takes what the cache holds and
 * sends the server the rest; finish collects them and stores them in
 * the cache. rules, outcomes, ctx and opts must live until finish, which
 * must be called (and frees what start made) even when start failed.
 */
struct rule_run {
	struct rule *rules;
	struct rule_outcome *outcomes;
	struct rule_context *ctx;
	const struct rule_runner_options *opts;
	size_t *order;		/* rules left to run, by index */
	size_t next, left;	/* order[next..left) not yet collected */
	long long asked_at;	/* when the server was asked; 0: not yet */
	unsigned generation;	/* of the server process asked */
	int failed;
	char *discard;		/* per order[]: run, but found in the cache */
	/* Set by rule_runner_start_ahead(): */
	int ahead;
	size_t early;		/* order[0..early) chosen ahead */
	int sent_early;		/* and sent */
	char *speculated;	/* per early rule: looked up after all */
	size_t *deferred;	/* looked up once the run before is done */
	size_t ndeferred;
	struct trace_answers answers;
	int has_answers;
};

/* run is zeroed, or was begun by rule_runner_start_ahead(). */
int rule_runner_start(struct rule_run *run, struct rule *rules,
		      struct rule_outcome *outcomes, size_t n,
		      struct rule_context *ctx,
		      const struct rule_runner_options *opts);

/*
 * Begin a run while the run before (same cache and server) is still
 * under way, so that the server goes on from its rules to these without
 * waiting. What the cache holds for the rules the run before will not
 * store is taken now, and the rules left are sent at once when the
 * request pipe has room for them. The rules the run before also runs
 * are looked up by rule_runner_start(), once it is done, as without this
 * step; among them, those whose outcome named the release are sent now
 * anyway, and their run dropped if the cache has them after all. The
 * same rules run and are reused as if the runs were one after the
 * other. Then call rule_runner_start() as usual, after the run before
 * has been finished.
 */
int rule_runner_start_ahead(struct rule_run *run, struct rule *rules,
			    struct rule_outcome *outcomes, size_t n,
			    struct rule_context *ctx,
			    const struct rule_runner_options *opts,
			    const struct rule_run *before);
/* Drop a run begun ahead and never started; a server it was sent to goes. */
void rule_runner_abandon(struct rule_run *run);
long rule_runner_finish(struct rule_run *run);

void rule_outcome_release(struct rule_outcome *outcome);

/*
 * The runner process of an audit, started on first use and again after
 * a rule had to be stopped; it reads the repository's objects itself.
 */
struct rule_server *rule_server_new(git_repository *repo);
void rule_server_free(struct rule_server *server);

#endif
