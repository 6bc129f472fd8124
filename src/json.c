#include <locale.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Strings are scanned 16 bytes at a time with SSE2 where every x86-64 has
 * it, 8 at a time elsewhere; -DJSON_NO_SIMD tests the portable path.
 */
#if defined(__SSE2__) && !defined(JSON_NO_SIMD)
#include <emmintrin.h>
#define JSON_SSE2 1
#endif

#include "buf.h"
#include "error.h"
#include "json.h"

/*
 * One value. Its kind is not stored: the first byte of its text says it
 * ('{', '[', '"', 't', 'f', 'n' or a number), which keeps a value at 12
 * bytes. That byte is never overwritten, since only the closing quote of a
 * string is.
 *
 *   string:    len bytes; data is JSON_NONE when the text is in place just
 *              after the opening quote (NUL-terminated where the closing
 *              quote was), else the index of the decoded text in the arena
 *   number:    len bytes of source text at offset
 *   array:     len elements, their refs at kids[data]
 *   object:    len members, the refs of their keys at kids[data]; a
 *              member's value always comes right after its key, so
 *              value = key + 1
 */
struct json_node {
	uint32_t offset;
	uint32_t len;
	uint32_t data;
};

/* Built by the first json_position(), through a const document. */
struct json_lines {
	uint32_t *start;	/* offset of each line's first byte */
	size_t count;		/* 0 until built */
};

struct json_doc {
	char *text;		/* the input; closing quotes replaced by NUL */
	size_t len;
	size_t bom;		/* 3 when the input starts with a UTF-8 BOM */
	struct json_node *nodes;
	size_t count;
	json_ref *kids;
	char *arena;		/* strings that had escapes, decoded */
	struct json_dup *dups;
	size_t ndups;
	struct json_lines *lines;
};

static const unsigned char type_of[256] = {
	['{'] = JSON_OBJECT, ['['] = JSON_ARRAY, ['"'] = JSON_STRING,
	['t'] = JSON_TRUE, ['f'] = JSON_FALSE, ['n'] = JSON_NULL,
	['-'] = JSON_NUMBER, ['0'] = JSON_NUMBER, ['1'] = JSON_NUMBER,
	['2'] = JSON_NUMBER, ['3'] = JSON_NUMBER, ['4'] = JSON_NUMBER,
	['5'] = JSON_NUMBER, ['6'] = JSON_NUMBER, ['7'] = JSON_NUMBER,
	['8'] = JSON_NUMBER, ['9'] = JSON_NUMBER,
};

/* Bytes a string may hold as they are: not '"', '\\', control or 8-bit. */
static const unsigned char plain[256] = {
	[0x20] = 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
	1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
};

static int is_digit(unsigned char c)
{
	return (unsigned)(c - '0') < 10;
}

/* Offsets and line numbers: shared by parse errors and json_position(). */

static unsigned column_at(const char *text, size_t bom, size_t line_start,
			  size_t offset)
{
	unsigned column = 1;
	size_t i;

	if (line_start < bom)
		line_start = bom;
	/* Count characters: every byte but UTF-8 continuation bytes. */
	for (i = line_start; i < offset; i++)
		column += ((unsigned char)text[i] & 0xc0) != 0x80;
	return column;
}

static void position_scan(const char *text, size_t bom, size_t offset,
			  unsigned *line, unsigned *column)
{
	size_t line_start = 0;
	const char *nl;

	*line = 1;
	while ((nl = memchr(text + line_start, '\n', offset - line_start))) {
		(*line)++;
		line_start = (size_t)(nl - text) + 1;
	}
	*column = column_at(text, bom, line_start, offset);
}

/* The parser. */

struct frame {
	json_ref node;
	int object;
	size_t base;		/* its first child on the pending stack */
};

struct parser {
	unsigned char *text;
	const unsigned char *end;
	size_t bom;
	unsigned max_depth;

	struct json_node *nodes;
	size_t nnodes, nodes_alloc;
	/* The children of each closed container, one run per container. */
	json_ref *kids;
	size_t nkids, kids_alloc;
	/* The children of the open containers, innermost last. */
	json_ref *pending;
	size_t npending, pending_alloc;
	struct frame *frames;
	size_t nframes, frames_alloc;
	struct buf arena;
	struct json_dup *dups;
	size_t ndups, dups_alloc;
	/* Scratch space for finding duplicates among many keys. */
	json_ref *sort;
	size_t sort_alloc;
};

static void *grow(void *p, size_t *alloc, size_t need, size_t size)
{
	size_t n = *alloc;

	if (need <= n)
		return p;
	n = n < 16 ? 16 : n + n / 2;
	if (n < need)
		n = need;
	if (n > SIZE_MAX / size)
		n = SIZE_MAX / size;	/* xrealloc reports it */
	*alloc = n;
	return xrealloc(p, n * size);
}

static void describe(char *out, size_t size, unsigned char c)
{
	if (c == '\0')
		snprintf(out, size, "NUL byte");
	else if (c > 0x20 && c < 0x7f)
		snprintf(out, size, "character '%c'", c);
	else
		snprintf(out, size, "byte 0x%02x", c);
}

__attribute__((format(printf, 3, 4)))
static int fail(const struct parser *ps, const unsigned char *at,
		const char *fmt, ...)
{
	char what[256];
	unsigned line, column;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	position_scan((const char *)ps->text, ps->bom,
		      (size_t)(at - ps->text), &line, &column);
	return error_set("line %u, column %u: %s", line, column, what);
}

static json_ref node_new(struct parser *ps, const unsigned char *at)
{
	struct json_node *n;

	if (ps->nnodes == ps->nodes_alloc)
		ps->nodes = grow(ps->nodes, &ps->nodes_alloc, ps->nnodes + 1,
				 sizeof(*ps->nodes));
	n = &ps->nodes[ps->nnodes];
	n->offset = (uint32_t)(at - ps->text);
	n->len = 0;
	n->data = JSON_NONE;
	return (json_ref)ps->nnodes++;
}

static void pending_push(struct parser *ps, json_ref ref)
{
	if (ps->npending == ps->pending_alloc)
		ps->pending = grow(ps->pending, &ps->pending_alloc,
				   ps->npending + 1, sizeof(*ps->pending));
	ps->pending[ps->npending++] = ref;
}

static unsigned char *skip_ws(unsigned char *p, const unsigned char *end)
{
	while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' ||
			   *p == '\t'))
		p++;
	return p;
}

/*
 * The first byte at or after q that a string cannot hold as it is. Most
 * strings are plain ASCII, so look at many bytes at once.
 */
static unsigned char *scan_plain(unsigned char *q, const unsigned char *end)
{
#ifdef JSON_SSE2
	const __m128i quote = _mm_set1_epi8('"');
	const __m128i bslash = _mm_set1_epi8('\\');
	const __m128i space = _mm_set1_epi8(' ');

	while (end - q >= 16) {
		__m128i v = _mm_loadu_si128((const __m128i *)(void *)q);
		/* A signed compare catches the bytes >= 0x80 as well. */
		__m128i m = _mm_or_si128(_mm_or_si128(
			_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, bslash)),
			_mm_cmplt_epi8(v, space));
		unsigned bits = (unsigned)_mm_movemask_epi8(m);

		if (bits)
			return q + __builtin_ctz(bits);
		q += 16;
	}
#else
	const uint64_t ones = 0x0101010101010101ull;
	const uint64_t highs = 0x8080808080808080ull;

	while (end - q >= 8) {
		uint64_t w, hit;

		memcpy(&w, q, sizeof(w));
		hit = w & highs;
		hit |= (w - ones * 0x20) & ~w & highs;
		hit |= ((w ^ ones * '"') - ones) & ~(w ^ ones * '"') & highs;
		hit |= ((w ^ ones * '\\') - ones) & ~(w ^ ones * '\\') & highs;
		if (hit)
			break;
		q += 8;
	}
#endif
	while (q < end && plain[*q])
		q++;
	return q;
}

/* The length of the valid UTF-8 sequence at s (RFC 3629), or 0. */
static int utf8_length(const unsigned char *s, const unsigned char *end)
{
	size_t room = (size_t)(end - s);
	unsigned char c = s[0], lo = 0x80, hi = 0xbf;

	if (c >= 0xc2 && c <= 0xdf)
		return room >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
	if (c >= 0xe0 && c <= 0xef) {
		if (c == 0xe0)
			lo = 0xa0;	/* overlong */
		else if (c == 0xed)
			hi = 0x9f;	/* surrogates */
		return room >= 3 && s[1] >= lo && s[1] <= hi &&
			(s[2] & 0xc0) == 0x80 ? 3 : 0;
	}
	if (c >= 0xf0 && c <= 0xf4) {
		if (c == 0xf0)
			lo = 0x90;	/* overlong */
		else if (c == 0xf4)
			hi = 0x8f;	/* past U+10FFFF */
		return room >= 4 && s[1] >= lo && s[1] <= hi &&
			(s[2] & 0xc0) == 0x80 && (s[3] & 0xc0) == 0x80 ? 4 : 0;
	}
	return 0;
}

static int hex4(const unsigned char *s, const unsigned char *end)
{
	int v = 0, i;

	if (end - s < 4)
		return -1;
	for (i = 0; i < 4; i++) {
		unsigned char c = s[i];

		if (is_digit(c))
			v = v * 16 + (c - '0');
		else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
			v = v * 16 + ((c | 0x20) - 'a' + 10);
		else
			return -1;
	}
	return v;
}

static void utf8_put(struct buf *b, unsigned cp)
{
	char s[4];
	size_t n;

	if (cp < 0x80) {
		s[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		s[0] = (char)(0xc0 | cp >> 6);
		s[1] = (char)(0x80 | (cp & 0x3f));
		n = 2;
	} else if (cp < 0x10000) {
		s[0] = (char)(0xe0 | cp >> 12);
		s[1] = (char)(0x80 | (cp >> 6 & 0x3f));
		s[2] = (char)(0x80 | (cp & 0x3f));
		n = 3;
	} else {
		s[0] = (char)(0xf0 | cp >> 18);
		s[1] = (char)(0x80 | (cp >> 12 & 0x3f));
		s[2] = (char)(0x80 | (cp >> 6 & 0x3f));
		s[3] = (char)(0x80 | (cp & 0x3f));
		n = 4;
	}
	buf_add(b, s, n);
}

/* Decode the escape at *qq (a backslash) into the arena. */
static int unescape(struct parser *ps, unsigned char **qq)
{
	unsigned char *e = *qq;
	const unsigned char *end = ps->end;
	char what[32];
	int cp, lo;

	if (end - e < 2)
		return fail(ps, e, "unterminated string");
	switch (e[1]) {
	case '"':
	case '\\':
	case '/':
		buf_putc(&ps->arena, (char)e[1]);
		break;
	case 'b':
		buf_putc(&ps->arena, '\b');
		break;
	case 'f':
		buf_putc(&ps->arena, '\f');
		break;
	case 'n':
		buf_putc(&ps->arena, '\n');
		break;
	case 'r':
		buf_putc(&ps->arena, '\r');
		break;
	case 't':
		buf_putc(&ps->arena, '\t');
		break;
	case 'u':
		cp = hex4(e + 2, end);
		if (cp < 0)
			return fail(ps, e, "invalid \\u escape, expected "
				    "four hexadecimal digits");
		if (cp >= 0xdc00 && cp <= 0xdfff)
			return fail(ps, e, "unpaired surrogate \\u%04X in "
				    "string", (unsigned)cp);
		if (cp >= 0xd800 && cp <= 0xdbff) {
			if (end - e < 12 || e[6] != '\\' || e[7] != 'u' ||
			    (lo = hex4(e + 8, end)) < 0xdc00 || lo > 0xdfff)
				return fail(ps, e, "unpaired surrogate \\u%04X "
					    "in string", (unsigned)cp);
			cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
			e += 6;
		}
		utf8_put(&ps->arena, (unsigned)cp);
		*qq = e + 6;
		return 0;
	default:
		describe(what, sizeof(what), e[1]);
		return fail(ps, e, "invalid escape: backslash followed by %s",
			    what);
	}
	*qq = e + 2;
	return 0;
}

static int string_bad_byte(struct parser *ps, const unsigned char *q)
{
	if (*q == '\0')
		return fail(ps, q, "NUL byte in string");
	if (*q < 0x20)
		return fail(ps, q, "unescaped control character 0x%02x in "
			    "string", *q);
	return fail(ps, q, "invalid UTF-8 in string (byte 0x%02x)", *q);
}

/* The string whose opening quote is at *pp, as value ref. */
static int parse_string(struct parser *ps, unsigned char **pp, json_ref ref)
{
	unsigned char *open = *pp, *q = open + 1, *r;
	const unsigned char *end = ps->end;
	size_t start;
	int n;

	for (;;) {
		q = scan_plain(q, end);
		if (q == end)
			return fail(ps, open, "unterminated string");
		if (*q == '"') {
			*q = '\0';
			ps->nodes[ref].len = (uint32_t)(q - open - 1);
			*pp = q + 1;
			return 0;
		}
		if (*q == '\\')
			break;
		if (!(n = utf8_length(q, end)))
			return string_bad_byte(ps, q);
		q += n;
	}

	/*
	 * Escapes: decode into the arena, not in place, so that the input
	 * keeps its newlines for json_position().
	 */
	start = ps->arena.len;
	buf_add(&ps->arena, open + 1, (size_t)(q - open - 1));
	while (*q != '"') {
		if (*q == '\\') {
			if (unescape(ps, &q) < 0)
				return -1;
		} else if (*q >= 0x20 && *q < 0x80) {
			r = scan_plain(q, end);
			buf_add(&ps->arena, q, (size_t)(r - q));
			q = r;
		} else {
			if (!(n = utf8_length(q, end)))
				return string_bad_byte(ps, q);
			buf_add(&ps->arena, q, (size_t)n);
			q += n;
		}
		if (q == end)
			return fail(ps, open, "unterminated string");
	}
	ps->nodes[ref].len = (uint32_t)(ps->arena.len - start);
	ps->nodes[ref].data = (uint32_t)start;
	buf_add(&ps->arena, "", 1);	/* keep its NUL past the next add */
	*pp = q + 1;
	return 0;
}

static int parse_number(struct parser *ps, unsigned char **pp, json_ref ref)
{
	unsigned char *s = *pp, *p = s;
	const unsigned char *end = ps->end;

	if (*p == '-')
		p++;
	if (p == end || !is_digit(*p))
		return fail(ps, p, "expected a digit after '-'");
	if (*p == '0') {
		if (++p < end && is_digit(*p))
			return fail(ps, s, "number with a leading zero");
	} else {
		while (p < end && is_digit(*p))
			p++;
	}
	if (p < end && *p == '.') {
		if (++p == end || !is_digit(*p))
			return fail(ps, p, "expected a digit after the "
				    "decimal point");
		while (p < end && is_digit(*p))
			p++;
	}
	if (p < end && (*p | 0x20) == 'e') {
		if (++p < end && (*p == '+' || *p == '-'))
			p++;
		if (p == end || !is_digit(*p))
			return fail(ps, p, "expected a digit in the exponent");
		while (p < end && is_digit(*p))
			p++;
	}
	ps->nodes[ref].len = (uint32_t)(p - s);
	*pp = p;
	return 0;
}

static int parse_literal(struct parser *ps, unsigned char **pp, json_ref ref,
			 const char *word)
{
	size_t n = strlen(word);

	if ((size_t)(ps->end - *pp) < n || memcmp(*pp, word, n))
		return fail(ps, *pp, "invalid literal, expected '%s'", word);
	ps->nodes[ref].len = (uint32_t)n;
	*pp += n;
	return 0;
}

static const char *key_text(const struct parser *ps, json_ref key,
			    size_t *len)
{
	const struct json_node *n = &ps->nodes[key];

	*len = n->len;
	if (n->data == JSON_NONE)
		return (const char *)ps->text + n->offset + 1;
	return ps->arena.ptr + n->data;
}

static int key_cmp(const struct parser *ps, json_ref a, json_ref b)
{
	size_t alen, blen;
	const char *as = key_text(ps, a, &alen), *bs = key_text(ps, b, &blen);
	int c = memcmp(as, bs, alen < blen ? alen : blen);

	if (c)
		return c;
	return alen < blen ? -1 : alen > blen;
}

/* The common case, kept cheap: most keys differ in length or first byte. */
static int key_eq(const struct parser *ps, json_ref a, json_ref b)
{
	size_t alen, blen;
	const char *as, *bs;

	if (ps->nodes[a].len != ps->nodes[b].len)
		return 0;
	as = key_text(ps, a, &alen);
	bs = key_text(ps, b, &blen);
	/* Both are NUL-terminated, so [0] is there even when empty. */
	return as[0] == bs[0] && !memcmp(as, bs, alen);
}

static void dup_add(struct parser *ps, json_ref object, json_ref first,
		    json_ref again)
{
	struct json_dup *d;

	if (ps->ndups == ps->dups_alloc)
		ps->dups = grow(ps->dups, &ps->dups_alloc, ps->ndups + 1,
				sizeof(*ps->dups));
	d = &ps->dups[ps->ndups++];
	d->object = object;
	d->first = first;
	d->again = again;
}

/*
 * Stable bottom-up merge sort of keys by their text: guaranteed
 * O(n log n), so that a hostile object with a million keys cannot make
 * duplicate detection quadratic.
 */
static void keys_sort(const struct parser *ps, json_ref *a, json_ref *tmp,
		      size_t n)
{
	size_t width, lo, mid, hi, i, j, k;
	json_ref *src = a, *dst = tmp, *t;

	for (width = 1; width < n; width *= 2) {
		for (lo = 0; lo < n; lo += 2 * width) {
			mid = lo + width < n ? lo + width : n;
			hi = mid + width < n ? mid + width : n;
			i = lo;
			j = mid;
			k = lo;
			while (i < mid && j < hi)
				dst[k++] = key_cmp(ps, src[j], src[i]) < 0 ?
					src[j++] : src[i++];
			while (i < mid)
				dst[k++] = src[i++];
			while (j < hi)
				dst[k++] = src[j++];
		}
		t = src;
		src = dst;
		dst = t;
	}
	if (src != a)
		memcpy(a, src, n * sizeof(*a));
}

static void dups_find(struct parser *ps, json_ref object, const json_ref *keys,
		      size_t n)
{
	size_t i, j;
	json_ref *sorted;

	if (n <= 16) {
		for (i = 1; i < n; i++)
			for (j = 0; j < i; j++)
				if (key_eq(ps, keys[j], keys[i])) {
					dup_add(ps, object, keys[j], keys[i]);
					break;
				}
		return;
	}
	ps->sort = grow(ps->sort, &ps->sort_alloc, 2 * n, sizeof(*ps->sort));
	sorted = ps->sort;
	memcpy(sorted, keys, n * sizeof(*keys));
	keys_sort(ps, sorted, sorted + n, n);
	/* Equal keys are now together, each run in document order. */
	for (i = 0; i < n; i = j)
		for (j = i + 1; j < n && key_eq(ps, sorted[i], sorted[j]); j++)
			dup_add(ps, object, sorted[i], sorted[j]);
}

static void container_close(struct parser *ps)
{
	struct frame *f = &ps->frames[--ps->nframes];
	size_t n = ps->npending - f->base;
	struct json_node *node = &ps->nodes[f->node];

	node->len = (uint32_t)n;
	node->data = (uint32_t)ps->nkids;
	if (!n)
		return;
	ps->kids = grow(ps->kids, &ps->kids_alloc, ps->nkids + n,
			sizeof(*ps->kids));
	memcpy(ps->kids + ps->nkids, ps->pending + f->base,
	       n * sizeof(*ps->kids));
	if (f->object && n > 1)
		dups_find(ps, f->node, ps->kids + ps->nkids, n);
	ps->nkids += n;
	ps->npending = f->base;
}

/* An object key and its colon, with p at the key's opening quote. */
static int parse_key(struct parser *ps, unsigned char **pp)
{
	unsigned char *p = *pp;
	char what[32];
	json_ref key;

	if (p == ps->end)
		return fail(ps, p, "unexpected end of input");
	if (*p != '"') {
		if (*p == '}')
			return fail(ps, p, "trailing comma in object");
		describe(what, sizeof(what), *p);
		return fail(ps, p, "expected a string as object key, found %s",
			    what);
	}
	key = node_new(ps, p);
	pending_push(ps, key);
	if (parse_string(ps, &p, key) < 0)
		return -1;
	p = skip_ws(p, ps->end);
	if (p == ps->end || *p != ':')
		return fail(ps, p, "expected ':' after object key");
	*pp = skip_ws(p + 1, ps->end);
	return 0;
}

static int parse_document(struct parser *ps)
{
	unsigned char *p = ps->text + ps->bom;
	const unsigned char *end = ps->end;
	struct frame *f;
	char what[32];
	json_ref ref;

	p = skip_ws(p, end);
	if (p == end)
		return fail(ps, p, "empty document");
	for (;;) {
		/* p is at the first byte of a value. */
		if (p == end)
			return fail(ps, p, "unexpected end of input");
		ref = node_new(ps, p);
		if (ps->nframes && !ps->frames[ps->nframes - 1].object)
			pending_push(ps, ref);
		switch (*p) {
		case '{':
		case '[':
			if (ps->nframes >= ps->max_depth)
				return fail(ps, p, "nesting deeper than %u "
					    "levels", ps->max_depth);
			ps->frames = grow(ps->frames, &ps->frames_alloc,
					  ps->nframes + 1, sizeof(*ps->frames));
			f = &ps->frames[ps->nframes++];
			f->node = ref;
			f->object = *p == '{';
			f->base = ps->npending;
			p = skip_ws(p + 1, end);
			if (p < end && *p == (f->object ? '}' : ']')) {
				container_close(ps);
				p++;
				break;
			}
			if (f->object && parse_key(ps, &p) < 0)
				return -1;
			continue;
		case '"':
			if (parse_string(ps, &p, ref) < 0)
				return -1;
			break;
		case 't':
			if (parse_literal(ps, &p, ref, "true") < 0)
				return -1;
			break;
		case 'f':
			if (parse_literal(ps, &p, ref, "false") < 0)
				return -1;
			break;
		case 'n':
			if (parse_literal(ps, &p, ref, "null") < 0)
				return -1;
			break;
		case '-': case '0': case '1': case '2': case '3': case '4':
		case '5': case '6': case '7': case '8': case '9':
			if (parse_number(ps, &p, ref) < 0)
				return -1;
			break;
		default:
			describe(what, sizeof(what), *p);
			return fail(ps, p, "expected a value, found %s", what);
		}

		/* A value ends at p: close what it completes, find the next. */
		for (;;) {
			p = skip_ws(p, end);
			if (!ps->nframes) {
				if (p == end)
					return 0;
				describe(what, sizeof(what), *p);
				return fail(ps, p, "unexpected %s after the "
					    "document", what);
			}
			f = &ps->frames[ps->nframes - 1];
			if (p == end)
				return fail(ps, p, "unexpected end of input");
			if (*p == ',') {
				unsigned char *comma = p;

				p = skip_ws(p + 1, end);
				if (f->object) {
					if (parse_key(ps, &p) < 0)
						return -1;
				} else if (p < end && *p == ']') {
					return fail(ps, comma,
						    "trailing comma in array");
				}
				break;
			}
			if (*p == (f->object ? '}' : ']')) {
				container_close(ps);
				p++;
				continue;
			}
			describe(what, sizeof(what), *p);
			return fail(ps, p, "expected ',' or '%c' after %s, "
				    "found %s", f->object ? '}' : ']',
				    f->object ? "an object member" :
				    "an array element", what);
		}
	}
}

static int dup_cmp(const void *a, const void *b)
{
	const struct json_dup *x = a, *y = b;

	if (x->object != y->object)
		return x->object < y->object ? -1 : 1;
	return x->again < y->again ? -1 : x->again > y->again;
}

static void parser_release(struct parser *ps)
{
	free(ps->nodes);
	free(ps->kids);
	free(ps->pending);
	free(ps->frames);
	buf_release(&ps->arena);
	free(ps->dups);
	free(ps->sort);
}

int json_parse_buf(struct json_doc **out, struct buf *in, unsigned max_depth)
{
	struct parser ps;
	struct json_doc *doc;
	size_t len;
	char *text = buf_detach(in, &len);
	int error = -1;

	*out = NULL;
	memset(&ps, 0, sizeof(ps));
	buf_init(&ps.arena);
	if (len > JSON_MAX_SIZE) {
		error_set("document of %zu bytes is too large (the limit is "
			  "4 GiB - 1)", len);
		goto done;
	}
	ps.text = (unsigned char *)text;
	ps.end = ps.text + len;
	ps.max_depth = max_depth ? max_depth : JSON_DEFAULT_DEPTH;
	if (len >= 3 && !memcmp(text, "\xef\xbb\xbf", 3))
		ps.bom = 3;
	/*
	 * SBOMs hold a value per 15 (compact) to 25 (indented) bytes: start
	 * near that, so the array grows once or twice at most.
	 */
	ps.nodes = grow(NULL, &ps.nodes_alloc, len / 16 + 16,
			sizeof(*ps.nodes));
	if (parse_document(&ps) < 0)
		goto done;

	doc = xcalloc(1, sizeof(*doc));
	doc->text = text;
	doc->len = len;
	doc->bom = ps.bom;
	/* Give back the slack: large arrays shrink in place. */
	doc->nodes = xrealloc(ps.nodes, ps.nnodes * sizeof(*ps.nodes));
	doc->count = ps.nnodes;
	doc->kids = ps.kids;
	doc->arena = ps.arena.ptr;
	if (ps.ndups)
		qsort(ps.dups, ps.ndups, sizeof(*ps.dups), dup_cmp);
	doc->dups = ps.dups;
	doc->ndups = ps.ndups;
	doc->lines = xcalloc(1, sizeof(*doc->lines));
	ps.nodes = NULL;
	ps.kids = NULL;
	buf_init(&ps.arena);
	ps.dups = NULL;
	text = NULL;
	*out = doc;
	error = 0;
done:
	parser_release(&ps);
	free(text);
	return error;
}

int json_parse(struct json_doc **out, const char *data, size_t len,
	       unsigned max_depth)
{
	struct buf copy = BUF_INIT;

	*out = NULL;
	if (len > JSON_MAX_SIZE)
		return error_set("document of %zu bytes is too large (the "
				 "limit is 4 GiB - 1)", len);
	buf_add(&copy, data, len);
	return json_parse_buf(out, &copy, max_depth);
}

void json_free(struct json_doc *doc)
{
	if (!doc)
		return;
	free(doc->text);
	free(doc->nodes);
	free(doc->kids);
	free(doc->arena);
	free(doc->dups);
	if (doc->lines)
		free(doc->lines->start);
	free(doc->lines);
	free(doc);
}

/* Reading a document. */

static const struct json_node *node_of(const struct json_doc *doc, json_ref v,
				       enum json_type type)
{
	const struct json_node *n;

	if (!doc || v >= doc->count)
		return NULL;
	n = &doc->nodes[v];
	if (type_of[(unsigned char)doc->text[n->offset]] != type)
		return NULL;
	return n;
}

json_ref json_root(const struct json_doc *doc)
{
	return doc && doc->count ? 0 : JSON_NONE;
}

enum json_type json_type(const struct json_doc *doc, json_ref v)
{
	if (!doc || v >= doc->count)
		return JSON_NULL;
	return type_of[(unsigned char)doc->text[doc->nodes[v].offset]];
}

const char *json_type_name(enum json_type type)
{
	switch (type) {
	case JSON_NULL:
		return "null";
	case JSON_FALSE:
	case JSON_TRUE:
		return "boolean";
	case JSON_NUMBER:
		return "number";
	case JSON_STRING:
		return "string";
	case JSON_ARRAY:
		return "array";
	case JSON_OBJECT:
		return "object";
	}
	return "unknown";
}

size_t json_value_count(const struct json_doc *doc)
{
	return doc ? doc->count : 0;
}

size_t json_count(const struct json_doc *doc, json_ref v)
{
	enum json_type t = json_type(doc, v);

	if (t != JSON_ARRAY && t != JSON_OBJECT)
		return 0;
	return doc->nodes[v].len;
}

json_ref json_at(const struct json_doc *doc, json_ref arr, size_t i)
{
	const struct json_node *n = node_of(doc, arr, JSON_ARRAY);

	if (!n || i >= n->len)
		return JSON_NONE;
	return doc->kids[n->data + i];
}

json_ref json_member_key_ref(const struct json_doc *doc, json_ref obj,
			     size_t i)
{
	const struct json_node *n = node_of(doc, obj, JSON_OBJECT);

	if (!n || i >= n->len)
		return JSON_NONE;
	return doc->kids[n->data + i];
}

json_ref json_member_value(const struct json_doc *doc, json_ref obj, size_t i)
{
	json_ref key = json_member_key_ref(doc, obj, i);

	return key == JSON_NONE ? JSON_NONE : key + 1;
}

const char *json_string(const struct json_doc *doc, json_ref v, size_t *len)
{
	const struct json_node *n = node_of(doc, v, JSON_STRING);

	if (len)
		*len = n ? n->len : 0;
	if (!n)
		return NULL;
	if (n->data == JSON_NONE)
		return doc->text + n->offset + 1;
	return doc->arena + n->data;
}

const char *json_member_key(const struct json_doc *doc, json_ref obj,
			    size_t i, size_t *len)
{
	return json_string(doc, json_member_key_ref(doc, obj, i), len);
}

json_ref json_getn(const struct json_doc *doc, json_ref obj, const char *key,
		   size_t keylen)
{
	const struct json_node *n = node_of(doc, obj, JSON_OBJECT), *k;
	const char *s;
	json_ref ref;
	size_t i;

	if (!n)
		return JSON_NONE;
	/* From the end, so that the last of duplicate keys wins. */
	for (i = n->len; i-- > 0;) {
		ref = doc->kids[n->data + i];
		k = &doc->nodes[ref];
		if (k->len != keylen)
			continue;
		s = k->data == JSON_NONE ? doc->text + k->offset + 1 :
			doc->arena + k->data;
		if (!memcmp(s, key, keylen))
			return ref + 1;
	}
	return JSON_NONE;
}

json_ref json_get(const struct json_doc *doc, json_ref obj, const char *key)
{
	return json_getn(doc, obj, key, strlen(key));
}

const char *json_get_string(const struct json_doc *doc, json_ref obj,
			    const char *key)
{
	return json_string(doc, json_get(doc, obj, key), NULL);
}

const char *json_raw(const struct json_doc *doc, json_ref v, size_t *len)
{
	enum json_type t = json_type(doc, v);

	if (len)
		*len = 0;
	if (v == JSON_NONE || !doc || v >= doc->count ||
	    t == JSON_STRING || t == JSON_ARRAY || t == JSON_OBJECT)
		return NULL;
	if (len)
		*len = doc->nodes[v].len;
	return doc->text + doc->nodes[v].offset;
}

static const double pow10_exact[] = {
	1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
	1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/*
 * strtod() reads the decimal point of the current locale, so hand it the
 * text with '.' replaced by that point.
 */
static double number_slow(const char *raw, size_t len)
{
	const char *point = localeconv()->decimal_point;
	size_t plen = point && *point ? strlen(point) : 1;
	char stack[128], *s = stack, *w;
	size_t i;
	double d;

	if (len + plen + 1 > sizeof(stack))
		s = xmalloc(len + plen + 1);
	for (i = 0, w = s; i < len; i++) {
		if (raw[i] == '.' && point && *point) {
			memcpy(w, point, plen);
			w += plen;
		} else {
			*w++ = raw[i];
		}
	}
	*w = '\0';
	d = strtod(s, NULL);
	if (s != stack)
		free(s);
	return d;
}

double json_number(const struct json_doc *doc, json_ref v)
{
	const struct json_node *n = node_of(doc, v, JSON_NUMBER);
	const char *s, *e;
	uint64_t m = 0;
	int digits = 0, scale = 0, neg, eneg = 0;
	long exp = 0;
	double d;

	if (!n)
		return 0;
	s = doc->text + n->offset;
	e = s + n->len;
	/*
	 * Most numbers have few digits: then the mantissa and the power of
	 * ten are both exact doubles, and one multiplication or division
	 * rounds correctly (Clinger's fast path).
	 */
	neg = *s == '-';
	s += neg;
	for (; s < e && is_digit((unsigned char)*s); s++) {
		if (m || *s != '0')
			digits++;
		m = m * 10 + (uint64_t)(*s - '0');
		if (digits > 15)
			goto slow;
	}
	if (s < e && *s == '.')
		for (s++; s < e && is_digit((unsigned char)*s); s++) {
			if (m || *s != '0')
				digits++;
			m = m * 10 + (uint64_t)(*s - '0');
			scale--;
			if (digits > 15 || scale < -22)
				goto slow;
		}
	if (s < e) {
		s++;
		if (*s == '+' || *s == '-')
			eneg = *s++ == '-';
		for (; s < e; s++) {
			exp = exp * 10 + (*s - '0');
			if (exp > 100)
				goto slow;
		}
	}
	exp = (eneg ? -exp : exp) + scale;
	if (exp < -22 || exp > 22)
		goto slow;
	d = (double)m;
	d = exp < 0 ? d / pow10_exact[-exp] : d * pow10_exact[exp];
	return neg ? -d : d;
slow:
	return number_slow(doc->text + n->offset, n->len);
}

int json_number_i64(const struct json_doc *doc, json_ref v, int64_t *out)
{
	const struct json_node *n = node_of(doc, v, JSON_NUMBER);
	const char *s, *e, *why = NULL;
	uint64_t m = 0, limit;
	unsigned line, column;
	int neg, shown;

	*out = 0;
	if (!n)
		return error_set("not a number");
	s = doc->text + n->offset;
	e = s + n->len;
	neg = *s == '-';
	limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
	for (s += neg; s < e && !why; s++) {
		if (!is_digit((unsigned char)*s))
			why = "is not an integer";
		else if (m > (limit - (uint64_t)(*s - '0')) / 10)
			why = "does not fit in 64 bits";
		else
			m = m * 10 + (uint64_t)(*s - '0');
	}
	if (why) {
		json_position(doc, n->offset, &line, &column);
		shown = n->len > 40 ? 40 : (int)n->len;
		return error_set("line %u, column %u: %.*s%s %s", line, column,
				 shown, doc->text + n->offset,
				 n->len > 40 ? "..." : "", why);
	}
	if (neg)
		*out = m ? -(int64_t)(m - 1) - 1 : 0;
	else
		*out = (int64_t)m;
	return 0;
}

size_t json_offset(const struct json_doc *doc, json_ref v)
{
	if (!doc || v >= doc->count)
		return 0;
	return doc->nodes[v].offset;
}

static void lines_build(const struct json_doc *doc)
{
	struct json_lines *lines = doc->lines;
	const char *p = doc->text, *end = doc->text + doc->len, *nl;
	size_t n = 1, alloc = 0;
	uint32_t *start = grow(NULL, &alloc, 1024, sizeof(*start));

	/* One pass: large arrays grow in place, so no count beforehand. */
	start[0] = 0;
	for (; (nl = memchr(p, '\n', (size_t)(end - p))); p = nl + 1) {
		if (n == alloc)
			start = grow(start, &alloc, n + 1, sizeof(*start));
		start[n++] = (uint32_t)(nl + 1 - doc->text);
	}
	lines->start = start;
	lines->count = n;
}

void json_position(const struct json_doc *doc, size_t offset,
		   unsigned *line, unsigned *column)
{
	const struct json_lines *lines;
	size_t lo, hi, mid;

	*line = *column = 1;
	if (!doc)
		return;
	if (offset > doc->len)
		offset = doc->len;
	if (!doc->lines->count)
		lines_build(doc);
	lines = doc->lines;
	/* The last line that starts at or before offset. */
	lo = 0;
	hi = lines->count;
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (lines->start[mid] <= offset)
			lo = mid;
		else
			hi = mid;
	}
	*line = (unsigned)lo + 1;
	*column = column_at(doc->text, doc->bom, lines->start[lo], offset);
}

size_t json_dup_count(const struct json_doc *doc)
{
	return doc ? doc->ndups : 0;
}

const struct json_dup *json_dup_at(const struct json_doc *doc, size_t i)
{
	return doc && i < doc->ndups ? &doc->dups[i] : NULL;
}

const struct json_dup *json_object_dup(const struct json_doc *doc,
				       json_ref obj)
{
	size_t lo = 0, hi, mid;

	if (!doc)
		return NULL;
	/* The first entry whose object is not below obj. */
	hi = doc->ndups;
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (doc->dups[mid].object < obj)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < doc->ndups && doc->dups[lo].object == obj)
		return &doc->dups[lo];
	return NULL;
}
