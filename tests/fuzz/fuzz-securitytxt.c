/*
 * libFuzzer target for the security.txt parser, the cleartext signature
 * framework and the RFC 3339 parser. gpg is never run from here: only
 * securitytxt_verify() runs it, and it is not called.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *	src/securitytxt.c src/openpgp_clearsign.c src/rfc3339.c \
 *	src/error.c src/buf.c tests/fuzz/fuzz-securitytxt.c \
 *	$(pkg-config --cflags --libs libgit2) -o /tmp/fuzz-sectxt
 *   /tmp/fuzz-sectxt -max_total_time=120
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "openpgp_clearsign.h"
#include "rfc3339.h"
#include "securitytxt.h"

#define NOW 1672561143		/* 2023-01-01T08:19:03Z */

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned count_lines(const char *s, size_t n)
{
	unsigned lines = 1;
	size_t i;

	for (i = 0; i < n; i++)
		lines += s[i] == '\n';
	return lines;
}

/* What every result must satisfy, whatever the input. */
static void check_invariants(const struct securitytxt *st, const char *s,
			     size_t n)
{
	unsigned lines = count_lines(s, n);
	size_t i;

	for (i = 0; i < st->nproblems; i++) {
		const struct sectxt_problem *p = &st->problems[i];

		if (!p->code || !p->message || !p->message[0] ||
		    p->line > lines)
			__builtin_trap();
		if (i && (p->line < st->problems[i - 1].line ||
			  (p->line == st->problems[i - 1].line &&
			   p->column < st->problems[i - 1].column)))
			__builtin_trap();
	}
	for (i = 0; i < st->nfields; i++) {
		const struct sectxt_field *f = &st->fields[i];

		if (!f->name[0] || strchr(f->value, '\n') ||
		    strchr(f->value, '\r') || f->line > lines ||
		    !f->column)
			__builtin_trap();
	}
	if (st->signature == SECTXT_SIG_VALID)
		__builtin_trap();
	if (!st->nfields && !securitytxt_count_errors(st))
		__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct securitytxt st;
	struct clearsign cs;
	int64_t t;

	securitytxt_parse(&st, s, size, NOW);
	check_invariants(&st, s, size);
	securitytxt_release(&st);

	/* the framework alone has no size limit of its own */
	if (!clearsign_parse(&cs, s, size) &&
	    (cs.block_start > size || cs.block_len > size - cs.block_start ||
	     cs.nlines > count_lines(s, size)))
		__builtin_trap();
	clearsign_release(&cs);

	rfc3339_parse(&t, s, size);
	return 0;
}
