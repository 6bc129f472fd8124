#ifndef CRA_RULE_CONTEXT_H
#define CRA_RULE_CONTEXT_H

#include <stdint.h>
#include <lua.h>
#include <git2.h>

#include "finding.h"
#include "rule_trace.h"
#include "snapshot.h"
#include "time_window.h"
#include "yaml_tree.h"

/*
 * The read-only view a rule gets of a snapshot: the `cra` table passed to
 * its check function. It reads files only through the snapshot, gives
 * the evaluation time as the only clock, and hands every finding and
 * every file read to the callbacks.
 */

struct rule_context {
	const struct snapshot *snapshot;
	const struct ydoc *product;	/* NULL when there is none */
	const char *product_path;
	const struct ynode *params;	/* policy parameters; may be NULL */
	const char *policy;
	int64_t now;

	/*
	 * Per rule, set by the runner: the times that judge alike (every
	 * use of the clock goes through it), and, when the runner records
	 * them, the questions the rule asked (NULL otherwise).
	 */
	struct time_window window;
	struct rule_trace *trace;

	void (*on_finding)(void *data, const struct finding *finding);
	void (*on_input)(void *data, const char *path, const git_oid *id);
	void *data;

	size_t reported;	/* findings reported by the current rule */
};

/* Most findings one rule may report, so a rule cannot flood the output. */
#define RULE_MAX_FINDINGS 100000
/* Longest finding message kept; longer ones are cut. */
#define RULE_MAX_MESSAGE 2048

/* Push the `cra` table for ctx (borrowed: it must outlive the state). */
void rule_context_push(lua_State *L, struct rule_context *ctx);

/*
 * Push a YAML node as read-only Lua values; `path` names the file for
 * cra.where(). Aliased nodes become the same table.
 */
void rule_context_push_yaml(lua_State *L, const struct ynode *node,
			    const char *path);

/* The context of the running rule, from a cra.* function's upvalue. */
struct rule_context *rule_context_of(lua_State *L);

/*
 * Read a file for a cra.* function: pushes a box that frees the file when
 * collected, so a Lua error raised later leaks nothing, and records the
 * input. On failure pushes nil, the reason and "missing" or "refused",
 * and returns NULL: the caller returns 3.
 */
struct snapshot_file *rule_context_read(lua_State *L, const char *path);

/*
 * Forget the files parsed for the rules of one snapshot, before a
 * process runs the rules of another.
 */
void rule_context_forget_files(void);

/* Note a question the rule asked of the snapshot, when tracing. */
void rule_context_observe(struct rule_context *ctx, char question,
			  const char *path);

/* The product metadata for a C helper, noted as read; may be NULL. */
const struct ydoc *rule_context_product(struct rule_context *ctx);

/* cra.list() for C callers: pushes the names, or nil and why not. */
int rule_context_list(lua_State *L, const char *dir);

/*
 * Report a finding from a C function, cleaned as cra.pass() and friends
 * clean theirs; f stays the caller's. Returns -1, reporting nothing, past
 * RULE_MAX_FINDINGS: the caller frees what it holds and raises.
 */
int rule_context_emit(lua_State *L, const struct finding *f);

#endif
