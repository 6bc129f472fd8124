/*
 * libFuzzer target for the JSON parser: any input must either parse into a
 * document whose every accessor behaves, or fail with a positioned error.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc src/json.c \
 *     src/error.c src/buf.c tests/fuzz/fuzz-json.c \
 *     $(pkg-config --cflags --libs libgit2) -o /tmp/fuzz-json
 *   /tmp/fuzz-json -max_total_time=120 corpus/
 *
 * The first byte picks the nesting limit, so depth errors are reached too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "json.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do { if (!(cond)) abort(); } while (0)

static void check_value(const struct json_doc *doc, json_ref v, size_t size)
{
	size_t i, n, len, klen;
	const char *s, *key;
	unsigned line, column;
	int64_t i64;
	json_ref k, got;

	CHECK(v < json_value_count(doc));
	CHECK(json_offset(doc, v) < size);
	json_position(doc, json_offset(doc, v), &line, &column);
	CHECK(line >= 1 && column >= 1);
	switch (json_type(doc, v)) {
	case JSON_STRING:
		s = json_string(doc, v, &len);
		CHECK(s && s[len] == '\0' && strlen(s) <= len);
		CHECK(!json_raw(doc, v, &len));
		break;
	case JSON_NUMBER:
		s = json_raw(doc, v, &len);
		CHECK(s && len > 0 && len <= size);
		(void)json_number(doc, v);
		if (json_number_i64(doc, v, &i64) < 0)
			CHECK(!strncmp(error_last(), "line ", 5));
		break;
	case JSON_ARRAY:
		n = json_count(doc, v);
		for (i = 0; i < n; i++)
			CHECK(json_at(doc, v, i) > v);
		CHECK(json_at(doc, v, n) == JSON_NONE);
		CHECK(json_get(doc, v, "") == JSON_NONE);
		break;
	case JSON_OBJECT:
		n = json_count(doc, v);
		for (i = 0; i < n; i++) {
			k = json_member_key_ref(doc, v, i);
			CHECK(k > v && json_type(doc, k) == JSON_STRING);
			CHECK(json_member_value(doc, v, i) == k + 1);
			key = json_member_key(doc, v, i, &klen);
			/* The last member with this key wins. */
			got = json_getn(doc, v, key, klen);
			CHECK(got != JSON_NONE && got >= k + 1);
			CHECK(!json_dup_count(doc) || got == k + 1 ||
			      json_object_dup(doc, v));
		}
		CHECK(json_member_key_ref(doc, v, n) == JSON_NONE);
		CHECK(json_at(doc, v, 0) == JSON_NONE);
		break;
	case JSON_NULL:
	case JSON_TRUE:
	case JSON_FALSE:
		s = json_raw(doc, v, &len);
		CHECK(s && (len == 4 || len == 5));
		break;
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct json_doc *doc;
	const struct json_dup *d;
	unsigned depth = size ? data[0] % 64 : 0;
	size_t i, n;

	if (json_parse(&doc, (const char *)data, size, depth) < 0) {
		CHECK(!doc && !strncmp(error_last(), "line ", 5));
		return 0;
	}
	n = json_value_count(doc);
	CHECK(n >= 1 && json_root(doc) == 0);
	for (i = 0; i < n; i++)
		check_value(doc, (json_ref)i, size);
	for (i = 0; i < json_dup_count(doc); i++) {
		d = json_dup_at(doc, i);
		CHECK(d->first < d->again);
		CHECK(json_type(doc, d->object) == JSON_OBJECT);
		CHECK(!strcmp(json_string(doc, d->first, NULL),
			      json_string(doc, d->again, NULL)));
		CHECK(json_object_dup(doc, d->object));
	}
	json_free(doc);
	return 0;
}
