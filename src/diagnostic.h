#ifndef CRA_DIAGNOSTIC_H
#define CRA_DIAGNOSTIC_H

#include <stddef.h>

/*
 * A warning about the evidence itself rather than a rule's finding: an
 * unknown key in product.yaml, a waiver that is malformed. Commands show
 * them on stderr and machine formats carry them.
 */
struct diagnostic {
	char *path;
	unsigned line;
	unsigned column;
	char *message;
};

struct diagnostics {
	struct diagnostic *items;
	size_t count;
};

void diagnostics_add(struct diagnostics *d, const char *path, unsigned line,
		     unsigned column, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void diagnostics_release(struct diagnostics *d);

#endif
