#include <ctype.h>
#include <string.h>

#include <stdlib.h>

#include "article14.h"
#include "buf.h"
#include "error.h"
#include "lua_fields.h"
#include "finding.h"
#include "lua_evidence.h"
#include "rfc3339.h"
#include "rule_context.h"
#include "securitytxt.h"
#include "yaml_tree.h"

static int securitytxt_box_gc(lua_State *L)
{
	securitytxt_release(lua_touserdata(L, 1));
	return 0;
}

static const char *signature_name(enum sectxt_signature sig)
{
	switch (sig) {
	case SECTXT_UNSIGNED:
		return "unsigned";
	case SECTXT_SIG_UNCHECKED:
		return "unchecked";
	case SECTXT_SIG_UNVERIFIED:
		return "unverified";
	case SECTXT_SIG_VALID:
		return "valid";
	case SECTXT_SIG_BAD:
		return "bad";
	}
	return "?";
}

static void push_lower(lua_State *L, const char *s)
{
	char name[64];
	size_t i;

	for (i = 0; s[i] && i < sizeof(name) - 1; i++)
		name[i] = (char)tolower((unsigned char)s[i]);
	name[i] = '\0';
	lua_pushstring(L, name);
}

/*
 * cra.security_txt(path): a security.txt parsed and checked against RFC
 * 9116 at the evaluation time, or nil and why not:
 *   { path, signed, signature, expires, errors,
 *     fields = { { name, key, value, line, column }, ... },
 *     field = { contact = { <field>, ... }, ... },   -- by lower-case name
 *     problems = { { code, severity, line, column, message }, ... } }
 * The signature is not verified here: a keyring differs between machines,
 * and a rule's result must not.
 */
static int cra_security_txt(lua_State *L)
{
	struct rule_context *ctx = rule_context_of(L);
	struct snapshot_file *f = rule_context_read(L, luaL_checkstring(L, 1));
	struct securitytxt *st;
	size_t i;

	if (!f)
		return 3;
	st = lua_newuserdatauv(L, sizeof(*st), 0);
	securitytxt_init(st);
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, securitytxt_box_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	if (securitytxt_parse_at(st, f->data, f->len, &ctx->window) < 0)
		return luaL_error(L, "cannot check '%s'", f->path);

	lua_createtable(L, 0, 9);
	set_str(L, "path", f->path);
	lua_pushboolean(L, st->is_signed);
	lua_setfield(L, -2, "signed");
	set_str(L, "signature", signature_name(st->signature));
	if (st->has_expires)
		set_int(L, "expires", (lua_Integer)st->expires);
	set_int(L, "errors", (lua_Integer)securitytxt_count_errors(st));

	lua_createtable(L, (int)st->nfields, 0);	/* fields */
	lua_newtable(L);				/* field */
	for (i = 0; i < st->nfields; i++) {
		const struct sectxt_field *x = &st->fields[i];

		lua_createtable(L, 0, 5);
		set_str(L, "name", x->name);
		push_lower(L, x->name);
		lua_setfield(L, -2, "key");
		set_str(L, "value", x->value);
		set_int(L, "line", x->line);
		set_int(L, "column", x->column);
		/* field[key][#+1] = entry */
		push_lower(L, x->name);
		if (lua_rawget(L, -3) != LUA_TTABLE) {
			lua_pop(L, 1);
			lua_newtable(L);
			push_lower(L, x->name);
			lua_pushvalue(L, -2);
			lua_rawset(L, -5);
		}
		lua_pushvalue(L, -2);
		lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
		lua_pop(L, 1);
		lua_rawseti(L, -3, (lua_Integer)i + 1);
	}
	lua_setfield(L, -3, "field");
	lua_setfield(L, -2, "fields");

	lua_createtable(L, (int)st->nproblems, 0);
	for (i = 0; i < st->nproblems; i++) {
		const struct sectxt_problem *p = &st->problems[i];

		lua_createtable(L, 0, 5);
		set_str(L, "code", p->code);
		set_str(L, "severity", securitytxt_severity_name(p->severity));
		set_int(L, "line", p->line);
		set_int(L, "column", p->column);
		set_str(L, "message", p->message);
		lua_rawseti(L, -2, (lua_Integer)i + 1);
	}
	lua_setfield(L, -2, "problems");
	return 1;
}

static int a14_box_gc(lua_State *L)
{
	article14_release(lua_touserdata(L, 1));
	return 0;
}

/*
 * cra.article14(path): the Article 14 clocks of one record, judged at the
 * evaluation time (see src/article14.h), or nil and why not:
 *   { path, id, kind, applies, aware,
 *     clocks = { early_warning = <clock>, notification = <clock>,
 *                final_report = <clock>, users_informed = <clock> } }
 * each clock { locus, field, state, start, due, done, line, column };
 * state is "done in time", "done late", "open", "overdue" or "not started".
 */
static int cra_article14(lua_State *L)
{
	static const char *const keys[A14_STEPS] = {
		"early_warning", "notification", "final_report",
		"users_informed",
	};
	struct rule_context *ctx = rule_context_of(L);
	struct snapshot_file *f = rule_context_read(L, luaL_checkstring(L, 1));
	const char *hours = ynode_str(ynode_get(ctx->params,
						"users_informed_within_hours"));
	struct a14_record *rec;
	int i;

	if (!f)
		return 3;
	/* The record lives in a collectable box: pushing may raise. */
	rec = lua_newuserdatauv(L, sizeof(*rec), 0);
	memset(rec, 0, sizeof(*rec));
	lua_createtable(L, 0, 1);
	lua_pushcfunction(L, a14_box_gc);
	lua_setfield(L, -2, "__gc");
	lua_setmetatable(L, -2);
	if (article14_parse_at(rec, f->path, f->data, f->len, &ctx->window,
			       hours ? (unsigned)strtoul(hours, NULL, 10) :
			       72) < 0) {
		luaL_pushfail(L);
		lua_pushstring(L, error_last());
		lua_pushliteral(L, "malformed");
		return 3;
	}
	lua_createtable(L, 0, 7);
	set_str(L, "path", rec->path);
	set_str(L, "id", rec->id);
	set_str(L, "kind", article14_kind_name(rec->kind));
	lua_pushboolean(L, rec->applies);
	lua_setfield(L, -2, "applies");
	set_int(L, "aware", (lua_Integer)rec->aware);
	lua_createtable(L, 0, A14_STEPS);
	for (i = 0; i < A14_STEPS; i++) {
		const struct a14_clock *c = &rec->clocks[i];

		lua_createtable(L, 0, 8);
		set_str(L, "locus", c->locus);
		set_str(L, "field", c->field);
		set_str(L, "state", article14_state_name(c->state));
		set_int(L, "start", (lua_Integer)c->start);
		set_int(L, "due", (lua_Integer)c->due);
		set_int(L, "done", (lua_Integer)c->done);
		set_int(L, "line", c->line);
		set_int(L, "column", c->column);
		lua_setfield(L, -2, keys[i]);
	}
	lua_setfield(L, -2, "clocks");
	return 1;
}

/* What to do about each step, and when its clock starts. */
static const struct {
	const char *what;
	const char *todo;
	const char *starts_vulnerability;
	const char *starts_incident;
} steps[A14_STEPS] = {
	{ "early warning", "send the early warning through the single "
	  "reporting platform and record early_warning_at",
	  "it starts at aware_at", "it starts at aware_at" },
	{ "notification", "send the notification through the single "
	  "reporting platform and record notification_at",
	  "it starts at aware_at", "it starts at aware_at" },
	{ "final report", "send the final report through the single "
	  "reporting platform and record final_report_at",
	  "it starts when a corrective or mitigating measure is available: "
	  "record corrective_measure_at",
	  "it starts with the incident notification: record "
	  "notification_at" },
	{ "information of users", "inform the impacted users (an advisory, "
	  "a notice in the product) and record users_informed_at",
	  "it starts at aware_at", "it starts at aware_at" },
};

static void hours(struct buf *b, int64_t seconds)
{
	buf_printf(b, "%lld h", (long long)(seconds / 3600));
}

/* The same for whole hours already counted. */
static void whole_hours(struct buf *b, int64_t h)
{
	buf_printf(b, "%lld h", (long long)h);
}

static int micro_or_small(struct rule_context *ctx)
{
	const struct ydoc *product = rule_context_product(ctx);
	const char *size = product ? ynode_str(ynode_path(
		product->root, "manufacturer.enterprise_size")) : NULL;

	return size && (!strcmp(size, "micro") || !strcmp(size, "small"));
}

/* The finding of one clock, judged as the Article 14 rules judge it. */
static void judge_clock(struct finding *f, struct buf *msg,
			struct rule_context *ctx,
			const struct a14_record *rec, enum a14_step step)
{
	const struct a14_clock *c = &rec->clocks[step];
	const char *what = steps[step].what;
	char due[21];

	if (step == A14_NOTIFICATION)
		what = rec->kind == A14_VULNERABILITY ?
			"vulnerability notification" : "incident notification";
	rfc3339_format(due, c->due);
	buf_printf(msg, "%s: ", rec->id);
	if (!rec->applies) {
		f->status = STATUS_NOT_APPLICABLE;
		buf_puts(msg, "awareness before 11 September 2026, when "
			 "Article 14 began to apply");
		return;
	}
	switch (c->state) {
	case A14_DONE_IN_TIME:
		f->status = STATUS_PASS;
		buf_printf(msg, "%s made ", what);
		hours(msg, c->done - c->start);
		buf_printf(msg, " after the clock started, by the deadline %s",
			   due);
		break;
	case A14_DONE_LATE:
		f->status = STATUS_FAIL;
		buf_printf(msg, "%s made ", what);
		hours(msg, c->done - c->due);
		buf_printf(msg, " after its deadline %s", due);
		if (step == A14_EARLY_WARNING && micro_or_small(ctx))
			buf_puts(msg, " (Art.64(10)(a) spares a micro or small "
				 "enterprise the fine, not the deadline)");
		break;
	case A14_OVERDUE:
		f->status = STATUS_FAIL;
		buf_printf(msg, "%s overdue by ", what);
		/* Both counts are whole hours: judged alike for an hour. */
		whole_hours(msg, time_window_since(&ctx->window, c->due,
						   3600));
		buf_printf(msg, " (due %s): %s", due, steps[step].todo);
		break;
	case A14_OPEN:
		f->status = STATUS_PASS;
		buf_printf(msg, "%s due %s, ", what, due);
		whole_hours(msg, time_window_until(&ctx->window, c->due,
						   3600));
		buf_puts(msg, " left");
		break;
	case A14_NOT_STARTED:
		f->status = STATUS_PASS;
		buf_printf(msg, "the %s clock has not started: %s",
			   what, rec->kind == A14_VULNERABILITY ?
			   steps[step].starts_vulnerability :
			   steps[step].starts_incident);
		break;
	}
}

/* Report f and free it, raising only once nothing is held. */
static void emit(lua_State *L, struct finding *f)
{
	int r = rule_context_emit(L, f);

	finding_release(f);
	if (r < 0)
		luaL_error(L, "more than %d findings from one rule",
			   RULE_MAX_FINDINGS);
}

/*
 * cra.article14_report(kind, step): report, for each record in
 * .cra/reports of that kind ("actively-exploited-vulnerability",
 * "severe-incident" or "any"), the finding of one clock ("early_warning",
 * "notification", "final_report", "users_informed"). The Article 14 rules
 * are these calls: the judging lives here once, beside the clocks that
 * `git cra deadlines` lists.
 */
static int cra_article14_report(lua_State *L)
{
	static const char *const step_keys[] = {
		"early_warning", "notification", "final_report",
		"users_informed", NULL,
	};
	static const char *const kinds[] = {
		"actively-exploited-vulnerability", "severe-incident", "any",
		NULL,
	};
	struct rule_context *ctx = rule_context_of(L);
	int kind = luaL_checkoption(L, 1, NULL, kinds);
	enum a14_step step = (enum a14_step)luaL_checkoption(L, 2, NULL,
							     step_keys);
	const char *hours_param = ynode_str(ynode_get(
		ctx->params, "users_informed_within_hours"));
	unsigned users_hours = hours_param ?
		(unsigned)strtoul(hours_param, NULL, 10) : 72;
	lua_Integer i, n;
	int found = 0;

	lua_settop(L, 2);
	if (rule_context_list(L, ".cra/reports") != 1)
		lua_settop(L, 2), lua_newtable(L);
	n = (lua_Integer)lua_rawlen(L, 3);
	for (i = 1; i <= n; i++) {
		struct snapshot_file *f;
		struct a14_record *rec;
		struct finding fd;
		struct buf msg = BUF_INIT, path = BUF_INIT;
		const char *name;
		size_t len;

		lua_settop(L, 3);
		lua_rawgeti(L, 3, i);
		name = lua_tolstring(L, 4, &len);
		if (!name || !((len > 5 && !strcmp(name + len - 5, ".yaml")) ||
			       (len > 4 && !strcmp(name + len - 4, ".yml"))))
			continue;
		lua_pushfstring(L, ".cra/reports/%s", name);
		f = rule_context_read(L, lua_tostring(L, 5));
		memset(&fd, 0, sizeof(fd));
		fd.basis = BASIS_DECLARED;
		if (!f) {
			found = 1;
			fd.status = STATUS_FAIL;
			buf_printf(&msg, "cannot read the Article 14 record: %s",
				   lua_tostring(L, -2));
			fd.message = buf_detach(&msg, NULL);
			fd.path = xstrdup(lua_tostring(L, 5));
			emit(L, &fd);
			continue;
		}
		rec = lua_newuserdatauv(L, sizeof(*rec), 0);
		memset(rec, 0, sizeof(*rec));
		lua_createtable(L, 0, 1);
		lua_pushcfunction(L, a14_box_gc);
		lua_setfield(L, -2, "__gc");
		lua_setmetatable(L, -2);
		fd.status = STATUS_FAIL;
		if (article14_parse_at(rec, f->path, f->data, f->len,
				       &ctx->window, users_hours) < 0) {
			found = 1;
			buf_printf(&msg, "cannot read the Article 14 record: %s",
				   error_last());
			fd.message = buf_detach(&msg, NULL);
			fd.path = xstrdup(f->path);
			emit(L, &fd);
			continue;
		}
		if (kind != 2 && (int)rec->kind != kind)
			continue;
		found = 1;
		judge_clock(&fd, &msg, ctx, rec, step);
		fd.message = buf_detach(&msg, NULL);
		fd.subject = xstrdup(rec->id);
		buf_puts(&path, rec->path);
		fd.path = buf_detach(&path, NULL);
		fd.line = rec->clocks[step].line;
		fd.column = rec->clocks[step].column;
		emit(L, &fd);
	}
	if (!found) {
		struct finding fd;

		memset(&fd, 0, sizeof(fd));
		fd.status = STATUS_NOT_APPLICABLE;
		fd.basis = BASIS_DECLARED;
		fd.message = xstrdup("no Article 14 record of this kind in "
				     ".cra/reports");
		emit(L, &fd);
	}
	return 0;
}

const luaL_Reg lua_evidence_functions[] = {
	{ "security_txt", cra_security_txt },
	{ "article14", cra_article14 },
	{ "article14_report", cra_article14_report },
	{ NULL, NULL },
};
