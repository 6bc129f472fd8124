#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "rule_trace.h"

void rule_trace_init(struct rule_trace *t)
{
	memset(t, 0, sizeof(*t));
	t->from = INT64_MIN;
	t->until = INT64_MAX;
}

void rule_trace_release(struct rule_trace *t)
{
	size_t i;

	if (!t)
		return;
	for (i = 0; i < t->count; i++)
		free(t->entries[i].path);
	free(t->entries);
	rule_trace_init(t);
}

void rule_trace_add(struct rule_trace *t, char question, const char *path,
		    const unsigned char answer[SHA256_DIGEST_SIZE])
{
	struct trace_entry *e;

	t->entries = xrealloc(t->entries, (t->count + 1) * sizeof(*t->entries));
	e = &t->entries[t->count++];
	e->question = question;
	e->path = xstrdup(path);
	memcpy(e->answer, answer, SHA256_DIGEST_SIZE);
}

void rule_trace_copy(struct rule_trace *dst, const struct rule_trace *src)
{
	size_t i;

	rule_trace_init(dst);
	for (i = 0; i < src->count; i++)
		rule_trace_add(dst, src->entries[i].question,
			       src->entries[i].path, src->entries[i].answer);
	dst->from = src->from;
	dst->until = src->until;
}

static void hash_string(struct sha256 *c, const char *s)
{
	sha256_update_field(c, s ? s : "", s ? strlen(s) : 0);
	sha256_update(c, s ? "s" : "n", 1);
}

/*
 * Where a read leads and what is there: the blob id fixes the contents,
 * and with them every refusal after resolving (too large, unreadable),
 * given the same size limit, which is part of the cache's key.
 */
static void answer_read(struct sha256 *c, const struct snapshot *s,
			const char *path)
{
	struct buf resolved = BUF_INIT;
	git_oid id;
	int type;

	if (snapshot_resolve(&resolved, &type, &id, s, path) < 0) {
		hash_string(c, "refused");
		hash_string(c, error_last());
		error_clear();
	} else if (type == SNAPSHOT_ENTRY_MISSING) {
		hash_string(c, "missing");
	} else {
		hash_string(c, "found");
		sha256_update_field(c, &type, sizeof(type));
		hash_string(c, buf_cstr(&resolved));
		sha256_update_field(c, id.id, sizeof(id.id));
	}
	buf_release(&resolved);
}

static void answer_list(struct sha256 *c, const struct snapshot *s,
			const char *dir)
{
	char **names = NULL;
	size_t count = 0, i;

	if (snapshot_list(&names, &count, s, dir) < 0) {
		hash_string(c, "refused");
		hash_string(c, error_last());
		error_clear();
		return;
	}
	hash_string(c, "names");
	for (i = 0; i < count; i++) {
		hash_string(c, names[i]);
		free(names[i]);
	}
	free(names);
}

/* One field of cra.snapshot: kind, rev, tag, commit or tree. */
static void answer_revision(struct sha256 *c, const struct snapshot *s,
			    const char *field)
{
	if (!strcmp(field, "kind")) {
		hash_string(c, snapshot_kind_name(s->kind));
	} else if (!strcmp(field, "rev")) {
		hash_string(c, s->rev);
	} else if (!strcmp(field, "tag")) {
		hash_string(c, s->tag);
	} else if (!strcmp(field, "commit")) {
		sha256_update_field(c, &s->has_commit, sizeof(s->has_commit));
		sha256_update_field(c, s->commit_id.id, sizeof(s->commit_id.id));
	} else if (!strcmp(field, "tree")) {
		sha256_update_field(c, &s->has_tree, sizeof(s->has_tree));
		sha256_update_field(c, s->tree_id.id, sizeof(s->tree_id.id));
	}
}

void rule_trace_answer(unsigned char out[SHA256_DIGEST_SIZE],
		       const struct snapshot *s, char question,
		       const char *path)
{
	struct sha256 c;
	int exists;

	sha256_init(&c);
	sha256_update_field(&c, &question, 1);
	switch (question) {
	case TRACE_READ:
		answer_read(&c, s, path);
		break;
	case TRACE_EXISTS:
		exists = snapshot_exists(s, path);
		sha256_update_field(&c, &exists, sizeof(exists));
		break;
	case TRACE_LIST:
		answer_list(&c, s, path);
		break;
	case TRACE_REVISION:
		answer_revision(&c, s, path);
		break;
	}
	sha256_final(out, &c);
}

static const struct trace_entry *find(const struct trace_entry *entries,
				      size_t count, char question,
				      const char *path)
{
	size_t i;

	for (i = 0; i < count; i++)
		if (entries[i].question == question &&
		    !strcmp(entries[i].path, path))
			return &entries[i];
	return NULL;
}

void rule_trace_ask(struct rule_trace *t, const struct snapshot *s,
		    char question, const char *path)
{
	unsigned char answer[SHA256_DIGEST_SIZE];

	if (!path)
		path = "";
	if (find(t->entries, t->count, question, path))
		return;
	rule_trace_answer(answer, s, question, path);
	rule_trace_add(t, question, path, answer);
}

void trace_answers_init(struct trace_answers *a, const struct snapshot *s)
{
	memset(a, 0, sizeof(*a));
	a->snapshot = s;
}

void trace_answers_release(struct trace_answers *a)
{
	size_t i;

	if (!a)
		return;
	for (i = 0; i < a->count; i++)
		free(a->entries[i].path);
	free(a->entries);
	memset(a, 0, sizeof(*a));
}

static const unsigned char *answer_of(struct trace_answers *a,
				      char question, const char *path)
{
	const struct trace_entry *e = find(a->entries, a->count, question,
					   path);
	unsigned char answer[SHA256_DIGEST_SIZE];
	struct trace_entry *added;

	if (e)
		return e->answer;
	rule_trace_answer(answer, a->snapshot, question, path);
	a->entries = xrealloc(a->entries, (a->count + 1) *
			      sizeof(*a->entries));
	added = &a->entries[a->count++];
	added->question = question;
	added->path = xstrdup(path);
	memcpy(added->answer, answer, sizeof(answer));
	return added->answer;
}

int rule_trace_holds(const struct rule_trace *t, struct trace_answers *a,
		     int64_t now)
{
	size_t i;

	if (now < t->from || now > t->until)
		return 0;
	for (i = 0; i < t->count; i++) {
		const struct trace_entry *e = &t->entries[i];

		if (memcmp(answer_of(a, e->question, e->path), e->answer,
			   SHA256_DIGEST_SIZE))
			return 0;
	}
	return 1;
}
