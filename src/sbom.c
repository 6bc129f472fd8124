#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "error.h"
#include "json.h"
#include "sbom.h"
#include "yaml_tree.h"

/*
 * The model is built in growable arrays kept here, and its public
 * pointers are set once, when the readers are done (model_finish()), so
 * that no pointer handed out is ever moved by a later realloc.
 */

struct vec {
	void *p;
	size_t n, alloc;
};

/* A string pool: chunks that never move, so pointers into them last. */
struct chunk {
	struct chunk *next;
	size_t used, size;
	char data[];
};

struct yloc {
	unsigned line, column;
};

/*
 * Open addressing over string keys; values are indices. A slot is eight
 * bytes, 32 bits of the key's hash and the number of its entry, so that
 * the table of a 100,000-component SBOM stays in cache; strings are
 * compared only when the hashes agree. The keys are copied into chunks
 * of the map's own: a probe then touches a few megabytes, not a document
 * of a hundred, which matters once that no longer fits the TLB.
 */
struct slot {
	uint32_t hash;
	uint32_t entry;		/* UINT32_MAX: free */
};

struct entry {
	const char *key;
	uint32_t val;
};

struct sbom_map {
	struct slot *slots;
	size_t mask;		/* mask + 1 slots */
	struct entry *entries;
	size_t n, alloc;
	struct chunk *keys;
};

/*
 * Lines and columns of a JSON document, counted as json_position() counts
 * them (a line ends with '\n'; a column counts UTF-8 characters and not
 * the byte order mark), but from a checkpoint every POS_STEP bytes rather
 * than from the start of the line: a minified SBOM is one line of many
 * megabytes, and a rule may report on every one of its components.
 */
#define POS_STEP 4096

struct pos_index {
	uint32_t *line, *column;	/* at offset k * POS_STEP */
	size_t n;
};

struct sbom_private {
	char *path;
	struct json_doc *json;
	struct ydoc ydoc;
	int has_ydoc;
	struct chunk *chunks;
	struct vec ylocs;
	struct sbom_map refs;
	/*
	 * The JSON text: json_parse_buf() keeps the buffer it took over as
	 * the document's, only writing NULs over closing quotes, so it can
	 * be read for positions until json_free().
	 */
	const char *text;
	size_t text_len, bom;
	struct pos_index pos;

	unsigned char *root_marks;	/* which components are roots */
	size_t root_marks_n;

	struct vec components, hashes, licenses, extrefs, properties,
		authors, vulns, ratings, affects, responses, compositions,
		doc_authors, tools, doc_licenses, doc_properties, lifecycles,
		roots, edges, problems;

	/* Compressed sparse rows, set by model_finish(). */
	uint32_t *edge_start;	/* edges of i: [edge_start[i], [i + 1]) */
	uint32_t *dep_start;	/* dependency targets of i */
	uint32_t *dep_targets;
	uint32_t *rdep_start;	/* dependents of i */
	uint32_t *rdep_sources;
};

/* Growing arrays and the string pool. */

static void *vec_push(struct vec *v, size_t size)
{
	void *item;

	if (v->n == v->alloc) {
		v->alloc = v->alloc < 16 ? 16 : v->alloc + v->alloc / 2;
		v->p = xrealloc(v->p, v->alloc * size);
	}
	item = (char *)v->p + v->n++ * size;
	memset(item, 0, size);
	return item;
}

/* A copy of s[len], NUL-terminated, that lives as long as the model. */
#define POOL_CHUNK 65536

/* A copy of s[len], NUL-terminated, in the pool. */
static const char *pool_dup(struct chunk **pool, const char *s, size_t len)
{
	struct chunk *c = *pool;
	size_t size;
	char *out;

	if (!c || c->size - c->used < len + 1) {
		size = len + 1 > POOL_CHUNK ? len + 1 : POOL_CHUNK;
		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		/* A big string gets a chunk of its own behind the current. */
		if (size > POOL_CHUNK && *pool) {
			c->next = (*pool)->next;
			(*pool)->next = c;
		} else {
			c->next = *pool;
			*pool = c;
		}
	}
	out = c->data + c->used;
	memcpy(out, s, len);
	out[len] = '\0';
	c->used += len + 1;
	return out;
}

static void pool_free(struct chunk *c)
{
	struct chunk *next;

	for (; c; c = next) {
		next = c->next;
		free(c);
	}
}

/* A copy of s[len] that lives as long as the model. */
static const char *sbom_strndup(struct sbom *sb, const char *s, size_t len)
{
	return pool_dup(&sb->priv->chunks, s, len);
}

/* The reference map. */

static uint64_t hash_str(const char *s)
{
	uint64_t h = 0xcbf29ce484222325ull;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
	return h ^ (h >> 29);
}

static void refmap_grow(struct sbom_map *m)
{
	size_t size = m->slots ? (m->mask + 1) * 2 : 64, i, j;
	struct slot *slots = xmalloc(size * sizeof(*slots));

	memset(slots, 0xff, size * sizeof(*slots));
	for (i = 0; m->slots && i <= m->mask; i++) {
		if (m->slots[i].entry == UINT32_MAX)
			continue;
		for (j = m->slots[i].hash & (size - 1);
		     slots[j].entry != UINT32_MAX; j = (j + 1) & (size - 1))
			;
		slots[j] = m->slots[i];
	}
	free(m->slots);
	m->slots = slots;
	m->mask = size - 1;
}

/* The slot of key, or the free slot where it would go. */
static struct slot *refmap_find(const struct sbom_map *m, const char *key,
				uint32_t hash)
{
	struct slot *s;
	size_t i;

	for (i = hash & m->mask;; i = (i + 1) & m->mask) {
		s = &m->slots[i];
		if (s->entry == UINT32_MAX || (s->hash == hash &&
		    !strcmp(m->entries[s->entry].key, key)))
			return s;
	}
}

/* The value of key, or UINT32_MAX. */
static uint32_t refmap_get(const struct sbom_map *m, const char *key)
{
	const struct slot *s;

	if (!m->slots)
		return UINT32_MAX;
	s = refmap_find(m, key, (uint32_t)hash_str(key));
	return s->entry == UINT32_MAX ? UINT32_MAX : m->entries[s->entry].val;
}

static void refmap_release(struct sbom_map *m)
{
	pool_free(m->keys);
	free(m->slots);
	free(m->entries);
}

/* Add key unless present; return the value it has now. */
static uint32_t refmap_put(struct sbom_map *m, const char *key, uint32_t val)
{
	uint32_t hash = (uint32_t)hash_str(key);
	struct slot *s;
	struct entry *e;

	/* Keep the table at most half full, so probes stay short. */
	if (!m->slots || (m->n + 1) * 2 > m->mask + 1)
		refmap_grow(m);
	s = refmap_find(m, key, hash);
	if (s->entry != UINT32_MAX)
		return m->entries[s->entry].val;
	if (m->n == m->alloc) {
		m->alloc = m->alloc ? m->alloc * 2 : 64;
		m->entries = xrealloc(m->entries,
				      m->alloc * sizeof(*m->entries));
	}
	e = &m->entries[m->n];
	e->key = pool_dup(&m->keys, key, strlen(key));
	e->val = val;
	s->hash = hash;
	s->entry = (uint32_t)m->n++;
	return val;
}

struct sbom_map *sbom_map_new(void)
{
	return xcalloc(1, sizeof(struct sbom_map));
}

uint32_t sbom_map_put(struct sbom_map *m, const char *key, uint32_t val)
{
	return refmap_put(m, key, val);
}

uint32_t sbom_map_get(const struct sbom_map *m, const char *key)
{
	return m && key ? refmap_get(m, key) : UINT32_MAX;
}

void sbom_map_free(struct sbom_map *m)
{
	if (!m)
		return;
	refmap_release(m);
	free(m);
}

/* Positions and problems. */

sbom_loc sbom_yaml_loc(struct sbom *sb, unsigned line, unsigned column)
{
	struct sbom_private *p = sb->priv;
	struct yloc *l;

	if (p->ylocs.n >= SBOM_NO_LOC)
		return SBOM_NO_LOC;
	l = vec_push(&p->ylocs, sizeof(*l));
	l->line = line;
	l->column = column;
	return (sbom_loc)(p->ylocs.n - 1);
}

/*
 * Move a position from offset from to offset to. Lines are found with
 * memchr, and only the characters after the last of them are counted:
 * an index over a pretty-printed SBOM of a megabyte is built in the
 * time it takes to scan it for newlines.
 */
static void pos_advance(const struct sbom_private *p, size_t from, size_t to,
			unsigned *line, unsigned *column)
{
	const unsigned char *t = (const unsigned char *)p->text, *nl;
	unsigned col = *column;
	size_t i;

	if (from < p->bom)
		from = p->bom;
	while (from < to && (nl = memchr(t + from, '\n', to - from))) {
		(*line)++;
		col = 1;
		from = (size_t)(nl - t) + 1;
	}
	/* every byte but UTF-8 continuation bytes starts a character */
	for (i = from; i < to; i++)
		col += (t[i] & 0xc0) != 0x80;
	*column = col;
}

static void pos_index_build(struct sbom_private *p)
{
	struct pos_index *x = &p->pos;
	unsigned line = 1, column = 1;
	size_t k;

	x->n = p->text_len / POS_STEP + 1;
	x->line = xmalloc(x->n * sizeof(*x->line));
	x->column = xmalloc(x->n * sizeof(*x->column));
	for (k = 0; k < x->n; k++) {
		if (k)
			pos_advance(p, (k - 1) * POS_STEP, k * POS_STEP,
				    &line, &column);
		x->line[k] = line;
		x->column[k] = column;
	}
}

void sbom_position(unsigned *line, unsigned *column, const struct sbom *sb,
		   sbom_loc loc)
{
	struct sbom_private *p = sb ? sb->priv : NULL;
	const struct yloc *l;
	size_t k;

	*line = *column = 0;
	if (!p || loc == SBOM_NO_LOC)
		return;
	if (p->json) {
		if (loc > p->text_len)
			loc = (sbom_loc)p->text_len;
		if (!p->pos.n)
			pos_index_build(p);
		k = loc / POS_STEP;
		*line = p->pos.line[k];
		*column = p->pos.column[k];
		pos_advance(p, k * POS_STEP, loc, line, column);
	} else if (loc < p->ylocs.n) {
		l = (const struct yloc *)p->ylocs.p + loc;
		*line = l->line;
		*column = l->column;
	}
}

void sbom_add_problem(struct sbom *sb, sbom_loc loc,
		      enum sbom_severity severity, const char *code,
		      const char *fmt, ...)
{
	struct sbom_private *p = sb->priv;
	struct sbom_problem *pr;
	char msg[512];
	va_list ap;
	int n;

	if (p->problems.n >= SBOM_MAX_PROBLEMS) {
		sb->problems_dropped++;
		return;
	}
	va_start(ap, fmt);
	n = vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (n < 0)
		n = 0;
	if ((size_t)n >= sizeof(msg))
		n = sizeof(msg) - 1;
	pr = vec_push(&p->problems, sizeof(*pr));
	pr->severity = severity;
	pr->code = code;
	pr->loc = loc;
	pr->message = sbom_strndup(sb, msg, (size_t)n);
}

/* Adding to the model. */

const struct json_doc *sbom_json(const struct sbom *sb)
{
	return sb->priv->json;
}

const struct ydoc *sbom_ydoc(const struct sbom *sb)
{
	return sb->priv->has_ydoc ? &sb->priv->ydoc : NULL;
}

static void entity_init(struct sbom_entity *e, uint32_t owner)
{
	memset(e, 0, sizeof(*e));
	e->owner = owner;
	e->loc = SBOM_NO_LOC;
}

uint32_t sbom_add_component(struct sbom *sb, enum sbom_element element,
			    sbom_loc loc)
{
	struct vec *v = &sb->priv->components;
	struct sbom_component *c = vec_push(v, sizeof(*c));
	uint32_t i = (uint32_t)(v->n - 1);

	c->element = element;
	c->parent = SBOM_NONE;
	c->loc = loc;
	entity_init(&c->supplier, i);
	entity_init(&c->manufacturer, i);
	sb->ncomponents = v->n;
	return i;
}

struct sbom_component *sbom_component_mut(struct sbom *sb, uint32_t i)
{
	return (struct sbom_component *)sb->priv->components.p + i;
}

#define ADD_OWNED(fn, type, list) \
type *fn(struct sbom *sb, uint32_t owner) \
{ \
	type *x = vec_push(&sb->priv->list, sizeof(*x)); \
	x->owner = owner; \
	x->loc = SBOM_NO_LOC; \
	return x; \
}

ADD_OWNED(sbom_add_hash, struct sbom_hash, hashes)
ADD_OWNED(sbom_add_license, struct sbom_license, licenses)
ADD_OWNED(sbom_add_ref, struct sbom_ref, extrefs)
ADD_OWNED(sbom_add_property, struct sbom_property, properties)
ADD_OWNED(sbom_add_rating, struct sbom_rating, ratings)
ADD_OWNED(sbom_add_affect, struct sbom_affect, affects)
ADD_OWNED(sbom_add_response, struct sbom_text, responses)

struct sbom_entity *sbom_add_author(struct sbom *sb, uint32_t owner)
{
	struct sbom_entity *e = vec_push(&sb->priv->authors, sizeof(*e));

	entity_init(e, owner);
	return e;
}

uint32_t sbom_add_vulnerability(struct sbom *sb, sbom_loc loc)
{
	struct vec *v = &sb->priv->vulns;
	struct sbom_vulnerability *x = vec_push(v, sizeof(*x));

	x->loc = loc;
	sb->nvulnerabilities = v->n;
	return (uint32_t)(v->n - 1);
}

struct sbom_vulnerability *sbom_vulnerability_mut(struct sbom *sb,
						  uint32_t i)
{
	return (struct sbom_vulnerability *)sb->priv->vulns.p + i;
}

struct sbom_composition *sbom_add_composition(struct sbom *sb)
{
	struct sbom_composition *x = vec_push(&sb->priv->compositions,
					      sizeof(*x));

	x->loc = SBOM_NO_LOC;
	return x;
}

struct sbom_entity *sbom_add_doc_author(struct sbom *sb)
{
	struct sbom_entity *e = vec_push(&sb->priv->doc_authors, sizeof(*e));

	entity_init(e, 0);
	return e;
}

struct sbom_tool *sbom_add_tool(struct sbom *sb)
{
	struct sbom_tool *t = vec_push(&sb->priv->tools, sizeof(*t));

	t->loc = SBOM_NO_LOC;
	return t;
}

struct sbom_license *sbom_add_doc_license(struct sbom *sb)
{
	struct sbom_license *l = vec_push(&sb->priv->doc_licenses,
					  sizeof(*l));

	l->loc = SBOM_NO_LOC;
	return l;
}

struct sbom_property *sbom_add_doc_property(struct sbom *sb)
{
	struct sbom_property *x = vec_push(&sb->priv->doc_properties,
					   sizeof(*x));

	x->loc = SBOM_NO_LOC;
	return x;
}

struct sbom_text *sbom_add_lifecycle(struct sbom *sb)
{
	struct sbom_text *x = vec_push(&sb->priv->lifecycles, sizeof(*x));

	x->loc = SBOM_NO_LOC;
	return x;
}

void sbom_add_root(struct sbom *sb, uint32_t component)
{
	struct sbom_private *p = sb->priv;
	size_t n = p->components.n;

	/* A mark per component: a document may describe thousands. */
	if (p->root_marks_n < n) {
		p->root_marks = xrealloc(p->root_marks, n);
		memset(p->root_marks + p->root_marks_n, 0,
		       n - p->root_marks_n);
		p->root_marks_n = n;
	}
	if (component >= n || p->root_marks[component])
		return;
	p->root_marks[component] = 1;
	*(uint32_t *)vec_push(&p->roots, sizeof(uint32_t)) = component;
}

size_t sbom_root_list(const uint32_t **out, struct sbom *sb)
{
	*out = sb->priv->roots.p;
	return sb->priv->roots.n;
}

void sbom_add_edge(struct sbom *sb, uint32_t from, uint32_t to,
		   enum sbom_edge_kind kind, const char *type,
		   const char *scope, sbom_loc loc)
{
	struct sbom_edge *e = vec_push(&sb->priv->edges, sizeof(*e));

	e->from = from;
	e->to = to;
	e->kind = kind;
	e->type = type;
	e->scope = scope;
	e->loc = loc;
}

void sbom_register_ref(struct sbom *sb, uint32_t i, sbom_loc loc)
{
	const struct sbom_component *c = sbom_component_mut(sb, i);
	unsigned line, column;
	uint32_t first;

	if (!c->bom_ref)
		return;
	first = refmap_put(&sb->priv->refs, c->bom_ref, i);
	if (first == i)
		return;
	sbom_position(&line, &column, sb, sbom_component_mut(sb, first)->loc);
	sbom_add_problem(sb, loc, SBOM_ERROR, "duplicate-ref",
			 "'%.200s' is already the id of the component at "
			 "line %u, column %u", c->bom_ref, line, column);
}

/*
 * From strongest to weakest: complete, incomplete_* (a part is known
 * complete), incomplete, and unknown, not_specified or any other word.
 */
static int aggregate_rank(const char *a)
{
	if (!strcmp(a, "complete"))
		return 0;
	if (!strncmp(a, "incomplete_", 11))
		return 1;
	if (!strcmp(a, "incomplete"))
		return 2;
	return 3;
}

void sbom_set_completeness(struct sbom *sb, uint32_t i, int assembly,
			   const char *aggregate)
{
	struct sbom_component *c;
	const char **slot = &sb->completeness;

	if (i != UINT32_MAX) {
		c = sbom_component_mut(sb, i);
		slot = assembly ? &c->assembly_completeness :
			&c->deps_completeness;
	}
	if (!aggregate)
		return;
	if (!*slot || aggregate_rank(aggregate) > aggregate_rank(*slot))
		*slot = aggregate;
}

/* Helpers for the readers. */

static const struct {
	const char *key, *name;
} hash_algs[] = {
	{ "SHA1", "SHA-1" }, { "SHA224", "SHA-224" },
	{ "SHA256", "SHA-256" }, { "SHA384", "SHA-384" },
	{ "SHA512", "SHA-512" }, { "SHA3224", "SHA3-224" },
	{ "SHA3256", "SHA3-256" }, { "SHA3384", "SHA3-384" },
	{ "SHA3512", "SHA3-512" }, { "BLAKE2B256", "BLAKE2b-256" },
	{ "BLAKE2B384", "BLAKE2b-384" }, { "BLAKE2B512", "BLAKE2b-512" },
	{ "BLAKE3", "BLAKE3" }, { "MD2", "MD2" }, { "MD4", "MD4" },
	{ "MD5", "MD5" }, { "MD6", "MD6" }, { "ADLER32", "ADLER32" },
	{ "STREEBOG256", "Streebog-256" }, { "STREEBOG512", "Streebog-512" },
};

const char *sbom_hash_alg_normalise(const char *alg)
{
	char key[24];
	size_t n = 0, i;

	if (!alg)
		return NULL;
	/* Compare without case, '-' or '_': the formats differ in those. */
	for (; *alg; alg++) {
		if (*alg == '-' || *alg == '_' || *alg == ' ')
			continue;
		if (n + 1 >= sizeof(key))
			return NULL;
		key[n++] = (char)(*alg >= 'a' && *alg <= 'z' ?
				  *alg - 'a' + 'A' : *alg);
	}
	key[n] = '\0';
	for (i = 0; i < sizeof(hash_algs) / sizeof(*hash_algs); i++)
		if (!strcmp(key, hash_algs[i].key))
			return hash_algs[i].name;
	return NULL;
}

enum sbom_license_kind sbom_license_classify(const char *text)
{
	if (!strcmp(text, "NONE"))
		return SBOM_LICENSE_NONE;
	if (!strcmp(text, "NOASSERTION"))
		return SBOM_LICENSE_NOASSERTION;
	if (strpbrk(text, " \t\n()"))
		return SBOM_LICENSE_EXPRESSION;
	return SBOM_LICENSE_ID;
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* s[*len] without leading and trailing blanks. */
static const char *trim(const char *s, size_t *len)
{
	while (*len && is_space(*s)) {
		s++;
		(*len)--;
	}
	while (*len && is_space(s[*len - 1]))
		(*len)--;
	return s;
}

int sbom_entity_parse(struct sbom_entity *out, const char **version,
		      struct sbom *sb, const char *text)
{
	static const struct {
		const char *prefix;
		enum sbom_entity_kind kind;
	} kinds[] = {
		{ "Person:", SBOM_ENTITY_PERSON },
		{ "Organization:", SBOM_ENTITY_ORGANIZATION },
		{ "Tool:", SBOM_ENTITY_UNKNOWN },
	};
	const char *s, *open, *dash = NULL;
	size_t len, i, k;
	int is_tool = 0;

	*version = NULL;
	if (!text)
		return 0;
	out->text = text;
	len = strlen(text);
	s = trim(text, &len);
	if (len == 11 && !memcmp(s, "NOASSERTION", 11)) {
		out->kind = SBOM_ENTITY_NOASSERTION;
		return 0;
	}
	out->kind = SBOM_ENTITY_UNKNOWN;
	for (i = 0; i < sizeof(kinds) / sizeof(*kinds); i++) {
		k = strlen(kinds[i].prefix);
		if (len >= k && !strncasecmp(s, kinds[i].prefix, k)) {
			out->kind = kinds[i].kind;
			is_tool = i == 2;
			s += k;
			len -= k;
			s = trim(s, &len);
			break;
		}
	}
	if (is_tool) {
		/* "name-1.2.3": the version starts after the last such '-'. */
		for (k = 0; k + 1 < len; k++)
			if (s[k] == '-' && ((s[k + 1] >= '0' && s[k + 1] <= '9')
			    || (s[k + 1] == 'v' && k + 2 < len &&
				s[k + 2] >= '0' && s[k + 2] <= '9')))
				dash = s + k;
		if (dash) {
			*version = sbom_strndup(sb, dash + 1,
						len - (size_t)(dash + 1 - s));
			len = (size_t)(dash - s);
		}
		if (len)
			out->name = sbom_strndup(sb, s, len);
		return 1;
	}
	/* "Name (email)": the email is optional, and may be empty. */
	if (len && s[len - 1] == ')' &&
	    (open = memchr(s, '(', len)) != NULL) {
		size_t elen = len - (size_t)(open + 1 - s) - 1;
		const char *e = trim(open + 1, &elen);

		if (elen)
			out->email = sbom_strndup(sb, e, elen);
		len = (size_t)(open - s);
		s = trim(s, &len);
	}
	if (len)
		out->name = sbom_strndup(sb, s, len);
	return 0;
}

/* Finishing the model. */

/*
 * Group the entries of a per-owner list by owner, keeping their order
 * within each owner, and point each owner at its run: a counting sort,
 * since owners are dense indices.
 */
static void group_by_owner(struct vec *list, size_t size, size_t owner_off,
			   void *owners, size_t nowners, size_t owner_size,
			   size_t ptr_off, size_t count_off)
{
	char *items = list->p, *sorted, *o;
	size_t *start, i, k;
	uint32_t owner, prev = 0;
	int in_order = 1;

	if (!list->n)
		return;
	for (i = 0; i < list->n; i++) {
		memcpy(&owner, items + i * size + owner_off, sizeof(owner));
		if (owner < prev)
			in_order = 0;
		prev = owner;
	}
	if (!in_order) {
		start = xcalloc(nowners + 1, sizeof(*start));
		for (i = 0; i < list->n; i++) {
			memcpy(&owner, items + i * size + owner_off,
			       sizeof(owner));
			start[owner + 1]++;
		}
		for (k = 0; k < nowners; k++)
			start[k + 1] += start[k];
		sorted = xmalloc(list->n * size);
		for (i = 0; i < list->n; i++) {
			memcpy(&owner, items + i * size + owner_off,
			       sizeof(owner));
			memcpy(sorted + start[owner]++ * size, items + i * size,
			       size);
		}
		free(start);
		free(list->p);
		list->p = items = sorted;
		list->alloc = list->n;
	}
	for (i = 0; i < list->n; i++) {
		void *first;
		size_t count;

		memcpy(&owner, items + i * size + owner_off, sizeof(owner));
		o = (char *)owners + (size_t)owner * owner_size;
		memcpy(&count, o + count_off, sizeof(count));
		if (!count) {
			first = items + i * size;
			memcpy(o + ptr_off, &first, sizeof(first));
		}
		count++;
		memcpy(o + count_off, &count, sizeof(count));
	}
}

#define GROUP(list, type, owners, otype, field) \
	group_by_owner(&p->list, sizeof(type), offsetof(type, owner), \
		       p->owners.p, p->owners.n, sizeof(otype), \
		       offsetof(otype, field), offsetof(otype, n##field))

static int edge_is_dependency(const struct sbom_edge *e)
{
	return e->kind == SBOM_EDGE_DEPENDS || e->kind == SBOM_EDGE_CONTAINS;
}

/*
 * Sort the edges by source, dependencies first within each, keeping
 * document order; then index them three ways: all edges by source, the
 * distinct dependency targets by source, the distinct sources by target.
 */
static void edges_index(struct sbom_private *p, size_t n)
{
	struct sbom_edge *edges = p->edges.p, *sorted;
	uint32_t *pos, *stamp, *count;
	size_t i, ndeps = 0, k;
	const struct sbom_edge *e;

	p->edge_start = xcalloc(n + 1, sizeof(uint32_t));
	p->dep_start = xcalloc(n + 1, sizeof(uint32_t));
	p->rdep_start = xcalloc(n + 1, sizeof(uint32_t));
	pos = xcalloc(n + 1, sizeof(uint32_t));
	for (i = 0; i < p->edges.n; i++)
		p->edge_start[edges[i].from + 1]++;
	for (k = 0; k < n; k++)
		p->edge_start[k + 1] += p->edge_start[k];
	sorted = xmalloc((p->edges.n ? p->edges.n : 1) * sizeof(*sorted));
	/* Two passes: dependencies, then the rest, after them. */
	memcpy(pos, p->edge_start, n * sizeof(uint32_t));
	for (i = 0; i < p->edges.n; i++)
		if (edge_is_dependency(&edges[i]))
			sorted[pos[edges[i].from]++] = edges[i];
	for (i = 0; i < p->edges.n; i++)
		if (!edge_is_dependency(&edges[i]))
			sorted[pos[edges[i].from]++] = edges[i];
	free(p->edges.p);
	p->edges.p = edges = sorted;
	p->edges.alloc = p->edges.n;

	/* Distinct targets: a stamp per component says "seen from i". */
	stamp = xmalloc((n ? n : 1) * sizeof(uint32_t));
	memset(stamp, 0xff, (n ? n : 1) * sizeof(uint32_t));
	p->dep_targets = xmalloc((p->edges.n ? p->edges.n : 1) *
				 sizeof(uint32_t));
	for (k = 0; k < n; k++) {
		p->dep_start[k] = (uint32_t)ndeps;
		for (i = p->edge_start[k]; i < p->edge_start[k + 1]; i++) {
			e = &edges[i];
			if (!edge_is_dependency(e))
				break;
			if (stamp[e->to] == k)
				continue;
			stamp[e->to] = (uint32_t)k;
			p->dep_targets[ndeps++] = e->to;
		}
	}
	p->dep_start[n] = (uint32_t)ndeps;

	/* The reverse, from the distinct pairs just found. */
	count = p->rdep_start;
	for (i = 0; i < ndeps; i++)
		count[p->dep_targets[i] + 1]++;
	for (k = 0; k < n; k++)
		count[k + 1] += count[k];
	memcpy(pos, p->rdep_start, n * sizeof(uint32_t));
	p->rdep_sources = xmalloc((ndeps ? ndeps : 1) * sizeof(uint32_t));
	for (k = 0; k < n; k++)
		for (i = p->dep_start[k]; i < p->dep_start[k + 1]; i++)
			p->rdep_sources[pos[p->dep_targets[i]]++] =
				(uint32_t)k;
	free(stamp);
	free(pos);
}

/* A problem's place in the order: by position, then as found. */
struct problem_key {
	uint64_t pos;
	size_t index;
};

static int problem_key_cmp(const void *a, const void *b)
{
	const struct problem_key *x = a, *y = b;

	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return x->index < y->index ? -1 : x->index > y->index;
}

static void problems_finish(struct sbom *sb)
{
	static const char too_many[] =
		"too many problems: the rest are counted, not listed";
	struct sbom_private *p = sb->priv;
	struct sbom_problem *pr, *sorted;
	struct problem_key *keys;
	size_t i, n;

	if (sb->problems_dropped) {
		p->problems.n--;	/* room for the summary */
		sb->problems_dropped++;
		pr = vec_push(&p->problems, sizeof(*pr));
		pr->severity = SBOM_WARNING;
		pr->code = "too-many-problems";
		pr->loc = SBOM_NO_LOC;
		pr->message = sbom_strndup(sb, too_many, strlen(too_many));
	}
	pr = p->problems.p;
	n = p->problems.n;
	if (!n)
		return;
	keys = xmalloc(n * sizeof(*keys));
	for (i = 0; i < n; i++) {
		sbom_position(&pr[i].line, &pr[i].column, sb, pr[i].loc);
		keys[i].pos = (uint64_t)pr[i].line << 32 | pr[i].column;
		keys[i].index = i;
	}
	qsort(keys, n, sizeof(*keys), problem_key_cmp);
	sorted = xmalloc(n * sizeof(*sorted));
	for (i = 0; i < n; i++)
		sorted[i] = pr[keys[i].index];
	free(keys);
	free(p->problems.p);
	p->problems.p = sorted;
	p->problems.alloc = n;
}

static void model_finish(struct sbom *sb)
{
	struct sbom_private *p = sb->priv;
	struct sbom_component *c = p->components.p;
	size_t n = p->components.n;

	GROUP(hashes, struct sbom_hash, components, struct sbom_component,
	      hashes);
	GROUP(licenses, struct sbom_license, components,
	      struct sbom_component, licenses);
	GROUP(extrefs, struct sbom_ref, components, struct sbom_component,
	      refs);
	GROUP(properties, struct sbom_property, components,
	      struct sbom_component, properties);
	GROUP(authors, struct sbom_entity, components, struct sbom_component,
	      authors);
	GROUP(ratings, struct sbom_rating, vulns, struct sbom_vulnerability,
	      ratings);
	GROUP(affects, struct sbom_affect, vulns, struct sbom_vulnerability,
	      affects);
	GROUP(responses, struct sbom_text, vulns, struct sbom_vulnerability,
	      responses);
	edges_index(p, n);
	problems_finish(sb);

	sb->components = c;
	sb->ncomponents = n;
	sb->edges = p->edges.p;
	sb->nedges = p->edges.n;
	sb->compositions = p->compositions.p;
	sb->ncompositions = p->compositions.n;
	sb->vulnerabilities = p->vulns.p;
	sb->nvulnerabilities = p->vulns.n;
	sb->problems = p->problems.p;
	sb->nproblems = p->problems.n;
	sb->authors = p->doc_authors.p;
	sb->nauthors = p->doc_authors.n;
	sb->tools = p->tools.p;
	sb->ntools = p->tools.n;
	sb->licenses = p->doc_licenses.p;
	sb->nlicenses = p->doc_licenses.n;
	sb->properties = p->doc_properties.p;
	sb->nproperties = p->doc_properties.n;
	sb->lifecycles = p->lifecycles.p;
	sb->nlifecycles = p->lifecycles.n;
	sb->roots = p->roots.p;
	sb->nroots = p->roots.n;
	if (sb->primary == SBOM_NONE && sb->nroots)
		sb->primary = (int32_t)sb->roots[0];
}

/* Reading. */

static const char *skip_blank(const char *s, const char *end)
{
	while (s < end && is_space(*s))
		s++;
	return s;
}

/* Whether the first line that is no comment starts "SPDXVersion:". */
static int is_tag_value(const char *s, const char *end)
{
	for (;;) {
		s = skip_blank(s, end);
		if (s < end && *s == '#') {
			s = memchr(s, '\n', (size_t)(end - s));
			if (!s)
				return 0;
			continue;
		}
		return (size_t)(end - s) >= 12 &&
			!memcmp(s, "SPDXVersion:", 12);
	}
}

/* "line L, column C: what" from json.c, as "path:L:C: what". */
static int json_error(const char *path)
{
	char msg[1024];
	unsigned line, column;
	int n = 0;

	snprintf(msg, sizeof(msg), "%s", error_last());
	if (sscanf(msg, "line %u, column %u: %n", &line, &column, &n) == 2 &&
	    n > 0)
		return error_set("%s:%u:%u: %s", path, line, column, msg + n);
	return error_set("%s: %s", path, msg);
}

static int context_is_spdx3(const struct json_doc *doc, json_ref ctx)
{
	const char *s;
	size_t i;

	if (json_type(doc, ctx) == JSON_ARRAY) {
		for (i = 0; i < json_count(doc, ctx); i++)
			if (context_is_spdx3(doc, json_at(doc, ctx, i)))
				return 1;
		return 0;
	}
	s = json_string(doc, ctx, NULL);
	return s && strstr(s, "spdx.org/rdf/3.");
}

static int read_json(struct sbom *sb, struct buf *in)
{
	struct sbom_private *p = sb->priv;
	const char *path = p->path, *fmt, *text = in->ptr;
	size_t len = in->len;
	json_ref root, v;
	unsigned line, column;

	if (json_parse_buf(&p->json, in, 0) < 0)
		return json_error(path);
	p->text = text;
	p->text_len = len;
	p->bom = len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3) ? 3 : 0;
	root = json_root(p->json);
	sb->loc = 0;
	if (json_type(p->json, root) != JSON_OBJECT) {
		json_position(p->json, json_offset(p->json, root), &line,
			      &column);
		return error_set("%s:%u:%u: not an SBOM: the document is %s, "
				 "not an object", path, line, column,
				 json_type_name(json_type(p->json, root)));
	}
	v = json_get(p->json, root, "bomFormat");
	if (v != JSON_NONE) {
		fmt = json_string(p->json, v, NULL);
		if (fmt && !strcmp(fmt, "CycloneDX")) {
			sb->format = SBOM_FORMAT_CYCLONEDX;
			return sbom_read_cyclonedx(sb);
		}
		json_position(p->json, json_offset(p->json, v), &line, &column);
		return error_set("%s:%u:%u: bomFormat is not \"CycloneDX\"",
				 path, line, column);
	}
	if (json_get(p->json, root, "spdxVersion") != JSON_NONE) {
		sb->format = SBOM_FORMAT_SPDX;
		return sbom_read_spdx_json(sb);
	}
	v = json_get(p->json, root, "@context");
	if (context_is_spdx3(p->json, v) ||
	    (v == JSON_NONE && json_get(p->json, root, "@graph") !=
	     JSON_NONE)) {
		sb->format = SBOM_FORMAT_SPDX;
		sb->encoding = SBOM_ENCODING_JSON_LD;
		return sbom_read_spdx3(sb);
	}
	/* A CycloneDX document that forgot bomFormat is still one. */
	if (json_get(p->json, root, "specVersion") != JSON_NONE &&
	    (json_get(p->json, root, "components") != JSON_NONE ||
	     json_get(p->json, root, "metadata") != JSON_NONE)) {
		sb->format = SBOM_FORMAT_CYCLONEDX;
		sbom_add_problem(sb, 0, SBOM_ERROR, "missing-field",
				 "no bomFormat: read as CycloneDX for its "
				 "specVersion");
		return sbom_read_cyclonedx(sb);
	}
	if (v != JSON_NONE) {
		json_position(p->json, json_offset(p->json, v), &line, &column);
		return error_set("%s:%u:%u: a JSON-LD document that is not "
				 "SPDX 3", path, line, column);
	}
	return error_set("%s:1:1: not an SBOM: no bomFormat (CycloneDX), "
			 "spdxVersion (SPDX 2) or @context (SPDX 3)", path);
}

static int read_yaml(struct sbom *sb, const char *data, size_t len)
{
	struct sbom_private *p = sb->priv;
	const struct ynode *root;

	if (ydoc_parse(&p->ydoc, p->path, data, len) < 0)
		return -1;
	p->has_ydoc = 1;
	sb->encoding = SBOM_ENCODING_YAML;
	root = p->ydoc.root;
	if (!root || root->type != YNODE_MAPPING)
		return error_set("%s:%u:%u: not an SBOM: the document is no "
				 "mapping", p->path, root ? root->line : 1,
				 root ? root->column : 1);
	sb->loc = sbom_yaml_loc(sb, root->line, root->column);
	if (ynode_get(root, "spdxVersion")) {
		sb->format = SBOM_FORMAT_SPDX;
		return sbom_read_spdx_yaml(sb);
	}
	if (ynode_get(root, "bomFormat"))
		return error_set("%s:%u:%u: CycloneDX has no YAML form: "
				 "convert the SBOM to JSON", p->path,
				 root->line, root->column);
	return error_set("%s:%u:%u: not an SBOM: a YAML document without "
			 "spdxVersion", p->path, root->line, root->column);
}

/* Line and column of s in data, in bytes, for the refusals below. */
static void where(const char *data, const char *s, unsigned *line,
		  unsigned *column)
{
	const char *l = data;

	*line = 1;
	for (; data < s; data++)
		if (*data == '\n') {
			(*line)++;
			l = data + 1;
		}
	*column = (unsigned)(s - l) + 1;
}

int sbom_parse_buf(struct sbom **out, const char *path, struct buf *in)
{
	struct sbom *sb = xcalloc(1, sizeof(*sb));
	const char *data = in->ptr ? in->ptr : "", *end = data + in->len, *s;
	unsigned line, column;
	int error = -1;

	*out = NULL;
	sb->priv = xcalloc(1, sizeof(*sb->priv));
	sb->priv->path = xstrdup(path ? path : "<sbom>");
	path = sb->priv->path;
	sb->primary = SBOM_NONE;
	sb->loc = SBOM_NO_LOC;
	entity_init(&sb->supplier, 0);
	entity_init(&sb->manufacturer, 0);

	s = data;
	if (end - s >= 3 && !memcmp(s, "\xef\xbb\xbf", 3))
		s += 3;
	s = skip_blank(s, end);
	if (s == end) {
		error_set("%s: empty file, not an SBOM", path);
		goto done;
	}
	if (*s == '<') {
		where(data, s, &line, &column);
		error_set("%s:%u:%u: XML (CycloneDX XML, SPDX RDF/XML) is not "
			  "supported: convert the SBOM to JSON", path, line,
			  column);
		goto done;
	}
	if (is_tag_value(s, end)) {
		error_set("%s:1:1: SPDX tag-value is not supported: convert "
			  "the SBOM to JSON", path);
		goto done;
	}
	if (*s == '{' || *s == '[') {
		if (read_json(sb, in) < 0)
			goto done;
	} else if (read_yaml(sb, data, in->len) < 0) {
		goto done;
	}
	model_finish(sb);
	error = 0;
done:
	buf_release(in);
	if (error < 0)
		sbom_free(sb);
	else
		*out = sb;
	return error;
}

int sbom_parse(struct sbom **out, const char *path, const char *data,
	       size_t len)
{
	struct buf copy = BUF_INIT;

	buf_add(&copy, data, len);
	return sbom_parse_buf(out, path, &copy);
}

void sbom_free(struct sbom *sb)
{
	struct sbom_private *p;

	if (!sb)
		return;
	p = sb->priv;
	if (p) {
		json_free(p->json);
		if (p->has_ydoc)
			ydoc_release(&p->ydoc);
		pool_free(p->chunks);
		free(p->ylocs.p);
		refmap_release(&p->refs);
		free(p->components.p);
		free(p->hashes.p);
		free(p->licenses.p);
		free(p->extrefs.p);
		free(p->properties.p);
		free(p->authors.p);
		free(p->vulns.p);
		free(p->ratings.p);
		free(p->affects.p);
		free(p->responses.p);
		free(p->compositions.p);
		free(p->doc_authors.p);
		free(p->tools.p);
		free(p->doc_licenses.p);
		free(p->doc_properties.p);
		free(p->lifecycles.p);
		free(p->roots.p);
		free(p->root_marks);
		free(p->pos.line);
		free(p->pos.column);
		free(p->edges.p);
		free(p->problems.p);
		free(p->edge_start);
		free(p->dep_start);
		free(p->dep_targets);
		free(p->rdep_start);
		free(p->rdep_sources);
		free(p->path);
		free(p);
	}
	free(sb);
}

/* Reading the model. */

size_t sbom_component_count(const struct sbom *sb)
{
	return sb ? sb->ncomponents : 0;
}

const struct sbom_component *sbom_component(const struct sbom *sb, size_t i)
{
	return sb && i < sb->ncomponents ?
		(const struct sbom_component *)sb->priv->components.p + i :
		NULL;
}

size_t sbom_edge_count(const struct sbom *sb)
{
	return sb ? sb->nedges : 0;
}

const struct sbom_edge *sbom_edge(const struct sbom *sb, size_t i)
{
	return sb && i < sb->nedges ? &sb->edges[i] : NULL;
}

size_t sbom_vulnerability_count(const struct sbom *sb)
{
	return sb ? sb->nvulnerabilities : 0;
}

const struct sbom_vulnerability *sbom_vulnerability(const struct sbom *sb,
						   size_t i)
{
	return sb && i < sb->nvulnerabilities ?
		(const struct sbom_vulnerability *)sb->priv->vulns.p + i :
		NULL;
}

size_t sbom_problem_count(const struct sbom *sb)
{
	return sb ? sb->nproblems : 0;
}

const struct sbom_problem *sbom_problem(const struct sbom *sb, size_t i)
{
	return sb && i < sb->nproblems ? &sb->problems[i] : NULL;
}

size_t sbom_count_errors(const struct sbom *sb)
{
	size_t i, n = 0;

	for (i = 0; sb && i < sb->nproblems; i++)
		n += sb->problems[i].severity == SBOM_ERROR;
	return n;
}

ssize_t sbom_primary(const struct sbom *sb)
{
	return sb ? sb->primary : SBOM_NONE;
}

ssize_t sbom_find_ref(const struct sbom *sb, const char *ref)
{
	uint32_t i;

	if (!sb || !ref)
		return SBOM_NONE;
	i = refmap_get(&sb->priv->refs, ref);
	return i == UINT32_MAX ? SBOM_NONE : (ssize_t)i;
}

size_t sbom_dependencies(const uint32_t **out, const struct sbom *sb,
			 size_t i)
{
	const struct sbom_private *p = sb ? sb->priv : NULL;

	*out = NULL;
	if (!p || !p->dep_start || i >= sb->ncomponents)
		return 0;
	*out = p->dep_targets + p->dep_start[i];
	return p->dep_start[i + 1] - p->dep_start[i];
}

size_t sbom_dependents(const uint32_t **out, const struct sbom *sb,
		       size_t i)
{
	const struct sbom_private *p = sb ? sb->priv : NULL;

	*out = NULL;
	if (!p || !p->rdep_start || i >= sb->ncomponents)
		return 0;
	*out = p->rdep_sources + p->rdep_start[i];
	return p->rdep_start[i + 1] - p->rdep_start[i];
}

size_t sbom_edges_from(const struct sbom_edge **out, const struct sbom *sb,
		       size_t i)
{
	const struct sbom_private *p = sb ? sb->priv : NULL;

	*out = NULL;
	if (!p || !p->edge_start || i >= sb->ncomponents)
		return 0;
	*out = sb->edges + p->edge_start[i];
	return p->edge_start[i + 1] - p->edge_start[i];
}

const char *sbom_property(const struct sbom_component *c, const char *name)
{
	size_t i;

	for (i = 0; c && name && i < c->nproperties; i++)
		if (c->properties[i].name &&
		    !strcmp(c->properties[i].name, name))
			return c->properties[i].value;
	return NULL;
}

/* Names. */

const char *sbom_format_name(enum sbom_format format)
{
	return format == SBOM_FORMAT_CYCLONEDX ? "cyclonedx" : "spdx";
}

const char *sbom_encoding_name(enum sbom_encoding encoding)
{
	switch (encoding) {
	case SBOM_ENCODING_JSON:
		return "json";
	case SBOM_ENCODING_YAML:
		return "yaml";
	case SBOM_ENCODING_JSON_LD:
		return "json-ld";
	}
	return "unknown";
}

const char *sbom_severity_name(enum sbom_severity severity)
{
	return severity == SBOM_ERROR ? "error" : "warning";
}

const char *sbom_element_name(enum sbom_element element)
{
	switch (element) {
	case SBOM_ELEMENT_COMPONENT:
		return "component";
	case SBOM_ELEMENT_SERVICE:
		return "service";
	case SBOM_ELEMENT_PACKAGE:
		return "package";
	case SBOM_ELEMENT_FILE:
		return "file";
	case SBOM_ELEMENT_SNIPPET:
		return "snippet";
	}
	return "unknown";
}

const char *sbom_entity_kind_name(enum sbom_entity_kind kind)
{
	switch (kind) {
	case SBOM_ENTITY_NONE:
		return "none";
	case SBOM_ENTITY_UNKNOWN:
		return "unknown";
	case SBOM_ENTITY_PERSON:
		return "person";
	case SBOM_ENTITY_ORGANIZATION:
		return "organization";
	case SBOM_ENTITY_NOASSERTION:
		return "noassertion";
	}
	return "unknown";
}

const char *sbom_license_kind_name(enum sbom_license_kind kind)
{
	switch (kind) {
	case SBOM_LICENSE_ID:
		return "id";
	case SBOM_LICENSE_EXPRESSION:
		return "expression";
	case SBOM_LICENSE_NAME:
		return "name";
	case SBOM_LICENSE_NONE:
		return "none";
	case SBOM_LICENSE_NOASSERTION:
		return "noassertion";
	}
	return "unknown";
}

const char *sbom_ack_name(enum sbom_ack ack)
{
	switch (ack) {
	case SBOM_ACK_UNSPECIFIED:
		return "";
	case SBOM_ACK_DECLARED:
		return "declared";
	case SBOM_ACK_CONCLUDED:
		return "concluded";
	}
	return "";
}

const char *sbom_edge_kind_name(enum sbom_edge_kind kind)
{
	switch (kind) {
	case SBOM_EDGE_DEPENDS:
		return "depends";
	case SBOM_EDGE_CONTAINS:
		return "contains";
	case SBOM_EDGE_OTHER:
		return "other";
	}
	return "other";
}
