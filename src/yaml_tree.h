#ifndef CRA_YAML_TREE_H
#define CRA_YAML_TREE_H

#include <stddef.h>

/*
 * A YAML document as a tree of nodes that remember where they were
 * written, so that a finding can point at the line and column of the
 * value it is about.
 *
 * Hostile input is bounded: nesting deeper than YAML_MAX_DEPTH and
 * documents of more than YAML_MAX_NODES nodes are refused. An alias is not
 * copied: it points at the node its anchor named, so a "billion laughs"
 * document costs memory linear in its size. Such a tree is a DAG, and a
 * walker that visits every path must remember the nodes it has seen.
 */

#define YAML_MAX_DEPTH 128
#define YAML_MAX_NODES 1000000

enum ynode_type {
	YNODE_SCALAR,
	YNODE_SEQUENCE,
	YNODE_MAPPING,
};

struct ynode {
	enum ynode_type type;
	unsigned line;		/* 1-based */
	unsigned column;	/* 1-based, in bytes */
	int plain;		/* scalar written without quotes */
	char *value;		/* scalar text, NUL-terminated */
	size_t len;		/* scalar length in bytes */
	/*
	 * Sequence: count items. Mapping: count pairs, the key of pair i
	 * at items[2 * i] and its value at items[2 * i + 1].
	 */
	struct ynode **items;
	size_t count;
	size_t cap;		/* slots allocated in items */
	int half_pair;		/* mapping: a key waits for its value */
};

struct ydoc {
	struct ynode *root;	/* NULL for an empty document */
	struct ynode **nodes;	/* every node, for freeing */
	size_t nnodes;
	size_t alloc;
};

/*
 * Parse the first document of data[len]. `name` only labels error
 * messages ("name:line:column: problem"). Returns 0 or -1 with the error
 * set; a later document in the same stream is an error.
 */
int ydoc_parse(struct ydoc *out, const char *name, const char *data,
	       size_t len);
void ydoc_release(struct ydoc *doc);

/* The value of `key` in a mapping, or NULL (also when node is no mapping). */
const struct ynode *ynode_get(const struct ynode *map, const char *key);
/* The key node of `key` in a mapping, for pointing at the key itself. */
const struct ynode *ynode_get_key(const struct ynode *map, const char *key);
/* Follow a dotted path of mapping keys ("support.end"). */
const struct ynode *ynode_path(const struct ynode *root, const char *path);

/* Scalar text, or NULL when the node is absent or no scalar. */
const char *ynode_str(const struct ynode *node);

/* Plain scalars the YAML 1.2 core schema reads as null, true or false. */
int ynode_is_null(const struct ynode *node);
int ynode_bool(const struct ynode *node, int *out);

const char *ynode_type_name(const struct ynode *node);

#endif
