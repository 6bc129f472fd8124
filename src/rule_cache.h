#ifndef CRA_RULE_CACHE_H
#define CRA_RULE_CACHE_H

#include "rule.h"
#include "rule_runner.h"
#include "rule_trace.h"

/*
 * Rule outcomes kept across evaluations, for an audit that evaluates
 * hundreds of releases. An outcome is stored with the trace of what the
 * rule saw (rule_trace.h) under everything else that fixes what it does:
 * its code, file and origin, and the evaluation's context (a digest of
 * the policy and the limits). It stands for a later evaluation when the
 * key is the same, the evaluation time lies in its window and the new
 * snapshot answers each question of the trace alike. The work of an
 * audit then grows with the number of distinct inputs each rule reads,
 * not with the number of releases. Each rule keeps its 32 most recently
 * used outcomes: memory and lookups stay bounded on any history.
 */

struct rule_cache;

struct rule_cache *rule_cache_new(void);
void rule_cache_free(struct rule_cache *c);

/*
 * An outcome of *rule (its blob, file and origin) in the evaluation
 * context `context` that holds for the snapshot of `answers` at `now`:
 * copied into *rule's metadata and *out (findings numbered as rule
 * `index`). Returns 1 when found, 0 otherwise.
 */
int rule_cache_find(struct rule_cache *c,
		    const unsigned char context[SHA256_DIGEST_SIZE],
		    struct trace_answers *answers, int64_t now,
		    struct rule *rule, size_t index, struct rule_outcome *out);

/*
 * Whether the outcome of *rule used last asked which revision it was
 * given (TRACE_REVISION): a rule that names the release, whose next
 * outcome will not stand for another release either.
 */
int rule_cache_names_revision(struct rule_cache *c,
			      const unsigned char context[SHA256_DIGEST_SIZE],
			      const struct rule *rule);

/*
 * Keep a copy of an outcome whose trace is complete (a rule the runner
 * stopped has none: it is never kept).
 */
void rule_cache_add(struct rule_cache *c,
		    const unsigned char context[SHA256_DIGEST_SIZE],
		    const struct rule *rule, const struct rule_outcome *o);

#endif
