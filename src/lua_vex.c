#include <string.h>
#include <lauxlib.h>

#include "error.h"
#include "lua_fields.h"
#include "lua_vex.h"
#include "rule_context.h"
#include "security_insights.h"
#include "vex.h"

/*
 * VEX documents and OpenSSF Security Insights from Lua. They are small
 * beside SBOMs (statements, not every component), so a rule gets the
 * whole document as plain tables.
 */

static void push_product(lua_State *L, const struct vex_product *p,
			 int depth)
{
	size_t i;

	lua_createtable(L, 0, 12);
	set_str(L, "kind", vex_ref_kind_name(p->kind));
	set_str(L, "ref", p->ref);
	set_str(L, "bom_serial", p->bom_serial);
	set_str(L, "bom_version", p->bom_version);
	set_str(L, "bom_ref", p->bom_ref);
	set_str(L, "name", p->name);
	set_str(L, "version", p->version);
	set_str(L, "purl", p->purl);
	set_str(L, "cpe", p->cpe);
	set_int(L, "line", p->line);
	set_int(L, "column", p->column);
	lua_createtable(L, (int)p->nversions, 0);
	for (i = 0; i < p->nversions; i++) {
		const struct vex_version *v = vex_version_at(p, i);

		lua_createtable(L, 0, 3);
		set_str(L, "version", v->version);
		set_str(L, "range", v->range);
		set_str(L, "status", v->status);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "versions");
	/* Subcomponents nest one level in every format that has them. */
	lua_createtable(L, (int)p->nsubcomponents, 0);
	for (i = 0; depth < 4 && i < p->nsubcomponents; i++) {
		push_product(L, vex_subcomponent_at(p, i), depth + 1);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "subcomponents");
}

static void push_strings(lua_State *L, const char *(*at)(
				 const struct vex_statement *, size_t),
			 const struct vex_statement *st, size_t n)
{
	size_t i;

	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		lua_pushstring(L, at(st, i));
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
}

static int vex_box_gc(lua_State *L)
{
	struct vex_doc **doc = lua_touserdata(L, 1);

	vex_free(*doc);
	*doc = NULL;
	return 0;
}

/*
 * cra.vex(path): a VEX document (CycloneDX VEX, OpenVEX, CSAF VEX) as
 *   { path, format, spec_version, id, author, timestamp, errors,
 *     statements = { { vulnerability, aliases, status, status_raw,
 *       justification, justification_raw, impact, responses, action,
 *       timestamp, products = { { kind, ref, bom_ref, name, version,
 *       purl, cpe, versions, subcomponents, line, column } }, line,
 *       column } },
 *     problems = { { severity, code, line, column, message } } }
 * with status one of not_affected, affected, fixed, under_investigation;
 * or nil, why not and "missing", "refused" or "malformed".
 */
static int cra_vex(lua_State *L)
{
	struct snapshot_file *f = rule_context_read(L, luaL_checkstring(L, 1));
	struct vex_doc **box;
	const struct vex_doc *doc;
	size_t i, k, n;

	if (!f)
		return 3;
	box = lua_newuserdatauv(L, sizeof(*box), 0);
	*box = NULL;
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, vex_box_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	if (vex_parse(box, f->path, f->data, f->len) < 0) {
		luaL_pushfail(L);
		lua_pushstring(L, error_last());
		lua_pushliteral(L, "malformed");
		return 3;
	}
	doc = *box;
	lua_createtable(L, 0, 10);
	set_str(L, "path", f->path);
	set_str(L, "format", vex_format_name(doc->format));
	set_str(L, "spec_version", doc->spec_version);
	set_str(L, "id", doc->id);
	set_str(L, "author", doc->author);
	set_str(L, "timestamp", doc->timestamp);
	set_int(L, "errors", (lua_Integer)vex_count_errors(doc));
	n = vex_statement_count(doc);
	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		const struct vex_statement *st = vex_statement_at(doc, i);

		lua_createtable(L, 0, 14);
		set_str(L, "vulnerability", st->vulnerability);
		push_strings(L, vex_alias_at, st, st->naliases);
		lua_setfield(L, -2, "aliases");
		set_str(L, "status", vex_status_name(st->status));
		set_str(L, "status_raw", st->status_raw);
		set_str(L, "justification",
			vex_justification_name(st->justification));
		set_str(L, "justification_raw", st->justification_raw);
		set_str(L, "impact", st->impact);
		push_strings(L, vex_response_at, st, st->nresponses);
		lua_setfield(L, -2, "responses");
		set_str(L, "action", st->action);
		set_str(L, "timestamp", st->timestamp);
		set_int(L, "line", st->line);
		set_int(L, "column", st->column);
		lua_createtable(L, (int)st->nproducts, 0);
		for (k = 0; k < st->nproducts; k++) {
			push_product(L, vex_product_at(st, k), 0);
			lua_rawseti(L, -2, (lua_Integer)k + 1);
		}
		lua_setfield(L, -2, "products");
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "statements");
	n = vex_problem_count(doc);
	lua_createtable(L, (int)n, 0);
	for (i = 0; i < n; i++) {
		const struct vex_problem *p = vex_problem_at(doc, i);

		lua_createtable(L, 0, 5);
		set_str(L, "severity", vex_severity_name(p->severity));
		set_str(L, "code", p->code);
		set_int(L, "line", p->line);
		set_int(L, "column", p->column);
		set_str(L, "message", p->message);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "problems");
	return 1;
}

static int si_box_gc(lua_State *L)
{
	security_insights_release(lua_touserdata(L, 1));
	return 0;
}

static void set_bool3(lua_State *L, const char *key, int v)
{
	if (v < 0)
		return;
	lua_pushboolean(L, v);
	lua_setfield(L, -2, key);
}

/*
 * cra.security_insights(path): an OpenSSF Security Insights file (v1 or
 * v2), a second source of contacts and policy links:
 *   { path, version, project, reports_accepted, bug_bounty,
 *     vulnerability_policy, security_policy, pgp_key,
 *     contacts = { { source, name, email, url, primary, line, column } },
 *     links = { { source, url, line, column } },
 *     problems = { { severity, code, line, column, message } } }
 * or nil, why not and "missing", "refused" or "malformed".
 */
static int cra_security_insights(lua_State *L)
{
	struct snapshot_file *f = rule_context_read(L, luaL_checkstring(L, 1));
	struct security_insights *si;
	size_t i;

	if (!f)
		return 3;
	si = lua_newuserdatauv(L, sizeof(*si), 0);
	memset(si, 0, sizeof(*si));
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, si_box_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	if (security_insights_parse(si, f->path, f->data, f->len) < 0) {
		luaL_pushfail(L);
		lua_pushstring(L, error_last());
		lua_pushliteral(L, "malformed");
		return 3;
	}
	lua_createtable(L, 0, 12);
	set_str(L, "path", f->path);
	set_str(L, "version", si->schema_version);
	set_str(L, "project", si->project_name);
	set_bool3(L, "reports_accepted", si->reports_accepted);
	set_bool3(L, "bug_bounty", si->bug_bounty_available);
	set_str(L, "vulnerability_policy", si->vulnerability_policy);
	set_str(L, "security_policy", si->security_policy);
	set_str(L, "pgp_key", si->pgp_key);
	lua_createtable(L, (int)si->ncontacts, 0);
	for (i = 0; i < si->ncontacts; i++) {
		const struct si_contact *c = &si->contacts[i];

		lua_createtable(L, 0, 7);
		set_str(L, "source", c->source);
		set_str(L, "name", c->name);
		set_str(L, "email", c->email);
		set_str(L, "url", c->url);
		set_bool3(L, "primary", c->primary);
		set_int(L, "line", c->line);
		set_int(L, "column", c->column);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "contacts");
	lua_createtable(L, (int)si->nlinks, 0);
	for (i = 0; i < si->nlinks; i++) {
		lua_createtable(L, 0, 4);
		set_str(L, "source", si->links[i].source);
		set_str(L, "url", si->links[i].url);
		set_int(L, "line", si->links[i].line);
		set_int(L, "column", si->links[i].column);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "links");
	lua_createtable(L, (int)si->nproblems, 0);
	for (i = 0; i < si->nproblems; i++) {
		const struct si_problem *p = &si->problems[i];

		lua_createtable(L, 0, 5);
		set_str(L, "severity", p->severity == SI_ERROR ? "error" :
			"warning");
		set_str(L, "code", p->code);
		set_int(L, "line", p->line);
		set_int(L, "column", p->column);
		set_str(L, "message", p->message);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "problems");
	return 1;
}

const luaL_Reg lua_vex_functions[] = {
	{ "vex", cra_vex },
	{ "security_insights", cra_security_insights },
	{ NULL, NULL },
};
