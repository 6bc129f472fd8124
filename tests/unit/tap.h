#ifndef CRA_TAP_H
#define CRA_TAP_H

/*
 * A minimal TAP producer for the C unit tests, so that one `prove` run
 * covers them and the shell tests alike.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static int tap_count;
static int tap_failed;

#define ok(cond, ...) tap_ok(!!(cond), __FILE__, __LINE__, __VA_ARGS__)
#define is_int(got, want, ...) do { \
	long long g_ = (got), w_ = (want); \
	if (!ok(g_ == w_, __VA_ARGS__)) \
		printf("#   got: %lld\n#   expected: %lld\n", g_, w_); \
} while (0)
#define is_str(got, want, ...) do { \
	const char *g_ = (got), *w_ = (want); \
	int same_ = (g_ && w_) ? !strcmp(g_, w_) : g_ == w_; \
	if (!ok(same_, __VA_ARGS__)) \
		printf("#   got: '%s'\n#   expected: '%s'\n", \
		       g_ ? g_ : "(null)", w_ ? w_ : "(null)"); \
} while (0)

__attribute__((format(printf, 4, 5)))
static int tap_ok(int pass, const char *file, int line, const char *fmt, ...)
{
	va_list ap;

	printf("%s %d - ", pass ? "ok" : "not ok", ++tap_count);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	printf("\n");
	if (!pass) {
		tap_failed++;
		printf("#   failed at %s:%d\n", file, line);
	}
	return pass;
}

/* A test that cannot run here: TAP counts it, with why. */
__attribute__((unused))
static void skip(const char *what, const char *why)
{
	printf("ok %d - %s # skip %s\n", ++tap_count, what, why);
}

static int done_testing(void)
{
	printf("1..%d\n", tap_count);
	return tap_failed ? 1 : 0;
}

#endif
