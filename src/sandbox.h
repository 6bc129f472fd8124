#ifndef CRA_SANDBOX_H
#define CRA_SANDBOX_H

#include <stddef.h>
#include <lua.h>

#include "buf.h"
#include "small_pool.h"

/*
 * A Lua 5.4 state that runs untrusted code: only the base (a safe
 * subset), string, table, math and utf8 libraries; text chunks only; a
 * cap on memory through the allocator and on instructions through a
 * count hook. One state serves one rule and is then closed, so nothing a
 * rule does (the string metatable included) is seen by another.
 *
 * What a hook cannot interrupt (a pattern match running long inside C)
 * is bounded by the process the rule runner puts around each evaluation.
 */

#define SANDBOX_MEMORY_LIMIT (128u * 1024 * 1024)
#define SANDBOX_INSTRUCTION_LIMIT 200000000LL

struct sandbox {
	lua_State *L;
	size_t memory_used;
	size_t memory_limit;
	int memory_refused;	/* the allocator said no at least once */
	long long instructions;
	long long instruction_limit;
	int budget_exceeded;
	struct small_pool pool;	/* the state's memory, freed with it */
};

/* Open a fresh state with the safe libraries. */
int sandbox_open(struct sandbox *sb, size_t memory_limit,
		 long long instruction_limit);
void sandbox_close(struct sandbox *sb);

/*
 * Compile text chunk `code` under the name `file` (errors then read
 * "file:line: ..."); on success the function is pushed. Binary chunks are
 * refused.
 */
int sandbox_load(struct sandbox *sb, const char *file, const char *code,
		 size_t len);

/*
 * The chunk sandbox_load() left on the stack, as bytecode appended to
 * out, line information kept for the same messages. A process that runs
 * one rule in many sandboxes (an audit's runner) compiles it once.
 */
int sandbox_dump(struct sandbox *sb, struct buf *out);

/*
 * Load bytecode that sandbox_dump() made in this process. Never give it
 * bytecode from anywhere else: Lua does not check bytecode, which is why
 * sandbox_load() takes text only.
 */
int sandbox_load_dumped(struct sandbox *sb, const char *file,
			const char *bytecode, size_t len);

/*
 * Call the function below `nargs` arguments on the stack, as lua_pcall
 * does. On error `err` gets the message, the reason the sandbox stopped
 * the code when it did (memory, instructions), and a traceback.
 */
int sandbox_call(struct sandbox *sb, int nargs, int nresults,
		 struct buf *err);

/* The sandbox a state belongs to. */
struct sandbox *sandbox_of(lua_State *L);

#endif
