#include <stdio.h>
#include <stdlib.h>
#include <cJSON.h>

#include "json_write.h"
#include "report.h"
#include "rfc3339.h"

/*
 * The "git-cra/findings/1" schema, documented in docs/json-format.md.
 * Keys are only ever added within one schema version.
 */

static void add_oid(cJSON *obj, const char *key, int has, const git_oid *id)
{
	char hex[GIT_OID_HEXSZ + 1];

	if (!has) {
		cJSON_AddNullToObject(obj, key);
		return;
	}
	git_oid_tostr(hex, sizeof(hex), id);
	cJSON_AddStringToObject(obj, key, hex);
}

static void add_string_or_null(cJSON *obj, const char *key, const char *s)
{
	if (s)
		cJSON_AddStringToObject(obj, key, s);
	else
		cJSON_AddNullToObject(obj, key);
}

cJSON *report_json_snapshot(const struct snapshot *s)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "kind", snapshot_kind_name(s->kind));
	add_string_or_null(o, "rev", s->rev);
	add_string_or_null(o, "tag", s->tag);
	add_oid(o, "commit", s->has_commit, &s->commit_id);
	add_oid(o, "tree", s->has_tree, &s->tree_id);
	return o;
}

static cJSON *location_json(const struct finding *f)
{
	cJSON *o;

	if (!f->path)
		return cJSON_CreateNull();
	o = cJSON_CreateObject();
	cJSON_AddStringToObject(o, "path", f->path);
	if (f->line)
		cJSON_AddNumberToObject(o, "line", f->line);
	else
		cJSON_AddNullToObject(o, "line");
	if (f->column)
		cJSON_AddNumberToObject(o, "column", f->column);
	else
		cJSON_AddNullToObject(o, "column");
	return o;
}

static cJSON *finding_json(const struct evaluation *ev,
			   const struct finding *f)
{
	const struct rule *rule = evaluation_rule(ev, f);
	cJSON *o = cJSON_CreateObject();

	add_string_or_null(o, "rule", rule->loaded ? rule->meta.id : NULL);
	add_string_or_null(o, "locus", rule->loaded ? rule->meta.locus : NULL);
	add_string_or_null(o, "title", rule->loaded ? rule->meta.title : NULL);
	cJSON_AddStringToObject(o, "status", status_name(f->status));
	cJSON_AddStringToObject(o, "severity",
				severity_name(evaluation_severity(ev, rule)));
	cJSON_AddStringToObject(o, "basis", basis_name(f->basis));
	cJSON_AddStringToObject(o, "message", f->message);
	add_string_or_null(o, "subject", f->subject);
	cJSON_AddItemToObject(o, "location", location_json(f));
	cJSON_AddStringToObject(o, "rule_file", rule->source.file);
	if (f->status == STATUS_WAIVED) {
		cJSON *w = cJSON_AddObjectToObject(o, "waiver");

		cJSON_AddStringToObject(w, "reason", f->waiver_reason);
		cJSON_AddStringToObject(w, "owner", f->waiver_owner);
		cJSON_AddStringToObject(w, "expires", f->waiver_expires);
	}
	return o;
}

static const char *origin_name(enum rule_origin origin)
{
	switch (origin) {
	case RULE_BUILTIN:
		return "builtin";
	case RULE_LOCAL:
		return "local";
	case RULE_RECORDED:
		return "recorded";
	}
	return "?";
}

cJSON *report_json_rules(const struct evaluation *ev)
{
	cJSON *arr = cJSON_CreateArray();
	size_t i;

	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];
		cJSON *o;

		if (!ev->outcomes[i].selected)
			continue;
		o = cJSON_CreateObject();
		add_string_or_null(o, "id", r->loaded ? r->meta.id : NULL);
		add_string_or_null(o, "locus", r->loaded ? r->meta.locus :
				   NULL);
		cJSON_AddStringToObject(o, "file", r->source.file);
		cJSON_AddStringToObject(o, "origin",
					origin_name(r->source.origin));
		add_oid(o, "blob", 1, &r->source.id);
		cJSON_AddItemToArray(arr, o);
	}
	return arr;
}

cJSON *report_json_summary(const struct evaluation *ev)
{
	cJSON *summary = cJSON_CreateObject();
	size_t i;

	for (i = 0; i < STATUS_COUNT; i++)
		cJSON_AddNumberToObject(summary,
					status_name((enum finding_status)i),
					(double)ev->counts[i]);
	return summary;
}

cJSON *report_json_findings(const struct evaluation *ev)
{
	cJSON *arr = cJSON_CreateArray();
	size_t i;

	for (i = 0; i < ev->nfindings; i++)
		cJSON_AddItemToArray(arr, finding_json(ev, &ev->findings[i]));
	return arr;
}

cJSON *report_json_inputs(const struct evaluation *ev)
{
	cJSON *arr = cJSON_CreateArray();
	size_t i;

	for (i = 0; i < ev->ninputs; i++) {
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "path", ev->inputs[i].path);
		add_oid(o, "blob", 1, &ev->inputs[i].id);
		cJSON_AddItemToArray(arr, o);
	}
	return arr;
}

cJSON *report_json_warnings(const struct evaluation *ev)
{
	cJSON *arr = cJSON_CreateArray();
	size_t i;

	for (i = 0; i < ev->warnings.count; i++) {
		const struct diagnostic *d = &ev->warnings.items[i];
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "path", d->path);
		cJSON_AddNumberToObject(o, "line", d->line);
		cJSON_AddNumberToObject(o, "column", d->column);
		cJSON_AddStringToObject(o, "message", d->message);
		cJSON_AddItemToArray(arr, o);
	}
	return arr;
}

void report_json(FILE *out, const struct evaluation *ev,
		 const struct report_options *opts)
{
	cJSON *root = cJSON_CreateObject(), *tool;
	char now[21];

	cJSON_AddStringToObject(root, "schema", "git-cra/findings/1");
	tool = cJSON_AddObjectToObject(root, "tool");
	cJSON_AddStringToObject(tool, "name", "git-cra");
	cJSON_AddStringToObject(tool, "version", opts->tool_version);
	cJSON_AddItemToObject(root, "snapshot",
			      report_json_snapshot(&ev->snapshot));
	cJSON_AddStringToObject(root, "policy", ev->policy.name);
	rfc3339_format(now, ev->now);
	cJSON_AddStringToObject(root, "evaluated_at", now);
	cJSON_AddItemToObject(root, "summary", report_json_summary(ev));
	cJSON_AddItemToObject(root, "findings", report_json_findings(ev));
	cJSON_AddItemToObject(root, "rules", report_json_rules(ev));
	cJSON_AddItemToObject(root, "inputs", report_json_inputs(ev));
	cJSON_AddItemToObject(root, "warnings", report_json_warnings(ev));
	json_write(out, root);
	cJSON_Delete(root);
}
