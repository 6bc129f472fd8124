#include <stdio.h>
#include <cJSON.h>

#include "audit.h"
#include "json_write.h"
#include "rfc3339.h"

/*
 * The "git-cra/audit/1" schema, documented in docs/audit.md. Keys are
 * only ever added within one schema version.
 */

static void add_string_or_null(cJSON *obj, const char *key, const char *s)
{
	if (s)
		cJSON_AddStringToObject(obj, key, s);
	else
		cJSON_AddNullToObject(obj, key);
}

static void add_oid(cJSON *obj, const char *key, const git_oid *id)
{
	char hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), id);
	cJSON_AddStringToObject(obj, key, hex);
}

static void add_time(cJSON *obj, const char *key, int64_t t)
{
	char when[21];

	rfc3339_format(when, t);
	cJSON_AddStringToObject(obj, key, when);
}

static cJSON *release_ref(const struct audit_tag *t)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "tag", t->evidence.tag.name);
	add_time(o, "date", t->evidence.tag.time);
	return o;
}

static cJSON *result_json(const struct audit_result *r)
{
	cJSON *o = cJSON_CreateObject(), *loc;

	cJSON_AddStringToObject(o, "rule", r->rule);
	add_string_or_null(o, "locus", r->locus);
	cJSON_AddStringToObject(o, "status", r->status);
	cJSON_AddStringToObject(o, "message", r->message);
	if (!r->path) {
		cJSON_AddNullToObject(o, "location");
		return o;
	}
	loc = cJSON_AddObjectToObject(o, "location");
	cJSON_AddStringToObject(loc, "path", r->path);
	if (r->line)
		cJSON_AddNumberToObject(loc, "line", r->line);
	else
		cJSON_AddNullToObject(loc, "line");
	return o;
}

static cJSON *difference_json(const struct audit_difference *d)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "change", audit_change_name(d->change));
	cJSON_AddStringToObject(o, "rule", d->rule);
	add_string_or_null(o, "locus", d->locus);
	add_string_or_null(o, "subject", d->subject);
	add_string_or_null(o, "status_before", d->status_before);
	add_string_or_null(o, "status_after", d->status_after);
	add_string_or_null(o, "message_before", d->message_before);
	add_string_or_null(o, "message_after", d->message_after);
	return o;
}

static cJSON *record_json(const struct audit_record *r)
{
	cJSON *o = cJSON_CreateObject(), *arr, *summary;
	size_t i;

	cJSON_AddStringToObject(o, "status", audit_status_name(r->status));
	cJSON_AddStringToObject(o, "verdict",
				attestation_verdict_name(r->verdict));
	add_string_or_null(o, "signer", r->signer);
	add_string_or_null(o, "detail", r->detail);
	add_string_or_null(o, "evaluated_at", r->att->evaluated_at);
	add_string_or_null(o, "attested_at", r->attested_at);
	add_string_or_null(o, "policy", r->policy);
	add_string_or_null(o, "tool", r->tool);
	if (r->has_summary) {
		summary = cJSON_AddObjectToObject(o, "summary");
		for (i = 0; i < STATUS_COUNT; i++)
			cJSON_AddNumberToObject(summary,
				status_name((enum finding_status)i),
				(double)r->summary[i]);
	} else {
		cJSON_AddNullToObject(o, "summary");
	}
	if (r->replayed || r->reused)
		cJSON_AddStringToObject(o, "replay", r->reused ? "reused" :
					"run");
	else
		cJSON_AddNullToObject(o, "replay");
	arr = cJSON_AddArrayToObject(o, "differences");
	for (i = 0; i < r->ndifferences; i++)
		cJSON_AddItemToArray(arr, difference_json(&r->differences[i]));
	arr = cJSON_AddArrayToObject(o, "results");
	for (i = 0; i < r->nresults; i++)
		cJSON_AddItemToArray(arr, result_json(&r->results[i]));
	return o;
}

static cJSON *tag_json(const struct audit_tag *t)
{
	const struct release_tag *tag = &t->evidence.tag;
	cJSON *o = cJSON_CreateObject(), *arr;
	size_t i;

	cJSON_AddStringToObject(o, "tag", tag->name);
	add_time(o, "date", tag->time);
	cJSON_AddStringToObject(o, "status", audit_status_name(t->status));
	if (tag->annotated)
		add_oid(o, "tag_object", &tag->tag_id);
	else
		cJSON_AddNullToObject(o, "tag_object");
	add_oid(o, "commit", &tag->commit_id);
	add_oid(o, "tree", &tag->tree_id);
	cJSON_AddNumberToObject(o, "failing_obligations", (double)t->nfailing);
	arr = cJSON_AddArrayToObject(o, "failing");
	for (i = 0; t->reference && i < t->reference->nresults; i++)
		if (audit_result_fails(&t->reference->results[i]))
			cJSON_AddItemToArray(arr, result_json(
				&t->reference->results[i]));
	if (t->reference)
		cJSON_AddNumberToObject(o, "reference",
					(double)(t->reference - t->records));
	else
		cJSON_AddNullToObject(o, "reference");
	arr = cJSON_AddArrayToObject(o, "attestations");
	for (i = 0; i < t->nrecords; i++)
		cJSON_AddItemToArray(arr, record_json(&t->records[i]));
	return o;
}

static cJSON *summary_json(const struct audit *a)
{
	cJSON *o = cJSON_CreateObject(), *statuses;
	size_t i;

	cJSON_AddNumberToObject(o, "releases", (double)a->ntags);
	if (a->ntags) {
		cJSON_AddItemToObject(o, "first", release_ref(&a->tags[0]));
		cJSON_AddItemToObject(o, "last",
				      release_ref(&a->tags[a->ntags - 1]));
	} else {
		cJSON_AddNullToObject(o, "first");
		cJSON_AddNullToObject(o, "last");
	}
	statuses = cJSON_AddObjectToObject(o, "statuses");
	for (i = 0; i < AUDIT_STATUS_COUNT; i++)
		cJSON_AddNumberToObject(statuses,
			audit_status_name((enum audit_status)i),
			(double)a->counts[i]);
	cJSON_AddNumberToObject(o, "replays", (double)a->replays);
	cJSON_AddNumberToObject(o, "reused", (double)a->reused);
	cJSON_AddNumberToObject(o, "rules_run", (double)a->rules_run);
	cJSON_AddNumberToObject(o, "rules_reused", (double)a->rules_reused);
	return o;
}

void report_audit_json(FILE *out, const struct audit *a,
		       const struct audit_report_options *opts)
{
	cJSON *root = cJSON_CreateObject(), *tool, *arr;
	size_t i;

	cJSON_AddStringToObject(root, "schema", "git-cra/audit/1");
	tool = cJSON_AddObjectToObject(root, "tool");
	cJSON_AddStringToObject(tool, "name", "git-cra");
	cJSON_AddStringToObject(tool, "version", opts->tool_version);
	cJSON_AddItemToObject(root, "summary", summary_json(a));
	arr = cJSON_AddArrayToObject(root, "obligations");
	for (i = 0; i < a->nobligations; i++) {
		const struct audit_obligation *ob = &a->obligations[i];
		cJSON *o = cJSON_CreateObject();

		cJSON_AddStringToObject(o, "locus", ob->locus);
		if (ob->passed)
			cJSON_AddItemToObject(o, "first_passed", release_ref(
				&a->tags[ob->first_passed]));
		else
			cJSON_AddNullToObject(o, "first_passed");
		cJSON_AddNumberToObject(o, "passed", (double)ob->passed);
		cJSON_AddNumberToObject(o, "failed", (double)ob->failed);
		cJSON_AddItemToArray(arr, o);
	}
	arr = cJSON_AddArrayToObject(root, "releases");
	for (i = 0; i < a->ntags; i++)
		cJSON_AddItemToArray(arr, tag_json(&a->tags[i]));
	arr = cJSON_AddArrayToObject(root, "warnings");
	for (i = 0; i < a->nwarnings; i++)
		cJSON_AddItemToArray(arr, cJSON_CreateString(a->warnings[i]));
	json_write(out, root);
	cJSON_Delete(root);
}
