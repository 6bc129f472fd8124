#include <stdlib.h>
#include <string.h>
#include <lauxlib.h>

#include "buf.h"
#include "error.h"
#include "lua_fields.h"
#include "lua_sbom.h"
#include "rule_context.h"
#include "sbom.h"
#include "yaml_tree.h"

/*
 * SBOMs from Lua, without copying the document into tables: cra.sbom()
 * returns a handle, and a component becomes a table only when a rule asks
 * for it. A 100,000-component SBOM is parsed once per evaluation and
 * shared by every rule: the rules run one after another in the same child
 * process, and the cache below outlives each rule's Lua state (but not
 * the process). An audit's rule runner serves every release, so the
 * releases that hold the same SBOM share one parse.
 */

#define SBOM_CACHE_SIZE 16

struct cached_sbom {
	char *path;		/* as a rule asked for it */
	git_oid id;		/* the blob read there */
	char *resolved;		/* the path it resolved to */
	struct sbom *sbom;
	char *error;		/* why it could not be read, or NULL */
};

static struct cached_sbom cache[SBOM_CACHE_SIZE];
static size_t cached;

static const char handle_type[] = "cra.sbom";

struct handle {
	const struct sbom *sb;
	char path[];		/* as the rule named the file */
};

static const struct sbom *check_handle(lua_State *L)
{
	struct handle *h = luaL_checkudata(L, 1, handle_type);

	return h->sb;
}

static const char *handle_path(lua_State *L)
{
	struct handle *h = luaL_checkudata(L, 1, handle_type);

	return h->path;
}

static void set_position(lua_State *L, const struct sbom *sb, sbom_loc loc)
{
	unsigned line, column;

	sbom_position(&line, &column, sb, loc);
	set_int(L, "line", line);
	set_int(L, "column", column);
}

static void push_entity(lua_State *L, const struct sbom *sb,
			const struct sbom_entity *e)
{
	if (e->kind == SBOM_ENTITY_NONE) {
		lua_pushnil(L);
		return;
	}
	lua_createtable(L, 0, 8);
	set_str(L, "kind", sbom_entity_kind_name(e->kind));
	set_str(L, "name", e->name);
	set_str(L, "email", e->email);
	set_str(L, "url", e->url);
	set_str(L, "phone", e->phone);
	set_str(L, "text", e->text);
	set_position(L, sb, e->loc);
}

static void push_entities(lua_State *L, const struct sbom *sb,
			  const struct sbom_entity *list, size_t n)
{
	size_t i;

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		push_entity(L, sb, &list[i]);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
}

static void push_licenses(lua_State *L, const struct sbom *sb,
			  const struct sbom_license *list, size_t n)
{
	size_t i;

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		lua_createtable(L, 0, 6);
		set_str(L, "kind", sbom_license_kind_name(list[i].kind));
		set_str(L, "ack", sbom_ack_name(list[i].ack));
		set_str(L, "text", list[i].text);
		set_str(L, "url", list[i].url);
		set_position(L, sb, list[i].loc);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
}

static void push_properties(lua_State *L, const struct sbom_property *list,
			    size_t n)
{
	size_t i;

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		lua_createtable(L, 0, 2);
		set_str(L, "name", list[i].name);
		set_str(L, "value", list[i].value);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
}

/* Component i (0-based) as a table; its index is 1-based in Lua. */
static void push_component(lua_State *L, const struct sbom *sb, size_t i)
{
	const struct sbom_component *c = sbom_component(sb, i);
	size_t k;

	lua_createtable(L, 0, 32);
	set_int(L, "index", (lua_Integer)i + 1);
	set_str(L, "element", sbom_element_name(c->element));
	set_str(L, "bom_ref", c->bom_ref);
	set_str(L, "type", c->type);
	set_str(L, "name", c->name);
	set_str(L, "group", c->group);
	set_str(L, "version", c->version);
	set_str(L, "purl", c->purl);
	set_str(L, "cpe", c->cpe);
	set_str(L, "swid", c->swid);
	set_str(L, "publisher", c->publisher);
	set_str(L, "copyright", c->copyright);
	set_str(L, "description", c->description);
	set_str(L, "scope", c->scope);
	set_str(L, "filename", c->filename);
	set_str(L, "download", c->download);
	set_str(L, "homepage", c->homepage);
	set_str(L, "deps_completeness", c->deps_completeness);
	set_str(L, "assembly_completeness", c->assembly_completeness);
	lua_pushboolean(L, c->deps_declared);
	lua_setfield(L, -2, "deps_declared");
	push_entity(L, sb, &c->supplier);
	lua_setfield(L, -2, "supplier");
	push_entity(L, sb, &c->manufacturer);
	lua_setfield(L, -2, "manufacturer");
	push_entities(L, sb, c->authors, c->nauthors);
	lua_setfield(L, -2, "authors");
	lua_createtable(L, (int)c->nhashes, 0);
	for (k = 0; k < c->nhashes; k++) {
		lua_createtable(L, 0, 5);
		set_str(L, "alg", c->hashes[k].alg);
		set_str(L, "alg_raw", c->hashes[k].alg_raw);
		set_str(L, "value", c->hashes[k].value);
		set_position(L, sb, c->hashes[k].loc);
		lua_rawseti(L, -2, (lua_Integer)k + 1);
	}
	lua_setfield(L, -2, "hashes");
	push_licenses(L, sb, c->licenses, c->nlicenses);
	lua_setfield(L, -2, "licenses");
	lua_createtable(L, (int)c->nrefs, 0);
	for (k = 0; k < c->nrefs; k++) {
		lua_createtable(L, 0, 4);
		set_str(L, "type", c->refs[k].type);
		set_str(L, "url", c->refs[k].url);
		set_str(L, "comment", c->refs[k].comment);
		set_str(L, "category", c->refs[k].category);
		lua_rawseti(L, -2, (lua_Integer)k + 1);
	}
	lua_setfield(L, -2, "refs");
	push_properties(L, c->properties, c->nproperties);
	lua_setfield(L, -2, "properties");
	if (c->parent != SBOM_NONE)
		set_int(L, "parent", (lua_Integer)c->parent + 1);
	set_position(L, sb, c->loc);
}

/* An index argument: 1-based in Lua, checked against the count. */
static size_t check_index(lua_State *L, const struct sbom *sb, int arg)
{
	lua_Integer i = luaL_checkinteger(L, arg);

	luaL_argcheck(L, i >= 1 && (size_t)i <= sbom_component_count(sb), arg,
		      "no such component");
	return (size_t)(i - 1);
}

static int h_count(lua_State *L)
{
	lua_pushinteger(L, (lua_Integer)sbom_component_count(check_handle(L)));
	return 1;
}

static int h_component(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_component(L, sb, check_index(L, sb, 2));
	return 1;
}

static int components_next(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	lua_Integer i = luaL_checkinteger(L, 2);

	if (i < 0 || (size_t)i >= sbom_component_count(sb))
		return 0;
	lua_pushinteger(L, i + 1);
	push_component(L, sb, (size_t)i);
	return 2;
}

/* for i, c in sb:components() do ... end, one table at a time */
static int h_components(lua_State *L)
{
	check_handle(L);
	lua_pushcfunction(L, components_next);
	lua_pushvalue(L, 1);
	lua_pushinteger(L, 0);
	return 3;
}

static int h_primary(lua_State *L)
{
	ssize_t p = sbom_primary(check_handle(L));

	if (p == SBOM_NONE)
		lua_pushnil(L);
	else
		lua_pushinteger(L, (lua_Integer)p + 1);
	return 1;
}

static int h_find(lua_State *L)
{
	ssize_t i = sbom_find_ref(check_handle(L), luaL_checkstring(L, 2));

	if (i == SBOM_NONE)
		lua_pushnil(L);
	else
		lua_pushinteger(L, (lua_Integer)i + 1);
	return 1;
}

static void push_indices(lua_State *L, const uint32_t *list, size_t n)
{
	size_t i;

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		lua_pushinteger(L, (lua_Integer)list[i] + 1);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
}

static int h_dependencies(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	const uint32_t *list;
	size_t n = sbom_dependencies(&list, sb, check_index(L, sb, 2));

	push_indices(L, list, n);
	return 1;
}

static int h_dependents(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	const uint32_t *list;
	size_t n = sbom_dependents(&list, sb, check_index(L, sb, 2));

	push_indices(L, list, n);
	return 1;
}

static int h_roots(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_indices(L, sb->roots, sb->nroots);
	return 1;
}

static int h_authors(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_entities(L, sb, sb->authors, sb->nauthors);
	return 1;
}

static int h_tools(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	size_t i;

	lua_createtable(L, (int)sb->ntools, 0);
	for (i = 0; i < sb->ntools; i++) {
		lua_createtable(L, 0, 3);
		set_str(L, "vendor", sb->tools[i].vendor);
		set_str(L, "name", sb->tools[i].name);
		set_str(L, "version", sb->tools[i].version);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

static int h_supplier(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_entity(L, sb, &sb->supplier);
	return 1;
}

static int h_manufacturer(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_entity(L, sb, &sb->manufacturer);
	return 1;
}

static int h_licenses(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_licenses(L, sb, sb->licenses, sb->nlicenses);
	return 1;
}

static int h_properties(lua_State *L)
{
	const struct sbom *sb = check_handle(L);

	push_properties(L, sb->properties, sb->nproperties);
	return 1;
}

static int h_vulnerabilities(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	size_t i, k, n = sbom_vulnerability_count(sb);

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		const struct sbom_vulnerability *v = sbom_vulnerability(sb, i);

		lua_createtable(L, 0, 12);
		set_str(L, "id", v->id);
		set_str(L, "bom_ref", v->bom_ref);
		set_str(L, "source", v->source);
		set_str(L, "state", v->state);
		set_str(L, "justification", v->justification);
		set_str(L, "detail", v->analysis_detail);
		lua_createtable(L, (int)v->nresponses, 0);
		for (k = 0; k < v->nresponses; k++) {
			lua_pushstring(L, v->responses[k].text);
			lua_rawseti(L, -2, (lua_Integer)k + 1);
		}
		lua_setfield(L, -2, "responses");
		lua_createtable(L, (int)v->naffects, 0);
		for (k = 0; k < v->naffects; k++) {
			const struct sbom_affect *a = &v->affects[k];

			lua_createtable(L, 0, 5);
			set_str(L, "ref", a->ref);
			if (a->component != SBOM_NONE)
				set_int(L, "component",
					(lua_Integer)a->component + 1);
			set_str(L, "state", a->state);
			set_str(L, "justification", a->justification);
			lua_rawseti(L, -2, (lua_Integer)k + 1);
		}
		lua_setfield(L, -2, "affects");
		set_position(L, sb, v->loc);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

static int h_problems(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	size_t i, n = sbom_problem_count(sb);

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		const struct sbom_problem *p = sbom_problem(sb, i);

		lua_createtable(L, 0, 5);
		set_str(L, "severity", sbom_severity_name(p->severity));
		set_str(L, "code", p->code);
		set_int(L, "line", p->line);
		set_int(L, "column", p->column);
		set_str(L, "message", p->message);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	return 1;
}

/* sb:where([i]): {path, line, column} of component i, or of the document */
static int h_where(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	sbom_loc loc = sb->loc;

	if (!lua_isnoneornil(L, 2))
		loc = sbom_component(sb, check_index(L, sb, 2))->loc;
	lua_createtable(L, 0, 3);
	set_str(L, "path", handle_path(L));
	set_position(L, sb, loc);
	return 1;
}

static const luaL_Reg handle_methods[] = {
	{ "count", h_count },
	{ "component", h_component },
	{ "components", h_components },
	{ "primary", h_primary },
	{ "find", h_find },
	{ "dependencies", h_dependencies },
	{ "dependents", h_dependents },
	{ "roots", h_roots },
	{ "authors", h_authors },
	{ "tools", h_tools },
	{ "supplier", h_supplier },
	{ "manufacturer", h_manufacturer },
	{ "licenses", h_licenses },
	{ "properties", h_properties },
	{ "vulnerabilities", h_vulnerabilities },
	{ "problems", h_problems },
	{ "where", h_where },
	{ NULL, NULL },
};

/* sb.format, sb.spec_version, ...: the document's own fields. */
static int handle_index(lua_State *L)
{
	const struct sbom *sb = check_handle(L);
	const char *key = luaL_checkstring(L, 2);

	if (!strcmp(key, "format"))
		lua_pushstring(L, sbom_format_name(sb->format));
	else if (!strcmp(key, "encoding"))
		lua_pushstring(L, sbom_encoding_name(sb->encoding));
	else if (!strcmp(key, "spec_version"))
		lua_pushstring(L, sb->spec_version);
	else if (!strcmp(key, "serial_number"))
		lua_pushstring(L, sb->serial_number);
	else if (!strcmp(key, "namespace"))
		lua_pushstring(L, sb->namespace_uri);
	else if (!strcmp(key, "name"))
		lua_pushstring(L, sb->name);
	else if (!strcmp(key, "timestamp"))
		lua_pushstring(L, sb->timestamp);
	else if (!strcmp(key, "completeness"))
		lua_pushstring(L, sb->completeness);
	else if (!strcmp(key, "path"))
		lua_pushstring(L, handle_path(L));
	else if (!strcmp(key, "version"))
		lua_pushinteger(L, (lua_Integer)sb->version);
	else if (luaL_getmetafield(L, 1, "methods") == LUA_TTABLE)
		lua_getfield(L, -1, key);
	else
		lua_pushnil(L);
	return 1;
}

/*
 * The entry for what path holds in snapshot s. Entries outlive one
 * snapshot (an audit's rule runner serves every release), so a hit must
 * be the same blob at the same place: resolving the path costs a tree
 * lookup, and a hit saves reading and parsing, which matters when every
 * rule opens the same 90 MB SBOM.
 */
static struct cached_sbom *lookup_cache(const struct snapshot *s,
					const char *path)
{
	struct buf resolved = BUF_INIT;
	struct cached_sbom *hit = NULL;
	git_oid id;
	int type;
	size_t i;

	for (i = 0; i < cached && !hit; i++) {
		if (strcmp(cache[i].path, path))
			continue;
		if (!resolved.len &&
		    (snapshot_resolve(&resolved, &type, &id, s, path) < 0 ||
		     type != SNAPSHOT_ENTRY_FILE)) {
			error_clear();
			break;
		}
		/*
		 * The working tree and fixtures name no blob without reading
		 * it; they live in one child only, where the path suffices.
		 */
		if (!strcmp(cache[i].resolved, buf_cstr(&resolved)) &&
		    (s->kind == SNAPSHOT_WORKTREE ||
		     s->kind == SNAPSHOT_MEMORY ||
		     git_oid_equal(&cache[i].id, &id)))
			hit = &cache[i];
	}
	buf_release(&resolved);
	return hit;
}

/*
 * Free the entries for path: a parse of another blob there replaces
 * them. No Lua state holds them: a rule holding one found it still at
 * its place and parses nothing there.
 */
static void drop_path(const char *path)
{
	size_t i = 0;

	while (i < cached) {
		if (strcmp(cache[i].path, path)) {
			i++;
			continue;
		}
		sbom_free(cache[i].sbom);
		free(cache[i].error);
		free(cache[i].path);
		free(cache[i].resolved);
		memmove(cache + i, cache + i + 1,
			(cached - i - 1) * sizeof(*cache));
		cached--;
	}
}

static struct cached_sbom *parse_into_cache(const char *path,
					    const struct snapshot_file *f)
{
	struct cached_sbom *c;
	struct buf data = BUF_INIT;

	/* The runner of an audit would keep every release's version. */
	drop_path(path);
	if (cached == SBOM_CACHE_SIZE) {
		/* Evict the oldest: rules rarely read this many SBOMs. */
		sbom_free(cache[0].sbom);
		free(cache[0].error);
		free(cache[0].path);
		free(cache[0].resolved);
		memmove(cache, cache + 1, (SBOM_CACHE_SIZE - 1) *
			sizeof(*cache));
		cached--;
	}
	c = &cache[cached++];
	memset(c, 0, sizeof(*c));
	c->path = xstrdup(path);
	c->resolved = xstrdup(f->path);
	git_oid_cpy(&c->id, &f->id);
	buf_add(&data, f->data, f->len);
	if (sbom_parse_buf(&c->sbom, f->path, &data) < 0)
		c->error = xstrdup(error_last());
	buf_release(&data);
	return c;
}

/*
 * cra.sbom(path): a handle on the SBOM at path, or nil, why not, and
 * "missing", "refused" or "malformed".
 */
static int cra_sbom(lua_State *L)
{
	const char *path = luaL_checkstring(L, 1);
	struct rule_context *ctx = rule_context_of(L);
	struct cached_sbom *c = lookup_cache(ctx->snapshot, path);
	struct handle *h;
	size_t len;

	if (c) {
		/* Read before, by this rule or another: still an input. */
		rule_context_observe(ctx, TRACE_READ, path);
		ctx->on_input(ctx->data, c->resolved, &c->id);
	} else {
		struct snapshot_file *f = rule_context_read(L, path);

		if (!f)
			return 3;
		c = parse_into_cache(path, f);
		snapshot_file_release(f);
	}
	if (c->error) {
		luaL_pushfail(L);
		lua_pushstring(L, c->error);
		lua_pushliteral(L, "malformed");
		return 3;
	}
	len = strlen(c->resolved);
	h = lua_newuserdatauv(L, sizeof(*h) + len + 1, 0);
	h->sb = c->sbom;
	memcpy(h->path, c->resolved, len + 1);
	if (luaL_newmetatable(L, handle_type)) {
		luaL_newlib(L, handle_methods);
		lua_setfield(L, -2, "methods");
		lua_pushcfunction(L, handle_index);
		lua_setfield(L, -2, "__index");
		lua_pushboolean(L, 0);
		lua_setfield(L, -2, "__metatable");
	}
	lua_setmetatable(L, -2);
	return 1;
}

static int is_sbom_name(const char *name)
{
	static const char *const suffixes[] = {
		".cdx.json", ".spdx.json", ".spdx.yaml", ".spdx.yml",
		".spdx.jsonld", NULL,
	};
	size_t n = strlen(name), i;

	if (!strcmp(name, "bom.json") || !strcmp(name, "sbom.json"))
		return 1;
	for (i = 0; suffixes[i]; i++) {
		size_t m = strlen(suffixes[i]);

		if (n > m && !strcmp(name + n - m, suffixes[i]))
			return 1;
	}
	return 0;
}

/*
 * cra.sbom_paths(): the SBOMs of the snapshot: product.yaml's
 * evidence.sbom when it names any, else the files named like SBOMs in
 * the top directory and in sbom/, sboms/, bom/ and .cra/.
 */
static int cra_sbom_paths(lua_State *L)
{
	static const char *const dirs[] = {
		"", "sbom", "sboms", "bom", ".cra", NULL,
	};
	struct rule_context *ctx = rule_context_of(L);
	const struct ydoc *product = rule_context_product(ctx);
	const struct ynode *listed = product ?
		ynode_path(product->root, "evidence.sbom") : NULL;
	lua_Integer n = 0;
	size_t d, i;

	lua_newtable(L);
	if (listed && listed->type == YNODE_SEQUENCE && listed->count) {
		for (i = 0; i < listed->count; i++)
			if (ynode_str(listed->items[i])) {
				lua_pushstring(L, ynode_str(listed->items[i]));
				lua_rawseti(L, -2, ++n);
			}
		return 1;
	}
	if (ynode_str(listed)) {
		lua_pushstring(L, ynode_str(listed));
		lua_rawseti(L, -2, ++n);
		return 1;
	}
	for (d = 0; dirs[d]; d++) {
		lua_Integer k, count;

		if (rule_context_list(L, dirs[d]) != 1) {
			lua_pop(L, 2);
			continue;
		}
		count = (lua_Integer)lua_rawlen(L, -1);
		for (k = 1; k <= count; k++) {
			const char *name;

			lua_rawgeti(L, -1, k);
			name = lua_tostring(L, -1);
			if (name && is_sbom_name(name)) {
				if (*dirs[d])
					lua_pushfstring(L, "%s/%s", dirs[d], name);
				else
					lua_pushstring(L, name);
				lua_rawseti(L, -4, ++n);
			}
			lua_pop(L, 1);
		}
		lua_pop(L, 1);
	}
	return 1;
}

const luaL_Reg lua_sbom_functions[] = {
	{ "sbom", cra_sbom },
	{ "sbom_paths", cra_sbom_paths },
	{ NULL, NULL },
};
