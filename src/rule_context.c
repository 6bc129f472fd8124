#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>

#include "buf.h"
#include "lua_evidence.h"
#include "lua_sbom.h"
#include "lua_rule_helpers.h"
#include "lua_vex.h"
#include "error.h"
#include "rfc3339.h"
#include "rule_context.h"

/* Registry keys. */
static const char memo_key[] = "cra.yaml.memo";	/* node -> proxy */
static const char docs_key[] = "cra.yaml.docs";	/* keeps ydocs alive */

/*
 * Keys of a YAML proxy's metatable that no rule can write or read: the
 * addresses of these are light userdata, which Lua code cannot make,
 * and the metatable is hidden behind __metatable.
 */
static const char node_key;	/* the ynode */
static const char path_key;	/* the file it came from */
static const char data_key;	/* its values, once made */

static struct rule_context *context_of(lua_State *L)
{
	return lua_touserdata(L, lua_upvalueindex(1));
}

struct rule_context *rule_context_of(lua_State *L)
{
	return context_of(L);
}

static void registry_table(lua_State *L, const char *key, const char *mode)
{
	if (lua_getfield(L, LUA_REGISTRYINDEX, key) == LUA_TTABLE)
		return;
	lua_pop(L, 1);
	lua_newtable(L);
	if (mode) {
		lua_newtable(L);
		lua_pushstring(L, mode);
		lua_setfield(L, -2, "__mode");
		lua_setmetatable(L, -2);
	}
	lua_pushvalue(L, -1);
	lua_setfield(L, LUA_REGISTRYINDEX, key);
}

static int readonly_newindex(lua_State *L)
{
	return luaL_error(L, "evidence is read-only");
}

static void push_yaml_data(lua_State *L, int proxy);

static int readonly_len(lua_State *L)
{
	push_yaml_data(L, 1);
	lua_pushinteger(L, (lua_Integer)lua_rawlen(L, -1));
	return 1;
}

static int readonly_pairs(lua_State *L)
{
	lua_getglobal(L, "pairs");
	push_yaml_data(L, 1);
	lua_call(L, 1, 3);
	return 3;
}

/* YAML 1.2 core schema: plain scalars may be null, booleans or numbers. */
static void push_scalar(lua_State *L, const struct ynode *node)
{
	int b;

	if (node->plain) {
		if (ynode_is_null(node)) {
			lua_pushnil(L);
			return;
		}
		if (!ynode_bool(node, &b)) {
			lua_pushboolean(L, b);
			return;
		}
		if (node->len && node->len < 64 &&
		    strspn(node->value, "0123456789+-.eE") == node->len &&
		    lua_stringtonumber(L, node->value))
			return;
	}
	lua_pushlstring(L, node->value, node->len);
}

/*
 * A mapping or sequence of YAML is a read-only proxy whose values are
 * made when it is first read: product.yaml is pushed into the sandbox
 * of every rule, and most rules read a few of its fields. Until then its
 * metatable's __index is lazy_index(); after, the table of its values,
 * which Lua reads without calling C.
 */
static void push_yaml_data(lua_State *L, int proxy)
{
	const struct ynode *node;
	const char *path;
	size_t i;

	proxy = lua_absindex(L, proxy);
	lua_getmetatable(L, proxy);
	if (lua_rawgetp(L, -1, &data_key) == LUA_TTABLE) {
		lua_remove(L, -2);
		return;
	}
	lua_pop(L, 1);
	lua_rawgetp(L, -1, &node_key);
	node = lua_touserdata(L, -1);
	lua_rawgetp(L, -2, &path_key);
	path = lua_tostring(L, -1);
	luaL_checkstack(L, 8, "nesting too deep");
	lua_createtable(L, node->type == YNODE_SEQUENCE ? (int)node->count : 0,
			node->type == YNODE_MAPPING ? (int)node->count : 0);
	for (i = 0; i < node->count; i++) {
		if (node->type == YNODE_SEQUENCE) {
			rule_context_push_yaml(L, node->items[i], path);
			lua_rawseti(L, -2, (lua_Integer)i + 1);
		} else {
			const struct ynode *k = node->items[2 * i];

			lua_pushlstring(L, k->value, k->len);
			rule_context_push_yaml(L, node->items[2 * i + 1],
					       path);
			lua_rawset(L, -3);
		}
	}
	/* metatable node path data */
	lua_pushvalue(L, -1);
	lua_rawsetp(L, -5, &data_key);
	lua_pushvalue(L, -1);
	lua_setfield(L, -5, "__index");
	lua_replace(L, -4);
	lua_pop(L, 2);
}

static int lazy_index(lua_State *L)
{
	push_yaml_data(L, 1);
	lua_pushvalue(L, 2);
	lua_rawget(L, -2);
	return 1;
}

/* The ynode and path of a YAML proxy at index i, or 0 when it is none. */
static int yaml_proxy_of(lua_State *L, int i, const struct ynode **node,
			 const char **path)
{
	i = lua_absindex(L, i);
	if (lua_type(L, i) != LUA_TTABLE || !lua_getmetatable(L, i))
		return 0;
	if (lua_rawgetp(L, -1, &node_key) != LUA_TLIGHTUSERDATA) {
		lua_pop(L, 2);
		return 0;
	}
	*node = lua_touserdata(L, -1);
	lua_rawgetp(L, -2, &path_key);
	*path = lua_tostring(L, -1);
	/* The path stays referenced by the metatable, left on the stack. */
	lua_replace(L, -3);
	lua_pop(L, 1);
	return 1;
}

static int is_yaml_proxy(lua_State *L, int i)
{
	int yes;

	if (lua_type(L, i) != LUA_TTABLE || !lua_getmetatable(L, i))
		return 0;
	yes = lua_rawgetp(L, -1, &node_key) == LUA_TLIGHTUSERDATA;
	lua_pop(L, 2);
	return yes;
}

void rule_context_push_yaml(lua_State *L, const struct ynode *node,
			    const char *path)
{
	if (!node) {
		lua_pushnil(L);
		return;
	}
	if (node->type == YNODE_SCALAR) {
		push_scalar(L, node);
		return;
	}
	luaL_checkstack(L, 8, "nesting too deep");
	registry_table(L, memo_key, NULL);
	if (lua_rawgetp(L, -1, node) == LUA_TTABLE) {
		lua_remove(L, -2);
		return;
	}
	lua_pop(L, 1);

	lua_newtable(L);	/* proxy */
	lua_createtable(L, 0, 8);	/* its metatable */
	lua_pushcfunction(L, lazy_index);
	lua_setfield(L, -2, "__index");
	lua_pushcfunction(L, readonly_newindex);
	lua_setfield(L, -2, "__newindex");
	lua_pushcfunction(L, readonly_len);
	lua_setfield(L, -2, "__len");
	lua_pushcfunction(L, readonly_pairs);
	lua_setfield(L, -2, "__pairs");
	lua_pushboolean(L, 0);
	lua_setfield(L, -2, "__metatable");
	lua_pushlightuserdata(L, (void *)(uintptr_t)node);
	lua_rawsetp(L, -2, &node_key);
	lua_pushstring(L, path);
	lua_rawsetp(L, -2, &path_key);
	lua_setmetatable(L, -2);

	/* memo[node] = proxy */
	lua_pushvalue(L, -1);
	lua_rawsetp(L, -3, node);
	lua_remove(L, -2);
}

static void push_location(lua_State *L, const char *path,
			  const struct ynode *node)
{
	lua_createtable(L, 0, 4);
	lua_pushstring(L, path);
	lua_setfield(L, -2, "path");
	lua_pushinteger(L, node->line);
	lua_setfield(L, -2, "line");
	lua_pushinteger(L, node->column);
	lua_setfield(L, -2, "column");
	if (node->type == YNODE_SCALAR) {
		lua_pushlstring(L, node->value, node->len);
		lua_setfield(L, -2, "text");
	}
}

/*
 * cra.where(t [, key]): where a YAML value was written, as
 * { path, line, column, text }; nil when t is not evidence or key is
 * absent.
 */
static int cra_where(lua_State *L)
{
	const struct ynode *node, *found = NULL;
	const char *path;

	lua_settop(L, 2);	/* a missing key is nil, not what we push */
	if (!yaml_proxy_of(L, 1, &node, &path)) {
		lua_pushnil(L);
		return 1;
	}
	if (lua_isnoneornil(L, 2)) {
		found = node;
	} else if (node->type == YNODE_MAPPING &&
		   lua_type(L, 2) == LUA_TSTRING) {
		found = ynode_get(node, lua_tostring(L, 2));
	} else if (node->type == YNODE_SEQUENCE && lua_isinteger(L, 2)) {
		lua_Integer i = lua_tointeger(L, 2);

		if (i >= 1 && (size_t)i <= node->count)
			found = node->items[i - 1];
	}
	if (!found) {
		lua_pushnil(L);
		return 1;
	}
	push_location(L, path, found);
	return 1;
}

/* Strip what would break one-line output or a JSON string. */
static char *clean_text(const char *s, size_t len, size_t max)
{
	struct buf out = BUF_INIT;
	size_t i = 0;

	while (i < len && out.len < max) {
		unsigned char c = (unsigned char)s[i];
		size_t n = 1;

		if (c >= 0x80) {
			/* Keep valid UTF-8 sequences, replace the rest. */
			size_t want = c >= 0xf0 && c <= 0xf4 ? 4 :
				c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
			size_t k;

			for (k = 1; want && k < want; k++)
				if (i + k >= len ||
				    ((unsigned char)s[i + k] & 0xc0) != 0x80)
					want = 0;
			if (want) {
				buf_add(&out, s + i, want);
				i += want;
				continue;
			}
			buf_putc(&out, '?');
		} else if (c < 0x20 || c == 0x7f) {
			buf_putc(&out, ' ');
		} else {
			buf_putc(&out, (char)c);
		}
		i += n;
	}
	if (i < len)
		buf_puts(&out, "...");
	return buf_detach(&out, NULL);
}

int rule_context_emit(lua_State *L, const struct finding *in)
{
	struct rule_context *ctx = context_of(L);
	struct finding f = *in;

	if (++ctx->reported > RULE_MAX_FINDINGS)
		return -1;
	f.message = clean_text(in->message, strlen(in->message),
			       RULE_MAX_MESSAGE);
	f.path = in->path ? clean_text(in->path, strlen(in->path), 4096) :
		NULL;
	f.subject = in->subject ? clean_text(in->subject,
					     strlen(in->subject), 512) : NULL;
	f.waiver_reason = f.waiver_owner = f.waiver_expires = NULL;
	ctx->on_finding(ctx->data, &f);
	finding_release(&f);
	return 0;
}

static int report(lua_State *L)
{
	enum finding_status status =
		(enum finding_status)lua_tointeger(L, lua_upvalueindex(2));
	struct finding f;
	size_t len;
	const char *msg = luaL_checklstring(L, 1, &len);
	const char *basis = NULL, *subject = NULL;
	const char *path = NULL;
	lua_Integer line = 0, column = 0;

	memset(&f, 0, sizeof(f));
	/* Fix the arguments' slots: the fields read below are pushed above. */
	lua_settop(L, 3);
	if (!len)
		return luaL_error(L, "a finding needs a message");
	switch (lua_type(L, 2)) {
	case LUA_TNONE:
	case LUA_TNIL:
		break;
	case LUA_TSTRING:
		path = lua_tostring(L, 2);
		break;
	case LUA_TTABLE:
		lua_getfield(L, 2, "path");
		path = lua_tostring(L, -1);
		lua_getfield(L, 2, "line");
		line = lua_tointeger(L, -1);
		lua_getfield(L, 2, "column");
		column = lua_tointeger(L, -1);
		break;
	default:
		return luaL_argerror(L, 2, "expected a location or a path");
	}
	switch (lua_type(L, 3)) {
	case LUA_TNONE:
	case LUA_TNIL:
		break;
	case LUA_TSTRING:
		basis = lua_tostring(L, 3);
		break;
	case LUA_TTABLE:
		lua_getfield(L, 3, "basis");
		basis = lua_tostring(L, -1);
		lua_getfield(L, 3, "subject");
		subject = lua_tostring(L, -1);
		break;
	default:
		return luaL_argerror(L, 3, "expected options or a basis");
	}
	if (basis && basis_parse(&f.basis, basis) < 0)
		return luaL_error(L, "basis must be 'observed' or 'declared', "
				  "not '%s'", basis);
	if (line < 0 || line > 100000000 || column < 0 || column > 100000000)
		return luaL_error(L, "line and column must be positive");
	/* The strings are Lua's: rule_context_emit() copies them. */
	f.status = status;
	f.message = (char *)(uintptr_t)msg;
	f.path = (char *)(uintptr_t)path;
	f.subject = (char *)(uintptr_t)subject;
	f.line = (unsigned)line;
	f.column = (unsigned)column;
	if (rule_context_emit(L, &f) < 0)
		return luaL_error(L, "more than %d findings from one rule",
				  RULE_MAX_FINDINGS);
	return 0;
}

static int file_box_gc(lua_State *L)
{
	snapshot_file_release(lua_touserdata(L, 1));
	return 0;
}

void rule_context_observe(struct rule_context *ctx, char question,
			  const char *path)
{
	if (ctx->trace)
		rule_trace_ask(ctx->trace, ctx->snapshot, question, path);
}

const struct ydoc *rule_context_product(struct rule_context *ctx)
{
	rule_context_observe(ctx, TRACE_READ, ctx->product_path);
	return ctx->product;
}

struct snapshot_file *rule_context_read(lua_State *L, const char *path)
{
	struct rule_context *ctx = context_of(L);
	struct snapshot_file *f;
	int r;

	rule_context_observe(ctx, TRACE_READ, path);
	/* The file lives in a collectable box: pushing may raise. */
	f = lua_newuserdatauv(L, sizeof(*f), 0);
	memset(f, 0, sizeof(*f));
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, file_box_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	r = snapshot_read(f, ctx->snapshot, path);
	if (r == SNAPSHOT_NOT_FOUND) {
		luaL_pushfail(L);
		lua_pushfstring(L, "'%s' does not exist", path);
		lua_pushliteral(L, "missing");
		return NULL;
	}
	if (r < 0) {
		luaL_pushfail(L);
		lua_pushstring(L, error_last());
		lua_pushliteral(L, "refused");
		return NULL;
	}
	ctx->on_input(ctx->data, f->path, &f->id);
	return f;
}

/*
 * cra.read(path): the file's contents, or nil, why not, and "missing" or
 * "refused" (a symlink out of the snapshot, too large, not a file).
 */
static int cra_read(lua_State *L)
{
	struct snapshot_file *f = rule_context_read(L, luaL_checkstring(L, 1));

	if (!f)
		return 3;
	lua_pushlstring(L, f->data, f->len);
	snapshot_file_release(f);
	return 1;
}

static int cra_exists(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	const char *path = luaL_checkstring(L, 1);

	rule_context_observe(ctx, TRACE_EXISTS, path);
	lua_pushboolean(L, snapshot_exists(ctx->snapshot, path));
	return 1;
}

struct name_box {
	char **names;
	size_t count;
};

static int name_box_gc(lua_State *L)
{
	struct name_box *b = lua_touserdata(L, 1);

	while (b->count)
		free(b->names[--b->count]);
	free(b->names);
	b->names = NULL;
	return 0;
}

int rule_context_list(lua_State *L, const char *dir)
{
	struct rule_context *ctx = context_of(L);
	struct name_box *b;
	size_t i;

	rule_context_observe(ctx, TRACE_LIST, dir);
	b = lua_newuserdatauv(L, sizeof(*b), 0);
	memset(b, 0, sizeof(*b));
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, name_box_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	if (snapshot_list(&b->names, &b->count, ctx->snapshot, dir) < 0) {
		lua_pop(L, 1);
		luaL_pushfail(L);
		lua_pushstring(L, error_last());
		return 2;
	}
	lua_createtable(L, (int)b->count, 0);
	for (i = 0; i < b->count; i++) {
		lua_pushstring(L, b->names[i]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_remove(L, -2);	/* the box: collected with its names */
	return 1;
}

/* cra.list(dir): the sorted names in a directory ({} when missing). */
static int cra_list(lua_State *L)
{
	return rule_context_list(L, luaL_checkstring(L, 1));
}

static int ydoc_box_gc(lua_State *L)
{
	ydoc_release(lua_touserdata(L, 1));
	return 0;
}

/* cra.yaml(path): a YAML file as read-only tables, or nil and why not. */
/*
 * YAML files parsed in this process. The rules of an evaluation run one
 * after another in one child process over one snapshot, so a path names
 * one content for the cache's whole life: the fourteen rules that read
 * the risk assessment parse it once. The documents live as long as the
 * process, which cra.where() on their tables needs.
 */
#define YAML_CACHE_SIZE 32

static struct cached_yaml {
	char *path;		/* as a rule asked for it */
	char *resolved;
	git_oid id;
	struct ydoc doc;
	char *error;		/* why it did not parse, or NULL */
} yaml_cache[YAML_CACHE_SIZE];
static size_t yaml_cached;

void rule_context_forget_files(void)
{
	while (yaml_cached) {
		struct cached_yaml *c = &yaml_cache[--yaml_cached];

		free(c->path);
		free(c->resolved);
		ydoc_release(&c->doc);
		free(c->error);
		memset(c, 0, sizeof(*c));
	}
}

static struct cached_yaml *yaml_lookup(const char *path)
{
	size_t i;

	for (i = 0; i < yaml_cached; i++)
		if (!strcmp(yaml_cache[i].path, path))
			return &yaml_cache[i];
	return NULL;
}

static int cra_yaml(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	const char *path = luaL_checkstring(L, 1);
	struct cached_yaml *c = yaml_lookup(path);
	struct ydoc *doc;
	const char *resolved;

	if (c) {
		rule_context_observe(ctx, TRACE_READ, path);
		ctx->on_input(ctx->data, c->resolved, &c->id);
		if (c->error) {
			luaL_pushfail(L);
			lua_pushstring(L, c->error);
			return 2;
		}
		doc = &c->doc;
		resolved = c->resolved;
	} else {
		struct snapshot_file *f = rule_context_read(L, path);

		if (!f)
			return 3;
		if (yaml_cached < YAML_CACHE_SIZE) {
			c = &yaml_cache[yaml_cached++];
			memset(c, 0, sizeof(*c));
			c->path = xstrdup(path);
			c->resolved = xstrdup(f->path);
			git_oid_cpy(&c->id, &f->id);
			doc = &c->doc;
			resolved = c->resolved;
		} else {
			/* A full cache: this state keeps the document. */
			registry_table(L, docs_key, NULL);
			doc = lua_newuserdatauv(L, sizeof(*doc), 0);
			memset(doc, 0, sizeof(*doc));
			lua_createtable(L, 0, 1);
			lua_pushcfunction(L, ydoc_box_gc);
			lua_setfield(L, -2, "__gc");
			lua_setmetatable(L, -2);
			lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
			lua_pop(L, 1);
			resolved = lua_pushstring(L, f->path);
		}
		if (ydoc_parse(doc, f->path, f->data, f->len) < 0) {
			if (c)
				c->error = xstrdup(error_last());
			luaL_pushfail(L);
			lua_pushstring(L, error_last());
			return 2;
		}
	}
	rule_context_push_yaml(L, doc->root, resolved);
	if (lua_isnil(L, -1)) {
		/* An empty document: an empty table, not "missing". */
		lua_pop(L, 1);
		lua_newtable(L);
	}
	return 1;
}

/* cra.time(text): seconds since the epoch of an RFC 3339 time or a date. */
static int cra_time(lua_State *L)
{
	size_t len;
	const char *s = luaL_checklstring(L, 1, &len);
	int64_t t;

	if (!rfc3339_parse(&t, s, len) || (len == 10 && !date_parse(&t, s))) {
		lua_pushinteger(L, (lua_Integer)t);
		return 1;
	}
	luaL_pushfail(L);
	lua_pushfstring(L, "'%s' is neither an RFC 3339 time nor a "
			"YYYY-MM-DD date", s);
	return 2;
}

static int cra_format_time(lua_State *L)
{
	char out[21];

	rfc3339_format(out, (int64_t)luaL_checkinteger(L, 1));
	lua_pushstring(L, out);
	return 1;
}

/*
 * The clock as judgements of it. cra.is_past(t), cra.days_since(t) and
 * cra.today() answer what rules ask of the time, and an audit can reuse
 * their answer across every release evaluated while it stays the same;
 * cra.now pins the rule to one second.
 */
static int cra_is_past(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	int64_t t = (int64_t)luaL_checkinteger(L, 1);

	lua_pushboolean(L, time_window_reached(&ctx->window, t));
	return 1;
}

static int cra_days_since(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	int64_t t = (int64_t)luaL_checkinteger(L, 1);

	lua_pushinteger(L, (lua_Integer)time_window_since(&ctx->window, t,
							  86400));
	return 1;
}

static int cra_today(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	char day[11];

	time_window_day(&ctx->window, day);
	lua_pushstring(L, day);
	return 1;
}

/* cra.add_years(t, n): the same calendar day n years later (29 February
 * becomes 28 February in a common year). */
static int cra_add_years(lua_State *L)
{
	int64_t t = (int64_t)luaL_checkinteger(L, 1);
	lua_Integer n = luaL_checkinteger(L, 2);
	int64_t year, day_start, rest;
	unsigned month, day;

	if (n < -10000 || n > 10000)
		return luaL_argerror(L, 2, "out of range");
	rfc3339_to_civil(&year, &month, &day, t);
	day_start = rfc3339_from_civil(year, month, day);
	rest = t - day_start;
	year += n;
	if (month == 2 && day == 29 &&
	    !((year % 4 == 0 && year % 100 != 0) || year % 400 == 0))
		day = 28;
	lua_pushinteger(L, (lua_Integer)(rfc3339_from_civil(year, month, day)
					 + rest));
	return 1;
}

static void push_oid(lua_State *L, int has, const git_oid *id)
{
	char hex[GIT_OID_HEXSZ + 1];

	if (!has) {
		lua_pushnil(L);
		return;
	}
	git_oid_tostr(hex, sizeof(hex), id);
	lua_pushstring(L, hex);
}

/*
 * cra.filled(v): v holds a real value, not nothing, an empty string or a
 * placeholder in angle brackets such as "<product name>", which is how
 * `git cra init` marks what is still to be written.
 */
static int cra_filled(lua_State *L)
{
	size_t len;
	const char *s;

	switch (lua_type(L, 1)) {
	case LUA_TNONE:
	case LUA_TNIL:
		lua_pushboolean(L, 0);
		return 1;
	case LUA_TSTRING:
		s = lua_tolstring(L, 1, &len);
		while (len && (*s == ' ' || *s == '\t')) {
			s++;
			len--;
		}
		while (len && (s[len - 1] == ' ' || s[len - 1] == '\t'))
			len--;
		lua_pushboolean(L, len && !(s[0] == '<' && s[len - 1] == '>'));
		return 1;
	case LUA_TTABLE:
		/* Evidence tables keep their contents behind __index. */
		if (is_yaml_proxy(L, 1)) {
			push_yaml_data(L, 1);
			lua_replace(L, 1);
		} else if (lua_getmetatable(L, 1) &&
			   lua_getfield(L, -1, "__index") == LUA_TTABLE) {
			lua_replace(L, 1);
		}
		lua_settop(L, 1);
		lua_pushnil(L);
		lua_pushboolean(L, lua_next(L, 1) != 0);
		return 1;
	default:
		lua_pushboolean(L, 1);
		return 1;
	}
}

/*
 * __index of cra.snapshot: each field noted when first read, for a rule
 * that names the tag judges each release, but one that never asks for
 * the commit does not.
 */
static int snapshot_field(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	const struct snapshot *s = ctx->snapshot;
	const char *key = lua_tostring(L, 2);

	if (!key)
		return 0;
	if (!strcmp(key, "kind"))
		lua_pushstring(L, snapshot_kind_name(s->kind));
	else if (!strcmp(key, "rev"))
		lua_pushstring(L, s->rev);
	else if (!strcmp(key, "tag"))
		lua_pushstring(L, s->tag);
	else if (!strcmp(key, "commit"))
		push_oid(L, s->has_commit, &s->commit_id);
	else if (!strcmp(key, "tree"))
		push_oid(L, s->has_tree, &s->tree_id);
	else
		return 0;
	rule_context_observe(ctx, TRACE_REVISION, key);
	lua_pushvalue(L, 2);
	lua_pushvalue(L, -2);
	lua_rawset(L, 1);
	return 1;
}

static void push_snapshot_info(lua_State *L, struct rule_context *ctx)
{
	lua_createtable(L, 0, 6);
	lua_createtable(L, 0, 1);
	lua_pushlightuserdata(L, ctx);
	lua_pushcclosure(L, snapshot_field, 1);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, -2);
}

static void add_report_function(lua_State *L, struct rule_context *ctx,
				const char *name, enum finding_status status)
{
	lua_pushlightuserdata(L, ctx);
	lua_pushinteger(L, status);
	lua_pushcclosure(L, report, 2);
	lua_setfield(L, -2, name);
}

/* __index of the cra table: product and params, converted on first use. */
static int cra_lazy_field(lua_State *L)
{
	struct rule_context *ctx = context_of(L);
	const char *key = lua_tostring(L, 2);

	if (!key)
		return 0;
	if (!strcmp(key, "product")) {
		const struct ydoc *product = rule_context_product(ctx);

		rule_context_push_yaml(L, product ? product->root : NULL,
				       ctx->product_path);
	} else if (!strcmp(key, "now")) {
		lua_pushinteger(L, (lua_Integer)time_window_exact(
					&ctx->window));
	} else if (!strcmp(key, "now_rfc3339")) {
		char now[21];

		rfc3339_format(now, time_window_exact(&ctx->window));
		lua_pushstring(L, now);
	} else if (!strcmp(key, "snapshot")) {
		push_snapshot_info(L, ctx);
	} else if (!strcmp(key, "params")) {
		rule_context_push_yaml(L, ctx->params, "policy");
		if (lua_isnil(L, -1)) {
			lua_pop(L, 1);
			lua_newtable(L);
		}
	} else {
		return 0;
	}
	/* Once converted, the same table every time. */
	lua_pushvalue(L, 2);
	lua_pushvalue(L, -2);
	lua_rawset(L, 1);
	return 1;
}

void rule_context_push(lua_State *L, struct rule_context *ctx)
{
	static const luaL_Reg functions[] = {
		{ "where", cra_where },
		{ "read", cra_read },
		{ "exists", cra_exists },
		{ "list", cra_list },
		{ "yaml", cra_yaml },
		{ "time", cra_time },
		{ "format_time", cra_format_time },
		{ "add_years", cra_add_years },
		{ "is_past", cra_is_past },
		{ "days_since", cra_days_since },
		{ "today", cra_today },
		{ "filled", cra_filled },
		{ NULL, NULL },
	};

	lua_createtable(L, 0, 24);
	lua_pushlightuserdata(L, ctx);
	luaL_setfuncs(L, functions, 1);
	/* The evidence formats' functions take the context the same way. */
	lua_pushlightuserdata(L, ctx);
	luaL_setfuncs(L, lua_evidence_functions, 1);
	lua_pushlightuserdata(L, ctx);
	luaL_setfuncs(L, lua_sbom_functions, 1);
	lua_pushlightuserdata(L, ctx);
	luaL_setfuncs(L, lua_vex_functions, 1);
	luaL_setfuncs(L, lua_rule_helper_functions, 0);
	add_report_function(L, ctx, "pass", STATUS_PASS);
	add_report_function(L, ctx, "fail", STATUS_FAIL);
	add_report_function(L, ctx, "unknown", STATUS_UNKNOWN);
	add_report_function(L, ctx, "not_applicable", STATUS_NOT_APPLICABLE);

	lua_pushstring(L, ctx->policy);
	lua_setfield(L, -2, "policy");
	lua_pushstring(L, ctx->product_path);
	lua_setfield(L, -2, "product_path");
	/*
	 * cra.product and cra.params become tables when a rule first asks
	 * for them: most rules read neither, and each rule's state would
	 * otherwise convert the whole product.yaml again. cra.now,
	 * cra.now_rfc3339 and cra.snapshot are looked up the same way, so
	 * that reading them is noted: a rule that reads the clock or names
	 * the revision judges that one time and that one release.
	 */
	lua_createtable(L, 0, 1);
	lua_pushlightuserdata(L, ctx);
	lua_pushcclosure(L, cra_lazy_field, 1);
	lua_setfield(L, -2, "__index");
	lua_setmetatable(L, -2);
	/* Helpers written in Lua reach the context through the registry. */
	lua_pushvalue(L, -1);
	lua_setfield(L, LUA_REGISTRYINDEX, "cra.context");
}
