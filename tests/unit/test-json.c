#include <limits.h>
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "json.h"
#include "tap.h"

static struct json_doc *parse(const char *s)
{
	struct json_doc *doc;

	if (json_parse(&doc, s, strlen(s), 0) < 0) {
		printf("# unexpected error: %s\n", error_last());
		return NULL;
	}
	return doc;
}

/* The error message of parsing data[len], or "" when it parses. */
static const char *parse_error_n(const char *data, size_t len,
				 unsigned depth)
{
	struct json_doc *doc;

	error_clear();
	if (!json_parse(&doc, data, len, depth)) {
		json_free(doc);
		return "";
	}
	if (doc)
		return "error, yet a document";
	return error_last();
}

static const char *parse_error(const char *s)
{
	return parse_error_n(s, strlen(s), 0);
}

static void test_scalars(void)
{
	static const struct {
		const char *text;
		enum json_type type;
	} cases[] = {
		{ "null", JSON_NULL }, { "true", JSON_TRUE },
		{ "false", JSON_FALSE }, { "0", JSON_NUMBER },
		{ "-0", JSON_NUMBER }, { "-12.5e+3", JSON_NUMBER },
		{ "\"s\"", JSON_STRING }, { "[]", JSON_ARRAY },
		{ "{}", JSON_OBJECT }, { " \t\r\n 7 \n", JSON_NUMBER },
	};
	struct json_doc *doc;
	size_t i, len;
	const char *raw;

	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++) {
		doc = parse(cases[i].text);
		ok(doc, "parse scalar %zu", i);
		is_int(json_type(doc, json_root(doc)), cases[i].type,
		       "type of scalar %zu", i);
		is_int(json_value_count(doc), 1, "one value in scalar %zu",
		       i);
		json_free(doc);
	}

	doc = parse("[true, false, null, -1.50e2]");
	raw = json_raw(doc, json_at(doc, 0, 0), &len);
	ok(raw && len == 4 && !memcmp(raw, "true", 4), "raw true");
	raw = json_raw(doc, json_at(doc, 0, 1), &len);
	ok(raw && len == 5 && !memcmp(raw, "false", 5), "raw false");
	raw = json_raw(doc, json_at(doc, 0, 3), &len);
	ok(raw && len == 7 && !memcmp(raw, "-1.50e2", 7), "raw number");
	ok(!json_raw(doc, 0, &len) && len == 0, "no raw text of an array");
	json_free(doc);

	is_str(json_type_name(JSON_NULL), "null", "type name null");
	is_str(json_type_name(JSON_TRUE), "boolean", "type name true");
	is_str(json_type_name(JSON_FALSE), "boolean", "type name false");
	is_str(json_type_name(JSON_NUMBER), "number", "type name number");
	is_str(json_type_name(JSON_STRING), "string", "type name string");
	is_str(json_type_name(JSON_ARRAY), "array", "type name array");
	is_str(json_type_name(JSON_OBJECT), "object", "type name object");
}

static void test_containers(void)
{
	const char *text =
		"{\"name\": \"git-cra\", \"tags\": [\"a\", [], {}, 3],\n"
		" \"meta\": {\"empty\": \"\", \"n\": null}}";
	struct json_doc *doc = parse(text);
	json_ref root = json_root(doc), tags, meta;
	size_t len;
	const char *key;

	ok(doc, "parse an object");
	is_int(json_type(doc, root), JSON_OBJECT, "root is an object");
	is_int(json_count(doc, root), 3, "three members");
	key = json_member_key(doc, root, 1, &len);
	is_str(key, "tags", "second key");
	is_int(len, 4, "second key length");
	is_str(json_get_string(doc, root, "name"), "git-cra", "get a string");
	tags = json_get(doc, root, "tags");
	is_int(json_type(doc, tags), JSON_ARRAY, "tags is an array");
	ok(tags == json_member_value(doc, root, 1), "get and member agree");
	is_int(json_count(doc, tags), 4, "four elements");
	is_str(json_string(doc, json_at(doc, tags, 0), NULL), "a",
	       "element 0");
	is_int(json_type(doc, json_at(doc, tags, 1)), JSON_ARRAY, "element 1");
	is_int(json_count(doc, json_at(doc, tags, 1)), 0, "empty array");
	is_int(json_type(doc, json_at(doc, tags, 2)), JSON_OBJECT,
	       "element 2");
	is_int(json_count(doc, json_at(doc, tags, 2)), 0, "empty object");
	is_int(json_number(doc, json_at(doc, tags, 3)), 3, "element 3");
	ok(json_at(doc, tags, 4) == JSON_NONE, "past the last element");
	meta = json_get(doc, root, "meta");
	is_str(json_get_string(doc, meta, "empty"), "", "empty string");
	is_int(json_type(doc, json_get(doc, meta, "n")), JSON_NULL, "null");
	ok(json_get(doc, meta, "absent") == JSON_NONE, "absent key");
	ok(json_get(doc, root, "nam") == JSON_NONE, "prefix of a key");
	ok(json_get(doc, root, "names") == JSON_NONE, "key longer");

	/* Every accessor takes JSON_NONE and values of the wrong kind. */
	ok(json_get(doc, tags, "a") == JSON_NONE, "get on an array");
	ok(json_at(doc, root, 0) == JSON_NONE, "at on an object");
	ok(json_at(doc, JSON_NONE, 0) == JSON_NONE, "at on none");
	is_int(json_count(doc, JSON_NONE), 0, "count of none");
	is_int(json_count(doc, json_get(doc, root, "name")), 0,
	       "count of a string");
	ok(!json_string(doc, tags, &len) && len == 0, "string of an array");
	ok(!json_string(doc, JSON_NONE, NULL), "string of none");
	ok(!json_member_key(doc, root, 3, &len), "key past the last");
	ok(json_member_value(doc, root, 3) == JSON_NONE, "value past last");
	ok(json_member_value(doc, tags, 0) == JSON_NONE, "member of array");
	ok(!json_get_string(doc, root, "tags"), "get_string of an array");
	is_int(json_type(doc, JSON_NONE), JSON_NULL, "type of none");
	is_int(json_type(doc, 1000), JSON_NULL, "type of a ref too big");
	ok(json_number(doc, tags) == 0, "number of an array");
	is_int(json_offset(doc, JSON_NONE), 0, "offset of none");
	ok(json_root(NULL) == JSON_NONE, "root of no document");
	json_free(doc);
	json_free(NULL);
	ok(1, "json_free(NULL)");
}

static void test_strings(void)
{
	struct json_doc *doc;
	const char *s;
	size_t len;

	doc = parse("[\"plain\", \"q\\\"b\\\\s\\/b\\bf\\fn\\nr\\rt\\t\", "
		    "\"\\u00e9\\u20AC\\ud83d\\ude00\", \"a\\u0000b\", "
		    "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\x7f\", "
		    "\"\\n\"]");
	ok(doc, "parse strings");
	s = json_string(doc, json_at(doc, 0, 0), &len);
	is_str(s, "plain", "plain string");
	is_int(len, 5, "plain length");
	s = json_string(doc, json_at(doc, 0, 1), &len);
	is_str(s, "q\"b\\s/b\bf\fn\nr\rt\t", "the short escapes");
	is_int(len, strlen(s), "escaped length");
	s = json_string(doc, json_at(doc, 0, 2), &len);
	is_str(s, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80",
	       "\\u escapes and a surrogate pair");
	s = json_string(doc, json_at(doc, 0, 3), &len);
	ok(s && len == 3 && !memcmp(s, "a\0b", 4), "\\u0000 keeps length");
	s = json_string(doc, json_at(doc, 0, 4), &len);
	is_str(s, "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\x7f", "raw UTF-8");
	s = json_string(doc, json_at(doc, 0, 5), &len);
	is_str(s, "\n", "only an escape");
	json_free(doc);

	/* Keys with escapes are found by their decoded text. */
	doc = parse("{\"k\\u00e9y\": 1, \"a\\nb\": 2}");
	is_int(json_number(doc, json_get(doc, 0, "k\xc3\xa9y")), 1,
	       "escaped key");
	is_int(json_number(doc, json_getn(doc, 0, "a\nb", 3)), 2,
	       "escaped key with a newline");
	json_free(doc);
}

static void test_numbers(void)
{
	static const char *texts[] = {
		"0", "-0", "1", "-1", "0.1", "0.5", "1e10", "1E-10",
		"123456789012345", "1234567890123456", "12345678901234567890",
		"0.000001", "3.14159265358979323846", "1e22", "1e23",
		"9007199254740993", "2.2250738585072014e-308", "4.9e-324",
		"1.7976931348623157e308", "1e-400", "123.456e-5", "-0.0",
		"0.30000000000000004", "100000000000000000000000",
		"1.00000000000000000000000000000000001",
		"0.0000000000000000000001", "7e+0", "5e-22", "89e-23",
	};
	struct json_doc *doc;
	size_t i;
	int64_t v;
	char text[64];
	unsigned long seed = 12345;

	for (i = 0; i < sizeof(texts) / sizeof(*texts); i++) {
		doc = parse(texts[i]);
		ok(doc && json_number(doc, 0) == strtod(texts[i], NULL),
		   "number %s", texts[i]);
		json_free(doc);
	}

	/* The fast path must round exactly as strtod does. */
	for (i = 0; i < 20000; i++) {
		int fails = 0;
		unsigned long m, e;

		seed = seed * 6364136223846793005ul + 1442695040888963407ul;
		m = (seed >> 11) % 10000000000000000ul;
		e = (seed >> 3) % 60;
		snprintf(text, sizeof(text), "%s%lu.%lue%s%lu",
			 seed & 1 ? "-" : "", m % 100000, m / 100000,
			 seed & 2 ? "-" : "", e);
		doc = parse(text);
		if (!doc || json_number(doc, 0) != strtod(text, NULL)) {
			fails = 1;
			printf("# mismatch on %s\n", text);
		}
		json_free(doc);
		if (fails) {
			ok(0, "random numbers");
			break;
		}
	}
	if (i == 20000)
		ok(1, "20000 random numbers agree with strtod");

	doc = parse("[-0, 1e999, -1e999]");
	ok(signbit(json_number(doc, json_at(doc, 0, 0))), "-0 is negative");
	ok(isinf(json_number(doc, json_at(doc, 0, 1))), "1e999 is infinite");
	ok(json_number(doc, json_at(doc, 0, 2)) < 0, "-1e999 is negative");
	json_free(doc);

	doc = parse("[9223372036854775807, -9223372036854775808, 0, -0, "
		    "9223372036854775808, -9223372036854775809, 1.0, 1e3, "
		    "\"7\", 42, 99999999999999999999999]");
	ok(!json_number_i64(doc, json_at(doc, 0, 0), &v) && v == INT64_MAX,
	   "INT64_MAX");
	ok(!json_number_i64(doc, json_at(doc, 0, 1), &v) && v == INT64_MIN,
	   "INT64_MIN");
	ok(!json_number_i64(doc, json_at(doc, 0, 2), &v) && v == 0, "0");
	ok(!json_number_i64(doc, json_at(doc, 0, 3), &v) && v == 0, "-0");
	ok(json_number_i64(doc, json_at(doc, 0, 4), &v) < 0, "INT64_MAX + 1");
	is_str(error_last(), "line 1, column 52: 9223372036854775808 does "
	       "not fit in 64 bits", "overflow message");
	ok(json_number_i64(doc, json_at(doc, 0, 5), &v) < 0, "INT64_MIN - 1");
	ok(json_number_i64(doc, json_at(doc, 0, 6), &v) < 0, "1.0");
	is_str(error_last(), "line 1, column 95: 1.0 is not an integer",
	       "fraction message");
	ok(json_number_i64(doc, json_at(doc, 0, 7), &v) < 0, "1e3");
	ok(json_number_i64(doc, json_at(doc, 0, 8), &v) < 0, "a string");
	ok(!json_number_i64(doc, json_at(doc, 0, 9), &v) && v == 42, "42");
	ok(json_number_i64(doc, json_at(doc, 0, 10), &v) < 0, "huge");
	json_free(doc);

	/* Under a locale whose decimal point is a comma, too. */
	if (setlocale(LC_NUMERIC, "de_DE.UTF-8") ||
	    setlocale(LC_NUMERIC, "fr_FR.UTF-8")) {
		doc = parse("1.50000000000000000000001");
		ok(doc && json_number(doc, 0) == 1.5, "locale decimal comma");
		json_free(doc);
		setlocale(LC_NUMERIC, "C");
	}
}

/* Huge numbers keep their text; the double saturates. */
static void test_huge_numbers(void)
{
	struct buf b = BUF_INIT;
	struct json_doc *doc;
	size_t i, len;
	int64_t v;

	buf_puts(&b, "[-");
	for (i = 0; i < 100000; i++)
		buf_putc(&b, (char)('1' + i % 9));
	buf_puts(&b, ".5e-3, 0.");
	for (i = 0; i < 100000; i++)
		buf_putc(&b, '0');
	buf_puts(&b, "1]");
	doc = parse(buf_cstr(&b));
	json_raw(doc, json_at(doc, 0, 0), &len);
	is_int(len, 100006, "raw text of a 100000-digit number");
	ok(isinf(json_number(doc, json_at(doc, 0, 0))) &&
	   json_number(doc, json_at(doc, 0, 0)) < 0,
	   "a 100000-digit number is -inf");
	ok(json_number(doc, json_at(doc, 0, 1)) == 0,
	   "1e-100001 underflows to 0");
	ok(json_number_i64(doc, json_at(doc, 0, 0), &v) < 0,
	   "a 100000-digit number is no int64");
	ok(strlen(error_last()) < 120, "the message is short");
	json_free(doc);
	buf_release(&b);
}

static void test_positions(void)
{
	const char *text = "{\n  \"a\": 1,\n  \"b\": [true,\n\t\"x\"]\n}\n";
	const char *crlf = "{\r\n  \"a\": 1,\r\n  \"b\": \"\xc3\xa9\xc3\xa9\", "
		"\"c\": 2\r\n}";
	const char *bom = "\xef\xbb\xbf[1, 2]";
	struct json_doc *doc;
	unsigned line, column;
	json_ref b;

	doc = parse(text);
	b = json_get(doc, 0, "b");
	json_position(doc, json_offset(doc, b), &line, &column);
	is_int(line, 3, "line of b's value");
	is_int(column, 8, "column of b's value");
	json_position(doc, json_offset(doc, json_member_key_ref(doc, 0, 1)),
		      &line, &column);
	ok(line == 3 && column == 3, "position of key b");
	json_position(doc, json_offset(doc, json_at(doc, b, 1)), &line,
		      &column);
	ok(line == 4 && column == 2, "a tab is one column");
	json_position(doc, 0, &line, &column);
	ok(line == 1 && column == 1, "offset 0");
	json_position(doc, 1000, &line, &column);
	ok(line == 6 && column == 1, "offset past the end");
	json_free(doc);

	doc = parse(crlf);
	json_position(doc, json_offset(doc, json_get(doc, 0, "a")), &line,
		      &column);
	ok(line == 2 && column == 8, "CRLF: line 2, column 8");
	json_position(doc, json_offset(doc, json_get(doc, 0, "c")), &line,
		      &column);
	ok(line == 3 && column == 19, "columns count characters");
	json_free(doc);

	doc = parse(bom);
	ok(doc, "a byte order mark is skipped");
	json_position(doc, json_offset(doc, json_at(doc, 0, 1)), &line,
		      &column);
	ok(line == 1 && column == 5, "the byte order mark takes no column");
	is_int(json_offset(doc, 0), 3, "offsets count the byte order mark");
	json_free(doc);

	is_str(parse_error("\xef\xbb\xbf[1, x]"),
	       "line 1, column 5: expected a value, found character 'x'",
	       "error column after a byte order mark");
	is_str(parse_error("{\r\n\"a\": 1,\r\n\"b\": tru\r\n}"),
	       "line 3, column 6: invalid literal, expected 'true'",
	       "error position in a CRLF file");
	is_str(parse_error("[\"\xc3\xa9\", x]"),
	       "line 1, column 7: expected a value, found character 'x'",
	       "error column after a two-byte character");
}

/* Enough lines to grow the line index a few times. */
static void test_line_index(void)
{
	struct buf b = BUF_INIT;
	struct json_doc *doc;
	unsigned line, column;
	size_t i;

	buf_puts(&b, "[");
	for (i = 0; i < 5000; i++)
		buf_printf(&b, "%s\n  %zu", i ? "," : "", i);
	buf_puts(&b, "\n]");
	doc = parse(buf_cstr(&b));
	json_position(doc, json_offset(doc, json_at(doc, 0, 4999)), &line,
		      &column);
	ok(line == 5001 && column == 3, "line 5001 of 5002");
	json_position(doc, json_offset(doc, json_at(doc, 0, 1023)), &line,
		      &column);
	ok(line == 1025 && column == 3, "line 1025 of 5002");
	json_position(doc, b.len, &line, &column);
	ok(line == 5002 && column == 2, "the end of the last line");
	json_free(doc);
	buf_release(&b);
}

static void test_errors(void)
{
	static const struct {
		const char *text, *error;
	} cases[] = {
		{ "", "line 1, column 1: empty document" },
		{ "  \n ", "line 2, column 2: empty document" },
		{ "\xef\xbb\xbf", "line 1, column 1: empty document" },
		{ "[1,]", "line 1, column 3: trailing comma in array" },
		{ "{\"a\":1,}", "line 1, column 8: trailing comma in object" },
		{ "{\"a\" 1}", "line 1, column 6: expected ':' after object "
		  "key" },
		{ "{\"a\"", "line 1, column 5: expected ':' after object key" },
		{ "{1:2}", "line 1, column 2: expected a string as object "
		  "key, found character '1'" },
		{ "{,}", "line 1, column 2: expected a string as object key, "
		  "found character ','" },
		{ "[1 2]", "line 1, column 4: expected ',' or ']' after an "
		  "array element, found character '2'" },
		{ "{\"a\":1 \"b\":2}", "line 1, column 8: expected ',' or '}' "
		  "after an object member, found character '\"'" },
		{ "[1}", "line 1, column 3: expected ',' or ']' after an "
		  "array element, found character '}'" },
		{ "{\"a\":1]", "line 1, column 7: expected ',' or '}' after an "
		  "object member, found character ']'" },
		{ "[01]", "line 1, column 2: number with a leading zero" },
		{ "-01", "line 1, column 1: number with a leading zero" },
		{ "[-]", "line 1, column 3: expected a digit after '-'" },
		{ "-", "line 1, column 2: expected a digit after '-'" },
		{ "[-a]", "line 1, column 3: expected a digit after '-'" },
		{ "[1.]", "line 1, column 4: expected a digit after the "
		  "decimal point" },
		{ "[1.e5]", "line 1, column 4: expected a digit after the "
		  "decimal point" },
		{ "[1e]", "line 1, column 4: expected a digit in the "
		  "exponent" },
		{ "[1e+]", "line 1, column 5: expected a digit in the "
		  "exponent" },
		{ "[.5]", "line 1, column 2: expected a value, found "
		  "character '.'" },
		{ "[+1]", "line 1, column 2: expected a value, found "
		  "character '+'" },
		{ "[0x10]", "line 1, column 3: expected ',' or ']' after an "
		  "array element, found character 'x'" },
		{ "[NaN]", "line 1, column 2: expected a value, found "
		  "character 'N'" },
		{ "[Infinity]", "line 1, column 2: expected a value, found "
		  "character 'I'" },
		{ "[tru]", "line 1, column 2: invalid literal, expected "
		  "'true'" },
		{ "[True]", "line 1, column 2: expected a value, found "
		  "character 'T'" },
		{ "nul", "line 1, column 1: invalid literal, expected 'null'" },
		{ "[falsey]", "line 1, column 7: expected ',' or ']' after an "
		  "array element, found character 'y'" },
		{ "\"abc", "line 1, column 1: unterminated string" },
		{ "[\"abc\\", "line 1, column 6: unterminated string" },
		{ "[\"a\\\"]", "line 1, column 2: unterminated string" },
		{ "'a'", "line 1, column 1: expected a value, found "
		  "character '''" },
		{ "\"a\\x\"", "line 1, column 3: invalid escape: backslash "
		  "followed by character 'x'" },
		{ "\"a\\U0041\"", "line 1, column 3: invalid escape: "
		  "backslash followed by character 'U'" },
		{ "\"\\u12G4\"", "line 1, column 2: invalid \\u escape, "
		  "expected four hexadecimal digits" },
		{ "\"\\u12\"", "line 1, column 2: invalid \\u escape, "
		  "expected four hexadecimal digits" },
		{ "\"\\ud800\"", "line 1, column 2: unpaired surrogate "
		  "\\uD800 in string" },
		{ "\"\\udc00\"", "line 1, column 2: unpaired surrogate "
		  "\\uDC00 in string" },
		{ "\"x\\ud800\\u0041\"", "line 1, column 3: unpaired "
		  "surrogate \\uD800 in string" },
		{ "\"\\ud800\\ud800\"", "line 1, column 2: unpaired "
		  "surrogate \\uD800 in string" },
		{ "\"\\udbff\\ue000\"", "line 1, column 2: unpaired "
		  "surrogate \\uDBFF in string" },
		{ "\"a\tb\"", "line 1, column 3: unescaped control "
		  "character 0x09 in string" },
		{ "\"a\nb\"", "line 1, column 3: unescaped control "
		  "character 0x0a in string" },
		{ "\"\\n\x1f\"", "line 1, column 4: unescaped control "
		  "character 0x1f in string" },
		{ "[1] x", "line 1, column 5: unexpected character 'x' after "
		  "the document" },
		{ "[1][2]", "line 1, column 4: unexpected character '[' after "
		  "the document" },
		{ "1 2", "line 1, column 3: unexpected character '2' after "
		  "the document" },
		{ "[1", "line 1, column 3: unexpected end of input" },
		{ "[1,", "line 1, column 4: unexpected end of input" },
		{ "{\"a\":", "line 1, column 6: unexpected end of input" },
		{ "{\"a\":1,", "line 1, column 8: unexpected end of input" },
		{ "[", "line 1, column 2: unexpected end of input" },
		{ "\"\xc0\xaf\"", "line 1, column 2: invalid UTF-8 in string "
		  "(byte 0xc0)" },
		{ "\"\xc1\xbf\"", "line 1, column 2: invalid UTF-8 in string "
		  "(byte 0xc1)" },
		{ "\"\xe0\x80\xaf\"", "line 1, column 2: invalid UTF-8 in "
		  "string (byte 0xe0)" },
		{ "\"\xf0\x80\x80\xaf\"", "line 1, column 2: invalid UTF-8 in "
		  "string (byte 0xf0)" },
		{ "\"\xed\xa0\x80\"", "line 1, column 2: invalid UTF-8 in "
		  "string (byte 0xed)" },
		{ "\"\xed\xbf\xbf\"", "line 1, column 2: invalid UTF-8 in "
		  "string (byte 0xed)" },
		{ "\"\xf4\x90\x80\x80\"", "line 1, column 2: invalid UTF-8 in "
		  "string (byte 0xf4)" },
		{ "\"\xf5\x80\x80\x80\"", "line 1, column 2: invalid UTF-8 in "
		  "string (byte 0xf5)" },
		{ "\"\xff\"", "line 1, column 2: invalid UTF-8 in string "
		  "(byte 0xff)" },
		{ "\"ab\x80\"", "line 1, column 4: invalid UTF-8 in string "
		  "(byte 0x80)" },
		{ "\"\xc3\"", "line 1, column 2: invalid UTF-8 in string "
		  "(byte 0xc3)" },
		{ "\"\xc3", "line 1, column 2: invalid UTF-8 in string "
		  "(byte 0xc3)" },
		{ "\"\xe2\x82\"", "line 1, column 2: invalid UTF-8 in string "
		  "(byte 0xe2)" },
		{ "\"\\n\xe2\x82\"", "line 1, column 4: invalid UTF-8 in "
		  "string (byte 0xe2)" },
		{ "[\xc3\xa9]", "line 1, column 2: expected a value, found "
		  "byte 0xc3" },
		{ "\xef\xbb[]", "line 1, column 1: expected a value, found "
		  "byte 0xef" },
		{ "[1,\n\n  tru]", "line 3, column 3: invalid literal, "
		  "expected 'true'" },
		{ "{\n\"a\": {\n\"b\": [1,\n2,,3]}}",
		  "line 4, column 3: expected a value, found character ','" },
		{ "[\v]", "line 1, column 2: expected a value, found byte "
		  "0x0b" },
		{ "[\f1]", "line 1, column 2: expected a value, found byte "
		  "0x0c" },
		{ "[1]\x01", "line 1, column 4: unexpected byte 0x01 after "
		  "the document" },
	};
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(*cases); i++)
		is_str(parse_error(cases[i].text), cases[i].error,
		       "error %zu", i);

	is_str(parse_error_n("\"a\0b\"", 5, 0),
	       "line 1, column 3: NUL byte in string", "NUL in a string");
	is_str(parse_error_n("[1]\0", 4, 0),
	       "line 1, column 4: unexpected NUL byte after the document",
	       "NUL after the document");
	is_str(parse_error_n("\0", 1, 0),
	       "line 1, column 1: expected a value, found NUL byte",
	       "NUL alone");
	is_str(parse_error_n("[1,\0 2]", 7, 0),
	       "line 1, column 4: expected a value, found NUL byte",
	       "NUL between values");
	is_str(parse_error_n(NULL, 0, 0), "line 1, column 1: empty document",
	       "no input at all");
	is_str(parse_error_n("[1] ", (size_t)JSON_MAX_SIZE + 1, 0),
	       "document of 4294967296 bytes is too large (the limit is "
	       "4 GiB - 1)", "4 GiB is refused before it is read");
}

static char *nested(size_t depth, const char *open, const char *mid,
		    const char *close)
{
	size_t i, olen = strlen(open), mlen = strlen(mid), clen = strlen(close);
	char *s = xmalloc(depth * (olen + clen) + mlen + 1), *w = s;

	for (i = 0; i < depth; i++, w += olen)
		memcpy(w, open, olen);
	memcpy(w, mid, mlen);
	w += mlen;
	for (i = 0; i < depth; i++, w += clen)
		memcpy(w, close, clen);
	*w = '\0';
	return s;
}

static void test_depth(void)
{
	char *s;
	struct json_doc *doc;

	s = nested(512, "[", "", "]");
	is_str(parse_error(s), "", "512 levels by default");
	free(s);
	s = nested(513, "[", "", "]");
	is_str(parse_error(s), "line 1, column 513: nesting deeper than 512 "
	       "levels", "513 levels refused");
	free(s);
	s = nested(3, "{\"a\":", "1", "}");
	is_str(parse_error_n(s, strlen(s), 3), "", "objects at the limit");
	is_str(parse_error_n(s, strlen(s), 2), "line 1, column 11: nesting "
	       "deeper than 2 levels", "objects past the limit");
	free(s);
	is_str(parse_error_n("[[1]]", 5, 2), "", "depth 2");
	is_str(parse_error_n("[[[1]]]", 7, 2), "line 1, column 3: nesting "
	       "deeper than 2 levels", "depth 3 with a limit of 2");
	is_str(parse_error_n("1", 1, 1), "", "a scalar has depth 0");

	/* Iterative: a deep document needs no C stack. */
	s = nested(100000, "[", "", "");
	is_str(parse_error(s), "line 1, column 513: nesting deeper than 512 "
	       "levels", "100000 brackets");
	is_str(parse_error_n(s, strlen(s), UINT_MAX),
	       "line 1, column 100001: unexpected end of input",
	       "100000 open brackets without a limit");
	free(s);
	s = nested(100000, "{\"k\":[", "", "]}");
	if (json_parse(&doc, s, strlen(s), UINT_MAX) < 0) {
		ok(0, "200000 levels without a limit: %s", error_last());
	} else {
		ok(json_value_count(doc) == 300000,
		   "200000 levels without a limit");
		json_free(doc);
	}
	free(s);
}

static void test_duplicates(void)
{
	struct json_doc *doc;
	const struct json_dup *d;
	json_ref inner;
	unsigned line, column;
	struct buf b = BUF_INIT;
	size_t i, n;

	doc = parse("{\"a\": 1, \"b\": 2,\n \"a\": 3}");
	is_int(json_number(doc, json_get(doc, 0, "a")), 3, "last one wins");
	is_int(json_dup_count(doc), 1, "one duplicate");
	d = json_dup_at(doc, 0);
	ok(d && d->object == 0, "duplicate in the root");
	ok(d && d->first == json_member_key_ref(doc, 0, 0), "first one");
	ok(d && d->again == json_member_key_ref(doc, 0, 2), "again one");
	json_position(doc, json_offset(doc, d ? d->again : 0), &line, &column);
	ok(line == 2 && column == 2, "position of the duplicate");
	ok(json_object_dup(doc, 0) == d, "duplicate by object");
	ok(!json_dup_at(doc, 1), "no second duplicate");
	json_free(doc);

	doc = parse("[{\"x\": 1}, {\"k\": 1, \"k\": 2, \"k\": 3}, "
		    "{\"a\": {\"b\": 1, \"b\": 2}, \"a\": 0}, "
		    "{\"\": 1, \"\": 2}]");
	is_int(json_dup_count(doc), 5, "five duplicates");
	ok(!json_object_dup(doc, json_at(doc, 0, 0)), "unique keys");
	d = json_object_dup(doc, json_at(doc, 0, 1));
	ok(d && d == json_dup_at(doc, 0), "first entry of the k object");
	ok(d && d[0].first == d[1].first, "both name the first k");
	ok(d && d[1].again == json_member_key_ref(doc, json_at(doc, 0, 1),
						   2), "the third k");
	inner = json_get(doc, json_at(doc, 0, 2), "a");
	is_int(json_type(doc, inner), JSON_NUMBER, "the last a wins");
	d = json_object_dup(doc, json_at(doc, 0, 2));
	ok(d && d == json_dup_at(doc, 2), "outer object before inner");
	d = json_object_dup(doc, json_at(doc, 0, 2) + 2);
	ok(d && d == json_dup_at(doc, 3), "inner object's entry");
	ok(json_object_dup(doc, json_at(doc, 0, 3)), "empty keys collide");
	json_free(doc);

	/* Many keys take the sorting path; it must agree with the scan. */
	buf_puts(&b, "{");
	for (i = 0; i < 1000; i++)
		buf_printf(&b, "%s\"k%zu\": %zu", i ? ", " : "", i % 300, i);
	buf_puts(&b, ", \"\\u006b1\": 1}");
	doc = parse(buf_cstr(&b));
	is_int(json_dup_count(doc), 701, "duplicates among 1001 keys");
	for (i = n = 0; i < json_dup_count(doc); i++) {
		d = json_dup_at(doc, i);
		n += d->first < d->again && !strcmp(
			json_string(doc, d->first, NULL),
			json_string(doc, d->again, NULL)) &&
			(i == 0 || d[-1].again < d->again);
	}
	is_int(n, 701, "each names two equal keys, in order");
	d = json_dup_at(doc, 700);
	ok(d && d->first == json_member_key_ref(doc, 0, 1) &&
	   d->again == json_member_key_ref(doc, 0, 1000),
	   "an escaped key is compared decoded");
	is_int(json_number(doc, json_get(doc, 0, "k5")), 905,
	       "last of many wins");
	json_free(doc);

	buf_reset(&b);
	buf_puts(&b, "{");
	for (i = 0; i < 200000; i++)
		buf_printf(&b, "%s\"key%zu\":%zu", i ? "," : "", i, i);
	buf_puts(&b, "}");
	doc = parse(buf_cstr(&b));
	ok(doc && json_dup_count(doc) == 0, "200000 unique keys");
	json_free(doc);
	buf_release(&b);
}

static const char sample[] =
	"\xef\xbb\xbf{\n"
	"  \"bomFormat\": \"CycloneDX\",\r\n"
	"  \"n\": [0, -1.5e+3, 2E-2, true, false, null, {}, []],\n"
	"  \"s\": \"caf\xc3\xa9 \\u00e9\\ud83d\\ude00 \\\"q\\\" \\\\ \\/\",\n"
	"  \"k\\u00e9y\": {\"a\": [[\"x\"], {\"b\": \"\xf0\x9f\x98\x80\"}]},\n"
	"  \"a\": 1, \"a\": 2\n"
	"}";

/* Parsing every prefix of a document fails cleanly; so do mutants. */
static void test_truncation(void)
{
	size_t len = sizeof(sample) - 1, i, failures = 0;
	char *copy;
	struct json_doc *doc;
	static const char bytes[] = "\"\\[]{},:0e-. \n\x80\xc3\xff\0tu";
	size_t j, parsed = 0;

	is_str(parse_error_n(sample, len, 0), "", "the sample parses");
	for (i = 0; i < len; i++) {
		/* An exact-size copy, so the sanitizer sees any overread. */
		copy = xmalloc(i ? i : 1);
		memcpy(copy, sample, i);
		if (!json_parse(&doc, copy, i, 0)) {
			json_free(doc);
			failures++;
			printf("# prefix of %zu bytes parsed\n", i);
		} else if (strncmp(error_last(), "line ", 5)) {
			failures++;
			printf("# prefix of %zu bytes: %s\n", i, error_last());
		}
		free(copy);
	}
	is_int(failures, 0, "every one of %zu prefixes is an error", len);

	copy = xmalloc(len);
	for (i = 0; i < len; i++)
		for (j = 0; j < sizeof(bytes) - 1; j++) {
			memcpy(copy, sample, len);
			copy[i] = bytes[j];
			if (!json_parse(&doc, copy, len, 0)) {
				parsed++;
				json_free(doc);
			}
		}
	free(copy);
	ok(parsed > 0, "%zu mutants parse, the rest fail, none crash",
	   parsed);
}

static void test_parse_buf(void)
{
	struct buf b = BUF_INIT;
	struct json_doc *doc;

	buf_puts(&b, "{\"a\": \"b\"}");
	ok(!json_parse_buf(&doc, &b, 0), "parse a buffer");
	ok(!b.ptr && !b.len, "the buffer was taken");
	is_str(json_get_string(doc, 0, "a"), "b", "its content");
	json_free(doc);

	buf_puts(&b, "{\"a\": }");
	ok(json_parse_buf(&doc, &b, 0) < 0 && !doc, "a bad buffer");
	ok(!b.ptr, "the buffer was taken even so");
	ok(json_parse_buf(&doc, &b, 0) < 0, "an empty buffer");
	is_str(error_last(), "line 1, column 1: empty document",
	       "an empty buffer is an empty document");
}

int main(void)
{
	test_scalars();
	test_containers();
	test_strings();
	test_numbers();
	test_huge_numbers();
	test_positions();
	test_line_index();
	test_errors();
	test_depth();
	test_duplicates();
	test_truncation();
	test_parse_buf();
	return done_testing();
}
