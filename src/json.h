#ifndef CRA_JSON_H
#define CRA_JSON_H

#include <stddef.h>
#include <stdint.h>

/*
 * A strict RFC 8259 JSON parser that remembers where every value was
 * written, so that each problem found in an SBOM can be reported with its
 * line and column. SBOMs reach a hundred megabytes, so the document is a
 * flat array of 12-byte values in document order rather than a tree of
 * allocations, and strings are not copied out of the input.
 *
 * Values are named by a json_ref, an index into the document: the root is
 * 0, and JSON_NONE stands for "no such value". Every accessor accepts
 * JSON_NONE (and a value of the wrong kind) and then answers nothing:
 * JSON_NONE, NULL, 0 or -1. Refs follow document order, so a value's
 * descendants come right after it.
 *
 * Ownership: json_parse() copies the input, which the caller may free as
 * soon as it returns; json_parse_buf() takes the caller's buffer instead
 * and saves that copy. Every pointer handed out (strings, keys, number
 * text) is borrowed from the document and lives until json_free(). Strings
 * are NUL-terminated; a string holding "\u0000" also contains NUL, so use
 * the length when that matters.
 *
 * Positions: an offset counts bytes from the start of the input as given,
 * a leading UTF-8 byte order mark included. Lines and columns are 1-based.
 * A line ends with '\n', so CRLF files number their lines as editors do. A
 * column counts characters (UTF-8 code points), not bytes, so it agrees
 * with an editor on non-ASCII text; a tab is one column and the byte order
 * mark takes none.
 *
 * Strictness: exactly one value, optionally surrounded by whitespace and
 * preceded by a UTF-8 byte order mark. Strings must be valid UTF-8 (no
 * overlong forms, no encoded surrogates, nothing past U+10FFFF), escapes
 * must be the eight of RFC 8259 or \u and four hex digits, and a
 * surrogate escape must be half of a pair. Numbers follow the RFC
 * grammar; their text is kept, so a number too big for a double is not
 * an error (see json_raw()). Duplicate object keys are accepted, since
 * the RFC only says they SHOULD be unique, and recorded
 * (json_dup_count()).
 *
 * The parser is iterative: nesting is bounded by max_depth only, never by
 * the C stack. Inputs over JSON_MAX_SIZE bytes are refused, because
 * offsets are 32 bits wide to keep the values small.
 */

#define JSON_MAX_SIZE UINT32_MAX	/* 4 GiB - 1 */
#define JSON_DEFAULT_DEPTH 512
#define JSON_NONE UINT32_MAX

struct buf;
struct json_doc;		/* opaque */
typedef uint32_t json_ref;

enum json_type {
	JSON_NULL,
	JSON_FALSE,
	JSON_TRUE,
	JSON_NUMBER,
	JSON_STRING,
	JSON_ARRAY,
	JSON_OBJECT
};

/* A key that appeared more than once in the same object. */
struct json_dup {
	json_ref object;	/* the object */
	json_ref first;		/* the key's first occurrence */
	json_ref again;		/* a later occurrence of the same key */
};

/*
 * Parse data[len] into *out. max_depth bounds the nesting of arrays and
 * objects ("[[1]]" has depth 2); 0 means JSON_DEFAULT_DEPTH. On a syntax
 * error returns -1 with the error set to "line L, column C: problem" for
 * the first problem, and *out is NULL.
 */
int json_parse(struct json_doc **out, const char *data, size_t len,
	       unsigned max_depth);

/*
 * As json_parse(), but the document takes over in's memory instead of
 * copying it (in is left empty, whatever the result): the way to parse a
 * large file with a single copy of it in memory.
 */
int json_parse_buf(struct json_doc **out, struct buf *in, unsigned max_depth);

void json_free(struct json_doc *doc);

json_ref json_root(const struct json_doc *doc);
/* JSON_NULL for JSON_NONE too: compare the ref with JSON_NONE first. */
enum json_type json_type(const struct json_doc *doc, json_ref v);
const char *json_type_name(enum json_type type);
/* How many values the document holds, object keys included. */
size_t json_value_count(const struct json_doc *doc);

/* Array elements or object members; 0 for anything else. */
size_t json_count(const struct json_doc *doc, json_ref v);
/* Element i of an array, in O(1). */
json_ref json_at(const struct json_doc *doc, json_ref arr, size_t i);

/*
 * The value of key in an object. With duplicate keys the last one wins,
 * as in JavaScript and jq. A linear scan: objects are mostly small, and a
 * caller reading many keys of one big object should iterate instead.
 */
json_ref json_get(const struct json_doc *doc, json_ref obj, const char *key);
json_ref json_getn(const struct json_doc *doc, json_ref obj, const char *key,
		   size_t keylen);
/* The string value of key, or NULL when absent or not a string. */
const char *json_get_string(const struct json_doc *doc, json_ref obj,
			    const char *key);

/* Member i of an object, in document order and in O(1). */
const char *json_member_key(const struct json_doc *doc, json_ref obj,
			    size_t i, size_t *len);
/* The key as a string value of its own, for its position. */
json_ref json_member_key_ref(const struct json_doc *doc, json_ref obj,
			     size_t i);
json_ref json_member_value(const struct json_doc *doc, json_ref obj,
			   size_t i);

/* A string's decoded text, NUL-terminated; len (if not NULL) its bytes. */
const char *json_string(const struct json_doc *doc, json_ref v, size_t *len);

/*
 * A number as a double: strtod's answer, so 1e999 is HUGE_VAL, and 0 for
 * anything that is no number. Independent of the C locale.
 */
double json_number(const struct json_doc *doc, json_ref v);
/*
 * A number written as an integer (no fraction, no exponent) that fits in
 * 64 bits; -1 with the error set (and the position in it) otherwise.
 */
int json_number_i64(const struct json_doc *doc, json_ref v, int64_t *out);
/*
 * The source text of a number, true, false or null, not NUL-terminated;
 * NULL for strings and containers.
 */
const char *json_raw(const struct json_doc *doc, json_ref v, size_t *len);

/* Where a value (or key) starts: the byte offset of its first character. */
size_t json_offset(const struct json_doc *doc, json_ref v);
/*
 * Turn an offset into a line and column. The first call indexes the line
 * starts (so it is not safe to race with another first call); later calls
 * cost a binary search.
 */
void json_position(const struct json_doc *doc, size_t offset,
		   unsigned *line, unsigned *column);

/*
 * Duplicate keys, grouped by object in document order. Three occurrences
 * of a key make two entries, both naming the first occurrence.
 */
size_t json_dup_count(const struct json_doc *doc);
const struct json_dup *json_dup_at(const struct json_doc *doc, size_t i);
/* The first entry about obj, or NULL when its keys are unique. */
const struct json_dup *json_object_dup(const struct json_doc *doc,
				       json_ref obj);

#endif
