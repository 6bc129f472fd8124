#include <stdlib.h>

#include "buf.h"
#include "json_arena.h"

#define CHUNK_SIZE ((size_t)64 * 1024)

struct json_arena_chunk {
	struct json_arena_chunk *next;
	size_t used, size;
	max_align_t data[];	/* size bytes */
};

/* cJSON takes its allocator globally: the arena of the parse under way. */
static struct json_arena *current;

static void *arena_alloc(size_t n)
{
	struct json_arena_chunk *c = current->chunks;
	size_t align = sizeof(max_align_t);
	void *p;

	n = (n + align - 1) / align * align;
	if (!c || c->size - c->used < n) {
		size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;

		c = xmalloc(sizeof(*c) + size);
		c->size = size;
		c->used = 0;
		c->next = current->chunks;
		current->chunks = c;
	}
	p = (char *)c->data + c->used;
	c->used += n;
	return p;
}

/* What cJSON frees while parsing goes with the arena. */
static void arena_free(void *p)
{
	(void)p;
}

void json_arena_begin(struct json_arena *a)
{
	cJSON_Hooks hooks = { arena_alloc, arena_free };

	current = a;
	cJSON_InitHooks(&hooks);
}

void json_arena_end(void)
{
	cJSON_InitHooks(NULL);
	current = NULL;
}

cJSON *json_arena_parse(struct json_arena *a, const char *text, size_t len)
{
	cJSON *tree;

	json_arena_begin(a);
	tree = cJSON_ParseWithLength(text, len);
	json_arena_end();
	return tree;
}

void json_arena_release(struct json_arena *a)
{
	while (a->chunks) {
		struct json_arena_chunk *next = a->chunks->next;

		free(a->chunks);
		a->chunks = next;
	}
}
