#ifndef CRA_BASE64_H
#define CRA_BASE64_H

#include <stddef.h>

#include "buf.h"

/* Standard base64 (RFC 4648 section 4) with padding, as DSSE uses. */
void base64_encode(struct buf *out, const void *data, size_t len);
/*
 * Decode standard base64; the URL-safe alphabet is accepted too, as DSSE
 * allows. Padding may be missing; whitespace is refused. Returns 0 or -1.
 */
int base64_decode(struct buf *out, const char *text, size_t len);

#endif
