#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "diagnostic.h"

void diagnostics_add(struct diagnostics *d, const char *path, unsigned line,
		     unsigned column, const char *fmt, ...)
{
	struct diagnostic *x;
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	d->items = xrealloc(d->items, (d->count + 1) * sizeof(*d->items));
	x = &d->items[d->count++];
	x->path = xstrdup(path ? path : "");
	x->line = line;
	x->column = column;
	x->message = xstrdup(msg);
}

void diagnostics_release(struct diagnostics *d)
{
	size_t i;

	if (!d)
		return;
	for (i = 0; i < d->count; i++) {
		free(d->items[i].path);
		free(d->items[i].message);
	}
	free(d->items);
	d->items = NULL;
	d->count = 0;
}
