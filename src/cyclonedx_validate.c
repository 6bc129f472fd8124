#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cyclonedx_validate.h"
#include "error.h"
#include "json.h"
#include "spdx_license.h"

/*
 * The validator walks the document and its version's schema tables
 * (cyclonedx_schema.c) together. What it finds goes into three lists:
 * problems, bom-ref definitions and references to bom-refs. The
 * alternatives of oneOf and anyOf are tried in turn, each appending to
 * the lists; the branch that is kept keeps its stretch of the lists and
 * the others are cut out, so that a discarded branch leaves no bom-ref
 * behind and the kept one need not be walked again. A branch that surely
 * fails (a required member missing, a wrong type) is skipped unwalked;
 * only when no branch fits are they all walked, for their messages. No
 * CycloneDX definition contains itself through a oneOf or anyOf, so this
 * never compounds with depth. References are resolved and bom-refs
 * compared once the walk is done.
 *
 * Problems remember only the value they are about; the line, column and
 * JSON pointer are worked out at the end, and only for the problems that
 * survive, from the value's place in the document.
 */

struct found {
	json_ref at;
	uint8_t severity;
	const char *code;
	char *message;
};

/*
 * A bom-ref or a reference, with its text and hash taken while the walk
 * has them in cache: resolving 250,000 references later would otherwise
 * go back to the document for each.
 */
struct ref_item {
	json_ref at;
	uint32_t len;
	const char *s;
	uint64_t hash;
};

struct ref_list {
	struct ref_item *v;
	size_t n, alloc;
};

struct mark {
	size_t problems, defs, uses;
};

struct ctx {
	const struct json_doc *doc;
	const struct spdx_license_list *licenses;
	const char *version;		/* "1.6" */
	struct found *found;
	size_t nfound, alloc;
	struct ref_list defs;		/* bom-ref definitions */
	struct ref_list uses;		/* references to bom-refs */
	const char *cond;		/* why a then/else branch applies */
};

static const char *const version_names[CDX_VERSIONS] = {
	"1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
};

void cdx_report_init(struct cdx_report *report)
{
	memset(report, 0, sizeof(*report));
}

void cdx_report_release(struct cdx_report *report)
{
	size_t i;

	if (!report)
		return;
	for (i = 0; i < report->count; i++) {
		free(report->problems[i].message);
		free(report->problems[i].pointer);
	}
	free(report->problems);
	cdx_report_init(report);
}

__attribute__((format(printf, 5, 6)))
static void add(struct ctx *c, json_ref at, enum cdx_severity severity,
		const char *code, const char *fmt, ...)
{
	struct buf msg = BUF_INIT;
	va_list ap;
	char tmp[512];

	va_start(ap, fmt);
	vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	buf_puts(&msg, tmp);
	if (c->nfound == c->alloc) {
		c->alloc = c->alloc ? c->alloc * 2 : 64;
		c->found = xrealloc(c->found, c->alloc * sizeof(*c->found));
	}
	c->found[c->nfound].at = at;
	c->found[c->nfound].severity = (uint8_t)severity;
	c->found[c->nfound].code = code;
	c->found[c->nfound].message = buf_detach(&msg, NULL);
	c->nfound++;
}

#define error_at(c, at, code, ...) add(c, at, CDX_ERROR, code, __VA_ARGS__)
#define warning_at(c, at, code, ...) add(c, at, CDX_WARNING, code, __VA_ARGS__)

static uint64_t bytes_hash(const char *s, size_t len);

static void ref_push(struct ref_list *l, const struct json_doc *doc,
		     json_ref v)
{
	struct ref_item *it;
	size_t len;

	if (l->n == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 256;
		l->v = xrealloc(l->v, l->alloc * sizeof(*l->v));
	}
	it = &l->v[l->n++];
	it->at = v;
	it->s = json_string(doc, v, &len);
	it->len = (uint32_t)len;
	it->hash = bytes_hash(it->s, len);
}

static struct mark mark_of(const struct ctx *c)
{
	struct mark m = { c->nfound, c->defs.n, c->uses.n };

	return m;
}

static size_t errors_between(const struct ctx *c, size_t from, size_t to)
{
	size_t i, n = 0;

	for (i = from; i < to; i++)
		n += c->found[i].severity == CDX_ERROR;
	return n;
}

static void found_free(struct ctx *c, size_t from, size_t to)
{
	size_t i;

	for (i = from; i < to; i++)
		free(c->found[i].message);
}

/*
 * Keep only [keep, keep_end) of what was appended since base, given as
 * marks: the stretch moves down to base and the rest is dropped.
 */
static void keep_only(struct ctx *c, const struct mark *base,
		      const struct mark *keep, const struct mark *keep_end)
{
	size_t n;

	found_free(c, base->problems, keep->problems);
	found_free(c, keep_end->problems, c->nfound);
	n = keep_end->problems - keep->problems;
	if (n && keep->problems != base->problems)
		memmove(c->found + base->problems, c->found + keep->problems,
			n * sizeof(*c->found));
	c->nfound = base->problems + n;
	n = keep_end->defs - keep->defs;
	if (n && keep->defs != base->defs)
		memmove(c->defs.v + base->defs, c->defs.v + keep->defs,
			n * sizeof(*c->defs.v));
	c->defs.n = base->defs + n;
	n = keep_end->uses - keep->uses;
	if (n && keep->uses != base->uses)
		memmove(c->uses.v + base->uses, c->uses.v + keep->uses,
			n * sizeof(*c->uses.v));
	c->uses.n = base->uses + n;
}

static void drop_since(struct ctx *c, const struct mark *base)
{
	keep_only(c, base, base, base);
}

/* A value, quoted and cut short, for a message. */
static const char *show(char *out, size_t size, const struct json_doc *doc,
			json_ref v)
{
	size_t len, i, o = 0;
	const char *s;

	switch (json_type(doc, v)) {
	case JSON_STRING:
		s = json_string(doc, v, &len);
		out[o++] = '\'';
		/* Room for one escaped byte, "...", the quote and the NUL. */
		for (i = 0; i < len && o + 10 < size; i++) {
			unsigned char ch = (unsigned char)s[i];

			if (ch < 0x20 || ch == 0x7f)
				o += (size_t)snprintf(out + o, size - o,
						      "\\x%02x", ch);
			else
				out[o++] = (char)ch;
		}
		if (i < len) {
			/* Cut on a character boundary, not inside one. */
			while (o > 1 &&
			       ((unsigned char)out[o - 1] & 0xc0) == 0x80)
				o--;
			if (o > 1 && (unsigned char)out[o - 1] >= 0xc0)
				o--;
			out[o++] = '.';
			out[o++] = '.';
			out[o++] = '.';
		}
		out[o++] = '\'';
		out[o] = '\0';
		return out;
	case JSON_NUMBER:
		s = json_raw(doc, v, &len);
		snprintf(out, size, "%.*s", len > 40 ? 40 : (int)len, s);
		return out;
	case JSON_ARRAY:
		return "an array";
	case JSON_OBJECT:
		return "an object";
	case JSON_TRUE:
		return "true";
	case JSON_FALSE:
		return "false";
	case JSON_NULL:
		break;
	}
	return "null";
}

static const char *type_name(unsigned types, char *out, size_t size)
{
	static const char *const names[] = {
		"null", "boolean", "integer", "number", "string", "array",
		"object",
	};
	size_t o = 0;
	unsigned i;

	out[0] = '\0';
	for (i = 0; i < 7; i++) {
		if (!(types & (1u << i)))
			continue;
		if (i == 2 && (types & CDX_T_NUMBER))
			continue;
		o += (size_t)snprintf(out + o, size - o, "%s%s",
				      o ? " or " : "", names[i]);
		if (o >= size)
			break;
	}
	return out;
}

static const char *what(const struct cdx_node *n)
{
	return n->name ? n->name : "this object";
}

/* A JSON number that is an integer, 1.0 included as draft-07 says. */
static int is_integer(const struct json_doc *doc, json_ref v)
{
	size_t len, i;
	const char *raw = json_raw(doc, v, &len);
	double d;

	for (i = 0; i < len; i++)
		if (raw[i] == '.' || raw[i] == 'e' || raw[i] == 'E')
			break;
	if (i == len)
		return 1;
	d = json_number(doc, v);
	if (d != d || d - d != 0)
		return 0;
	if (d > 9007199254740992.0 || d < -9007199254740992.0)
		return 1;
	return (double)(long long)d == d;
}

static int type_ok(unsigned types, const struct json_doc *doc, json_ref v)
{
	switch (json_type(doc, v)) {
	case JSON_NULL:
		return types & CDX_T_NULL;
	case JSON_TRUE:
	case JSON_FALSE:
		return types & CDX_T_BOOLEAN;
	case JSON_NUMBER:
		if (types & CDX_T_NUMBER)
			return 1;
		return (types & CDX_T_INTEGER) && is_integer(doc, v);
	case JSON_STRING:
		return types & CDX_T_STRING;
	case JSON_ARRAY:
		return types & CDX_T_ARRAY;
	case JSON_OBJECT:
		return types & CDX_T_OBJECT;
	}
	return 0;
}

static const char *actual_type(const struct json_doc *doc, json_ref v)
{
	enum json_type t = json_type(doc, v);

	if (t == JSON_TRUE || t == JSON_FALSE)
		return "boolean";
	return json_type_name(t);
}

/* Characters (code points) in a UTF-8 string, for min/maxLength. */
static size_t char_count(const char *s, size_t len)
{
	size_t i, n = 0;

	for (i = 0; i < len; i++)
		n += ((unsigned char)s[i] & 0xc0) != 0x80;
	return n;
}

/* Formats and patterns, by hand: the schemas use only these few. */

static int is_digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* A table: hash contents make this the validator's busiest test. */
static const unsigned char hex_digit[256] = {
	['0'] = 1, ['1'] = 1, ['2'] = 1, ['3'] = 1, ['4'] = 1, ['5'] = 1,
	['6'] = 1, ['7'] = 1, ['8'] = 1, ['9'] = 1, ['a'] = 1, ['b'] = 1,
	['c'] = 1, ['d'] = 1, ['e'] = 1, ['f'] = 1, ['A'] = 1, ['B'] = 1,
	['C'] = 1, ['D'] = 1, ['E'] = 1, ['F'] = 1,
};

static int is_hex(char ch)
{
	return hex_digit[(unsigned char)ch];
}

static int is_lower_hex(char ch)
{
	return is_digit(ch) || (ch >= 'a' && ch <= 'f');
}

static int digits(const char *s, size_t n, int *out)
{
	size_t i;

	*out = 0;
	for (i = 0; i < n; i++) {
		if (!is_digit(s[i]))
			return 0;
		*out = *out * 10 + (s[i] - '0');
	}
	return 1;
}

static int days_in_month(int year, int month)
{
	static const int days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
	};

	if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
		return 29;
	return days[month - 1];
}

/* RFC 3339 full-date: YYYY-MM-DD. */
static int full_date(const char *s, size_t len)
{
	int y, m, d;

	if (len != 10 || s[4] != '-' || s[7] != '-' ||
	    !digits(s, 4, &y) || !digits(s + 5, 2, &m) ||
	    !digits(s + 8, 2, &d))
		return 0;
	return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m);
}

/*
 * RFC 3339 date-time, as JSON Schema's "date-time" format: a full date,
 * T, hh:mm:ss, an optional fraction and Z or an offset; T and Z in either
 * case. A leap second is let through as :60.
 */
static int date_time(const char *s, size_t len)
{
	int h, mi, sec;
	size_t i = 19;

	if (len < 20 || !full_date(s, 10) || (s[10] != 'T' && s[10] != 't') ||
	    s[13] != ':' || s[16] != ':' || !digits(s + 11, 2, &h) ||
	    !digits(s + 14, 2, &mi) || !digits(s + 17, 2, &sec) ||
	    h > 23 || mi > 59 || sec > 60)
		return 0;
	if (s[i] == '.') {
		size_t start = ++i;

		while (i < len && is_digit(s[i]))
			i++;
		if (i == start)
			return 0;
	}
	if (i == len - 1 && (s[i] == 'Z' || s[i] == 'z'))
		return 1;
	if (i + 6 == len && (s[i] == '+' || s[i] == '-') && s[i + 3] == ':' &&
	    digits(s + i + 1, 2, &h) && digits(s + i + 4, 2, &mi))
		return h <= 23 && mi <= 59;
	return 0;
}

/*
 * An IRI reference (RFC 3987): no spaces, controls or the characters RFC
 * 3986 never allows, and a '%' only before two hex digits. Deliberately
 * not a full grammar: it catches the free text found where a URL
 * belongs, not every odd but legal IRI.
 */
static int iri_bad(unsigned char ch)
{
	switch (ch) {
	case '<': case '>': case '"': case '{': case '}': case '|':
	case '\\': case '^': case '`': case 0x7f:
		return 1;
	default:
		return ch <= 0x20;
	}
}

static int iri_reference(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++) {
		unsigned char ch = (unsigned char)s[i];

		if (iri_bad(ch))
			return 0;
		if (ch == '%' && (i + 2 >= len || !is_hex(s[i + 1]) ||
				  !is_hex(s[i + 2])))
			return 0;
	}
	return 1;
}

/* An absolute URI: a scheme, ':', then an IRI reference's characters. */
static int uri(const char *s, size_t len)
{
	size_t i = 0;

	if (!len || !((s[0] | 0x20) >= 'a' && (s[0] | 0x20) <= 'z'))
		return 0;
	while (i < len && s[i] != ':') {
		char ch = s[i];

		if (!(((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') ||
		      is_digit(ch) || ch == '+' || ch == '-' || ch == '.'))
			return 0;
		i++;
	}
	return i < len && iri_reference(s, len);
}

/* An e-mail address: local@domain, neither empty, no blanks. */
static int idn_email(const char *s, size_t len)
{
	const char *at = memchr(s, '@', len);
	size_t i;

	if (!at || at == s || at == s + len - 1 ||
	    memchr(at + 1, '@', len - (size_t)(at - s) - 1))
		return 0;
	for (i = 0; i < len; i++)
		if ((unsigned char)s[i] <= 0x20 || s[i] == 0x7f)
			return 0;
	return 1;
}

/* 8-4-4-4-12 lower-case hex digits, as the schemas write a UUID. */
static int uuid(const char *s, size_t len)
{
	static const size_t dash[] = { 8, 13, 18, 23 };
	size_t i, d = 0;

	if (len != 36)
		return 0;
	for (i = 0; i < 36; i++) {
		if (d < 4 && i == dash[d]) {
			if (s[i] != '-')
				return 0;
			d++;
		} else if (!is_lower_hex(s[i])) {
			return 0;
		}
	}
	return 1;
}

/* urn:cdx:<uuid>/<version>, then #<ref> when element is set. */
static int bom_link(const char *s, size_t len, int element)
{
	size_t i = 45;

	if (len < 47 || memcmp(s, "urn:cdx:", 8) || !uuid(s + 8, 36) ||
	    s[44] != '/' || s[i] < '1' || s[i] > '9')
		return 0;
	while (i < len && is_digit(s[i]))
		i++;
	if (!element)
		return i == len;
	/* ".+" stops at a line terminator, as in ECMAScript. */
	if (i + 1 >= len || s[i] != '#')
		return 0;
	for (i++; i < len; i++)
		if (s[i] == '\n' || s[i] == '\r')
			return 0;
	return 1;
}

static int mime_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || is_digit(ch) || ch == '-' ||
	       ch == '+' || ch == '.';
}

static int pattern_ok(enum cdx_pattern p, const char *s, size_t len)
{
	size_t i, slash = 0;

	switch (p) {
	case CDX_PAT_NONE:
		return 1;
	case CDX_PAT_SERIAL_NUMBER:
		return len == 45 && !memcmp(s, "urn:uuid:", 9) &&
		       uuid(s + 9, 36);
	case CDX_PAT_HASH_CONTENT:
		if (len != 32 && len != 40 && len != 64 && len != 96 &&
		    len != 128)
			return 0;
		for (i = 0; i < len; i++)
			if (!is_hex(s[i]))
				return 0;
		return 1;
	case CDX_PAT_MIME_TYPE:
		for (i = 0; i < len; i++) {
			if (s[i] == '/' && !slash && i)
				slash = i;
			else if (!mime_char(s[i]))
				return 0;
		}
		return slash && slash + 1 < len;
	case CDX_PAT_LOCALE:
		if (len != 2 && len != 5)
			return 0;
		if (!(s[0] >= 'a' && s[0] <= 'z' && s[1] >= 'a' && s[1] <= 'z'))
			return 0;
		return len == 2 || (s[2] == '-' && s[3] >= 'A' &&
				     s[3] <= 'Z' && s[4] >= 'A' &&
				     s[4] <= 'Z');
	case CDX_PAT_BOM_LINK_DOCUMENT:
		return bom_link(s, len, 0);
	case CDX_PAT_BOM_LINK_ELEMENT:
		return bom_link(s, len, 1);
	case CDX_PAT_CRE:
		if (len < 7 || memcmp(s, "CRE:", 4))
			return 0;
		for (i = 4; i < len && is_digit(s[i]); i++)
			;
		if (i == 4 || i >= len - 1 || s[i] != '-')
			return 0;
		for (i++; i < len; i++)
			if (!is_digit(s[i]))
				return 0;
		return 1;
	case CDX_PAT_PATENT_NUMBER:
		if (len < 2 || len > 30)
			return 0;
		for (i = 0; i < len; i++) {
			char ch = s[i];
			int alnum = (ch >= 'a' && ch <= 'z') ||
				    (ch >= 'A' && ch <= 'Z') || is_digit(ch);

			if (alnum)
				continue;
			if (i == 0 || i == len - 1)
				return 0;
			if (!strchr("-/.() \t\n\r\f\v", ch) || !ch)
				return 0;
		}
		return 1;
	case CDX_PAT_COUNTRY:
		return len == 2 && s[0] >= 'A' && s[0] <= 'Z' &&
		       s[1] >= 'A' && s[1] <= 'Z';
	}
	return 1;
}

static const char *const pattern_text[] = {
	[CDX_PAT_NONE] = "",
	[CDX_PAT_SERIAL_NUMBER] = "urn:uuid: and an RFC 4122 UUID in lower "
		"case",
	[CDX_PAT_HASH_CONTENT] = "32, 40, 64, 96 or 128 hexadecimal digits",
	[CDX_PAT_MIME_TYPE] = "a media type such as text/plain",
	[CDX_PAT_LOCALE] = "a language code such as en or en-US",
	[CDX_PAT_BOM_LINK_DOCUMENT] = "a BOM-Link urn:cdx:<uuid>/<version>",
	[CDX_PAT_BOM_LINK_ELEMENT] = "a BOM-Link "
		"urn:cdx:<uuid>/<version>#<bom-ref>",
	[CDX_PAT_CRE] = "a CRE id such as CRE:123-456",
	[CDX_PAT_PATENT_NUMBER] = "a patent number of 2 to 30 letters, "
		"digits and -/.()",
	[CDX_PAT_COUNTRY] = "an ISO 3166-1 alpha-2 country code",
};

static int format_ok(enum cdx_format f, const char *s, size_t len)
{
	switch (f) {
	case CDX_FMT_NONE:
		return 1;
	case CDX_FMT_DATE_TIME:
		return date_time(s, len);
	case CDX_FMT_DATE:
		return full_date(s, len);
	case CDX_FMT_IRI_REFERENCE:
		return iri_reference(s, len);
	case CDX_FMT_IDN_EMAIL:
		return idn_email(s, len);
	case CDX_FMT_URI:
		return uri(s, len);
	}
	return 1;
}

static const char *const format_text[] = {
	[CDX_FMT_NONE] = "",
	[CDX_FMT_DATE_TIME] = "an RFC 3339 date-time such as "
		"2024-05-01T12:00:00Z",
	[CDX_FMT_DATE] = "an RFC 3339 date such as 2024-05-01",
	[CDX_FMT_IRI_REFERENCE] = "an IRI reference (no spaces, no <>\"{}|\\^` "
		"and '%' before two hex digits)",
	[CDX_FMT_IDN_EMAIL] = "an e-mail address",
	[CDX_FMT_URI] = "an absolute URI",
};

/* Hash algorithms and the hex digits their content has. */
static const struct {
	const char *alg;
	size_t digits;
} hash_lengths[] = {
	{ "MD5", 32 },
	{ "SHA-1", 40 },
	{ "SHA-256", 64 },
	{ "SHA-384", 96 },
	{ "SHA-512", 128 },
	{ "SHA3-256", 64 },
	{ "SHA3-384", 96 },
	{ "SHA3-512", 128 },
	{ "BLAKE2b-256", 64 },
	{ "BLAKE2b-384", 96 },
	{ "BLAKE2b-512", 128 },
	{ "Streebog-256", 64 },
	{ "Streebog-512", 128 },
	/* BLAKE3's output length is the user's choice: not checked. */
};

static void check_hash(struct ctx *c, json_ref v)
{
	json_ref alg = json_get(c->doc, v, "alg");
	json_ref content = json_get(c->doc, v, "content");
	const char *a, *s;
	size_t i, len;

	a = json_string(c->doc, alg, NULL);
	s = json_string(c->doc, content, &len);
	if (!a || !s || !pattern_ok(CDX_PAT_HASH_CONTENT, s, len))
		return;
	for (i = 0; i < sizeof(hash_lengths) / sizeof(*hash_lengths); i++) {
		if (strcmp(hash_lengths[i].alg, a))
			continue;
		if (hash_lengths[i].digits != len)
			warning_at(c, content, "hash-length",
				 "%s content has %zu hex digits; %s has %zu",
				 a, len, a, hash_lengths[i].digits);
		return;
	}
}

static void check_spdx_id(struct ctx *c, json_ref v)
{
	const struct spdx_id *e;
	const char *s;
	size_t len;
	char shown[96];

	s = json_string(c->doc, v, &len);
	if (!s || !c->licenses)
		return;
	e = spdx_license_find(c->licenses, s, len);
	if (!e || e->exception || e->deprecated || memcmp(e->id, s, len))
		show(shown, sizeof(shown), c->doc, v);
	if (!e)
		e = spdx_exception_find(c->licenses, s, len);
	if (!e) {
		error_at(c, v, "license-id",
			 "%s is not an SPDX licence id (SPDX License List "
			 "%s); name other licences with 'name' or an "
			 "expression's LicenseRef-", shown,
			 spdx_license_list_version(c->licenses));
		return;
	}
	if (strlen(e->id) != len || memcmp(e->id, s, len)) {
		error_at(c, v, "license-id",
			 "%s is not an SPDX licence id: the list spells it "
			 "'%s'", shown, e->id);
		return;
	}
	if (e->exception)
		warning_at(c, v, "license-id",
			   "%s is a licence exception, not a licence: write "
			   "an expression with WITH", shown);
	else if (e->deprecated)
		warning_at(c, v, "license-deprecated",
			   "licence %s is deprecated on SPDX License List %s",
			   shown, spdx_license_list_version(c->licenses));
}

static void check_expression(struct ctx *c, json_ref v)
{
	struct spdx_license_result r;
	const char *s;
	size_t len;
	char shown[96];

	s = json_string(c->doc, v, &len);
	if (!s)
		return;
	if (spdx_license_check(&r, c->licenses, s, len) < 0) {
		show(shown, sizeof(shown), c->doc, v);
		error_at(c, v, r.error.code,
			 "licence expression %s, column %u: %s", shown,
			 r.error.column, r.error.message);
		return;
	}
	if (r.warning.code && show(shown, sizeof(shown), c->doc, v))
		warning_at(c, v, r.warning.code,
			   "licence expression %s, column %u: %s", shown,
			   r.warning.column, r.warning.message);
}

static void run_check(struct ctx *c, const struct cdx_node *n, json_ref v)
{
	const char *s;
	size_t len;

	switch (n->check) {
	case CDX_CHECK_BOM_REF:
		if (json_type(c->doc, v) == JSON_STRING)
			ref_push(&c->defs, c->doc, v);
		break;
	case CDX_CHECK_REF:
		s = json_string(c->doc, v, &len);
		/* A BOM-Link names an element of another BOM: not ours. */
		if (s && !(len >= 8 && !memcmp(s, "urn:cdx:", 8)))
			ref_push(&c->uses, c->doc, v);
		break;
	case CDX_CHECK_SPDX_ID:
		check_spdx_id(c, v);
		break;
	case CDX_CHECK_LICENSE_EXPRESSION:
		check_expression(c, v);
		break;
	case CDX_CHECK_HASH:
		/* Only a hash that is otherwise right: see validate(). */
		break;
	case CDX_CHECK_NONE:
		break;
	}
}

/* Structural hashing and equality, for uniqueItems. */

static uint64_t mix(uint64_t h, uint64_t x)
{
	h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
	return h * 0xff51afd7ed558ccdull;
}

/* Eight bytes at a time: hash contents and purls are long. */
static uint64_t bytes_hash(const char *s, size_t len)
{
	uint64_t h = 0x243f6a8885a308d3ull ^ len, w;
	size_t i = 0;

	for (; i + 8 <= len; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * 0x9fb21c651e98df25ull;
		h ^= h >> 29;
	}
	w = 0;
	memcpy(&w, s + i, len - i);
	h = (h ^ w) * 0x9fb21c651e98df25ull;
	return h ^ (h >> 32);
}

static uint64_t value_hash(const struct json_doc *doc, json_ref v)
{
	enum json_type t = json_type(doc, v);
	uint64_t h = (uint64_t)t + 1;
	size_t i, n, len;
	const char *s;
	double d;

	switch (t) {
	case JSON_STRING:
		s = json_string(doc, v, &len);
		return mix(h, bytes_hash(s, len));
	case JSON_NUMBER:
		d = json_number(doc, v);
		if (d == 0)
			d = 0;	/* -0 equals 0 */
		memcpy(&h, &d, sizeof(h));
		return mix((uint64_t)t, h);
	case JSON_ARRAY:
		n = json_count(doc, v);
		for (i = 0; i < n; i++)
			h = mix(h, value_hash(doc, json_at(doc, v, i)));
		return h;
	case JSON_OBJECT: {
		uint64_t sum = 0;

		/* Members in any order: their hashes are added. */
		n = json_count(doc, v);
		for (i = 0; i < n; i++) {
			s = json_member_key(doc, v, i, &len);
			json_ref m = json_member_value(doc, v, i);

			sum += mix(bytes_hash(s, len), value_hash(doc, m));
		}
		return mix(h, sum);
	}
	default:
		return h;
	}
}

static int value_equal(const struct json_doc *doc, json_ref a, json_ref b)
{
	enum json_type t = json_type(doc, a);
	size_t i, n, la, lb;
	const char *sa, *sb;

	if (t != json_type(doc, b))
		return 0;
	switch (t) {
	case JSON_STRING:
		sa = json_string(doc, a, &la);
		sb = json_string(doc, b, &lb);
		return la == lb && !memcmp(sa, sb, la);
	case JSON_NUMBER:
		return json_number(doc, a) == json_number(doc, b);
	case JSON_ARRAY:
		n = json_count(doc, a);
		if (n != json_count(doc, b))
			return 0;
		for (i = 0; i < n; i++)
			if (!value_equal(doc, json_at(doc, a, i),
					 json_at(doc, b, i)))
				return 0;
		return 1;
	case JSON_OBJECT:
		n = json_count(doc, a);
		if (n != json_count(doc, b))
			return 0;
		for (i = 0; i < n; i++) {
			json_ref other;

			sa = json_member_key(doc, a, i, &la);
			other = json_getn(doc, b, sa, la);
			if (other == JSON_NONE ||
			    !value_equal(doc, json_member_value(doc, a, i),
					 other))
				return 0;
		}
		return 1;
	default:
		return 1;
	}
}

struct hashed {
	uint64_t hash;
	size_t index;
};

static int hashed_cmp(const void *pa, const void *pb)
{
	const struct hashed *a = pa, *b = pb;

	if (a->hash != b->hash)
		return a->hash < b->hash ? -1 : 1;
	return a->index < b->index ? -1 : a->index > b->index;
}

static void check_unique(struct ctx *c, json_ref arr)
{
	size_t n = json_count(c->doc, arr), i, j;
	struct hashed *h;

	if (n < 2)
		return;
	h = xmalloc(n * sizeof(*h));
	for (i = 0; i < n; i++) {
		h[i].hash = value_hash(c->doc, json_at(c->doc, arr, i));
		h[i].index = i;
	}
	/* Equal hashes end up side by side, in the order of the items. */
	if (n > 8)
		qsort(h, n, sizeof(*h), hashed_cmp);
	else
		for (i = 1; i < n; i++)
			for (j = i; j > 0 && hashed_cmp(&h[j - 1], &h[j]) > 0;
			     j--) {
				struct hashed t = h[j];

				h[j] = h[j - 1];
				h[j - 1] = t;
			}
	for (i = 1; i < n; i++) {
		for (j = i; j-- > 0 && h[j].hash == h[i].hash;) {
			json_ref a = json_at(c->doc, arr, h[j].index);
			json_ref b = json_at(c->doc, arr, h[i].index);

			if (value_equal(c->doc, a, b)) {
				error_at(c, b, "unique-items",
					 "item %zu repeats item %zu; the items "
					 "here must be unique", h[i].index,
					 h[j].index);
				break;
			}
		}
	}
	free(h);
}

static void validate(struct ctx *c, const struct cdx_node *n, json_ref v);

static const struct cdx_prop *prop_find(const struct cdx_node *n,
					const char *key, size_t len)
{
	size_t lo = 0, hi = n->nprops;

	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const char *name = n->props[mid].name;
		int r = strncmp(name, key, len);

		if (!r)
			r = name[len] ? 1 : (memchr(key, '\0', len) ? -1 : 0);
		if (!r)
			return &n->props[mid];
		if (r < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

static void validate_object(struct ctx *c, const struct cdx_node *n,
			    json_ref v)
{
	size_t i, count = json_count(c->doc, v);
	uint64_t seen[4] = { 0, 0, 0, 0 };
	const char *const *req;

	for (i = 0; i < count; i++) {
		size_t len;
		const char *key = json_member_key(c->doc, v, i, &len);
		const struct cdx_prop *p = prop_find(n, key, len);

		if (p) {
			size_t at = (size_t)(p - n->props);

			if (at < 256)
				seen[at / 64] |= 1ull << (at % 64);
			validate(c, p->node, json_member_value(c->doc, v, i));
		} else if (n->flags & CDX_F_CLOSED) {
			char shown[96];
			json_ref k = json_member_key_ref(c->doc, v, i);

			error_at(c, k, "additional-property",
				 "%s is not a member of %s in CycloneDX %s",
				 show(shown, sizeof(shown), c->doc, k),
				 what(n), c->version);
		}
	}
	for (req = n->required; req && *req; req++) {
		const struct cdx_prop *p = prop_find(n, *req, strlen(*req));
		size_t at = p ? (size_t)(p - n->props) : 256;
		int present;

		if (at < 256)
			present = (seen[at / 64] >> (at % 64)) & 1;
		else
			present = json_get(c->doc, v, *req) != JSON_NONE;
		if (!present)
			error_at(c, v, "required",
				 "%s lacks the required member '%s'", what(n),
				 *req);
	}
}

static void validate_array(struct ctx *c, const struct cdx_node *n,
			   json_ref v)
{
	size_t i = 0, count = json_count(c->doc, v);
	const struct cdx_node *const *tuple = n->logic ? n->logic->tuple : NULL;

	if (tuple) {
		for (; i < count && tuple[i]; i++)
			validate(c, tuple[i], json_at(c->doc, v, i));
		if (i < count && (n->flags & CDX_F_NO_EXTRA))
			error_at(c, json_at(c->doc, v, i), "max-items",
				 "no more than %zu item%s allowed here", i,
				 i == 1 ? " is" : "s are");
	}
	if (n->items)
		for (i = 0; i < count; i++)
			validate(c, n->items, json_at(c->doc, v, i));
	if (n->flags & CDX_F_UNIQUE)
		check_unique(c, v);
}

static void validate_limits(struct ctx *c, const struct cdx_node *n,
			    json_ref v)
{
	const struct cdx_limits *l = n->limits;
	enum json_type t = json_type(c->doc, v);
	size_t len, count;
	const char *s;
	double d;

	if (t == JSON_STRING) {
		s = json_string(c->doc, v, &len);
		count = char_count(s, len);
		if ((l->has & CDX_L_MIN_LENGTH) && count < l->min_length)
			error_at(c, v, "min-length",
				 "%zu characters where at least %u %s needed",
				 count, (unsigned)l->min_length,
				 l->min_length == 1 ? "is" : "are");
		if ((l->has & CDX_L_MAX_LENGTH) && count > l->max_length)
			error_at(c, v, "max-length",
				 "%zu characters where at most %u are allowed",
				 count, (unsigned)l->max_length);
	} else if (t == JSON_ARRAY) {
		count = json_count(c->doc, v);
		if ((l->has & CDX_L_MIN_ITEMS) && count < l->min_items)
			error_at(c, v, "min-items",
				 "%zu items where at least %u %s needed",
				 count, (unsigned)l->min_items,
				 l->min_items == 1 ? "is" : "are");
		if ((l->has & CDX_L_MAX_ITEMS) && count > l->max_items)
			error_at(c, v, "max-items",
				 "%zu items where at most %u %s allowed",
				 count, (unsigned)l->max_items,
				 l->max_items == 1 ? "is" : "are");
	} else if (t == JSON_NUMBER) {
		char shown[64];

		d = json_number(c->doc, v);
		show(shown, sizeof(shown), c->doc, v);
		if ((l->has & CDX_L_MINIMUM) && d < l->minimum)
			error_at(c, v, "minimum", "%s is below the minimum %g",
				 shown, l->minimum);
		if ((l->has & CDX_L_MAXIMUM) && d > l->maximum)
			error_at(c, v, "maximum", "%s is above the maximum %g",
				 shown, l->maximum);
	}
}

static void validate_string(struct ctx *c, const struct cdx_node *n,
			    json_ref v)
{
	size_t len;
	const char *s = json_string(c->doc, v, &len);
	char shown[96];

	if (n->pattern && !pattern_ok(n->pattern, s, len))
		error_at(c, v, n->pattern == CDX_PAT_SERIAL_NUMBER ?
			 "serial-number" : "pattern",
			 "%s is not %s", show(shown, sizeof(shown), c->doc, v),
			 pattern_text[n->pattern]);
	if (n->format && !format_ok(n->format, s, len))
		error_at(c, v, n->format == CDX_FMT_DATE_TIME ?
			 "timestamp" : "format", "%s is not %s",
			 show(shown, sizeof(shown), c->doc, v),
			 format_text[n->format]);
}

static void validate_enum(struct ctx *c, const struct cdx_node *n,
			  json_ref v)
{
	const char *const *e, *s;
	struct buf list = BUF_INIT;
	char shown[96];
	size_t k = 0, len;

	s = json_string(c->doc, v, &len);
	for (e = n->enums; s && *e; e++)
		if (strlen(*e) == len && !memcmp(*e, s, len))
			return;
	for (e = n->enums; *e; e++, k++)
		if (k < 12)
			buf_printf(&list, "%s'%s'", k ? ", " : "", *e);
	if (k > 12)
		buf_printf(&list, " and %zu more", k - 12);
	error_at(c, v, "enum", "%s is not one of %s",
		 show(shown, sizeof(shown), c->doc, v), buf_cstr(&list));
	buf_release(&list);
}

static int const_ok(const struct cdx_node *n, const struct json_doc *doc,
		    json_ref v)
{
	const char *k = n->konst, *s;
	size_t len, klen = strlen(k);

	switch (json_type(doc, v)) {
	case JSON_TRUE:
		return !strcmp(k, "true");
	case JSON_FALSE:
		return !strcmp(k, "false");
	case JSON_NULL:
		return !strcmp(k, "null");
	case JSON_STRING:
		/* The tables hold string constants without escapes. */
		s = json_string(doc, v, &len);
		return k[0] == '"' && klen == len + 2 &&
		       !memcmp(k + 1, s, len);
	case JSON_NUMBER:
		s = json_raw(doc, v, &len);
		return klen == len && !memcmp(k, s, len);
	default:
		return 0;
	}
}

/* Only "required": the alternatives of license, citation, ... */
static int only_required(const struct cdx_node *n)
{
	return n->required && !n->types && !n->props && !n->logic &&
	       !n->enums && !n->items && !n->ref && !n->flags;
}

static void names_of(struct buf *out, const struct cdx_node *const *alts,
		     const char *last)
{
	size_t i, n = 0;

	while (alts[n])
		n++;
	for (i = 0; i < n; i++)
		buf_printf(out, "%s'%s'", !i ? "" : i + 1 < n ? ", " :
			   last, alts[i]->required[0]);
}

/*
 * An object that has every member an alternative requires, or an array
 * whose items all are such objects: what the alternative was meant for.
 */
static int claimed(const struct ctx *c, const struct cdx_node *n, json_ref v,
		   unsigned depth)
{
	const struct cdx_node *const *tuple;
	const char *const *r;
	size_t i, count;

	while (n->ref && !n->required && !n->items && !n->logic)
		n = n->ref;
	if (depth > 4)
		return 0;
	switch (json_type(c->doc, v)) {
	case JSON_OBJECT:
		if (!n->required)
			return 0;
		for (r = n->required; *r; r++)
			if (json_get(c->doc, v, *r) == JSON_NONE)
				return 0;
		return 1;
	case JSON_ARRAY:
		count = json_count(c->doc, v);
		tuple = n->logic ? n->logic->tuple : NULL;
		if (!count || (!n->items && !tuple))
			return 0;
		for (i = 0; i < count; i++) {
			const struct cdx_node *item = n->items;

			if (tuple)
				item = tuple[0] && i == 0 ? tuple[0] : NULL;
			if (!item || !claimed(c, item, json_at(c->doc, v, i),
					      depth + 1))
				return 0;
		}
		return 1;
	default:
		return 0;
	}
}

/*
 * No alternative fits: when one comes closest (fewest errors), its
 * problems are the report; otherwise one problem lists them all.
 */
static void no_alternative(struct ctx *c, const struct cdx_node *const *alts,
			   json_ref v, int one_of, const struct mark *base,
			   const struct mark *marks, size_t nalts)
{
	size_t i, best = 0, best_errors = (size_t)-1, ties = 0;
	int pure = 1;
	struct buf msg = BUF_INIT;

	size_t claims = 0, claimant = 0;

	for (i = 0; i < nalts; i++) {
		size_t e = errors_between(c, marks[i].problems,
					  marks[i + 1].problems);

		if (e < best_errors) {
			best_errors = e;
			best = i;
			ties = 0;
		} else if (e == best_errors) {
			ties++;
		}
		pure &= only_required(alts[i]);
		if (claimed(c, alts[i], v, 0)) {
			claims++;
			claimant = i;
		}
	}
	/* The one whose required members are all there was meant. */
	if (claims == 1 && !pure) {
		best = claimant;
		ties = 0;
	}
	if (!ties && !pure) {
		keep_only(c, base, &marks[best], &marks[best + 1]);
		return;
	}
	if (pure) {
		buf_puts(&msg, one_of ? "needs one of " :
			 "needs at least one of ");
		names_of(&msg, alts, " or ");
	} else {
		buf_printf(&msg, "fits none of the %zu alternatives:", nalts);
		for (i = 0; i < nalts; i++) {
			size_t p = marks[i].problems;

			while (p < marks[i + 1].problems &&
			       c->found[p].severity != CDX_ERROR)
				p++;
			buf_printf(&msg, "%s (%zu) %s", i ? ";" : "", i + 1,
				   alts[i]->name ? alts[i]->name :
				   alts[i]->required ? alts[i]->required[0] :
				   "");
			if (p < marks[i + 1].problems)
				buf_printf(&msg, "%s%s",
					   alts[i]->name || alts[i]->required ?
					   ": " : "", c->found[p].message);
		}
	}
	drop_since(c, base);
	error_at(c, v, one_of ? "one-of" : "any-of", "%s", buf_cstr(&msg));
	buf_release(&msg);
}

/*
 * Whether v surely fails n, seen without walking it: a type that does not
 * fit, or a required member missing, here or in an array's items. Most
 * alternatives that fail fail so (a licence choice holds a "license" or
 * an "expression"), and skipping them keeps 100,000 components from
 * writing 100,000 messages only to throw them away.
 */
static int surely_fails(const struct ctx *c, const struct cdx_node *n,
			json_ref v, unsigned depth)
{
	const char *const *r, *s;
	size_t i, count, len;

	if (depth > 8)
		return 0;
	if (n->ref && surely_fails(c, n->ref, v, depth + 1))
		return 1;
	if (n->types && !type_ok(n->types, c->doc, v))
		return 1;
	switch (json_type(c->doc, v)) {
	case JSON_STRING:
		s = json_string(c->doc, v, &len);
		if (n->enums) {
			for (r = n->enums; *r; r++)
				if (strlen(*r) == len && !memcmp(*r, s, len))
					break;
			if (!*r)
				return 1;
		}
		return !pattern_ok(n->pattern, s, len) ||
		       !format_ok(n->format, s, len);
	case JSON_OBJECT:
		for (r = n->required; r && *r; r++)
			if (json_get(c->doc, v, *r) == JSON_NONE)
				return 1;
		return 0;
	case JSON_ARRAY:
		count = json_count(c->doc, v);
		for (i = 0; n->logic && n->logic->tuple && i < count &&
		     n->logic->tuple[i]; i++)
			if (surely_fails(c, n->logic->tuple[i],
					 json_at(c->doc, v, i), depth + 1))
				return 1;
		for (i = 0; n->items && i < count; i++)
			if (surely_fails(c, n->items, json_at(c->doc, v, i),
					 depth + 1))
				return 1;
		return 0;
	default:
		return 0;
	}
}

static void validate_alternatives(struct ctx *c,
				  const struct cdx_node *const *alts,
				  json_ref v, int one_of)
{
	struct mark base = mark_of(c), small[9], *marks = small;
	size_t n = 0, i, passing = 0, first = 0, second = 0;
	int slow = 0;

	while (alts[n])
		n++;
	if (n + 1 > sizeof(small) / sizeof(*small))
		marks = xmalloc((n + 1) * sizeof(*marks));
again:
	for (i = 0; i < n; i++) {
		marks[i] = mark_of(c);
		if (!slow && surely_fails(c, alts[i], v, 0))
			continue;
		validate(c, alts[i], v);
		if (!errors_between(c, marks[i].problems, c->nfound)) {
			if (!passing++)
				first = i;
			else if (passing == 2)
				second = i;
			/* anyOf needs one; only oneOf must try the rest. */
			if (!one_of)
				break;
		}
	}
	if (i < n)
		i++;
	for (; i < n; i++)
		marks[i] = mark_of(c);
	marks[n] = mark_of(c);
	if (!passing && !slow) {
		/* Walk them all, for the messages of what failed. */
		drop_since(c, &base);
		slow = 1;
		goto again;
	}
	if (!passing) {
		no_alternative(c, alts, v, one_of, &base, marks, n);
	} else {
		keep_only(c, &base, &marks[first], &marks[first + 1]);
		if (one_of && passing > 1) {
			struct buf msg = BUF_INIT;

			if (only_required(alts[first]) &&
			    only_required(alts[second]))
				buf_printf(&msg, "has both '%s' and '%s', "
					   "where only one of them is allowed",
					   alts[first]->required[0],
					   alts[second]->required[0]);
			else
				buf_printf(&msg, "fits alternatives %zu and "
					   "%zu, where exactly one must fit",
					   first + 1, second + 1);
			error_at(c, v, "one-of", "%s", buf_cstr(&msg));
			buf_release(&msg);
		}
	}
	if (marks != small)
		free(marks);
}

/* "when 'isExternal' is false or absent", for then-branch problems. */
static void describe_condition(char *out, size_t size,
			       const struct cdx_node *cond)
{
	out[0] = '\0';
	if (cond && cond->nprops == 1 && cond->props[0].node->konst &&
	    !cond->required)
		snprintf(out, size, "when '%s' is %s or absent",
			 cond->props[0].name, cond->props[0].node->konst);
}

static void validate_not(struct ctx *c, const struct cdx_node *n, json_ref v)
{
	struct mark base = mark_of(c);
	const char *const *r;
	struct buf msg = BUF_INIT;
	int fits;

	validate(c, n, v);
	fits = !errors_between(c, base.problems, c->nfound);
	drop_since(c, &base);
	if (!fits)
		return;
	if (only_required(n) && n->required[1]) {
		buf_puts(&msg, "has ");
		for (r = n->required; *r; r++)
			buf_printf(&msg, "%s'%s'", r == n->required ? "" :
				   r[1] ? ", " : " and ", *r);
		buf_puts(&msg, ", which must not appear together");
	} else if (only_required(n)) {
		buf_printf(&msg, "'%s' is not allowed here", n->required[0]);
	} else {
		buf_puts(&msg, "fits a schema it must not fit");
	}
	if (c->cond && *c->cond)
		buf_printf(&msg, " (%s)", c->cond);
	error_at(c, v, "not", "%s", buf_cstr(&msg));
	buf_release(&msg);
}

static void validate_logic(struct ctx *c, const struct cdx_logic *l,
			   json_ref v)
{
	const struct cdx_node *const *p;

	for (p = l->all_of; p && *p; p++)
		validate(c, *p, v);
	if (l->any_of)
		validate_alternatives(c, l->any_of, v, 0);
	if (l->one_of)
		validate_alternatives(c, l->one_of, v, 1);
	if (l->not_)
		validate_not(c, l->not_, v);
	if (l->if_) {
		struct mark base = mark_of(c);
		const char *saved = c->cond;
		char cond[128];
		int fits;

		validate(c, l->if_, v);
		fits = !errors_between(c, base.problems, c->nfound);
		drop_since(c, &base);
		describe_condition(cond, sizeof(cond), l->if_);
		c->cond = cond;
		if (fits && l->then_)
			validate(c, l->then_, v);
		else if (!fits && l->else_)
			validate(c, l->else_, v);
		c->cond = saved;
	}
}

static void validate(struct ctx *c, const struct cdx_node *n, json_ref v)
{
	enum json_type t;

	if (n->flags & CDX_F_NEVER) {
		error_at(c, v, "not", "no value is allowed here");
		return;
	}
	if (n->ref)
		validate(c, n->ref, v);
	if (n->types && !type_ok(n->types, c->doc, v)) {
		char want[64];

		error_at(c, v, "type", "%s where %s is expected",
			 actual_type(c->doc, v),
			 type_name(n->types, want, sizeof(want)));
		return;
	}
	if (n->enums)
		validate_enum(c, n, v);
	if (n->konst && !const_ok(n, c->doc, v)) {
		char shown[96];

		error_at(c, v, "const", "%s where %s is required",
			 show(shown, sizeof(shown), c->doc, v), n->konst);
	}
	t = json_type(c->doc, v);
	if (t == JSON_STRING && (n->pattern || n->format)) {
		validate_string(c, n, v);
	} else if (t == JSON_OBJECT && (n->props || n->required ||
				      (n->flags & CDX_F_CLOSED))) {
		size_t before = c->nfound;

		validate_object(c, n, v);
		/* An unknown algorithm or a bad digest says it already. */
		if (n->check == CDX_CHECK_HASH &&
		    !errors_between(c, before, c->nfound))
			check_hash(c, v);
	}
	else if (t == JSON_ARRAY)
		validate_array(c, n, v);
	if (n->limits)
		validate_limits(c, n, v);
	if (n->logic)
		validate_logic(c, n->logic, v);
	if (n->check)
		run_check(c, n, v);
}

/*
 * After the walk: references resolved, bom-refs unique. A bom-ref given
 * twice is an error when something refers to it, since that reference is
 * then ambiguous, and a warning otherwise: the BOM breaks the rule that
 * bom-refs are unique, but nothing in it is misread.
 */

struct ref_slot {
	const struct ref_item *first;	/* the first definition, or NULL */
	int used;
};

struct ref_set {
	struct ref_slot *slots;
	size_t mask;
};

static struct ref_slot *ref_find(const struct ref_set *set,
				 const struct ref_item *it)
{
	size_t j;

	for (j = it->hash & set->mask; set->slots[j].first;
	     j = (j + 1) & set->mask) {
		const struct ref_item *f = set->slots[j].first;

		if (f->hash == it->hash && f->len == it->len &&
		    !memcmp(f->s, it->s, it->len))
			break;
	}
	return &set->slots[j];
}

/* The name of the root member a value is in: "dependencies", ... */
static const char *top_member(const struct json_doc *doc, json_ref v,
			      size_t *len)
{
	json_ref root = json_root(doc);
	size_t lo = 0, hi = json_count(doc, root);

	*len = 0;
	if (json_type(doc, root) != JSON_OBJECT || !hi)
		return "";
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;

		if (json_member_key_ref(doc, root, mid) <= v)
			lo = mid;
		else
			hi = mid;
	}
	return json_member_key(doc, root, lo, len);
}

/*
 * The BOM's own graph, its dependencies, compositions and the components
 * its vulnerabilities affect, must name what it holds. Elsewhere (the
 * formulation, declarations, evidence, cryptographic assets) the
 * specification's own examples point at elements they leave out, so a
 * miss there is a warning.
 */
static int in_graph(const struct json_doc *doc, json_ref v)
{
	static const char *const graph[] = {
		"dependencies", "compositions", "vulnerabilities",
	};
	size_t len, i;
	const char *top = top_member(doc, v, &len);

	for (i = 0; i < sizeof(graph) / sizeof(*graph); i++)
		if (strlen(graph[i]) == len && !memcmp(graph[i], top, len))
			return 1;
	return 0;
}

static void unresolved(struct ctx *c, const struct ref_set *set)
{
	size_t i;

	for (i = 0; i < c->uses.n; i++) {
		const struct ref_item *it = &c->uses.v[i];
		struct ref_slot *slot = ref_find(set, it);
		char shown[96];

		if (slot->first) {
			slot->used = 1;
			continue;
		}
		add(c, it->at, in_graph(c->doc, it->at) ? CDX_ERROR :
		    CDX_WARNING, "dangling-ref",
		    "%s names no bom-ref of this BOM",
		    show(shown, sizeof(shown), c->doc, it->at));
	}
}

static void resolve_refs(struct ctx *c)
{
	struct ref_set set;
	size_t size = 16, i, nagain = 0;
	const struct ref_item **again;

	again = xmalloc((c->defs.n + 1) * sizeof(*again));
	while (size < c->defs.n * 2)
		size *= 2;
	set.mask = size - 1;
	set.slots = xcalloc(size, sizeof(*set.slots));
	for (i = 0; i < c->defs.n; i++) {
		struct ref_slot *slot = ref_find(&set, &c->defs.v[i]);

		if (slot->first)
			again[nagain++] = &c->defs.v[i];
		else
			slot->first = &c->defs.v[i];
	}
	unresolved(c, &set);
	for (i = 0; i < nagain; i++) {
		struct ref_slot *slot = ref_find(&set, again[i]);
		unsigned line, col;
		char shown[96];

		json_position(c->doc, json_offset(c->doc, slot->first->at),
			      &line, &col);
		add(c, again[i]->at, slot->used ? CDX_ERROR : CDX_WARNING,
		    "duplicate-bom-ref",
		    "bom-ref %s is already used at line %u, column %u%s",
		    show(shown, sizeof(shown), c->doc, again[i]->at), line,
		    col, slot->used ?
		    ", and references to it are ambiguous" : "");
	}
	free(again);
	free(set.slots);
}

static void report_duplicate_keys(struct ctx *c)
{
	size_t i, n = json_dup_count(c->doc);

	for (i = 0; i < n; i++) {
		const struct json_dup *d = json_dup_at(c->doc, i);
		unsigned line, col;
		char shown[96];

		json_position(c->doc, json_offset(c->doc, d->first), &line,
			      &col);
		warning_at(c, d->again, "duplicate-key",
			   "member %s appears again (first at line %u, column "
			   "%u); the last one counts",
			   show(shown, sizeof(shown), c->doc, d->again), line,
			   col);
	}
}

/*
 * The JSON pointer of a value, found by descending from the root: refs
 * follow document order, so the child holding a ref is the last one that
 * starts at or before it.
 */
static char *pointer_of(const struct json_doc *doc, json_ref target)
{
	struct buf out = BUF_INIT;
	json_ref v = json_root(doc);

	while (v != target) {
		enum json_type t = json_type(doc, v);
		size_t lo = 0, hi = json_count(doc, v), len, i;
		const char *key;
		json_ref k;

		if ((t != JSON_ARRAY && t != JSON_OBJECT) || !hi)
			break;
		while (hi - lo > 1) {
			size_t mid = (lo + hi) / 2;
			json_ref start = t == JSON_ARRAY ?
				json_at(doc, v, mid) :
				json_member_key_ref(doc, v, mid);

			if (start <= target)
				lo = mid;
			else
				hi = mid;
		}
		if (t == JSON_ARRAY) {
			buf_printf(&out, "/%zu", lo);
			v = json_at(doc, v, lo);
			continue;
		}
		key = json_member_key(doc, v, lo, &len);
		buf_putc(&out, '/');
		for (i = 0; i < len; i++) {
			if (key[i] == '~')
				buf_puts(&out, "~0");
			else if (key[i] == '/')
				buf_puts(&out, "~1");
			else
				buf_putc(&out, key[i]);
		}
		k = json_member_key_ref(doc, v, lo);
		if (k == target)
			break;	/* a name: its member's pointer */
		v = json_member_value(doc, v, lo);
	}
	return buf_detach(&out, NULL);
}

static int found_cmp(const void *pa, const void *pb)
{
	const struct cdx_problem *a = pa, *b = pb;

	int r;

	if (a->offset != b->offset)
		return a->offset < b->offset ? -1 : 1;
	r = strcmp(a->code, b->code);
	return r ? r : strcmp(a->message, b->message);
}

static void finish(struct cdx_report *report, struct ctx *c)
{
	size_t i, base = report->count;

	if (report->count + c->nfound > report->alloc) {
		report->alloc = report->count + c->nfound;
		report->problems = xrealloc(report->problems, report->alloc *
					    sizeof(*report->problems));
	}
	for (i = 0; i < c->nfound; i++) {
		struct cdx_problem *p = &report->problems[report->count++];
		const struct found *f = &c->found[i];

		p->offset = json_offset(c->doc, f->at);
		json_position(c->doc, p->offset, &p->line, &p->column);
		p->severity = (enum cdx_severity)f->severity;
		p->code = f->code;
		p->message = f->message;
		p->pointer = pointer_of(c->doc, f->at);
		if (p->severity == CDX_ERROR)
			report->errors++;
		else
			report->warnings++;
	}
	c->nfound = 0;
	if (report->count > base + 1)
		qsort(report->problems + base, report->count - base,
	      sizeof(*report->problems), found_cmp);
}

static int version_index(const char *s, size_t len)
{
	int i;

	for (i = 0; i < CDX_VERSIONS; i++)
		if (strlen(version_names[i]) == len &&
		    !memcmp(version_names[i], s, len))
			return i;
	return -1;
}

int cyclonedx_validate(struct cdx_report *report, const struct json_doc *doc,
		       const char *spec_version,
		       const struct spdx_license_list *licenses)
{
	struct ctx c;
	json_ref root = json_root(doc), sv;
	const char *s;
	size_t len;
	int ver = -1;
	char shown[96];

	memset(&c, 0, sizeof(c));
	c.doc = doc;
	c.licenses = licenses;
	if (spec_version) {
		ver = version_index(spec_version, strlen(spec_version));
		if (ver < 0)
			return error_set("unknown CycloneDX version '%s' "
					 "(1.2 to 1.7 are known)",
					 spec_version);
	}
	report_duplicate_keys(&c);
	if (json_type(doc, root) != JSON_OBJECT) {
		error_at(&c, root, "type", "%s where a CycloneDX BOM object "
			 "is expected", actual_type(doc, root));
		goto done;
	}
	sv = json_get(doc, root, "specVersion");
	s = json_string(doc, sv, &len);
	if (ver >= 0) {
		if (s && version_index(s, len) != ver)
			warning_at(&c, sv, "spec-version",
				   "specVersion is %s, but the document is "
				   "validated as CycloneDX %s",
				   show(shown, sizeof(shown), doc, sv),
				   version_names[ver]);
	} else if (sv == JSON_NONE) {
		error_at(&c, root, "spec-version",
			 "no specVersion: which CycloneDX schema applies "
			 "cannot be told");
		goto done;
	} else if (!s || (ver = version_index(s, len)) < 0) {
		error_at(&c, sv, "spec-version",
			 "specVersion %s is not a CycloneDX version with a "
			 "JSON schema (1.2 to 1.7)",
			 show(shown, sizeof(shown), doc, sv));
		goto done;
	}
	c.version = version_names[ver];
	snprintf(report->spec_version, sizeof(report->spec_version), "%s",
		 c.version);
	validate(&c, cdx_schema[ver], root);
	resolve_refs(&c);
done:
	finish(report, &c);
	free(c.found);
	free(c.defs.v);
	free(c.uses.v);
	return 0;
}
