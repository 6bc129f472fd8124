/*
 * libFuzzer target for SPDX licence expressions and the list loader: any
 * expression is judged valid or not, a problem's column falls inside the
 * expression, and a list read from the input either loads or is refused.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *	src/spdx_license.c src/error.c src/buf.c \
 *	tests/fuzz/fuzz-spdx-license.c \
 *	$(pkg-config --cflags --libs libgit2) -o /tmp/fuzz-spdx
 *   /tmp/fuzz-spdx -max_total_time=180
 *
 * Run from the top of the checkout, so that data/spdx/ is found; a small
 * built-in list stands in otherwise.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "spdx_license.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define CHECK(cond) do { if (!(cond)) abort(); } while (0)

static struct spdx_license_list *lists;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char licenses[] = "MIT\nApache-2.0\nGPL-2.0 deprecated\n";
	static const char exceptions[] = "LLVM-exception\n";

	if (spdx_license_list_load(&lists, ".") < 0 &&
	    spdx_license_list_parse(&lists, licenses, strlen(licenses),
				    exceptions, strlen(exceptions)) < 0)
		abort();
	return 0;
}

static unsigned characters(const uint8_t *s, size_t n)
{
	unsigned count = 0;
	size_t i;

	for (i = 0; i < n; i++)
		count += (s[i] & 0xc0) != 0x80;
	return count;
}

static void check_problem(const struct spdx_license_problem *p,
			  unsigned chars)
{
	if (!p->code)
		return;
	CHECK(p->column >= 1 && p->column <= chars + 1);
	CHECK(memchr(p->message, '\0', sizeof(p->message)));
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct spdx_license_result r;
	struct spdx_license_list *mine;
	const char *s = (const char *)data;
	unsigned chars = characters(data, size);
	const uint8_t *cut;
	size_t n;
	int ret;

	ret = spdx_license_check(&r, lists, s, size);
	CHECK(ret == 0 || ret == -1);
	CHECK((ret == -1) == (r.error.code != NULL));
	CHECK(!r.warning.code || r.warnings);
	check_problem(&r.error, chars);
	check_problem(&r.warning, chars);
	/* Lists only narrow: what fails without them fails with them. */
	if (spdx_license_check(&r, NULL, s, size) < 0)
		CHECK(ret == -1);
	check_problem(&r.error, chars);

	/* The input as a licence list, up to a NUL, the rest exceptions. */
	cut = memchr(data, '\0', size);
	if (!cut)
		return 0;
	n = (size_t)(cut - data);
	if (spdx_license_list_parse(&mine, s, n, s + n + 1,
				    size - n - 1) == 0) {
		CHECK(spdx_license_list_version(mine) != NULL);
		spdx_license_check(&r, mine, s, n);
		spdx_license_list_free(mine);
	}
	return 0;
}
