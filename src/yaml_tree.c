#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "buf.h"
#include "error.h"
#include "yaml_tree.h"

struct anchor {
	char *name;
	struct ynode *node;
};

struct builder {
	struct ydoc *doc;
	const char *name;
	struct ynode *stack[YAML_MAX_DEPTH + 1];
	size_t depth;
	struct anchor *anchors;
	size_t nanchors;
	/* Anchors of collections still open, set when they close. */
	char *pending[YAML_MAX_DEPTH + 1];
	int seen_document;
};

static struct ynode *node_new(struct builder *b, enum ynode_type type,
			      const yaml_mark_t *mark)
{
	struct ydoc *doc = b->doc;
	struct ynode *n;

	if (doc->nnodes >= YAML_MAX_NODES) {
		error_set("%s:%zu:%zu: more than %d nodes", b->name,
			  mark->line + 1, mark->column + 1, YAML_MAX_NODES);
		return NULL;
	}
	if (doc->nnodes == doc->alloc) {
		doc->alloc = doc->alloc ? doc->alloc * 2 : 64;
		doc->nodes = xrealloc(doc->nodes,
				      doc->alloc * sizeof(*doc->nodes));
	}
	n = xcalloc(1, sizeof(*n));
	n->type = type;
	n->line = (unsigned)mark->line + 1;
	n->column = (unsigned)mark->column + 1;
	doc->nodes[doc->nnodes++] = n;
	return n;
}

static void node_append(struct ynode *parent, struct ynode *child)
{
	size_t used = parent->type == YNODE_MAPPING ?
		parent->count * 2 + (size_t)parent->half_pair : parent->count;

	if (used == parent->cap) {
		parent->cap = parent->cap ? parent->cap * 2 : 4;
		parent->items = xrealloc(parent->items,
					 parent->cap * sizeof(*parent->items));
	}
	parent->items[used] = child;
}

/* Attach a finished node to the collection it belongs to. */
static int attach(struct builder *b, struct ynode *n)
{
	struct ynode *parent;

	if (b->depth == 0) {
		b->doc->root = n;
		return 0;
	}
	parent = b->stack[b->depth - 1];
	if (parent->type == YNODE_SEQUENCE) {
		node_append(parent, n);
		parent->count++;
		return 0;
	}
	/* Only scalar keys: the rules look values up by name. */
	if (!parent->half_pair && n->type != YNODE_SCALAR)
		return error_set("%s:%u:%u: mapping keys must be scalars",
				 b->name, n->line, n->column);
	node_append(parent, n);
	if (parent->half_pair)
		parent->count++;
	parent->half_pair = !parent->half_pair;
	return 0;
}

static int remember_anchor(struct builder *b, const char *name,
			   struct ynode *n)
{
	size_t i;

	for (i = 0; i < b->nanchors; i++) {
		if (!strcmp(b->anchors[i].name, name)) {
			/* A later anchor of the same name replaces the first. */
			b->anchors[i].node = n;
			return 0;
		}
	}
	b->anchors = xrealloc(b->anchors,
			      (b->nanchors + 1) * sizeof(*b->anchors));
	b->anchors[b->nanchors].name = xstrdup(name);
	b->anchors[b->nanchors].node = n;
	b->nanchors++;
	return 0;
}

static struct ynode *find_anchor(struct builder *b, const char *name)
{
	size_t i;

	for (i = 0; i < b->nanchors; i++)
		if (!strcmp(b->anchors[i].name, name))
			return b->anchors[i].node;
	return NULL;
}

static int open_collection(struct builder *b, enum ynode_type type,
			   const yaml_event_t *ev, const yaml_char_t *anchor)
{
	struct ynode *n;

	if (b->depth >= YAML_MAX_DEPTH)
		return error_set("%s:%zu:%zu: nesting deeper than %d levels",
				 b->name, ev->start_mark.line + 1,
				 ev->start_mark.column + 1, YAML_MAX_DEPTH);
	n = node_new(b, type, &ev->start_mark);
	if (!n)
		return -1;
	b->pending[b->depth] = anchor ? xstrdup((const char *)anchor) : NULL;
	b->stack[b->depth++] = n;
	return 0;
}

static int close_collection(struct builder *b, const yaml_event_t *ev)
{
	struct ynode *n = b->stack[--b->depth];
	char *anchor = b->pending[b->depth];

	b->pending[b->depth] = NULL;
	/*
	 * The anchor becomes usable only now that the collection is
	 * complete, so an alias can never refer to a node that contains
	 * it: the tree stays acyclic.
	 */
	if (anchor) {
		remember_anchor(b, anchor, n);
		free(anchor);
	}
	return attach(b, n);
}

static int handle_event(struct builder *b, const yaml_event_t *ev)
{
	struct ynode *n;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (b->seen_document)
			return error_set("%s:%zu:%zu: more than one document",
					 b->name, ev->start_mark.line + 1,
					 ev->start_mark.column + 1);
		b->seen_document = 1;
		return 0;
	case YAML_SCALAR_EVENT:
		n = node_new(b, YNODE_SCALAR, &ev->start_mark);
		if (!n)
			return -1;
		n->value = xstrndup((const char *)ev->data.scalar.value,
				    ev->data.scalar.length);
		n->len = ev->data.scalar.length;
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		if (ev->data.scalar.anchor)
			remember_anchor(b, (const char *)ev->data.scalar.anchor,
					n);
		return attach(b, n);
	case YAML_SEQUENCE_START_EVENT:
		return open_collection(b, YNODE_SEQUENCE, ev,
				       ev->data.sequence_start.anchor);
	case YAML_MAPPING_START_EVENT:
		return open_collection(b, YNODE_MAPPING, ev,
				       ev->data.mapping_start.anchor);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		return close_collection(b, ev);
	case YAML_ALIAS_EVENT:
		n = find_anchor(b, (const char *)ev->data.alias.anchor);
		if (!n)
			return error_set("%s:%zu:%zu: unknown anchor '%s'",
					 b->name, ev->start_mark.line + 1,
					 ev->start_mark.column + 1,
					 (const char *)ev->data.alias.anchor);
		return attach(b, n);
	default:
		return 0;
	}
}

static yaml_mark_t mark_at(const char *data, size_t len, size_t offset)
{
	yaml_mark_t mark = { 0, 0, 0 };
	size_t i;

	for (i = 0; i < offset && i < len; i++) {
		if (data[i] == '\n') {
			mark.line++;
			mark.column = 0;
		} else {
			mark.column++;
		}
	}
	mark.index = i;
	return mark;
}

int ydoc_parse(struct ydoc *out, const char *name, const char *data,
	       size_t len)
{
	yaml_parser_t parser;
	yaml_event_t ev;
	struct builder b;
	int ret = -1, done = 0;
	size_t i;

	memset(out, 0, sizeof(*out));
	memset(&b, 0, sizeof(b));
	b.doc = out;
	b.name = name;

	if (!yaml_parser_initialize(&parser))
		return error_set("%s: cannot initialise the YAML parser", name);
	yaml_parser_set_input_string(&parser, (const unsigned char *)data,
				     len);
	while (!done) {
		if (!yaml_parser_parse(&parser, &ev)) {
			yaml_mark_t mark = parser.problem_mark;

			/* The reader (encoding) reports a byte offset only. */
			if (parser.error == YAML_READER_ERROR)
				mark = mark_at(data, len, parser.problem_offset);
			error_set("%s:%zu:%zu: %s%s%s", name,
				  mark.line + 1, mark.column + 1,
				  parser.problem ? parser.problem :
				  "invalid YAML",
				  parser.context ? " " : "",
				  parser.context ? parser.context : "");
			goto done;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		if (handle_event(&b, &ev) < 0) {
			yaml_event_delete(&ev);
			goto done;
		}
		yaml_event_delete(&ev);
	}
	ret = 0;
done:
	for (i = 0; i < b.nanchors; i++)
		free(b.anchors[i].name);
	free(b.anchors);
	for (i = 0; i < b.depth; i++)
		free(b.pending[i]);
	yaml_parser_delete(&parser);
	if (ret < 0)
		ydoc_release(out);
	return ret;
}

void ydoc_release(struct ydoc *doc)
{
	size_t i;

	if (!doc)
		return;
	for (i = 0; i < doc->nnodes; i++) {
		free(doc->nodes[i]->value);
		free(doc->nodes[i]->items);
		free(doc->nodes[i]);
	}
	free(doc->nodes);
	memset(doc, 0, sizeof(*doc));
}

const struct ynode *ynode_get_key(const struct ynode *map, const char *key)
{
	size_t i;

	if (!map || map->type != YNODE_MAPPING)
		return NULL;
	/* The last of duplicate keys wins, as in most YAML loaders. */
	for (i = map->count; i-- > 0;) {
		const struct ynode *k = map->items[2 * i];

		if (k->type == YNODE_SCALAR && !strcmp(k->value, key))
			return k;
	}
	return NULL;
}

const struct ynode *ynode_get(const struct ynode *map, const char *key)
{
	size_t i;

	if (!map || map->type != YNODE_MAPPING)
		return NULL;
	for (i = map->count; i-- > 0;) {
		const struct ynode *k = map->items[2 * i];

		if (k->type == YNODE_SCALAR && !strcmp(k->value, key))
			return map->items[2 * i + 1];
	}
	return NULL;
}

const struct ynode *ynode_path(const struct ynode *root, const char *path)
{
	char key[256];
	const char *dot;

	while (root && *path) {
		size_t n;

		dot = strchr(path, '.');
		n = dot ? (size_t)(dot - path) : strlen(path);
		if (n >= sizeof(key))
			return NULL;
		memcpy(key, path, n);
		key[n] = '\0';
		root = ynode_get(root, key);
		path += n + (dot ? 1 : 0);
	}
	return root;
}

const char *ynode_str(const struct ynode *node)
{
	return node && node->type == YNODE_SCALAR ? node->value : NULL;
}

int ynode_is_null(const struct ynode *node)
{
	if (!node)
		return 1;
	if (node->type != YNODE_SCALAR || !node->plain)
		return 0;
	return !node->len || !strcmp(node->value, "~") ||
		!strcmp(node->value, "null") || !strcmp(node->value, "Null") ||
		!strcmp(node->value, "NULL");
}

int ynode_bool(const struct ynode *node, int *out)
{
	static const char *const yes[] = { "true", "True", "TRUE" };
	static const char *const no[] = { "false", "False", "FALSE" };
	size_t i;

	if (!node || node->type != YNODE_SCALAR || !node->plain)
		return -1;
	for (i = 0; i < 3; i++) {
		if (!strcmp(node->value, yes[i])) {
			*out = 1;
			return 0;
		}
		if (!strcmp(node->value, no[i])) {
			*out = 0;
			return 0;
		}
	}
	return -1;
}

const char *ynode_type_name(const struct ynode *node)
{
	if (!node)
		return "nothing";
	switch (node->type) {
	case YNODE_SCALAR:
		return ynode_is_null(node) ? "null" : "a scalar";
	case YNODE_SEQUENCE:
		return "a list";
	case YNODE_MAPPING:
		return "a mapping";
	}
	return "?";
}
