#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>
#include <lualib.h>

#include "error.h"
#include "sandbox.h"

/* How often the count hook runs: often enough to stop within ~1 ms. */
#define HOOK_EVERY 10000

/*
 * Globals of the base library a rule may use. Left out: dofile, loadfile
 * (the file system), collectgarbage (tampering with the collector),
 * print (rules report findings, they do not write), and load, which is
 * replaced by a text-only version below.
 */
static const char *const safe_globals[] = {
	"assert", "error", "getmetatable", "ipairs", "next", "pairs",
	"pcall", "rawequal", "rawget", "rawlen", "rawset", "select",
	"setmetatable", "tonumber", "tostring", "type", "xpcall",
	"_VERSION", "string", "table", "math", "utf8", NULL,
};

/*
 * Iteration order is part of determinism: Lua seeds its string hashes
 * from the clock and the address space, so next() visits keys in a
 * different order on every run. pairs() here visits them sorted. The
 * chunk returns that iterator; pairs() itself is in C (below), because
 * only C sees a __pairs behind a metatable hidden with __metatable, as
 * the read-only evidence tables' are.
 */
static const char prelude[] =
	"local next, type, sort, tostring = next, type, table.sort, tostring\n"
	"local order = { boolean = 1, number = 2, string = 3 }\n"
	"local function before(a, b)\n"
	"  local ta, tb = type(a), type(b)\n"
	"  if ta ~= tb then return (order[ta] or 9) < (order[tb] or 9) end\n"
	"  if ta == 'number' or ta == 'string' then return a < b end\n"
	"  if ta == 'boolean' then return not a and b end\n"
	"  return tostring(a) < tostring(b)\n"
	"end\n"
	"return function(t)\n"
	"  local keys, n = {}, 0\n"
	"  for k in next, t do n = n + 1; keys[n] = k end\n"
	"  sort(keys, before)\n"
	"  local i = 0\n"
	"  return function()\n"
	"    i = i + 1\n"
	"    local k = keys[i]\n"
	"    if k ~= nil then return k, t[k] end\n"
	"  end, t, nil\n"
	"end\n";

static void *sandbox_alloc(void *ud, void *ptr, size_t osize, size_t nsize)
{
	struct sandbox *sb = ud;
	size_t old = ptr ? osize : 0;

	if (nsize == 0) {
		small_pool_free(&sb->pool, ptr, old);
		sb->memory_used -= old;
		return NULL;
	}
	if (nsize > old && sb->memory_used - old + nsize > sb->memory_limit) {
		sb->memory_refused = 1;
		return NULL;
	}
	ptr = small_pool_resize(&sb->pool, ptr, old, nsize);
	if (ptr)
		sb->memory_used = sb->memory_used - old + nsize;
	return ptr;
}

struct sandbox *sandbox_of(lua_State *L)
{
	void *ud = NULL;

	lua_getallocf(L, &ud);
	return ud;
}

static void count_hook(lua_State *L, lua_Debug *ar)
{
	struct sandbox *sb = sandbox_of(L);

	(void)ar;
	sb->instructions += HOOK_EVERY;
	if (sb->instructions > sb->instruction_limit) {
		sb->budget_exceeded = 1;
		/*
		 * From now on every instruction raises, so a rule that
		 * catches the error with pcall cannot go on for long.
		 */
		lua_sethook(L, count_hook, LUA_MASKCOUNT, 1);
		luaL_error(L, "instruction budget of %lld exceeded",
			   sb->instruction_limit);
	}
}

/* load() for rules: text chunks only, in the rule's own globals. */
static int safe_load(lua_State *L)
{
	size_t len;
	const char *code = luaL_checklstring(L, 1, &len);
	const char *name = luaL_optstring(L, 2, "=(load)");
	const char *mode = luaL_optstring(L, 3, "t");
	int has_env = !lua_isnone(L, 4);

	if (strcmp(mode, "t"))
		return luaL_error(L, "load: only text chunks may be loaded");
	if (luaL_loadbufferx(L, code, len, name, "t") != LUA_OK) {
		luaL_pushfail(L);
		lua_insert(L, -2);
		return 2;
	}
	if (has_env) {
		lua_pushvalue(L, 4);
		if (!lua_setupvalue(L, -2, 1))
			lua_pop(L, 1);
	}
	return 1;
}

/* pairs(t): t's __pairs when it has one, else its keys sorted. */
static int sandbox_pairs(lua_State *L)
{
	luaL_checkany(L, 1);
	if (luaL_getmetafield(L, 1, "__pairs") != LUA_TNIL) {
		lua_pushvalue(L, 1);
		lua_call(L, 1, 3);
		return 3;
	}
	luaL_checktype(L, 1, LUA_TTABLE);
	lua_pushvalue(L, lua_upvalueindex(1));
	lua_pushvalue(L, 1);
	lua_call(L, 1, 3);
	return 3;
}

static void open_library(lua_State *L, const char *name, lua_CFunction open)
{
	luaL_requiref(L, name, open, 1);
	lua_pop(L, 1);
}

static void prune_globals(lua_State *L)
{
	int keep;
	const char *const *g;

	lua_pushglobaltable(L);
	lua_pushnil(L);
	while (lua_next(L, -2)) {
		lua_pop(L, 1);
		keep = 0;
		if (lua_type(L, -1) == LUA_TSTRING)
			for (g = safe_globals; *g; g++)
				if (!strcmp(*g, lua_tostring(L, -1))) {
					keep = 1;
					break;
				}
		if (!keep) {
			lua_pushvalue(L, -1);
			lua_pushnil(L);
			lua_rawset(L, -4);
		}
	}
	/* string.dump makes binary chunks, which nothing may load. */
	lua_getfield(L, -1, "string");
	lua_pushnil(L);
	lua_setfield(L, -2, "dump");
	lua_pop(L, 1);
	/* No seed from the clock: the same rule gives the same numbers. */
	lua_getfield(L, -1, "math");
	lua_pushnil(L);
	lua_setfield(L, -2, "randomseed");
	lua_pop(L, 1);
	lua_pushcfunction(L, safe_load);
	lua_setfield(L, -2, "load");
	lua_pop(L, 1);
}

static void seed_random(lua_State *L)
{
	/* math.randomseed is removed afterwards; call it once with 0. */
	lua_getglobal(L, "math");
	lua_getfield(L, -1, "randomseed");
	lua_pushinteger(L, 0);
	lua_call(L, 1, 0);
	lua_pop(L, 1);
}

static int dump_writer(lua_State *L, const void *p, size_t n, void *out)
{
	(void)L;
	buf_add(out, p, n);
	return 0;
}

/*
 * Every sandbox runs the prelude, and an audit opens thousands of them:
 * compiling its text took half the time of opening one. It is compiled
 * once per process and loaded from its own bytecode after that.
 */
static void load_prelude(lua_State *L)
{
	static struct buf compiled = BUF_INIT;

	if (compiled.len) {
		if (luaL_loadbufferx(L, compiled.ptr, compiled.len,
				     "=prelude", "b") != LUA_OK)
			lua_error(L);
		return;
	}
	if (luaL_loadbufferx(L, prelude, sizeof(prelude) - 1, "=prelude",
			     "t") != LUA_OK)
		lua_error(L);
	if (lua_dump(L, dump_writer, &compiled, 0) != 0)
		buf_reset(&compiled);
}

static int open_protected(lua_State *L)
{
	open_library(L, LUA_GNAME, luaopen_base);
	open_library(L, LUA_STRLIBNAME, luaopen_string);
	open_library(L, LUA_TABLIBNAME, luaopen_table);
	open_library(L, LUA_MATHLIBNAME, luaopen_math);
	open_library(L, LUA_UTF8LIBNAME, luaopen_utf8);
	seed_random(L);
	prune_globals(L);
	load_prelude(L);
	lua_call(L, 0, 1);
	lua_pushcclosure(L, sandbox_pairs, 1);
	lua_setglobal(L, "pairs");
	return 0;
}

int sandbox_open(struct sandbox *sb, size_t memory_limit,
		 long long instruction_limit)
{
	memset(sb, 0, sizeof(*sb));
	sb->memory_limit = memory_limit;
	sb->instruction_limit = instruction_limit;
	sb->L = lua_newstate(sandbox_alloc, sb);
	if (!sb->L) {
		small_pool_release(&sb->pool);
		return error_set("cannot create a Lua state");
	}
	lua_pushcfunction(sb->L, open_protected);
	if (lua_pcall(sb->L, 0, 0, 0) != LUA_OK) {
		error_set("cannot set up the Lua sandbox: %s",
			  lua_tostring(sb->L, -1));
		sandbox_close(sb);
		return -1;
	}
	lua_sethook(sb->L, count_hook, LUA_MASKCOUNT, HOOK_EVERY);
	return 0;
}

void sandbox_close(struct sandbox *sb)
{
	if (sb && sb->L) {
		lua_close(sb->L);
		sb->L = NULL;
		small_pool_release(&sb->pool);
	}
}

/* Load a chunk named "@file" in mode "t" (text) or "b" (bytecode). */
static int load_chunk(struct sandbox *sb, const char *file, const char *data,
		      size_t len, const char *mode)
{
	struct buf name = BUF_INIT;
	int r;

	buf_printf(&name, "@%s", file);
	r = luaL_loadbufferx(sb->L, data, len, buf_cstr(&name), mode);
	buf_release(&name);
	if (r != LUA_OK) {
		error_set("%s", lua_tostring(sb->L, -1) ?
			  lua_tostring(sb->L, -1) : "cannot load");
		lua_pop(sb->L, 1);
		return -1;
	}
	return 0;
}

int sandbox_load(struct sandbox *sb, const char *file, const char *code,
		 size_t len)
{
	return load_chunk(sb, file, code, len, "t");
}

int sandbox_dump(struct sandbox *sb, struct buf *out)
{
	if (!lua_isfunction(sb->L, -1) ||
	    lua_dump(sb->L, dump_writer, out, 0) != 0)
		return error_set("cannot keep the compiled rule");
	return 0;
}

int sandbox_load_dumped(struct sandbox *sb, const char *file,
			const char *bytecode, size_t len)
{
	return load_chunk(sb, file, bytecode, len, "b");
}

static int traceback(lua_State *L)
{
	const char *msg = lua_tostring(L, 1);

	if (!msg) {
		if (luaL_callmeta(L, 1, "__tostring") &&
		    lua_type(L, -1) == LUA_TSTRING)
			msg = lua_tostring(L, -1);
		else
			msg = lua_pushfstring(L, "(error object is a %s value)",
					      luaL_typename(L, 1));
	}
	luaL_traceback(L, L, msg, 1);
	return 1;
}

int sandbox_call(struct sandbox *sb, int nargs, int nresults,
		 struct buf *err)
{
	lua_State *L = sb->L;
	int base = lua_gettop(L) - nargs;
	int r;

	lua_pushcfunction(L, traceback);
	lua_insert(L, base);
	r = lua_pcall(L, nargs, nresults, base);
	lua_remove(L, base);
	if (r == LUA_OK)
		return 0;
	buf_reset(err);
	if (sb->memory_refused)
		buf_printf(err, "memory limit of %zu MiB exceeded\n",
			   sb->memory_limit >> 20);
	else if (sb->budget_exceeded)
		buf_printf(err, "instruction budget of %lld exceeded\n",
			   sb->instruction_limit);
	buf_puts(err, lua_tostring(L, -1) ? lua_tostring(L, -1) :
		 "error object is not a string");
	lua_pop(L, 1);
	return -1;
}
