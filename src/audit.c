#include <ctype.h>
#include <stddef.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>

#include "audit.h"
#include "buf.h"
#include "error.h"
#include "evaluation.h"
#include "evidence_memo.h"
#include "json_arena.h"
#include "report.h"
#include "rfc3339.h"
#include "rule_cache.h"
#include "sha256.h"

const char *audit_status_name(enum audit_status s)
{
	switch (s) {
	case AUDIT_OK:
		return "OK";
	case AUDIT_MISSING:
		return "MISSING";
	case AUDIT_BAD_SIGNATURE:
		return "BAD-SIGNATURE";
	case AUDIT_UNTRUSTED:
		return "UNTRUSTED";
	case AUDIT_MOVED:
		return "MOVED";
	case AUDIT_TAMPERED:
		return "TAMPERED";
	case AUDIT_DRIFT:
		return "DRIFT";
	case AUDIT_UNREPLAYABLE:
		return "UNREPLAYABLE";
	case AUDIT_STATUS_COUNT:
		break;
	}
	return "?";
}

/*
 * A record that cannot be trusted at all outranks one that is genuine but
 * does not reproduce: the first says nothing, the second says something
 * that no longer holds.
 */
int audit_status_rank(enum audit_status s)
{
	switch (s) {
	case AUDIT_OK:
		return 0;
	case AUDIT_DRIFT:
		return 1;
	case AUDIT_UNREPLAYABLE:
		return 2;
	case AUDIT_MOVED:
		return 3;
	case AUDIT_UNTRUSTED:
		return 4;
	case AUDIT_BAD_SIGNATURE:
		return 5;
	case AUDIT_TAMPERED:
		return 6;
	case AUDIT_MISSING:
		return 7;
	case AUDIT_STATUS_COUNT:
		break;
	}
	return 8;
}

const char *audit_change_name(enum audit_change c)
{
	switch (c) {
	case AUDIT_ADDED:
		return "added";
	case AUDIT_REMOVED:
		return "removed";
	case AUDIT_CHANGED:
		return "changed";
	}
	return "?";
}

void audit_options_init(struct audit_options *opts)
{
	memset(opts, 0, sizeof(*opts));
}

void audit_date(char buf[11], int64_t t)
{
	char full[21];

	rfc3339_format(full, t);
	memcpy(buf, full, 10);
	buf[10] = '\0';
}

/* ---- which tags are releases, in which order ---- */

int audit_looks_like_version(const char *s)
{
	if (*s == 'v')
		s++;
	if (!isdigit((unsigned char)*s))
		return 0;
	for (;;) {
		while (isdigit((unsigned char)*s))
			s++;
		if (*s == '.' && isdigit((unsigned char)s[1])) {
			s++;
			continue;
		}
		break;
	}
	return !*s || *s == '-' || *s == '+' || *s == '.';
}

int audit_version_compare(const char *a, const char *b)
{
	while (*a && *b) {
		if (isdigit((unsigned char)*a) && isdigit((unsigned char)*b)) {
			const char *ea, *eb;
			size_t la, lb;
			int c;

			while (*a == '0' && isdigit((unsigned char)a[1]))
				a++;
			while (*b == '0' && isdigit((unsigned char)b[1]))
				b++;
			for (ea = a; isdigit((unsigned char)*ea); ea++)
				;
			for (eb = b; isdigit((unsigned char)*eb); eb++)
				;
			la = (size_t)(ea - a);
			lb = (size_t)(eb - b);
			if (la != lb)
				return la < lb ? -1 : 1;
			c = memcmp(a, b, la);
			if (c)
				return c;
			a = ea;
			b = eb;
			continue;
		}
		if (*a != *b)
			return (unsigned char)*a < (unsigned char)*b ? -1 : 1;
		a++;
		b++;
	}
	return *a ? 1 : *b ? -1 : 0;
}

struct candidate {
	char *name;
	int64_t time;
	git_oid target;		/* what its notes are keyed by */
};

static int compare_candidates(const void *pa, const void *pb)
{
	const struct candidate *a = pa, *b = pb;
	int c;

	if (a->time != b->time)
		return a->time < b->time ? -1 : 1;
	c = audit_version_compare(a->name, b->name);
	return c ? c : strcmp(a->name, b->name);
}

static void add_warning(struct audit *a, const char *name)
{
	struct buf msg = BUF_INIT;

	buf_printf(&msg, "tag '%s' is not audited: %s", name, error_last());
	a->warnings = xrealloc(a->warnings, (a->nwarnings + 1) *
			       sizeof(*a->warnings));
	a->warnings[a->nwarnings++] = buf_detach(&msg, NULL);
	error_clear();
	git_error_clear();
}

static int select_tags(struct candidate **out, size_t *n, struct audit *a,
		       git_repository *repo, const struct audit_options *opts)
{
	git_strarray all = { NULL, 0 };
	size_t i;

	*out = NULL;
	*n = 0;
	if (git_tag_list(&all, repo) < 0)
		return error_from_git("cannot list the tags");
	*out = xcalloc(all.count + 1, sizeof(**out));
	for (i = 0; i < all.count; i++) {
		const char *name = all.strings[i];
		struct release_tag tag;

		if (opts->glob ? fnmatch(opts->glob, name, 0) != 0 :
		    !audit_looks_like_version(name))
			continue;
		if (release_tag_lookup(&tag, repo, name) < 0) {
			add_warning(a, name);
			continue;
		}
		if (tag.time >= opts->since) {
			(*out)[*n].name = xstrdup(name);
			(*out)[*n].time = tag.time;
			git_oid_cpy(&(*out)[*n].target, &tag.target_id);
			(*n)++;
		}
		release_tag_release(&tag);
	}
	git_strarray_dispose(&all);
	qsort(*out, *n, sizeof(**out), compare_candidates);
	return 0;
}

/* ---- when an attestation is read for the last time ---- */

static int compare_oids(const void *a, const void *b)
{
	return git_oid_cmp(a, b);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(((const struct candidate *)a)->name,
		      ((const struct candidate *)b)->name);
}

/* bsearch()'s comparison: a name, then a candidate. */
static int compare_name_key(const void *name, const void *c)
{
	return strcmp(name, ((const struct candidate *)c)->name);
}

/*
 * How many of the audited tags will read each note line: those pointing
 * at the object the line is on, and the tag its statement names. Once
 * the last of them is audited, the line's payload can go, and the
 * memory of the audit stays that of the releases still to come. Counting
 * a tag that will not read the line only keeps a payload longer; none is
 * missed.
 */
static size_t *count_readers(const struct evidence_index *idx,
			     const struct candidate *tags, size_t n)
{
	size_t *readers = xcalloc(idx->count + 1, sizeof(*readers));
	git_oid *targets = xcalloc(n + 1, sizeof(*targets));
	struct candidate *by_name = xcalloc(n + 1, sizeof(*by_name));
	size_t i;

	for (i = 0; i < n; i++)
		git_oid_cpy(&targets[i], &tags[i].target);
	memcpy(by_name, tags, n * sizeof(*by_name));
	if (n) {
		qsort(targets, n, sizeof(*targets), compare_oids);
		qsort(by_name, n, sizeof(*by_name), compare_names);
	}
	for (i = 0; i < idx->count; i++) {
		const struct evidence_line *e = &idx->lines[i];
		const char *subject = e->att.subject_name;
		const git_oid *hit = n ? bsearch(&e->target, targets, n,
						 sizeof(*targets),
						 compare_oids) : NULL;
		const struct candidate *named = NULL;

		if (hit) {
			/* Every tag on that object, whichever bsearch found. */
			size_t lo = (size_t)(hit - targets), hi = lo + 1;

			while (lo > 0 && git_oid_equal(&targets[lo - 1],
						       &e->target))
				lo--;
			while (hi < n && git_oid_equal(&targets[hi],
						       &e->target))
				hi++;
			readers[i] += hi - lo;
		}
		if (subject && !strncmp(subject, "refs/tags/", 10) && n)
			named = bsearch(subject + 10, by_name, n,
					sizeof(*by_name), compare_name_key);
		if (named && !git_oid_equal(&named->target, &e->target))
			readers[i]++;
	}
	free(targets);
	free(by_name);
	return readers;
}

/* The tag has read its lines: spend those no later tag will read. */
static void release_read_lines(struct evidence_index *idx, size_t *readers,
			       const struct tag_evidence *ev)
{
	size_t i;

	for (i = 0; i < ev->count; i++) {
		const struct evidence_line *e = (const struct evidence_line *)
			((const char *)ev->atts[i] -
			 offsetof(struct evidence_line, att));
		size_t at = (size_t)(e - idx->lines);

		if (at < idx->count && readers[at] && !--readers[at])
			attestation_spend(ev->atts[i]);
	}
}

/* ---- what a record says ---- */

static const char *str(const cJSON *obj, const char *key)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

/*
 * The members of a recorded result the audit reads, each the first of
 * its name as cJSON_GetObjectItemCaseSensitive() finds it, in one pass
 * over the result: an audit reads every result of every release.
 */
struct result_members {
	const cJSON *rule, *rule_file, *locus, *status, *message, *location;
	const cJSON *subject;
};

static void first_member(const cJSON **slot, const cJSON *m, const char *key)
{
	if (!*slot && !strcmp(m->string, key))
		*slot = m;
}

static void result_members(struct result_members *rm, const cJSON *item)
{
	const cJSON *m;

	memset(rm, 0, sizeof(*rm));
	cJSON_ArrayForEach(m, item) {
		if (!m->string)
			continue;
		switch (m->string[0]) {
		case 'r':
			first_member(&rm->rule, m, "rule");
			first_member(&rm->rule_file, m, "rule_file");
			break;
		case 'l':
			first_member(&rm->locus, m, "locus");
			first_member(&rm->location, m, "location");
			break;
		case 's':
			first_member(&rm->status, m, "status");
			first_member(&rm->subject, m, "subject");
			break;
		case 'm':
			first_member(&rm->message, m, "message");
			break;
		}
	}
}

static const char *string_of(const cJSON *v)
{
	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static void result_from_json(struct audit_result *r, const cJSON *item)
{
	struct result_members rm;
	const cJSON *line;
	const char *rule, *status, *message;

	result_members(&rm, item);
	line = cJSON_GetObjectItemCaseSensitive(rm.location, "line");
	rule = string_of(rm.rule) ? string_of(rm.rule) :
		string_of(rm.rule_file);
	status = string_of(rm.status);
	message = string_of(rm.message);
	memset(r, 0, sizeof(*r));
	r->rule = xstrdup(rule ? rule : "?");
	r->locus = dup_or_null(string_of(rm.locus));
	r->status = xstrdup(status ? status : "?");
	r->message = xstrdup(message ? message : "");
	r->path = dup_or_null(str(rm.location, "path"));
	if (cJSON_IsNumber(line) && line->valuedouble >= 1 &&
	    line->valuedouble < 4294967296.0)
		r->line = (unsigned)line->valuedouble;
}

static void read_record(struct audit_record *r)
{
	const cJSON *pred = attestation_predicate(r->att);
	const cJSON *tool, *summary, *results, *item;
	struct buf b = BUF_INIT;
	size_t i;

	if (!pred)
		return;
	tool = cJSON_GetObjectItemCaseSensitive(pred, "tool");
	if (str(tool, "name")) {
		buf_printf(&b, "%s %s", str(tool, "name"),
			   str(tool, "version") ? str(tool, "version") : "?");
		r->tool = buf_detach(&b, NULL);
	}
	r->policy = dup_or_null(str(cJSON_GetObjectItemCaseSensitive(
		pred, "policy"), "name"));
	r->attested_at = dup_or_null(str(pred, "attested_at"));
	summary = cJSON_GetObjectItemCaseSensitive(pred, "summary");
	if (cJSON_IsObject(summary)) {
		r->has_summary = 1;
		for (i = 0; i < STATUS_COUNT; i++) {
			const cJSON *v = cJSON_GetObjectItemCaseSensitive(
				summary, status_name((enum finding_status)i));

			if (cJSON_IsNumber(v) && v->valuedouble >= 0)
				r->summary[i] = (size_t)v->valuedouble;
		}
	}
	results = cJSON_GetObjectItemCaseSensitive(pred, "results");
	if (!cJSON_IsArray(results))
		return;
	r->results = xcalloc((size_t)cJSON_GetArraySize(results) + 1,
			     sizeof(*r->results));
	cJSON_ArrayForEach(item, results)
		if (cJSON_IsObject(item))
			result_from_json(&r->results[r->nresults++], item);
}

int audit_result_fails(const struct audit_result *r)
{
	return !strcmp(r->status, "fail");
}

/* ---- replays ---- */

/* Rule code and policies, read once for the whole audit. */
struct blob_entry {
	git_oid id;
	char *data;		/* NULL when the blob is not there */
	size_t len;
};

/* What a replay gave: the findings as JSON, or why it could not run. */
struct replay_result {
	cJSON *findings;
	char *failure;
	size_t rules_run;	/* rules run; the others came from the cache */
	size_t rules_reused;
};

struct replay_job;

struct replayer {
	git_repository *repo;
	struct rule_cache *rules;	/* rule outcomes across releases */
	struct rule_server *server;	/* the runner of every replay */
	/*
	 * Product and policy, kept. Two: the replay in flight borrows from
	 * one while the next is prepared with the other.
	 */
	struct evidence_memo memo[2];
	size_t njobs;
	struct replay_job *pending;	/* started, not yet collected */
	struct blob_entry *blobs;
	size_t nblobs;
};

static const struct blob_entry *read_blob(struct replayer *rp,
					  const git_oid *id)
{
	struct blob_entry *e;
	git_blob *blob = NULL;
	size_t i;

	for (i = 0; i < rp->nblobs; i++)
		if (git_oid_equal(&rp->blobs[i].id, id))
			return &rp->blobs[i];
	rp->blobs = xrealloc(rp->blobs, (rp->nblobs + 1) * sizeof(*rp->blobs));
	e = &rp->blobs[rp->nblobs++];
	memset(e, 0, sizeof(*e));
	git_oid_cpy(&e->id, id);
	if (git_blob_lookup(&blob, rp->repo, id) < 0) {
		git_error_clear();
		return e;
	}
	e->len = (size_t)git_blob_rawsize(blob);
	e->data = xmalloc(e->len + 1);
	memcpy(e->data, git_blob_rawcontent(blob), e->len);
	e->data[e->len] = '\0';
	git_blob_free(blob);
	return e;
}

static void replayer_release(struct replayer *rp)
{
	size_t i;

	for (i = 0; i < rp->nblobs; i++)
		free(rp->blobs[i].data);
	free(rp->blobs);
	rule_cache_free(rp->rules);
	rule_server_free(rp->server);
	evidence_memo_release(&rp->memo[0]);
	evidence_memo_release(&rp->memo[1]);
}

/* What a record asks to run: its rules, its policy. */
struct replay_plan {
	struct rule_source *rules;
	size_t nrules;
	git_oid policy_id;
	const cJSON *results;
	const cJSON *inputs;
};

static int parse_origin(enum rule_origin *out, const char *s)
{
	if (!s)
		return -1;
	if (!strcmp(s, "builtin"))
		*out = RULE_BUILTIN;
	else if (!strcmp(s, "local"))
		*out = RULE_LOCAL;
	else if (!strcmp(s, "recorded"))
		*out = RULE_RECORDED;
	else
		return -1;
	return 0;
}

/* The code is borrowed from the blob cache once loaded. */
static int plan_read(struct replay_plan *p, const struct attestation *att,
		     struct buf *why)
{
	const cJSON *pred = attestation_predicate(att), *rules, *item;
	const char *policy_blob;

	memset(p, 0, sizeof(*p));
	rules = cJSON_GetObjectItemCaseSensitive(pred, "rules");
	p->results = cJSON_GetObjectItemCaseSensitive(pred, "results");
	p->inputs = cJSON_GetObjectItemCaseSensitive(pred, "inputs");
	policy_blob = str(cJSON_GetObjectItemCaseSensitive(pred, "policy"),
			  "blob");
	if (!cJSON_IsArray(rules) || !cJSON_IsArray(p->results) ||
	    !policy_blob || git_oid_fromstr(&p->policy_id, policy_blob) < 0) {
		buf_puts(why, "the record names no rules, policy blob or "
			 "results to replay");
		return -1;
	}
	p->rules = xcalloc((size_t)cJSON_GetArraySize(rules) + 1,
			   sizeof(*p->rules));
	cJSON_ArrayForEach(item, rules) {
		struct rule_source *src = &p->rules[p->nrules];
		const char *file = str(item, "file"), *blob = str(item, "blob");

		if (!file || !blob || git_oid_fromstr(&src->id, blob) < 0 ||
		    parse_origin(&src->origin, str(item, "origin")) < 0) {
			buf_puts(why, "a rule of the record has no file, "
				 "origin or blob id");
			return -1;
		}
		src->file = xstrdup(file);
		p->nrules++;
	}
	return 0;
}

static void plan_release(struct replay_plan *p)
{
	size_t i;

	for (i = 0; i < p->nrules; i++)
		free(p->rules[i].file);
	free(p->rules);
	memset(p, 0, sizeof(*p));
}

/*
 * One record's replay. The audit keeps one in flight: while the rule
 * runner evaluates it, the audit verifies the next release and prepares
 * its replay, so that the two processes work at the same time.
 */
struct replay_job {
	struct audit_tag *tag;
	struct audit_record *record;
	struct replay_plan plan;
	struct evaluation_options opts;
	struct evaluation ev;
	struct buf rev, label;
	char *failure;		/* why it could not run; then no ev */
	int prepared;
};

static void job_fail(struct replay_job *j, const char *what)
{
	struct buf msg = BUF_INIT;

	buf_printf(&msg, "%s: %s", what, error_last());
	j->failure = buf_detach(&msg, NULL);
	error_clear();
	git_error_clear();
}

/* Read the recorded code and policy, and prepare the evaluation. */
static void job_prepare(struct replay_job *j, struct replayer *rp)
{
	struct replay_plan *p = &j->plan;
	const struct blob_entry *policy;
	struct evaluation_options *opts = &j->opts;
	struct buf why = BUF_INIT;
	char hex[GIT_OID_HEXSZ + 1];
	size_t i;

	for (i = 0; i < p->nrules; i++) {
		const struct blob_entry *b = read_blob(rp, &p->rules[i].id);

		if (!b->data) {
			git_oid_tostr(hex, sizeof(hex), &p->rules[i].id);
			buf_printf(&why, "the rule code of %s (blob %s) is not "
				   "in the repository", p->rules[i].file, hex);
			j->failure = buf_detach(&why, NULL);
			return;
		}
		p->rules[i].code = b->data;
		p->rules[i].len = b->len;
	}
	policy = read_blob(rp, &p->policy_id);
	git_oid_tostr(hex, sizeof(hex), &p->policy_id);
	if (!policy->data) {
		buf_printf(&why, "the policy (blob %s) is not in the "
			   "repository", hex);
		j->failure = buf_detach(&why, NULL);
		return;
	}
	evaluation_options_init(opts);
	buf_printf(&j->rev, "refs/tags/%s", j->tag->evidence.tag.name);
	buf_printf(&j->label, "policy blob %s", hex);
	opts->kind = SNAPSHOT_REVISION;
	opts->rev = buf_cstr(&j->rev);
	opts->now = j->record->att->evaluated;
	opts->rules = p->rules;
	opts->nrules = p->nrules;
	opts->rules_known_ids = 1;	/* each code was read by its id */
	opts->rules_outlive = 1;	/* in the blob cache, for the audit */
	opts->policy_text = policy->data;
	opts->policy_len = policy->len;
	opts->policy_file = buf_cstr(&j->label);
	opts->cache = rp->rules;
	opts->server = rp->server;
	opts->memo = &rp->memo[rp->njobs++ & 1];
	j->prepared = 1;
	if (evaluation_prepare(&j->ev, rp->repo, opts) < 0)
		job_fail(j, "the recorded rules cannot run");
}

static void job_release(struct replay_job *j)
{
	size_t i;

	if (j->prepared)
		evaluation_release(&j->ev);
	for (i = 0; i < j->plan.nrules; i++) {
		j->plan.rules[i].code = NULL;
		j->plan.rules[i].len = 0;
	}
	plan_release(&j->plan);
	buf_release(&j->rev);
	buf_release(&j->label);
	free(j->failure);
	free(j);
}

/* ---- comparing a record with its replay ---- */

/*
 * Equal on the keys the record has: keys that a later git-cra added to
 * the findings format are not a difference (docs/json-format.md only
 * ever adds keys). Objects compare whatever their key order.
 */
static int same_result(const cJSON *recorded, const cJSON *replayed)
{
	const cJSON *item, *next;

	if (!cJSON_IsObject(recorded) || !cJSON_IsObject(replayed))
		return cJSON_Compare(recorded, replayed, 1);
	/*
	 * The replay writes each key once, mostly in the recorded order:
	 * its next member is tried before a search.
	 */
	next = replayed->child;
	cJSON_ArrayForEach(item, recorded) {
		const cJSON *other = next && next->string && item->string &&
			!strcmp(next->string, item->string) ? next :
			cJSON_GetObjectItemCaseSensitive(replayed,
							 item->string);

		if (!other || !cJSON_Compare(item, other, 1))
			return 0;
		next = other->next;
	}
	return 1;
}

/* A result's identity: its rule and subject. */
struct identity {
	const cJSON *item;
	const char *rule;
	const char *subject;
};

/* The items of a JSON array with their identities, in order. */
static struct identity *identities(const cJSON *array, int *n)
{
	struct identity *ids;
	const cJSON *item;
	int i = 0;

	*n = cJSON_GetArraySize(array);
	ids = xcalloc((size_t)*n + 1, sizeof(*ids));
	cJSON_ArrayForEach(item, array) {
		struct result_members rm;

		result_members(&rm, item);
		ids[i].item = item;
		ids[i].rule = string_of(rm.rule) ? string_of(rm.rule) :
			string_of(rm.rule_file);
		ids[i].subject = string_of(rm.subject);
		i++;
	}
	return ids;
}

static int same_identity(const struct identity *a, const struct identity *b)
{
	if (!a->rule || !b->rule || strcmp(a->rule, b->rule))
		return 0;
	return a->subject && b->subject ? !strcmp(a->subject, b->subject) :
		a->subject == b->subject;
}

static struct audit_difference *add_difference(struct audit_record *r,
					       enum audit_change change,
					       const cJSON *some)
{
	struct audit_difference *d;
	const char *rule = str(some, "rule") ? str(some, "rule") :
		str(some, "rule_file");

	r->differences = xrealloc(r->differences, (r->ndifferences + 1) *
				  sizeof(*r->differences));
	d = &r->differences[r->ndifferences++];
	memset(d, 0, sizeof(*d));
	d->change = change;
	d->rule = xstrdup(rule ? rule : "?");
	d->locus = dup_or_null(str(some, "locus"));
	d->subject = dup_or_null(str(some, "subject"));
	return d;
}

/*
 * Results are matched by rule and subject, in order; what matches and
 * differs changed, what is left was removed or added.
 */
static void compare(struct audit_record *r, const cJSON *recorded,
		    const cJSON *replayed)
{
	int nrec, nrep, i, j, lo = 0, in_order;
	struct identity *rec = identities(recorded, &nrec);
	struct identity *rep = identities(replayed, &nrep);
	char *used = xcalloc((size_t)nrep + 1, 1);

	in_order = nrec == nrep;
	for (i = 0; i < nrec; i++) {
		const cJSON *a = rec[i].item;
		const cJSON *b = NULL;

		/*
		 * The first unused match; those before lo are all used, so a
		 * replay in the recorded order is matched in one step each.
		 */
		while (lo < nrep && used[lo])
			lo++;
		for (j = lo; j < nrep; j++) {
			if (!used[j] && same_identity(&rec[i], &rep[j])) {
				b = rep[j].item;
				used[j] = 1;
				break;
			}
		}
		if (b && j != i)
			in_order = 0;
		if (!b) {
			struct audit_difference *d =
				add_difference(r, AUDIT_REMOVED, a);

			d->status_before = dup_or_null(str(a, "status"));
			d->message_before = dup_or_null(str(a, "message"));
		} else if (!same_result(a, b)) {
			struct audit_difference *d =
				add_difference(r, AUDIT_CHANGED, a);

			d->status_before = dup_or_null(str(a, "status"));
			d->message_before = dup_or_null(str(a, "message"));
			d->status_after = dup_or_null(str(b, "status"));
			d->message_after = dup_or_null(str(b, "message"));
		}
	}
	for (j = 0; j < nrep; j++) {
		const cJSON *b = rep[j].item;
		struct audit_difference *d;

		if (used[j])
			continue;
		d = add_difference(r, AUDIT_ADDED, b);
		d->status_after = dup_or_null(str(b, "status"));
		d->message_after = dup_or_null(str(b, "message"));
	}
	free(rec);
	free(rep);
	free(used);
	if (r->ndifferences) {
		r->status = AUDIT_DRIFT;
		r->detail = xstrdup("the recorded rules give other results "
				    "today");
	} else if (!in_order) {
		r->status = AUDIT_DRIFT;
		r->detail = xstrdup("the recorded rules give the same results "
				    "in another order");
	} else {
		r->status = AUDIT_OK;
	}
}

/* ---- the audit ---- */

static enum audit_status from_verdict(enum attestation_verdict v)
{
	switch (v) {
	case ATTESTATION_OK:
		return AUDIT_OK;
	case ATTESTATION_BAD_SIGNATURE:
		return AUDIT_BAD_SIGNATURE;
	case ATTESTATION_UNTRUSTED:
		return AUDIT_UNTRUSTED;
	case ATTESTATION_MOVED:
		return AUDIT_MOVED;
	case ATTESTATION_TAMPERED:
		return AUDIT_TAMPERED;
	}
	return AUDIT_TAMPERED;
}

static int compare_loci(const void *pa, const void *pb)
{
	const struct audit_obligation *a = pa, *b = pb;

	return audit_version_compare(a->locus, b->locus);
}

/*
 * The obligations seen so far, found by locus through by_locus: their
 * indices sorted by locus. A new one is added at the end of the list,
 * which keeps the order of first appearance.
 */
struct obligation_index {
	size_t *by_locus;
	size_t n;
};

static struct audit_obligation *obligation(struct audit *a,
					   struct obligation_index *x,
					   const char *locus)
{
	struct audit_obligation *o;
	size_t lo = 0, hi = x->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = strcmp(a->obligations[x->by_locus[mid]].locus, locus);

		if (!c)
			return &a->obligations[x->by_locus[mid]];
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	a->obligations = xrealloc(a->obligations, (a->nobligations + 1) *
				  sizeof(*a->obligations));
	o = &a->obligations[a->nobligations];
	memset(o, 0, sizeof(*o));
	o->locus = xstrdup(locus);
	x->by_locus = xrealloc(x->by_locus, (x->n + 1) *
			       sizeof(*x->by_locus));
	memmove(x->by_locus + lo + 1, x->by_locus + lo,
		(x->n - lo) * sizeof(*x->by_locus));
	x->by_locus[lo] = a->nobligations++;
	x->n++;
	return o;
}

struct locus_at {
	const char *locus;
	size_t at;
};

static int compare_locus_at(const void *pa, const void *pb)
{
	const struct locus_at *a = pa, *b = pb;
	int c = strcmp(a->locus, b->locus);

	return c ? c : (a->at > b->at) - (a->at < b->at);
}

/* What a release's results say of one obligation. */
struct locus_verdict {
	int first;	/* the first result of its locus */
	int all_pass, passes, fails;
};

/*
 * Per release, an obligation passed when one recorded result for it
 * passed and every other passed too or did not apply (an unknown or a
 * waived result is no pass); it failed when one of them failed. The
 * first release where it passed is when its evidence first held. The
 * results are grouped by locus through a sort: a release has dozens.
 */
static void tally_obligations(struct audit *a)
{
	struct obligation_index x = { NULL, 0 };
	size_t i, j, k;

	for (i = 0; i < a->ntags; i++) {
		struct audit_tag *t = &a->tags[i];
		const struct audit_record *ref = t->reference;
		struct locus_at *la;
		struct locus_verdict *v;
		size_t n = 0;

		if (!ref)
			continue;
		la = xcalloc(ref->nresults + 1, sizeof(*la));
		v = xcalloc(ref->nresults + 1, sizeof(*v));
		for (j = 0; j < ref->nresults; j++)
			if (ref->results[j].locus) {
				la[n].locus = ref->results[j].locus;
				la[n++].at = j;
			}
		qsort(la, n, sizeof(*la), compare_locus_at);
		for (j = 0; j < n; j = k) {
			struct locus_verdict *first = &v[la[j].at];

			first->first = 1;
			first->all_pass = 1;
			for (k = j; k < n && !strcmp(la[k].locus, la[j].locus);
			     k++) {
				const struct audit_result *r =
					&ref->results[la[k].at];

				/* Not applicable neither helps nor hinders. */
				if (!strcmp(r->status, "pass"))
					first->passes = 1;
				else if (strcmp(r->status, "not-applicable"))
					first->all_pass = 0;
				if (audit_result_fails(r))
					first->fails = 1;
			}
		}
		/* In the order of the results, as the list of loci grows. */
		for (j = 0; j < ref->nresults; j++) {
			struct audit_obligation *o;

			if (!v[j].first)
				continue;
			o = obligation(a, &x, ref->results[j].locus);
			if (v[j].all_pass && v[j].passes && !o->passed++)
				o->first_passed = i;
			if (v[j].fails) {
				o->failed++;
				t->nfailing++;
			}
		}
		free(la);
		free(v);
	}
	free(x.by_locus);
	if (a->nobligations)
		qsort(a->obligations, a->nobligations,
		      sizeof(*a->obligations), compare_loci);
}

/*
 * Tell the tag's status once none of its records is in flight, and let
 * its statements go: what the report needs is read. The statement of
 * the replay in flight (keep) stays, as two tags may share a note line.
 */
static void tag_settle(struct audit *a, struct audit_tag *t,
		       const struct attestation *keep, size_t *readers)
{
	size_t i;

	for (i = 0; i < t->nrecords; i++)
		if (audit_status_rank(t->records[i].status) >
		    audit_status_rank(t->status))
			t->status = t->records[i].status;
	for (i = 0; i < t->nrecords; i++)
		if (t->evidence.atts[i] != keep)
			attestation_shed(t->evidence.atts[i]);
	release_read_lines(&a->index, readers, &t->evidence);
	a->counts[t->status]++;
}

/* Collect the job's rules and compare what they found with the record. */
static void job_complete(struct audit *a, struct replay_job *j)
{
	struct audit_record *r = j->record;
	struct json_arena made = JSON_ARENA_INIT;
	cJSON *findings = NULL;

	if (!j->failure && evaluation_finish(&j->ev) < 0)
		job_fail(j, "the recorded rules cannot run");
	if (!j->failure) {
		/* Compared and thrown away: made in an arena, freed at once. */
		json_arena_begin(&made);
		findings = report_json_findings(&j->ev);
		json_arena_end();
		a->rules_run += j->ev.rules_run;
		a->rules_reused += j->ev.rules.count - j->ev.rules_run;
	}
	/* Every outcome from another release: nothing ran again. */
	if (j->failure || j->ev.rules_run) {
		r->replayed = 1;
		a->replays++;
	} else {
		r->reused = 1;
		a->reused++;
	}
	if (j->failure) {
		r->status = AUDIT_UNREPLAYABLE;
		r->detail = j->failure;
		j->failure = NULL;
	} else {
		compare(r, j->plan.results, findings);
	}
	json_arena_release(&made);
	job_release(j);
}

/*
 * Start j (NULL: none) after collecting the job in flight, and complete
 * that one while j's rules run. A job's rules go to the runner only once
 * the previous job's outcomes are in the cache, where j may find them.
 */
static void job_push(struct audit *a, struct replayer *rp,
		     struct replay_job *j)
{
	struct replay_job *done = rp->pending;

	/* Its first rules queue behind those of the replay in flight. */
	if (j && !j->failure && done && !done->failure)
		evaluation_start_ahead(&j->ev, &done->ev);
	if (done && !done->failure && evaluation_wait(&done->ev) < 0)
		job_fail(done, "the recorded rules cannot run");
	rp->pending = NULL;
	if (j && !j->failure) {
		/* A failed start is reported by finish. */
		evaluation_start(&j->ev);
		rp->pending = j;
	}
	if (done)
		job_complete(a, done);
	if (j && j->failure)
		job_complete(a, j);
}

static const struct attestation *pending_statement(const struct replayer *rp)
{
	return rp->pending ? rp->pending->record->att : NULL;
}

/* Verify-time facts of each record; replays are pushed into flight. */
static void tag_begin(struct audit *a, struct replayer *rp,
		      struct audit_tag *t)
{
	size_t i;

	t->records = xcalloc(t->evidence.count + 1, sizeof(*t->records));
	t->nrecords = t->evidence.count;
	t->status = t->nrecords ? AUDIT_OK : AUDIT_MISSING;
	for (i = 0; i < t->nrecords; i++) {
		struct audit_record *r = &t->records[i];
		struct replay_job *j;
		struct buf why = BUF_INIT;

		r->att = t->evidence.atts[i];
		read_record(r);
		r->verdict = r->att->verdict;
		r->signer = r->att->signer.len ?
			xstrdup(buf_cstr(&r->att->signer)) : NULL;
		r->status = from_verdict(r->verdict);
		/* A genuine record is the release's, even if it drifts. */
		if (!t->reference && r->verdict == ATTESTATION_OK)
			t->reference = r;
		if (r->status != AUDIT_OK) {
			if (r->att->detail.len)
				r->detail = xstrdup(buf_cstr(&r->att->detail));
			continue;
		}
		j = xcalloc(1, sizeof(*j));
		j->tag = t;
		j->record = r;
		if (plan_read(&j->plan, r->att, &why) < 0) {
			r->status = AUDIT_UNREPLAYABLE;
			r->detail = buf_detach(&why, NULL);
			job_release(j);
			continue;
		}
		job_prepare(j, rp);
		job_push(a, rp, j);
	}
}

int audit_run(struct audit *a, git_repository *repo,
	      const struct audit_options *opts)
{
	struct candidate *tags = NULL;
	struct replayer rp;
	struct audit_tag *waiting = NULL;	/* its last replay in flight */
	size_t ntags = 0, i, *readers = NULL;
	int ret = -1;

	memset(a, 0, sizeof(*a));
	memset(&rp, 0, sizeof(rp));
	rp.repo = repo;
	if (!opts->no_reuse) {
		rp.rules = rule_cache_new();
		rp.server = rule_server_new(repo);
	}
	/*
	 * Keep each statement parsed only while its tag is audited: parsed,
	 * one is many times its text, and the index holds the history.
	 */
	if (evidence_index_load_shed(&a->index, repo) < 0)
		return -1;
	if (select_tags(&tags, &ntags, a, repo, opts) < 0)
		goto done;
	readers = count_readers(&a->index, tags, ntags);
	a->tags = xcalloc(ntags + 1, sizeof(*a->tags));
	for (i = 0; i < ntags; i++) {
		struct audit_tag *t = &a->tags[a->ntags];

		if (opts->progress)
			opts->progress(opts->progress_data, i, ntags,
				       tags[i].name);
		if (tag_evidence_verify(&t->evidence, &a->index, repo,
					tags[i].name, opts->signer) < 0) {
			error_prefix("cannot audit '%s'", tags[i].name);
			goto done;
		}
		a->ntags++;
		tag_begin(a, &rp, t);
		if (waiting && !(rp.pending && rp.pending->tag == waiting)) {
			tag_settle(a, waiting, pending_statement(&rp), readers);
			waiting = NULL;
		}
		if (rp.pending && rp.pending->tag == t)
			waiting = t;
		else
			tag_settle(a, t, pending_statement(&rp), readers);
	}
	job_push(a, &rp, NULL);
	if (waiting)
		tag_settle(a, waiting, NULL, readers);
	if (opts->progress)
		opts->progress(opts->progress_data, ntags, ntags, NULL);
	tally_obligations(a);
	ret = 0;
done:
	if (rp.pending)
		job_release(rp.pending);
	for (i = 0; i < ntags; i++)
		free(tags[i].name);
	free(tags);
	free(readers);
	replayer_release(&rp);
	return ret;
}

static void result_release(struct audit_result *r)
{
	free(r->rule);
	free(r->locus);
	free(r->status);
	free(r->message);
	free(r->path);
}

static void record_release(struct audit_record *r)
{
	size_t i;

	free(r->detail);
	free(r->signer);
	free(r->policy);
	free(r->tool);
	free(r->attested_at);
	for (i = 0; i < r->nresults; i++)
		result_release(&r->results[i]);
	free(r->results);
	for (i = 0; i < r->ndifferences; i++) {
		struct audit_difference *d = &r->differences[i];

		free(d->rule);
		free(d->locus);
		free(d->subject);
		free(d->status_before);
		free(d->status_after);
		free(d->message_before);
		free(d->message_after);
	}
	free(r->differences);
}

void audit_release(struct audit *a)
{
	size_t i, j;

	if (!a)
		return;
	for (i = 0; i < a->ntags; i++) {
		for (j = 0; j < a->tags[i].nrecords; j++)
			record_release(&a->tags[i].records[j]);
		free(a->tags[i].records);
		tag_evidence_release(&a->tags[i].evidence);
	}
	free(a->tags);
	for (i = 0; i < a->nobligations; i++)
		free(a->obligations[i].locus);
	free(a->obligations);
	for (i = 0; i < a->nwarnings; i++)
		free(a->warnings[i]);
	free(a->warnings);
	evidence_index_release(&a->index);
	memset(a, 0, sizeof(*a));
}

int audit_exit_code(const struct audit *a)
{
	return a->counts[AUDIT_OK] == a->ntags ? 0 : 1;
}
