#include <string.h>

#include "small_pool.h"
#include "tap.h"

/* Fill a block with a pattern of its own, and check it is still there. */
static void fill(unsigned char *p, size_t n, unsigned seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		p[i] = (unsigned char)(seed + i * 7);
}

static int holds(const unsigned char *p, size_t n, unsigned seed)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (p[i] != (unsigned char)(seed + i * 7))
			return 0;
	return 1;
}

static void test_blocks_do_not_overlap(void)
{
	struct small_pool pool = SMALL_POOL_INIT;
	unsigned char *blocks[3000];
	size_t sizes[3000], i, bad = 0;

	for (i = 0; i < 3000; i++) {
		sizes[i] = (i * 37) % 700;
		blocks[i] = small_pool_alloc(&pool, sizes[i]);
		fill(blocks[i], sizes[i], (unsigned)i);
	}
	/* Free every other block, and take others in their place. */
	for (i = 0; i < 3000; i += 2)
		small_pool_free(&pool, blocks[i], sizes[i]);
	for (i = 0; i < 3000; i += 2) {
		sizes[i] = (i * 13) % 600;
		blocks[i] = small_pool_alloc(&pool, sizes[i]);
		fill(blocks[i], sizes[i], (unsigned)i + 1);
	}
	for (i = 0; i < 3000; i++)
		bad += !holds(blocks[i], sizes[i], (unsigned)i + !(i % 2 == 1));
	is_int(bad, 0, "3,000 blocks of all sizes keep their bytes");
	for (i = 0; i < 3000; i++)
		small_pool_free(&pool, blocks[i], sizes[i]);
	small_pool_release(&pool);
	ok(pool.chunks == NULL && pool.next == NULL, "released, it is empty");
}

static void test_reuse(void)
{
	struct small_pool pool = SMALL_POOL_INIT;
	void *a, *b;

	if (!small_pool_takes(40)) {
		skip("a freed block serves the next of its class",
		     "blocks come from malloc under AddressSanitizer");
		return;
	}
	a = small_pool_alloc(&pool, 40);
	small_pool_free(&pool, a, 40);
	b = small_pool_alloc(&pool, 33);
	ok(a == b, "a freed block serves the next of its class");
	small_pool_free(&pool, b, 33);
	small_pool_release(&pool);
}

static void test_resize(void)
{
	struct small_pool pool = SMALL_POOL_INIT;
	unsigned char *p = small_pool_resize(&pool, NULL, 0, 10), *q;
	size_t n, bad = 0;

	fill(p, 10, 3);
	/* Grow through every class and past the pool, then back down. */
	for (n = 10; n < 2000; n += 23) {
		q = small_pool_resize(&pool, p, n, n + 23);
		bad += !holds(q, n, 3);
		fill(q, n + 23, 3);
		p = q;
	}
	for (; n > 30; n -= 29) {
		q = small_pool_resize(&pool, p, n, n - 29);
		bad += !holds(q, n - 29, 3);
		p = q;
	}
	is_int(bad, 0, "resizing up and down keeps what fits");
	q = small_pool_resize(&pool, p, n, n - 1);
	if (small_pool_takes(n))
		ok(q == p, "within its class a block stays where it is");
	else
		skip("within its class a block stays where it is",
		     "blocks come from malloc under AddressSanitizer");
	small_pool_free(&pool, q, n - 1);
	small_pool_release(&pool);
}

int main(void)
{
	test_blocks_do_not_overlap();
	test_reuse();
	test_resize();
	return done_testing();
}
