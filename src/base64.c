#include "base64.h"

static const char alphabet[] =
	"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

void base64_encode(struct buf *out, const void *data, size_t len)
{
	const unsigned char *p = data;
	size_t i;

	buf_grow(out, (len + 2) / 3 * 4);
	for (i = 0; i + 2 < len; i += 3) {
		unsigned v = (unsigned)p[i] << 16 | (unsigned)p[i + 1] << 8 |
			p[i + 2];

		buf_putc(out, alphabet[v >> 18]);
		buf_putc(out, alphabet[(v >> 12) & 63]);
		buf_putc(out, alphabet[(v >> 6) & 63]);
		buf_putc(out, alphabet[v & 63]);
	}
	if (i < len) {
		unsigned v = (unsigned)p[i] << 16 |
			(i + 1 < len ? (unsigned)p[i + 1] << 8 : 0);

		buf_putc(out, alphabet[v >> 18]);
		buf_putc(out, alphabet[(v >> 12) & 63]);
		buf_putc(out, i + 1 < len ? alphabet[(v >> 6) & 63] : '=');
		buf_putc(out, '=');
	}
}

/* Each byte's value in either alphabet (RFC 4648 4 and 5), or -1. */
static signed char values[256];

static void fill_values(void)
{
	int i;

	for (i = 0; i < 256; i++)
		values[i] = -1;
	for (i = 0; i < 64; i++)
		values[(unsigned char)alphabet[i]] = (signed char)i;
	values['-'] = 62;
	values['_'] = 63;
}

int base64_decode(struct buf *out, const char *text, size_t len)
{
	const unsigned char *t = (const unsigned char *)text;
	unsigned acc = 0;
	int bits = 0;
	size_t i = 0;
	unsigned char *dst;

	/* 'A' is 0: filled once, on first use. */
	if (values['B'] != 1)
		fill_values();
	while (len && text[len - 1] == '=')
		len--;
	/*
	 * Written straight into the buffer, four characters to three bytes
	 * at a time: an audit decodes every attestation of the history,
	 * tens of kilobytes each.
	 */
	buf_grow(out, len / 4 * 3 + 3);
	dst = (unsigned char *)out->ptr + out->len;
	for (; i + 4 <= len; i += 4) {
		int a = values[t[i]], b = values[t[i + 1]];
		int c = values[t[i + 2]], d = values[t[i + 3]];
		unsigned v;

		if ((a | b | c | d) < 0)
			break;
		v = (unsigned)a << 18 | (unsigned)b << 12 | (unsigned)c << 6 |
			(unsigned)d;
		dst[0] = (unsigned char)(v >> 16);
		dst[1] = (unsigned char)(v >> 8);
		dst[2] = (unsigned char)v;
		dst += 3;
	}
	/* The last, partial group, or the group with a bad character. */
	for (; i < len; i++) {
		int v = values[t[i]];

		if (v < 0) {
			out->ptr[out->len] = '\0';
			return -1;
		}
		acc = (acc << 6) | (unsigned)v;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			*dst++ = (unsigned char)((acc >> bits) & 0xff);
		}
	}
	out->len = (size_t)((char *)dst - out->ptr);
	out->ptr[out->len] = '\0';
	/* One leftover character cannot encode a byte. */
	return bits >= 6 ? -1 : 0;
}
