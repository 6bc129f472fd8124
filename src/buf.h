#ifndef CRA_BUF_H
#define CRA_BUF_H

#include <stddef.h>

/*
 * A growable byte buffer, always NUL-terminated so that text can be used
 * as a C string. Allocation failure aborts: every caller would have to
 * give up anyway, and it keeps the many string-building paths readable.
 */
struct buf {
	char *ptr;
	size_t len;
	size_t alloc;
};

#define BUF_INIT { NULL, 0, 0 }

void buf_init(struct buf *b);
void buf_grow(struct buf *b, size_t extra);
void buf_add(struct buf *b, const void *data, size_t len);
void buf_puts(struct buf *b, const char *s);
void buf_putc(struct buf *b, char c);
void buf_printf(struct buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void buf_reset(struct buf *b);
/* Hand the contents to the caller, who frees them; leaves b empty. */
char *buf_detach(struct buf *b, size_t *len_out);
/* Free the contents; b may be reused after buf_init(). */
void buf_release(struct buf *b);
/* The contents as a string; "" when nothing was added. */
const char *buf_cstr(const struct buf *b);

/* Allocation helpers that abort on failure rather than return NULL. */
void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);

#endif
