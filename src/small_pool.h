#ifndef CRA_SMALL_POOL_H
#define CRA_SMALL_POOL_H

#include <stddef.h>

/*
 * An allocator for the many small blocks of one short-lived owner (a
 * rule's Lua state): blocks up to SMALL_POOL_MAX bytes are cut from
 * chunks and kept on a free list per size class when freed, larger ones
 * come from malloc. Freeing is O(1) and releasing the pool frees every
 * chunk at once, which is what closing a state costs most.
 */

#define SMALL_POOL_MAX 512

struct small_pool_chunk;

struct small_pool {
	struct small_pool_chunk *chunks;
	char *next, *end;	/* the uncut rest of the newest chunk */
	void *free_list[SMALL_POOL_MAX / 16 + 1];
};

#define SMALL_POOL_INIT { NULL, NULL, NULL, { NULL } }

/* NULL when memory is exhausted. */
void *small_pool_alloc(struct small_pool *p, size_t size);
/* size is the size the block was allocated or last resized with. */
void small_pool_free(struct small_pool *p, void *block, size_t size);
/*
 * realloc(3) for a block of old_size bytes (block NULL: old_size is 0).
 * Shrinking never fails; growing returns NULL, the block intact, when
 * memory is exhausted.
 */
void *small_pool_resize(struct small_pool *p, void *block, size_t old_size,
			size_t new_size);
/*
 * Whether a block of size bytes comes from the pool: not above
 * SMALL_POOL_MAX, and never under AddressSanitizer.
 */
int small_pool_takes(size_t size);
/* Free every chunk: blocks from malloc must have been freed already. */
void small_pool_release(struct small_pool *p);

#endif
