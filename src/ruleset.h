#ifndef CRA_RULESET_H
#define CRA_RULESET_H

#include <stddef.h>

#include "rule.h"
#include "snapshot.h"

/*
 * The rule files of an evaluation: the built-in ones under DATADIR/rules
 * (recursively) and the .lua files of the snapshot's .cra/rules, in that order,
 * each group sorted by path. Files ending in "_test.lua" hold rule tests
 * and are not rules.
 */

struct ruleset {
	struct rule *rules;
	size_t count;
};

#define LOCAL_RULES_DIR ".cra/rules"

/* The directory rules and policies are read from. */
const char *ruleset_datadir(void);

int ruleset_add_builtin(struct ruleset *set, const char *datadir);
/* The snapshot's own rules; may be NULL for none. */
int ruleset_add_local(struct ruleset *set, const struct snapshot *s);
/*
 * Add one rule from memory (a recorded rule, a test). id is the blob id
 * of code when known (read from the object database by it); NULL hashes
 * the code, which for an audit's hundreds of replays would cost more
 * than running the rules it does not run.
 */
void ruleset_add(struct ruleset *set, enum rule_origin origin,
		 const char *file, const char *code, size_t len,
		 const git_oid *id);
/*
 * ruleset_add() of code that outlives the set, which keeps a pointer to
 * it instead of a copy: an audit adds every recorded rule of every
 * release, from code it holds for the whole audit.
 */
void ruleset_add_borrowed(struct ruleset *set, enum rule_origin origin,
			  const char *file, const char *code, size_t len,
			  const git_oid *id);
void ruleset_release(struct ruleset *set);

/* Whether a file name is a rule file (and not a rule test). */
int ruleset_is_rule_file(const char *name);

#endif
