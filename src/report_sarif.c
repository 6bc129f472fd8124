#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <cJSON.h>

#include "buf.h"
#include "report.h"
#include "rfc3339.h"

/*
 * SARIF 2.1.0, the OASIS format that code scanning services read: GitHub
 * shows each failing result on the file and line it names. The log keeps
 * every finding, passing ones included, each with the SARIF kind that
 * says what it is, so that the file is a complete record of the check;
 * docs/formats.md shows how to keep only the failures for an upload.
 *
 * Nothing in it depends on the clock or the machine: no start or end
 * time, no absolute path, no GUID. The same evaluation gives the same
 * bytes, and the evaluation time, which dates were judged at, is a
 * property of the run.
 */

#define SARIF_SCHEMA "https://json.schemastore.org/sarif-2.1.0.json"
#define SRCROOT "%SRCROOT%"
/* Where the built-in rules are installed: not part of the repository. */
#define RULESROOT "GITCRA_RULES"
/*
 * A fingerprint of our own, versioned as SARIF asks, so that a change in
 * how it is computed never silently merges or splits alerts.
 */
#define FINGERPRINT_KEY "gitCraFinding/v1"

/* The place of each evaluation rule in tool.driver.rules, and its id. */
struct sarif_rule_map {
	int *index;		/* -1 for a rule the policy did not select */
	const char **id;	/* borrowed from the rules */
};

static const char *severity_level(enum severity severity)
{
	switch (severity) {
	case SEVERITY_ERROR:
		return "error";
	case SEVERITY_WARNING:
		return "warning";
	case SEVERITY_INFO:
		return "note";
	}
	return "warning";
}

/*
 * A rule that did not load has no id, and a rule that took an id already
 * used is an error of its own: both are named by their file, which is
 * unique, so that every ruleId names one reportingDescriptor.
 */
static void rule_map_init(struct sarif_rule_map *map,
			  const struct evaluation *ev)
{
	size_t n = ev->rules.count ? ev->rules.count : 1, i, j;
	int next = 0;

	map->index = xcalloc(n, sizeof(*map->index));
	map->id = xcalloc(n, sizeof(*map->id));
	for (i = 0; i < ev->rules.count; i++) {
		const struct rule *r = &ev->rules.rules[i];

		map->index[i] = -1;
		if (!ev->outcomes[i].selected)
			continue;
		map->index[i] = next++;
		map->id[i] = r->loaded ? r->meta.id : r->source.file;
		for (j = 0; j < i; j++)
			if (map->index[j] >= 0 && !strcmp(map->id[j],
							  map->id[i]))
				map->id[i] = r->source.file;
	}
}

static void rule_map_release(struct sarif_rule_map *map)
{
	free(map->index);
	free(map->id);
}

/* "support-period" -> "SupportPeriod": SARIF wants names as identifiers. */
static char *pascal_case(const char *id)
{
	struct buf b = BUF_INIT;
	int start = 1;

	for (; *id; id++) {
		char c = *id;
		int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
			(c >= '0' && c <= '9');

		if (!alnum) {
			start = 1;
			continue;
		}
		if (start && c >= 'a' && c <= 'z')
			c = (char)(c - 'a' + 'A');
		buf_putc(&b, c);
		start = 0;
	}
	if (!b.len)
		buf_puts(&b, "Rule");
	return buf_detach(&b, NULL);
}

/*
 * A path in the snapshot as a relative URI reference: every byte but the
 * unreserved characters and '/' percent-encoded, so that spaces, '#',
 * '?', a ':' that would read as a scheme and non-ASCII names all survive.
 */
static char *path_uri(const char *path)
{
	static const char hex[] = "0123456789ABCDEF";
	struct buf b = BUF_INIT;
	const unsigned char *p;

	for (p = (const unsigned char *)path; *p; p++) {
		unsigned char c = *p;

		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || c == '-' || c == '.' ||
		    c == '_' || c == '~' || c == '/') {
			buf_putc(&b, (char)c);
		} else {
			buf_putc(&b, '%');
			buf_putc(&b, hex[c >> 4]);
			buf_putc(&b, hex[c & 15]);
		}
	}
	return buf_detach(&b, NULL);
}

static void add_text(cJSON *obj, const char *key, const char *text)
{
	cJSON *m = cJSON_AddObjectToObject(obj, key);

	cJSON_AddStringToObject(m, "text", text);
}

/* The file a built-in rule broke in lives with git-cra, not the product. */
static const char *uri_base(const struct rule *rule, const struct finding *f)
{
	if (f->status == STATUS_ERROR && rule->source.origin == RULE_BUILTIN)
		return RULESROOT;
	return SRCROOT;
}

/*
 * GitHub code scanning refuses a whole log when one result has no
 * location or a region without a line, so a finding about a whole file
 * is placed on its first line, and one that names no file at all on the
 * first line of the product metadata, with a message that says so.
 */
static cJSON *physical_location(const char *base, const char *path,
				unsigned line, unsigned column)
{
	cJSON *loc = cJSON_CreateObject(), *pl, *art, *region;
	char *uri = path_uri(path ? path : PRODUCT_PATH);

	pl = cJSON_AddObjectToObject(loc, "physicalLocation");
	art = cJSON_AddObjectToObject(pl, "artifactLocation");
	cJSON_AddStringToObject(art, "uri", uri);
	cJSON_AddStringToObject(art, "uriBaseId", path ? base : SRCROOT);
	region = cJSON_AddObjectToObject(pl, "region");
	cJSON_AddNumberToObject(region, "startLine", line ? line : 1);
	if (line && column)
		cJSON_AddNumberToObject(region, "startColumn", column);
	if (!path)
		add_text(loc, "message", "The finding names no file; it is "
			 "shown on the product metadata.");
	free(uri);
	return loc;
}

static char *help_markdown(const struct rule_meta *m)
{
	struct buf b = BUF_INIT;

	buf_puts(&b, m->remediation);
	if (m->establishes)
		buf_printf(&b, "\n\n**What this rule can establish:** %s.",
			   m->establishes);
	if (m->limits)
		buf_printf(&b, "\n\n**What it cannot:** %s.", m->limits);
	buf_printf(&b, "\n\nProvision: %s of Regulation (EU) 2024/2847",
		   m->locus);
	if (m->help)
		buf_printf(&b, " ([text](%s))", m->help);
	buf_putc(&b, '.');
	return buf_detach(&b, NULL);
}

static cJSON *rule_json(const struct evaluation *ev, const struct rule *r,
			const char *id)
{
	cJSON *o = cJSON_CreateObject(), *props, *tags, *help;
	char *name = pascal_case(id), *md;
	struct buf text = BUF_INIT;

	cJSON_AddStringToObject(o, "id", id);
	/* SARIF wants a name that differs from the id, or none. */
	if (strcasecmp(name, id))
		cJSON_AddStringToObject(o, "name", name);
	free(name);
	if (r->loaded) {
		add_text(o, "shortDescription", r->meta.title);
		add_text(o, "fullDescription", r->meta.rationale);
		help = cJSON_AddObjectToObject(o, "help");
		cJSON_AddStringToObject(help, "text", r->meta.remediation);
		md = help_markdown(&r->meta);
		cJSON_AddStringToObject(help, "markdown", md);
		free(md);
		if (r->meta.help)
			cJSON_AddStringToObject(o, "helpUri", r->meta.help);
	} else {
		buf_printf(&text, "The rule file %s, which did not load.",
			   r->source.file);
		add_text(o, "shortDescription", buf_cstr(&text));
		add_text(o, "fullDescription", buf_cstr(&text));
		/* GitHub refuses a rule without help. */
		buf_reset(&text);
		buf_printf(&text, "Fix %s at the place its rule error names; "
			   "docs/rule-authoring.md says what a rule file "
			   "holds.", r->source.file);
		add_text(o, "help", buf_cstr(&text));
		buf_release(&text);
	}
	cJSON_AddStringToObject(cJSON_AddObjectToObject(o,
		"defaultConfiguration"), "level",
		severity_level(evaluation_severity(ev, r)));
	props = cJSON_AddObjectToObject(o, "properties");
	if (r->loaded)
		cJSON_AddStringToObject(props, "locus", r->meta.locus);
	tags = cJSON_AddArrayToObject(props, "tags");
	cJSON_AddItemToArray(tags, cJSON_CreateString("cra"));
	if (r->loaded)
		cJSON_AddItemToArray(tags, cJSON_CreateString(r->meta.locus));
	cJSON_AddStringToObject(props, "file", r->source.file);
	if (r->loaded && r->meta.establishes)
		cJSON_AddStringToObject(props, "establishes",
					r->meta.establishes);
	if (r->loaded && r->meta.limits)
		cJSON_AddStringToObject(props, "limits", r->meta.limits);
	return o;
}

/*
 * Stable across commits as long as the finding is about the same thing:
 * the rule, the file and the subject (the message when the rule gives no
 * subject). The line is left out on purpose, so that an edit above the
 * finding does not open a new alert.
 */
static void fingerprint(char hex[GIT_OID_HEXSZ + 1], const char *rule_id,
			const struct finding *f)
{
	struct buf b = BUF_INIT;
	git_oid id;

	buf_puts(&b, rule_id);
	buf_putc(&b, '\0');
	buf_puts(&b, f->path ? f->path : "");
	buf_putc(&b, '\0');
	buf_puts(&b, f->subject ? f->subject : f->message);
	if (git_odb_hash(&id, b.ptr, b.len, GIT_OBJECT_BLOB) < 0)
		memset(&id, 0, sizeof(id));
	git_oid_tostr(hex, GIT_OID_HEXSZ + 1, &id);
	buf_release(&b);
}

static void set_kind(cJSON *o, const char *kind, const char *level)
{
	cJSON_AddStringToObject(o, "kind", kind);
	cJSON_AddStringToObject(o, "level", level);
}

static cJSON *result_json(const struct evaluation *ev,
			  const struct finding *f,
			  const struct sarif_rule_map *map)
{
	const struct rule *rule = evaluation_rule(ev, f);
	const char *level = severity_level(evaluation_severity(ev, rule));
	cJSON *o = cJSON_CreateObject(), *arr, *props, *s;
	char hex[GIT_OID_HEXSZ + 1];
	struct buf msg = BUF_INIT;

	cJSON_AddStringToObject(o, "ruleId", map->id[f->rule]);
	cJSON_AddNumberToObject(o, "ruleIndex", map->index[f->rule]);
	switch (f->status) {
	case STATUS_PASS:
		set_kind(o, "pass", "none");
		break;
	case STATUS_FAIL:
	case STATUS_WAIVED:
		set_kind(o, "fail", level);
		break;
	case STATUS_UNKNOWN:
		set_kind(o, "review", "none");
		break;
	case STATUS_NOT_APPLICABLE:
		set_kind(o, "notApplicable", "none");
		break;
	case STATUS_ERROR:
	case STATUS_COUNT:
		set_kind(o, "fail", "error");
		break;
	}
	if (f->status == STATUS_ERROR)
		buf_printf(&msg, "the rule broke: %s", f->message);
	else
		buf_puts(&msg, f->message);
	add_text(o, "message", buf_cstr(&msg));
	buf_release(&msg);
	arr = cJSON_AddArrayToObject(o, "locations");
	cJSON_AddItemToArray(arr, physical_location(uri_base(rule, f), f->path,
						   f->line, f->column));
	fingerprint(hex, map->id[f->rule], f);
	cJSON_AddStringToObject(cJSON_AddObjectToObject(o,
		"partialFingerprints"), FINGERPRINT_KEY, hex);
	if (f->status == STATUS_WAIVED) {
		/* Accepted in .cra/waivers.yaml, outside the evidence. */
		arr = cJSON_AddArrayToObject(o, "suppressions");
		s = cJSON_CreateObject();
		cJSON_AddStringToObject(s, "kind", "external");
		cJSON_AddStringToObject(s, "status", "accepted");
		cJSON_AddStringToObject(s, "justification", f->waiver_reason);
		props = cJSON_AddObjectToObject(s, "properties");
		cJSON_AddStringToObject(props, "owner", f->waiver_owner);
		cJSON_AddStringToObject(props, "expires", f->waiver_expires);
		cJSON_AddItemToArray(arr, s);
	}
	props = cJSON_AddObjectToObject(o, "properties");
	cJSON_AddStringToObject(props, "status", status_name(f->status));
	cJSON_AddStringToObject(props, "basis", basis_name(f->basis));
	if (rule->loaded)
		cJSON_AddStringToObject(props, "locus", rule->meta.locus);
	if (f->subject)
		cJSON_AddStringToObject(props, "subject", f->subject);
	return o;
}

static cJSON *notification_json(const char *level, const char *message,
				cJSON *location)
{
	cJSON *o = cJSON_CreateObject();

	cJSON_AddStringToObject(o, "level", level);
	add_text(o, "message", message);
	cJSON_AddItemToArray(cJSON_AddArrayToObject(o, "locations"),
			     location);
	return o;
}

/*
 * How the run went, apart from the results: a rule that broke makes the
 * execution unsuccessful, and it and every warning about the evidence
 * (an unknown key, a malformed waiver) are notifications.
 */
static cJSON *invocation_json(const struct evaluation *ev,
			      const struct sarif_rule_map *map)
{
	cJSON *inv = cJSON_CreateObject(), *arr = cJSON_CreateArray(), *n;
	struct buf msg = BUF_INIT;
	size_t i;

	cJSON_AddBoolToObject(inv, "executionSuccessful",
			      ev->counts[STATUS_ERROR] == 0);
	for (i = 0; i < ev->nfindings; i++) {
		const struct finding *f = &ev->findings[i];
		const struct rule *rule = evaluation_rule(ev, f);
		cJSON *ref;

		if (f->status != STATUS_ERROR)
			continue;
		buf_reset(&msg);
		buf_printf(&msg, "the rule broke: %s", f->message);
		n = notification_json("error", buf_cstr(&msg),
				      physical_location(uri_base(rule, f),
							f->path, f->line,
							f->column));
		ref = cJSON_AddObjectToObject(n, "associatedRule");
		cJSON_AddStringToObject(ref, "id", map->id[f->rule]);
		cJSON_AddNumberToObject(ref, "index", map->index[f->rule]);
		cJSON_AddItemToArray(arr, n);
	}
	for (i = 0; i < ev->warnings.count; i++) {
		const struct diagnostic *d = &ev->warnings.items[i];

		cJSON_AddItemToArray(arr, notification_json("warning",
			d->message, physical_location(SRCROOT, d->path,
						      d->line, d->column)));
	}
	buf_release(&msg);
	if (cJSON_GetArraySize(arr))
		cJSON_AddItemToObject(inv, "toolExecutionNotifications", arr);
	else
		cJSON_Delete(arr);
	return inv;
}

static void add_oid_or_null(cJSON *obj, const char *key, int has,
			    const git_oid *id)
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

/* What git-cra knows beyond SARIF's vocabulary, as in the json format. */
static cJSON *run_properties(const struct evaluation *ev)
{
	const struct snapshot *s = &ev->snapshot;
	cJSON *props = cJSON_CreateObject(), *snap, *summary;
	char now[21];
	size_t i;

	cJSON_AddStringToObject(props, "policy", ev->policy.name);
	rfc3339_format(now, ev->now);
	cJSON_AddStringToObject(props, "evaluatedAt", now);
	snap = cJSON_AddObjectToObject(props, "snapshot");
	cJSON_AddStringToObject(snap, "kind", snapshot_kind_name(s->kind));
	add_string_or_null(snap, "rev", s->rev);
	add_string_or_null(snap, "tag", s->tag);
	add_oid_or_null(snap, "commit", s->has_commit, &s->commit_id);
	add_oid_or_null(snap, "tree", s->has_tree, &s->tree_id);
	summary = cJSON_AddObjectToObject(props, "summary");
	for (i = 0; i < STATUS_COUNT; i++)
		cJSON_AddNumberToObject(summary,
					status_name((enum finding_status)i),
					(double)ev->counts[i]);
	return props;
}

static cJSON *base_ids_json(void)
{
	cJSON *bases = cJSON_CreateObject(), *b;

	b = cJSON_AddObjectToObject(bases, SRCROOT);
	add_text(b, "description", "The top of the repository that was "
		 "checked: its working tree, its index or a revision.");
	b = cJSON_AddObjectToObject(bases, RULESROOT);
	add_text(b, "description", "The directory of the rules installed "
		 "with git-cra.");
	return bases;
}

cJSON *report_sarif_log(const struct evaluation *ev,
			const struct report_options *opts)
{
	cJSON *root = cJSON_CreateObject(), *run, *driver, *arr;
	struct sarif_rule_map map;
	size_t i;

	rule_map_init(&map, ev);
	cJSON_AddStringToObject(root, "$schema", SARIF_SCHEMA);
	cJSON_AddStringToObject(root, "version", "2.1.0");
	run = cJSON_CreateObject();
	cJSON_AddItemToArray(cJSON_AddArrayToObject(root, "runs"), run);

	driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"),
					 "driver");
	cJSON_AddStringToObject(driver, "name", "git-cra");
	cJSON_AddStringToObject(driver, "version", opts->tool_version);
	cJSON_AddStringToObject(driver, "semanticVersion", opts->tool_version);
	arr = cJSON_AddArrayToObject(driver, "rules");
	for (i = 0; i < ev->rules.count; i++)
		if (map.index[i] >= 0)
			cJSON_AddItemToArray(arr, rule_json(ev,
				&ev->rules.rules[i], map.id[i]));

	arr = cJSON_AddArrayToObject(run, "invocations");
	cJSON_AddItemToArray(arr, invocation_json(ev, &map));
	cJSON_AddItemToObject(run, "originalUriBaseIds", base_ids_json());
	/*
	 * Columns count bytes of the line; for the ASCII text that evidence
	 * files mostly hold, that is the code point too.
	 */
	cJSON_AddStringToObject(run, "columnKind", "unicodeCodePoints");
	arr = cJSON_AddArrayToObject(run, "results");
	for (i = 0; i < ev->nfindings; i++)
		cJSON_AddItemToArray(arr, result_json(ev, &ev->findings[i],
						      &map));
	cJSON_AddItemToObject(run, "properties", run_properties(ev));
	rule_map_release(&map);
	return root;
}

void report_sarif(FILE *out, const struct evaluation *ev,
		  const struct report_options *opts)
{
	cJSON *root = report_sarif_log(ev, opts);
	char *text = cJSON_Print(root);

	if (text) {
		fputs(text, out);
		fputc('\n', out);
	}
	free(text);
	cJSON_Delete(root);
}
