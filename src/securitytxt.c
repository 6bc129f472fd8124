#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "openpgp_clearsign.h"
#include "rfc3339.h"
#include "securitytxt.h"

/*
 * The text the fields are read from: the file itself, or the signed text
 * taken out of a cleartext-signed one. Problems are always reported at
 * the input's lines and columns, so the mapping back is kept here.
 */
struct body {
	const char *text;
	size_t len;
	unsigned first_line;	/* input line of the text's first line */
	const unsigned char *escaped;	/* per line: 1 when dash-escaped */
	size_t nlines;
	unsigned shift;		/* bytes before the first line (a BOM) */
};

enum field_kind {
	KIND_UNKNOWN,
	KIND_CONTACT,
	KIND_EXPIRES,
	KIND_LANGUAGES,
	KIND_WEB,		/* https expected, other schemes tolerated */
	KIND_ENCRYPTION,	/* any scheme but http (openpgp4fpr:, dns:) */
	KIND_CANONICAL,
	KIND_CSAF,
};

static const struct {
	const char *name;
	enum field_kind kind;
} known_fields[] = {
	{ "Acknowledgments", KIND_WEB },
	{ "Canonical", KIND_CANONICAL },
	{ "Contact", KIND_CONTACT },
	{ "CSAF", KIND_CSAF },
	{ "Encryption", KIND_ENCRYPTION },
	{ "Expires", KIND_EXPIRES },
	{ "Hiring", KIND_WEB },
	{ "Policy", KIND_WEB },
	{ "Preferred-Languages", KIND_LANGUAGES },
};

/* ASCII only: strcasecmp() follows the locale, and field names do not. */
static int lower(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

static int ascii_casecmp(const char *a, const char *b)
{
	while (*a && lower((unsigned char)*a) == lower((unsigned char)*b)) {
		a++;
		b++;
	}
	return lower((unsigned char)*a) - lower((unsigned char)*b);
}

static int ascii_ncaseeq(const char *a, const char *b, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (lower((unsigned char)a[i]) != lower((unsigned char)b[i]))
			return 0;
	return 1;
}

static int is_wsp(char c)
{
	return c == ' ' || c == '\t';
}

static int is_alpha(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static int is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int is_alnum(char c)
{
	return is_alpha(c) || is_digit(c);
}

static int is_hex(char c)
{
	return is_digit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

static const char *field_canonical_name(const char *name,
					enum field_kind *kind)
{
	size_t i;

	for (i = 0; i < sizeof(known_fields) / sizeof(*known_fields); i++) {
		if (!ascii_casecmp(name, known_fields[i].name)) {
			*kind = known_fields[i].kind;
			return known_fields[i].name;
		}
	}
	*kind = KIND_UNKNOWN;
	return NULL;
}

/*
 * Make room for element n of an array that holds n, doubling its size
 * whenever n reaches a power of two: the capacity follows from the count,
 * so the public structures need no field for it.
 */
static void *grow(void *array, size_t n, size_t size)
{
	if (n && (n & (n - 1)))
		return array;
	return xrealloc(array, (n ? 2 * n : 1) * size);
}

__attribute__((format(printf, 6, 7)))
static void add_problem(struct securitytxt *st, enum sectxt_severity sev,
			const char *code, unsigned line, unsigned column,
			const char *fmt, ...)
{
	struct sectxt_problem *p;
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	st->problems = grow(st->problems, st->nproblems,
			    sizeof(*st->problems));
	p = &st->problems[st->nproblems++];
	p->severity = sev;
	p->code = code;
	p->line = line;
	p->column = column;
	p->message = xstrdup(msg);
}

/* Input column of byte `offset` (0-based) of text line `idx`. */
static unsigned body_column(const struct body *b, size_t idx, size_t offset)
{
	size_t col = offset + 1;

	if (b->escaped && idx < b->nlines && b->escaped[idx])
		col += 2;
	if (idx == 0 && b->first_line == 1)
		col += b->shift;
	return (unsigned)col;
}

/*
 * Length of the UTF-8 sequence at s[0..n) (RFC 3629 section 4: no
 * overlong forms, no surrogates, nothing past U+10FFFF), or 0.
 */
static size_t utf8_sequence(const unsigned char *s, size_t n)
{
	unsigned char c = s[0];
	unsigned char lo = 0x80, hi = 0xBF;
	size_t len, i;

	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		len = 2;
	else if (c >= 0xE0 && c <= 0xEF)
		len = 3;
	else if (c >= 0xF0 && c <= 0xF4)
		len = 4;
	else
		return 0;
	if (c == 0xE0)
		lo = 0xA0;
	else if (c == 0xED)
		hi = 0x9F;
	else if (c == 0xF0)
		lo = 0x90;
	else if (c == 0xF4)
		hi = 0x8F;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

/*
 * Check the bytes of one line (without its line ending): UTF-8 with no
 * control character but tab. Record the first fault and return -1.
 */
static int check_line_bytes(struct securitytxt *st, const struct body *b,
			    size_t idx, const char *s, size_t n)
{
	unsigned line = b->first_line + (unsigned)idx;
	size_t i = 0;

	while (i < n) {
		unsigned char c = (unsigned char)s[i];
		size_t seq;

		if (c == '\r') {
			add_problem(st, SECTXT_ERROR, "bare-cr", line,
				    body_column(b, idx, i),
				    "carriage return not followed by a line "
				    "feed");
			return -1;
		}
		if ((c < 0x20 && c != '\t') || c == 0x7F) {
			add_problem(st, SECTXT_ERROR, "control-character",
				    line, body_column(b, idx, i),
				    "control character 0x%02x", c);
			return -1;
		}
		seq = utf8_sequence((const unsigned char *)s + i, n - i);
		if (!seq) {
			add_problem(st, SECTXT_ERROR, "invalid-utf8", line,
				    body_column(b, idx, i),
				    "invalid utf-8 byte 0x%02x", c);
			return -1;
		}
		i += seq;
	}
	return 0;
}

static void add_field(struct securitytxt *st, const char *name,
		      size_t name_len, const char *value, size_t value_len,
		      unsigned line, unsigned name_column, unsigned column)
{
	struct sectxt_field *f;

	st->fields = grow(st->fields, st->nfields, sizeof(*st->fields));
	f = &st->fields[st->nfields++];
	f->name = xstrndup(name, name_len);
	f->value = xstrndup(value, value_len);
	f->line = line;
	f->name_column = name_column;
	f->column = column;
}

/*
 * Give the open extension field the folded lines gathered for it, their
 * line breaks removed. Gathering them apart keeps a field folded over
 * thousands of lines linear to join.
 */
static void close_fold(struct securitytxt *st, long *open_field,
		       struct buf *fold)
{
	if (*open_field >= 0 && fold->len) {
		struct sectxt_field *f = &st->fields[*open_field];
		struct buf joined = BUF_INIT;

		buf_puts(&joined, f->value);
		buf_add(&joined, fold->ptr, fold->len);
		free(f->value);
		f->value = buf_detach(&joined, NULL);
	}
	buf_reset(fold);
	*open_field = -1;
}

/*
 * One "name: value" line (RFC 9116 section 4: field-name fs SP value,
 * field-name as in RFC 5322 section 3.6.8). s[0..n) has its trailing
 * blanks removed; raw_n is its length before that, so that "Foo: " is
 * seen to have its space. Return the index of the field added, or -1.
 */
static long parse_field_line(struct securitytxt *st, const struct body *b,
			     size_t idx, const char *s, size_t n,
			     size_t raw_n)
{
	unsigned line = b->first_line + (unsigned)idx;
	const char *colon = memchr(s, ':', n);
	size_t name_len, i, vstart;
	enum field_kind kind;
	int spaced = 1;

	if (!colon) {
		add_problem(st, SECTXT_ERROR, "bad-field-syntax", line,
			    body_column(b, idx, 0),
			    "expected 'name: value', a comment or a blank "
			    "line");
		return -1;
	}
	name_len = (size_t)(colon - s);
	if (!name_len) {
		add_problem(st, SECTXT_ERROR, "bad-field-syntax", line,
			    body_column(b, idx, 0), "missing field name");
		return -1;
	}
	for (i = 0; i < name_len; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c < 33 || c > 126) {
			/* "Policy https://..." has a colon, but not
			 * where a field needs one */
			add_problem(st, SECTXT_ERROR, "bad-field-syntax",
				    line, body_column(b, idx, i),
				    is_wsp((char)c) ?
				    "expected ':' after the field name" :
				    "invalid character in field name");
			return -1;
		}
	}

	vstart = name_len + 1;
	if (vstart >= raw_n || s[vstart] != ' ') {
		add_problem(st, SECTXT_ERROR, "bad-field-syntax", line,
			    body_column(b, idx, vstart),
			    "expected a space after ':'");
		spaced = 0;
	} else {
		vstart++;
	}
	add_field(st, s, name_len, s + (vstart < n ? vstart : n),
		  vstart < n ? n - vstart : 0, line, body_column(b, idx, 0),
		  body_column(b, idx, vstart));

	/* a known field's value starts right after its one space */
	field_canonical_name(st->fields[st->nfields - 1].name, &kind);
	if (kind != KIND_UNKNOWN && spaced) {
		size_t lead = vstart;

		while (lead < n && is_wsp(s[lead]))
			lead++;
		if (lead > vstart)
			add_problem(st, SECTXT_ERROR, "bad-field-syntax",
				    line, body_column(b, idx, vstart),
				    "more than one space after ':'");
	}
	return (long)st->nfields - 1;
}

static void parse_body(struct securitytxt *st, const struct body *b)
{
	size_t pos = 0, idx = 0;
	long open_field = -1;	/* an extension field that may fold */
	long last_known = -1;	/* a known field that just ended */
	struct buf fold = BUF_INIT;

	while (pos < b->len) {
		const char *s = b->text + pos;
		const char *lf = memchr(s, '\n', b->len - pos);
		unsigned line = b->first_line + (unsigned)idx;
		size_t raw_n = lf ? (size_t)(lf - s) : b->len - pos;
		size_t n;

		pos += raw_n + (lf ? 1 : 0);
		if (lf && raw_n && s[raw_n - 1] == '\r')
			raw_n--;
		if (idx == SECTXT_MAX_LINES)
			add_problem(st, SECTXT_WARNING, "too-many-lines", line,
				    0, "more than %d lines",
				    SECTXT_MAX_LINES);
		if (check_line_bytes(st, b, idx, s, raw_n)) {
			close_fold(st, &open_field, &fold);
			last_known = -1;
			idx++;
			continue;
		}
		n = raw_n;
		while (n && is_wsp(s[n - 1]))
			n--;

		if (!n || s[0] == '#') {
			close_fold(st, &open_field, &fold);
			last_known = -1;
		} else if (is_wsp(s[0])) {
			if (open_field >= 0) {
				buf_add(&fold, s, n);
			} else if (last_known >= 0) {
				enum field_kind kind;
				const char *name = field_canonical_name(
					st->fields[last_known].name, &kind);

				add_problem(st, SECTXT_ERROR,
					    "bad-continuation", line,
					    body_column(b, idx, 0),
					    "%s cannot continue on a folded "
					    "line", name);
			} else {
				add_problem(st, SECTXT_ERROR,
					    "bad-continuation", line,
					    body_column(b, idx, 0),
					    "line starts with a blank but "
					    "continues no field");
			}
		} else {
			long f;
			enum field_kind kind = KIND_UNKNOWN;

			close_fold(st, &open_field, &fold);
			f = parse_field_line(st, b, idx, s, n, raw_n);
			if (f >= 0)
				field_canonical_name(st->fields[f].name,
						     &kind);
			open_field = f >= 0 && kind == KIND_UNKNOWN ? f : -1;
			last_known = f >= 0 && kind != KIND_UNKNOWN ? f : -1;
		}
		idx++;
	}
	close_fold(st, &open_field, &fold);
	buf_release(&fold);
}

/* ---- URIs (RFC 3986 section 3) ---- */

static int is_unreserved(char c)
{
	return is_alnum(c) || c == '-' || c == '.' || c == '_' || c == '~';
}

static int is_sub_delim(char c)
{
	return c && strchr("!$&'()*+,;=", c) != NULL;
}

struct uri {
	size_t scheme_len;
	int has_authority;
	size_t host_len;
	size_t path_start, path_len;
};

/*
 * Scan s[*i..end) while the characters are allowed: unreserved,
 * sub-delims, percent-encoded, and those in `extra`. Return the reason
 * the scan stopped short of end, or NULL.
 */
static const char *uri_scan(const char *s, size_t *i, size_t end,
			    const char *extra)
{
	while (*i < end) {
		char c = s[*i];

		if (c == '%') {
			if (end - *i < 3 || !is_hex(s[*i + 1]) ||
			    !is_hex(s[*i + 2]))
				return "invalid percent-encoding";
			*i += 3;
		} else if (is_unreserved(c) || is_sub_delim(c) ||
			   (c && strchr(extra, c))) {
			(*i)++;
		} else {
			return "invalid character";
		}
	}
	return NULL;
}

/* dec-octet "." dec-octet "." dec-octet "." dec-octet */
static int is_ipv4(const char *s, size_t n)
{
	size_t i = 0;
	int part;

	for (part = 0; part < 4; part++) {
		size_t start = i;
		unsigned v = 0;

		while (i < n && is_digit(s[i]) && i - start < 3)
			v = v * 10 + (unsigned)(s[i++] - '0');
		if (i == start || v > 255 || (i - start > 1 && s[start] == '0'))
			return 0;
		if (part < 3) {
			if (i >= n || s[i] != '.')
				return 0;
			i++;
		}
	}
	return i == n;
}

static int is_ipv6(const char *s, size_t n)
{
	size_t i = 0;
	int groups = 0, elided = 0;

	if (n >= 2 && s[0] == ':' && s[1] == ':') {
		elided = 1;
		i = 2;
		if (i == n)
			return 1;
	}
	for (;;) {
		size_t start = i;

		while (i < n && is_hex(s[i]) && i - start < 4)
			i++;
		if (i < n && s[i] == '.') {
			/* the last 32 bits as an IPv4 address */
			if (!is_ipv4(s + start, n - start))
				return 0;
			groups += 2;
			break;
		}
		if (i == start)
			return 0;
		groups++;
		if (i == n)
			break;
		if (s[i] != ':')
			return 0;
		i++;
		if (i < n && s[i] == ':') {
			if (elided)
				return 0;
			elided = 1;
			i++;
			if (i == n)
				break;
		} else if (i == n) {
			return 0;
		}
	}
	return elided ? groups < 8 : groups == 8;
}

/* "v" 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ) */
static int is_ipvfuture(const char *s, size_t n)
{
	size_t i = 1;

	if (!n || (s[0] != 'v' && s[0] != 'V'))
		return 0;
	while (i < n && is_hex(s[i]))
		i++;
	if (i == 1 || i >= n || s[i] != '.' || ++i == n)
		return 0;
	for (; i < n; i++)
		if (!is_unreserved(s[i]) && !is_sub_delim(s[i]) && s[i] != ':')
			return 0;
	return 1;
}

/* authority = [ userinfo "@" ] host [ ":" port ] */
static const char *uri_authority(struct uri *u, const char *s, size_t *i,
				 size_t end)
{
	const char *at = memchr(s + *i, '@', end - *i);
	const char *why;
	size_t host;

	if (at) {
		size_t stop = (size_t)(at - s);

		if ((why = uri_scan(s, i, stop, ":")) != NULL)
			return why;
		*i = stop + 1;
	}
	host = *i;
	if (*i < end && s[*i] == '[') {
		const char *close = memchr(s + *i, ']', end - *i);
		size_t inner = *i + 1, inner_len;

		if (!close)
			return "unclosed '[' in host";
		inner_len = (size_t)(close - s) - inner;
		if (!is_ipv6(s + inner, inner_len) &&
		    !is_ipvfuture(s + inner, inner_len))
			return "invalid ip address in host";
		*i = (size_t)(close - s) + 1;
	} else {
		while (*i < end && s[*i] != ':') {
			if (s[*i] == '%') {
				if (end - *i < 3 || !is_hex(s[*i + 1]) ||
				    !is_hex(s[*i + 2]))
					return "invalid percent-encoding";
				*i += 3;
			} else if (is_unreserved(s[*i]) ||
				   is_sub_delim(s[*i])) {
				(*i)++;
			} else {
				return "invalid character in host";
			}
		}
	}
	u->host_len = *i - host;
	if (*i < end) {
		if (s[*i] != ':')
			return "invalid character after host";
		for ((*i)++; *i < end; (*i)++)
			if (!is_digit(s[*i]))
				return "invalid port";
	}
	return NULL;
}

/*
 * URI = scheme ":" hier-part [ "?" query ] [ "#" fragment ]. Return NULL
 * when s[0..n) is one, or the reason it is not with the offset of the
 * fault in *bad.
 */
static const char *uri_parse(struct uri *u, const char *s, size_t n,
			     size_t *bad)
{
	const char *why = NULL;
	size_t i = 0, end;

	memset(u, 0, sizeof(*u));
	*bad = 0;
	if (!n)
		return "empty uri";
	if (!is_alpha(s[0]))
		return "missing scheme";
	while (i < n && (is_alnum(s[i]) || s[i] == '+' || s[i] == '-' ||
			 s[i] == '.'))
		i++;
	if (i == n || s[i] != ':') {
		*bad = i;
		return "missing scheme";
	}
	u->scheme_len = i++;

	if (n - i >= 2 && s[i] == '/' && s[i + 1] == '/') {
		i += 2;
		for (end = i; end < n && s[end] != '/' && s[end] != '?' &&
		     s[end] != '#'; end++)
			;
		u->has_authority = 1;
		if ((why = uri_authority(u, s, &i, end)) != NULL)
			goto fail;
	}
	u->path_start = i;
	for (end = i; end < n && s[end] != '?' && s[end] != '#'; end++)
		;
	if ((why = uri_scan(s, &i, end, ":@/")) != NULL)
		goto fail;
	u->path_len = i - u->path_start;
	if (i < n && s[i] == '?') {
		i++;
		for (end = i; end < n && s[end] != '#'; end++)
			;
		if ((why = uri_scan(s, &i, end, ":@/?")) != NULL)
			goto fail;
	}
	if (i < n && s[i] == '#') {
		i++;
		if ((why = uri_scan(s, &i, n, ":@/?")) != NULL)
			goto fail;
	}
	return NULL;

fail:
	*bad = i;
	return why;
}

static int scheme_is(const struct uri *u, const char *value,
		     const char *scheme)
{
	return u->scheme_len == strlen(scheme) &&
		ascii_ncaseeq(value, scheme, u->scheme_len);
}

/* Check a URI-valued field; return 0 with *u filled when it is one. */
static int check_uri(struct securitytxt *st, const struct sectxt_field *f,
		     const char *name, struct uri *u)
{
	size_t len = strlen(f->value), lead = 0, bad;
	const char *why;

	/* "more than one space" was reported already: judge the rest */
	while (lead < len && is_wsp(f->value[lead]))
		lead++;
	why = uri_parse(u, f->value + lead, len - lead, &bad);
	if (why) {
		add_problem(st, SECTXT_ERROR, "invalid-uri", f->line,
			    f->column + (unsigned)(lead + bad),
			    "invalid %s uri: %s", name, why);
		return -1;
	}
	if (scheme_is(u, f->value + lead, "https") &&
	    (!u->has_authority || !u->host_len)) {
		add_problem(st, SECTXT_ERROR, "invalid-uri", f->line,
			    f->column, "invalid %s uri: https without a host",
			    name);
		return -1;
	}
	u->path_start += lead;
	return 0;
}

static void check_uri_field(struct securitytxt *st,
			    const struct sectxt_field *f, const char *name,
			    enum field_kind kind)
{
	const char *v = f->value;
	struct uri u;

	if (check_uri(st, f, name, &u))
		return;
	while (is_wsp(*v))
		v++;
	if (scheme_is(&u, v, "http") ||
	    (kind == KIND_CSAF && !scheme_is(&u, v, "https"))) {
		add_problem(st, SECTXT_ERROR, "not-https", f->line, f->column,
			    "%s must use https", name);
		return;
	}
	switch (kind) {
	case KIND_CONTACT:
		if ((scheme_is(&u, v, "mailto") || scheme_is(&u, v, "tel")) &&
		    !u.path_len)
			add_problem(st, SECTXT_ERROR, "invalid-uri", f->line,
				    f->column,
				    "invalid Contact uri: %.*s without an "
				    "address", (int)u.scheme_len, v);
		else if (!scheme_is(&u, v, "https") &&
			 !scheme_is(&u, v, "mailto") &&
			 !scheme_is(&u, v, "tel"))
			add_problem(st, SECTXT_WARNING, "unexpected-scheme",
				    f->line, f->column,
				    "Contact is neither https, mailto nor "
				    "tel");
		break;
	case KIND_WEB:
	case KIND_CANONICAL:
		if (!scheme_is(&u, v, "https"))
			add_problem(st, SECTXT_WARNING, "unexpected-scheme",
				    f->line, f->column,
				    "%s is not an https uri", name);
		break;
	case KIND_CSAF: {
		static const char want[] = "provider-metadata.json";
		size_t wlen = sizeof(want) - 1;

		if (u.path_len < wlen + 1 ||
		    memcmp(f->value + u.path_start + u.path_len - wlen - 1,
			   "/provider-metadata.json", wlen + 1))
			add_problem(st, SECTXT_ERROR,
				    "csaf-not-provider-metadata", f->line,
				    f->column,
				    "CSAF must point to a "
				    "provider-metadata.json");
		break;
	}
	default:
		break;
	}
}

/* ---- language tags (RFC 5646 section 2.1) ---- */

static int tag_is_irregular(const char *s, size_t n)
{
	static const char *const irregular[] = {
		"en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
		"i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
		"i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR",
		"sgn-BE-NL", "sgn-CH-DE",
	};
	size_t i;

	for (i = 0; i < sizeof(irregular) / sizeof(*irregular); i++)
		if (strlen(irregular[i]) == n &&
		    ascii_ncaseeq(s, irregular[i], n))
			return 1;
	return 0;
}

static int all_of(const char *s, size_t n, int (*pred)(char))
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!pred(s[i]))
			return 0;
	return 1;
}

/*
 * langtag = language ["-" script] ["-" region] *("-" variant)
 *           *("-" extension) ["-" privateuse]
 * / privateuse / grandfathered. The regular grandfathered tags fit the
 * langtag production already, so only the irregular ones are listed.
 */
static int is_language_tag(const char *s, size_t n)
{
	const char *sub[64];
	size_t len[64], count = 0, i = 0, k;

	if (tag_is_irregular(s, n))
		return 1;
	while (i <= n) {
		size_t start = i;

		while (i < n && s[i] != '-')
			i++;
		if (count == 64 || i == start || i - start > 8 ||
		    !all_of(s + start, i - start, is_alnum))
			return 0;
		sub[count] = s + start;
		len[count++] = i - start;
		i++;
	}

	k = 0;
	if (len[0] == 1 && lower(sub[0][0]) == 'x')
		goto privateuse;
	/* language = 2*3ALPHA ["-" extlang] / 4ALPHA / 5*8ALPHA */
	if (len[0] < 2 || !all_of(sub[0], len[0], is_alpha))
		return 0;
	k = 1;
	if (len[0] <= 3) {
		int ext = 0;

		while (k < count && ext < 3 && len[k] == 3 &&
		       all_of(sub[k], 3, is_alpha)) {
			k++;
			ext++;
		}
	}
	if (k < count && len[k] == 4 && all_of(sub[k], 4, is_alpha))
		k++;
	if (k < count && ((len[k] == 2 && all_of(sub[k], 2, is_alpha)) ||
			  (len[k] == 3 && all_of(sub[k], 3, is_digit))))
		k++;
	while (k < count && ((len[k] >= 5) ||
			     (len[k] == 4 && is_digit(sub[k][0]))))
		k++;
	while (k < count && len[k] == 1 && lower(sub[k][0]) != 'x') {
		size_t first = ++k;

		while (k < count && len[k] >= 2)
			k++;
		if (k == first)
			return 0;
	}
	if (k == count)
		return 1;
	if (len[k] != 1 || lower(sub[k][0]) != 'x')
		return 0;
privateuse:
	/* "x" 1*("-" (1*8alphanum)) */
	return count - k >= 2;
}

static void check_languages(struct securitytxt *st,
			    const struct sectxt_field *f)
{
	const char *v = f->value;
	size_t n = strlen(v), i = 0;

	while (i < n && is_wsp(v[i]))
		i++;
	for (;;) {
		size_t start = i;

		while (i < n && v[i] != ',' && !is_wsp(v[i]))
			i++;
		if (i == start) {
			add_problem(st, SECTXT_ERROR, "bad-language-tag",
				    f->line, f->column + (unsigned)i,
				    "empty language tag");
			return;
		}
		if (!is_language_tag(v + start, i - start))
			add_problem(st, SECTXT_ERROR, "bad-language-tag",
				    f->line, f->column + (unsigned)start,
				    "invalid language tag");
		while (i < n && is_wsp(v[i]))
			i++;
		if (i == n)
			return;
		if (v[i] != ',') {
			add_problem(st, SECTXT_ERROR, "bad-language-tag",
				    f->line, f->column + (unsigned)i,
				    "expected ',' between language tags");
			return;
		}
		i++;
		while (i < n && is_wsp(v[i]))
			i++;
	}
}

/* ---- Expires (RFC 9116 section 2.5.5) ---- */

/* The same time of day, a calendar year later (29 February: 1 March). */
static int64_t one_year_after(int64_t t)
{
	int64_t year, midnight;
	unsigned month, day;

	rfc3339_to_civil(&year, &month, &day, t);
	midnight = rfc3339_from_civil(year, month, day);
	return rfc3339_from_civil(year + 1, month, day) + (t - midnight);
}

/*
 * The first time at which t is no longer more than a year ahead: the
 * smallest n with one_year_after(n) >= t, found by bisection between 367
 * and 364 days before t, where the answer must lie. one_year_after goes
 * back once, at 1 March after a 29 February (29 February 12:00 gives
 * 1 March 12:00 of the next year, and 1 March 00:00 gives 1 March 00:00),
 * so when a 29 February lies near that span there is no one boundary:
 * returns 0 and the caller judges that one second only.
 */
static int far_boundary(int64_t *out, int64_t t)
{
	int64_t lo = t - 367 * 86400, hi = t - 364 * 86400, day;

	for (day = lo - 86400; day <= hi + 86400; day += 86400) {
		int64_t year;
		unsigned month, mday;

		rfc3339_to_civil(&year, &month, &mday, day);
		if (month == 2 && mday == 29)
			return 0;
	}
	while (lo < hi) {
		int64_t mid = lo + (hi - lo) / 2;

		if (one_year_after(mid) >= t)
			hi = mid;
		else
			lo = mid + 1;
	}
	*out = lo;
	return 1;
}

/* Whether t is more than a year after now, narrowing now's window. */
static int more_than_a_year_ahead(struct time_window *now, int64_t t)
{
	int64_t boundary;

	if (!far_boundary(&boundary, t))
		return t > one_year_after(time_window_exact(now));
	return !time_window_reached(now, boundary);
}

static void check_expires(struct securitytxt *st,
			  const struct sectxt_field *f, int first,
			  struct time_window *now)
{
	const char *v = f->value;
	size_t n = strlen(v);
	char when[21];
	int64_t t;

	while (*v && is_wsp(*v)) {
		v++;
		n--;
	}
	if (!first)
		add_problem(st, SECTXT_ERROR, "expires-multiple", f->line,
			    f->name_column,
			    "Expires must appear only once");
	if (rfc3339_parse(&t, v, n)) {
		char copy[64];

		/* RFC 3339 5.6 lets a space stand for the "T" */
		if (n < 11 || n >= sizeof(copy) || v[10] != ' ')
			goto invalid;
		memcpy(copy, v, n);
		copy[10] = 'T';
		if (rfc3339_parse(&t, copy, n))
			goto invalid;
		add_problem(st, SECTXT_WARNING, "expires-space-separator",
			    f->line, f->column + 10,
			    "date and time separated by a space, not 'T'");
	}
	if (!first)
		return;
	st->has_expires = 1;
	st->expires = t;
	rfc3339_format(when, t);
	if (time_window_reached(now, t))
		add_problem(st, SECTXT_ERROR, "expired", f->line, f->column,
			    "expired on %s", when);
	else if (more_than_a_year_ahead(now, t))
		add_problem(st, SECTXT_WARNING, "expires-far", f->line,
			    f->column,
			    "expires on %s, more than a year from now", when);
	return;

invalid:
	add_problem(st, SECTXT_ERROR, "expires-invalid", f->line, f->column,
		    "Expires is not an RFC 3339 date-time");
}

static void check_fields(struct securitytxt *st, struct time_window *now)
{
	size_t i, contacts = 0, expires = 0, languages = 0, canonicals = 0;

	for (i = 0; i < st->nfields; i++) {
		const struct sectxt_field *f = &st->fields[i];
		enum field_kind kind;
		const char *name = field_canonical_name(f->name, &kind);

		if (strlen(f->name) + 2 + strlen(f->value) > SECTXT_MAX_FIELD)
			add_problem(st, SECTXT_WARNING, "field-too-long",
				    f->line, f->name_column,
				    "field longer than %d bytes",
				    SECTXT_MAX_FIELD);
		switch (kind) {
		case KIND_UNKNOWN:
			break;
		case KIND_EXPIRES:
			check_expires(st, f, !expires++, now);
			break;
		case KIND_LANGUAGES:
			if (languages++)
				add_problem(st, SECTXT_ERROR,
					    "multiple-preferred-languages",
					    f->line, f->name_column,
					    "Preferred-Languages must appear "
					    "only once");
			check_languages(st, f);
			break;
		case KIND_CONTACT:
			contacts++;
			check_uri_field(st, f, name, kind);
			break;
		case KIND_CANONICAL:
			canonicals++;
			check_uri_field(st, f, name, kind);
			break;
		default:
			check_uri_field(st, f, name, kind);
			break;
		}
	}
	if (!contacts)
		add_problem(st, SECTXT_ERROR, "missing-contact", 0, 0,
			    "no Contact field");
	if (!expires)
		add_problem(st, SECTXT_ERROR, "missing-expires", 0, 0,
			    "no Expires field");
	if (st->is_signed && !canonicals)
		add_problem(st, SECTXT_WARNING, "signed-without-canonical", 0,
			    0, "signed file without a Canonical field");
}

/* ---- the whole file ---- */

static int problem_before(const struct sectxt_problem *a,
			  const struct sectxt_problem *b)
{
	return a->line < b->line ||
		(a->line == b->line && a->column < b->column);
}

/*
 * Order problems by line and column, keeping the order they were found
 * in otherwise. A merge sort: qsort() is not stable, and an insertion sort
 * would be quadratic on a file crafted to interleave its problems.
 */
static void sort_problems(struct securitytxt *st)
{
	size_t n = st->nproblems, width, i;
	struct sectxt_problem *from = st->problems, *to, *spare;

	if (n < 2)
		return;
	to = spare = xmalloc(n * sizeof(*to));
	for (width = 1; width < n; width *= 2) {
		struct sectxt_problem *swap;

		for (i = 0; i < n; i += 2 * width) {
			size_t mid = i + width < n ? i + width : n;
			size_t hi = i + 2 * width < n ? i + 2 * width : n;
			size_t l = i, r = mid, k = i;

			while (l < mid && r < hi)
				to[k++] = problem_before(&from[r], &from[l]) ?
					from[r++] : from[l++];
			while (l < mid)
				to[k++] = from[l++];
			while (r < hi)
				to[k++] = from[r++];
		}
		swap = from;
		from = to;
		to = swap;
	}
	if (from != st->problems)
		memcpy(st->problems, from, n * sizeof(*from));
	free(spare);
}

static unsigned count_lines(const char *s, size_t n)
{
	unsigned lines = 1;
	const char *lf;

	while ((lf = memchr(s, '\n', n)) != NULL) {
		n -= (size_t)(lf - s) + 1;
		s = lf + 1;
		lines++;
	}
	return lines;
}

int securitytxt_parse(struct securitytxt *out, const char *data, size_t len,
		      int64_t now)
{
	struct time_window w;

	time_window_init(&w, now);
	return securitytxt_parse_at(out, data, len, &w);
}

int securitytxt_parse_at(struct securitytxt *out, const char *data,
			 size_t len, struct time_window *now)
{
	struct clearsign cs;
	struct body b;
	size_t skip = 0, i;

	securitytxt_init(out);
	clearsign_init(&cs);
	if (len > SECTXT_MAX_SIZE) {
		add_problem(out, SECTXT_ERROR, "too-large", 0, 0,
			    "file of %zu bytes is larger than %d bytes", len,
			    SECTXT_MAX_SIZE);
		return 0;
	}
	if (len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3)) {
		add_problem(out, SECTXT_ERROR, "utf8-bom", 1, 1,
			    "file starts with a byte order mark");
		skip = 3;
	}
	if (len > skip && data[len - 1] != '\n') {
		const char *last = data + len;
		unsigned line = count_lines(data, len);

		while (last > data && last[-1] != '\n')
			last--;
		add_problem(out, SECTXT_ERROR, "no-final-newline", line,
			    (unsigned)(data + len - last) + 1,
			    "last line has no line ending");
	}

	memset(&b, 0, sizeof(b));
	b.text = data + skip;
	b.len = len - skip;
	b.first_line = 1;
	b.shift = (unsigned)skip;
	if (clearsign_detect(b.text, b.len) &&
	    !clearsign_parse(&cs, b.text, b.len)) {
		out->is_signed = 1;
		out->signature = SECTXT_SIG_UNCHECKED;
		out->signed_start = cs.block_start + skip;
		out->signed_len = cs.block_len;
		out->signature_line = cs.signature_line;
		for (i = 0; i < cs.nproblems; i++) {
			const struct clearsign_problem *p = &cs.problems[i];

			add_problem(out, SECTXT_ERROR, p->code, p->line,
				    p->column + (p->line == 1 ? skip : 0),
				    "%s", p->message);
		}
		if (cs.signature_line)
			add_problem(out, SECTXT_WARNING,
				    "signature-unverified", cs.signature_line,
				    1, "signature not checked");
		b.text = cs.text;
		b.len = cs.len;
		b.first_line = cs.first_line;
		b.escaped = cs.escaped;
		b.nlines = cs.nlines;
	}
	parse_body(out, &b);
	check_fields(out, now);
	sort_problems(out);
	clearsign_release(&cs);
	return 0;
}

static void remove_problem(struct securitytxt *st, size_t i)
{
	free(st->problems[i].message);
	memmove(&st->problems[i], &st->problems[i + 1],
		(st->nproblems - i - 1) * sizeof(*st->problems));
	st->nproblems--;
}

int securitytxt_verify(struct securitytxt *st, const char *data, size_t len)
{
	enum clearsign_verdict verdict;
	const char *reason;
	size_t i;

	if (!st->is_signed || !st->signature_line)
		return 0;
	if (st->signed_start > len || st->signed_len > len - st->signed_start)
		return error_set("security.txt changed since it was parsed");
	if (clearsign_verify(&verdict, &reason, data + st->signed_start,
			     st->signed_len))
		return -1;

	/* a second verification replaces the first one's verdict */
	for (i = st->nproblems; i-- > 0;)
		if (!strcmp(st->problems[i].code, "signature-unverified") ||
		    !strcmp(st->problems[i].code, "signature-bad"))
			remove_problem(st, i);
	switch (verdict) {
	case CLEARSIGN_VALID:
		st->signature = SECTXT_SIG_VALID;
		break;
	case CLEARSIGN_BAD:
		st->signature = SECTXT_SIG_BAD;
		add_problem(st, SECTXT_ERROR, "signature-bad",
			    st->signature_line, 1,
			    "bad signature: the signed text was altered or "
			    "the signature is forged");
		break;
	default:
		st->signature = SECTXT_SIG_UNVERIFIED;
		add_problem(st, SECTXT_WARNING, "signature-unverified",
			    st->signature_line, 1,
			    "signature not verified: %s",
			    reason ? reason : "unknown reason");
		break;
	}
	sort_problems(st);
	return 0;
}

void securitytxt_init(struct securitytxt *st)
{
	memset(st, 0, sizeof(*st));
}

size_t securitytxt_count_errors(const struct securitytxt *st)
{
	size_t i, n = 0;

	for (i = 0; i < st->nproblems; i++)
		n += st->problems[i].severity == SECTXT_ERROR;
	return n;
}

const struct sectxt_field *securitytxt_field(const struct securitytxt *st,
					     const char *name, size_t i)
{
	size_t k;

	for (k = 0; k < st->nfields; k++)
		if (!ascii_casecmp(st->fields[k].name, name) && i-- == 0)
			return &st->fields[k];
	return NULL;
}

const char *securitytxt_severity_name(enum sectxt_severity severity)
{
	return severity == SECTXT_ERROR ? "error" : "warning";
}

void securitytxt_release(struct securitytxt *st)
{
	size_t i;

	if (!st)
		return;
	for (i = 0; i < st->nfields; i++) {
		free(st->fields[i].name);
		free(st->fields[i].value);
	}
	free(st->fields);
	for (i = 0; i < st->nproblems; i++)
		free(st->problems[i].message);
	free(st->problems);
	securitytxt_init(st);
}
