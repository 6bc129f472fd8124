#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "rule_cache.h"

/* Outcomes kept per rule, the most recently used. */
#define RULE_CACHE_VARIANTS 32

/* One run of a rule: what it saw and what it gave. */
struct variant {
	struct rule_trace trace;
	struct rule_meta meta;
	int loaded;
	struct rule_outcome outcome;
};

/*
 * What names a rule's outcomes: the evaluation's context and the rule's
 * blob, file and origin, compared whole (hashing them for every rule of
 * every release cost more than the lookups).
 */
struct bucket {
	unsigned char context[SHA256_DIGEST_SIZE];
	git_oid id;
	enum rule_origin origin;
	char *file;
	struct variant *variants;	/* most recently used first */
	size_t count;
};

struct rule_cache {
	struct bucket *buckets;		/* open addressing, by key */
	size_t size;			/* a power of two */
	size_t used;
};

struct rule_cache *rule_cache_new(void)
{
	struct rule_cache *c = xcalloc(1, sizeof(*c));

	c->size = 64;
	c->buckets = xcalloc(c->size, sizeof(*c->buckets));
	return c;
}

static void variant_release(struct variant *v)
{
	rule_trace_release(&v->trace);
	rule_meta_release(&v->meta);
	rule_outcome_release(&v->outcome);
}

void rule_cache_free(struct rule_cache *c)
{
	size_t i, j;

	if (!c)
		return;
	for (i = 0; i < c->size; i++) {
		for (j = 0; j < c->buckets[i].count; j++)
			variant_release(&c->buckets[i].variants[j]);
		free(c->buckets[i].variants);
		free(c->buckets[i].file);
	}
	free(c->buckets);
	free(c);
}

static size_t slot_of(const struct rule_cache *c,
		      const unsigned char context[SHA256_DIGEST_SIZE],
		      const git_oid *id)
{
	size_t h = 0, i;

	for (i = 0; i < sizeof(h); i++)
		h = h << 8 | (size_t)(id->id[i] ^ context[i]);
	return h & (c->size - 1);
}

static int same_key(const struct bucket *b,
		    const unsigned char context[SHA256_DIGEST_SIZE],
		    const struct rule_source *src)
{
	return git_oid_equal(&b->id, &src->id) && b->origin == src->origin &&
		!memcmp(b->context, context, SHA256_DIGEST_SIZE) &&
		!strcmp(b->file, src->file);
}

/* The bucket of the rule, or the empty slot where it would go. */
static struct bucket *probe(struct rule_cache *c,
			    const unsigned char context[SHA256_DIGEST_SIZE],
			    const struct rule_source *src)
{
	size_t i = slot_of(c, context, &src->id);

	for (;;) {
		struct bucket *b = &c->buckets[i];

		if (!b->file || same_key(b, context, src))
			return b;
		i = (i + 1) & (c->size - 1);
	}
}

static void grow(struct rule_cache *c)
{
	struct bucket *old = c->buckets;
	size_t n = c->size, i;

	c->size *= 2;
	c->buckets = xcalloc(c->size, sizeof(*c->buckets));
	for (i = 0; i < n; i++) {
		struct rule_source src;
		size_t j;

		if (!old[i].file)
			continue;
		memset(&src, 0, sizeof(src));
		git_oid_cpy(&src.id, &old[i].id);
		src.origin = old[i].origin;
		src.file = old[i].file;
		j = slot_of(c, old[i].context, &src.id);
		while (c->buckets[j].file)
			j = (j + 1) & (c->size - 1);
		c->buckets[j] = old[i];
	}
	free(old);
}

static char *dup_or_null(const char *s)
{
	return s ? xstrdup(s) : NULL;
}

static void copy_outcome(struct rule_outcome *dst,
			 const struct rule_outcome *src, size_t index)
{
	size_t i;

	memset(dst, 0, sizeof(*dst));
	dst->selected = src->selected;
	dst->findings = xcalloc(src->nfindings + 1, sizeof(*dst->findings));
	for (i = 0; i < src->nfindings; i++) {
		const struct finding *f = &src->findings[i];
		struct finding *g = &dst->findings[i];

		*g = *f;
		g->rule = index;
		g->message = dup_or_null(f->message);
		g->subject = dup_or_null(f->subject);
		g->path = dup_or_null(f->path);
		g->waiver_reason = dup_or_null(f->waiver_reason);
		g->waiver_owner = dup_or_null(f->waiver_owner);
		g->waiver_expires = dup_or_null(f->waiver_expires);
	}
	dst->nfindings = src->nfindings;
	dst->inputs = xcalloc(src->ninputs + 1, sizeof(*dst->inputs));
	for (i = 0; i < src->ninputs; i++) {
		dst->inputs[i].path = xstrdup(src->inputs[i].path);
		git_oid_cpy(&dst->inputs[i].id, &src->inputs[i].id);
	}
	dst->ninputs = src->ninputs;
	dst->error = dup_or_null(src->error);
	dst->error_path = dup_or_null(src->error_path);
	dst->error_line = src->error_line;
	/* The copy's own trace stays empty: the variant keeps the trace. */
	rule_trace_init(&dst->trace);
}

int rule_cache_find(struct rule_cache *c,
		    const unsigned char context[SHA256_DIGEST_SIZE],
		    struct trace_answers *answers, int64_t now,
		    struct rule *rule, size_t index, struct rule_outcome *out)
{
	struct bucket *b = probe(c, context, &rule->source);
	size_t i;

	for (i = 0; i < b->count; i++) {
		struct variant found;

		if (!rule_trace_holds(&b->variants[i].trace, answers, now))
			continue;
		/* Move it to the front: the next release likely agrees. */
		found = b->variants[i];
		memmove(b->variants + 1, b->variants, i * sizeof(*b->variants));
		b->variants[0] = found;
		rule_meta_release(&rule->meta);
		rule_meta_copy(&rule->meta, &found.meta);
		rule->loaded = found.loaded;
		rule_outcome_release(out);
		copy_outcome(out, &found.outcome, index);
		return 1;
	}
	return 0;
}

int rule_cache_names_revision(struct rule_cache *c,
			      const unsigned char context[SHA256_DIGEST_SIZE],
			      const struct rule *rule)
{
	const struct bucket *b = probe(c, context, &rule->source);
	size_t i;

	for (i = 0; b->count && i < b->variants[0].trace.count; i++)
		if (b->variants[0].trace.entries[i].question ==
		    TRACE_REVISION)
			return 1;
	return 0;
}

void rule_cache_add(struct rule_cache *c,
		    const unsigned char context[SHA256_DIGEST_SIZE],
		    const struct rule *rule, const struct rule_outcome *o)
{
	struct bucket *b;
	struct variant *v;

	if (o->traced != 1)
		return;
	if (2 * (c->used + 1) > c->size)
		grow(c);
	b = probe(c, context, &rule->source);
	if (!b->file) {
		memcpy(b->context, context, SHA256_DIGEST_SIZE);
		git_oid_cpy(&b->id, &rule->source.id);
		b->origin = rule->source.origin;
		b->file = xstrdup(rule->source.file);
		c->used++;
	}
	/*
	 * The least recently used outcome goes: a rule that names the tag
	 * keeps one per release, none of which a later release reuses, and
	 * every lookup would try them all.
	 */
	if (b->count == RULE_CACHE_VARIANTS)
		variant_release(&b->variants[--b->count]);
	b->variants = xrealloc(b->variants, (b->count + 1) *
			       sizeof(*b->variants));
	memmove(b->variants + 1, b->variants, b->count * sizeof(*b->variants));
	b->count++;
	v = &b->variants[0];
	memset(v, 0, sizeof(*v));
	rule_trace_copy(&v->trace, &o->trace);
	rule_meta_copy(&v->meta, &rule->meta);
	v->loaded = rule->loaded;
	copy_outcome(&v->outcome, o, 0);
}
