#include <stdlib.h>
#include <string.h>

#include "small_pool.h"

#define GRAIN 16
#define CHUNK_SIZE ((size_t)64 * 1024)

/*
 * Under AddressSanitizer every block comes from malloc, so that a use
 * after free inside the pool is still caught.
 */
#if defined(__SANITIZE_ADDRESS__)
#define POOLED(size) 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define POOLED(size) 0
#endif
#endif
#ifndef POOLED
#define POOLED(size) ((size) <= SMALL_POOL_MAX)
#endif

struct small_pool_chunk {
	struct small_pool_chunk *next;
	max_align_t data[];
};

/* The class of a size: blocks of class c hold c * GRAIN bytes. */
static size_t class_of(size_t size)
{
	return (size + GRAIN - 1) / GRAIN;
}

void *small_pool_alloc(struct small_pool *p, size_t size)
{
	size_t c, bytes;
	void *block;

	if (!POOLED(size))
		return malloc(size);
	c = class_of(size ? size : 1);
	block = p->free_list[c];
	if (block) {
		memcpy(&p->free_list[c], block, sizeof(void *));
		return block;
	}
	bytes = c * GRAIN;
	if ((size_t)(p->end - p->next) < bytes) {
		struct small_pool_chunk *chunk =
			malloc(sizeof(*chunk) + CHUNK_SIZE);

		/* The rest of the old chunk is left unused: under 512 bytes. */
		if (!chunk)
			return NULL;
		chunk->next = p->chunks;
		p->chunks = chunk;
		p->next = (char *)chunk->data;
		p->end = p->next + CHUNK_SIZE;
	}
	block = p->next;
	p->next += bytes;
	return block;
}

void small_pool_free(struct small_pool *p, void *block, size_t size)
{
	size_t c;

	if (!block)
		return;
	if (!POOLED(size)) {
		free(block);
		return;
	}
	c = class_of(size ? size : 1);
	memcpy(block, &p->free_list[c], sizeof(void *));
	p->free_list[c] = block;
}

void *small_pool_resize(struct small_pool *p, void *block, size_t old_size,
			size_t new_size)
{
	void *moved;

	if (!block)
		return small_pool_alloc(p, new_size);
	if (!POOLED(old_size) && !POOLED(new_size)) {
		moved = realloc(block, new_size);
		/* A shrink that realloc refuses keeps the larger block. */
		return moved || new_size > old_size ? moved : block;
	}
	if (POOLED(old_size) && POOLED(new_size) &&
	    class_of(old_size ? old_size : 1) ==
	    class_of(new_size ? new_size : 1))
		return block;
	moved = small_pool_alloc(p, new_size);
	/*
	 * A shrink must not fail, and the block is big enough: a block on
	 * a free list need only be as large as its class. (A block from
	 * malloc kept as a small one is not freed again; that happens only
	 * when memory is already exhausted.)
	 */
	if (!moved)
		return new_size <= old_size ? block : NULL;
	memcpy(moved, block, old_size < new_size ? old_size : new_size);
	small_pool_free(p, block, old_size);
	return moved;
}

int small_pool_takes(size_t size)
{
	return POOLED(size);
}

void small_pool_release(struct small_pool *p)
{
	while (p->chunks) {
		struct small_pool_chunk *next = p->chunks->next;

		free(p->chunks);
		p->chunks = next;
	}
	memset(p, 0, sizeof(*p));
}
