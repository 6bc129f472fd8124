#define VEX_INTERNAL
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "json.h"
#include "vex.h"

/*
 * Make room for element n of an array that holds n, doubling its size
 * whenever n reaches a power of two: the capacity follows from the count,
 * so the public structures need no field for it.
 */
void *vex_grow(void *array, size_t n, size_t size)
{
	if (n && (n & (n - 1)))
		return array;
	return xrealloc(array, (n ? 2 * n : 1) * size);
}

void vex_problem_add(struct vex_doc *doc, enum vex_severity severity,
		     const char *code, json_ref at, const char *fmt, ...)
{
	struct vex_problem *p;
	char msg[512], *c;
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* messages quote the document: no escape sequence reaches a terminal */
	for (c = msg; *c; c++)
		if ((unsigned char)*c < 0x20 || *c == 0x7f)
			*c = '?';
	doc->problems = vex_grow(doc->problems, doc->nproblems,
				 sizeof(*doc->problems));
	p = &doc->problems[doc->nproblems++];
	p->severity = severity;
	p->code = code;
	p->offset = 0;
	p->line = 0;
	p->column = 0;
	if (at != JSON_NONE) {
		p->offset = json_offset(doc->json, at);
		json_position(doc->json, p->offset, &p->line, &p->column);
	}
	p->message = xstrdup(msg);
}

void vex_keep(struct vex_doc *doc, void *p)
{
	if (!p)
		return;
	doc->owned = vex_grow(doc->owned, doc->nowned, sizeof(*doc->owned));
	doc->owned[doc->nowned++] = p;
}

const char *vex_strndup(struct vex_doc *doc, const char *s, size_t len)
{
	char *copy = xstrndup(s, len);

	vex_keep(doc, copy);
	return copy;
}

int vex_spend(struct vex_doc *doc, size_t n, json_ref at)
{
	/* SIZE_MAX: spent, and said so */
	if (doc->budget == SIZE_MAX)
		return -1;
	if (n <= doc->budget) {
		doc->budget -= n;
		return 0;
	}
	doc->budget = SIZE_MAX;
	vex_problem_add(doc, VEX_ERROR, "too-many-references", at,
			"references here expand beyond what a document of "
			"this size can hold; the rest of them is not read");
	return -1;
}

/* "a string", "an object": for messages */
static const char *type_phrase(enum json_type type)
{
	switch (type) {
	case JSON_NULL:
		return "null";
	case JSON_FALSE:
	case JSON_TRUE:
		return "a boolean";
	case JSON_NUMBER:
		return "a number";
	case JSON_STRING:
		return "a string";
	case JSON_ARRAY:
		return "an array";
	case JSON_OBJECT:
		return "an object";
	}
	return "unknown";
}

int vex_expect(struct vex_doc *doc, json_ref v, enum json_type type,
	       const char *what)
{
	enum json_type got;

	if (v == JSON_NONE)
		return -1;
	got = json_type(doc->json, v);
	if (got == type || (type == JSON_TRUE && got == JSON_FALSE))
		return 0;
	/* null stands for "absent" in documents that generators wrote */
	if (got != JSON_NULL)
		vex_problem_add(doc, VEX_ERROR, "wrong-type", v,
				"%s is %s, not %s", what, type_phrase(got),
				type_phrase(type));
	return -1;
}

json_ref vex_get_typed(struct vex_doc *doc, json_ref obj, const char *key,
		       enum json_type type)
{
	json_ref v = json_get(doc->json, obj, key);
	char what[128];

	snprintf(what, sizeof(what), "'%s'", key);
	return vex_expect(doc, v, type, what) < 0 ? JSON_NONE : v;
}

const char *vex_get_string(struct vex_doc *doc, json_ref obj,
			   const char *key)
{
	json_ref v = vex_get_typed(doc, obj, key, JSON_STRING);

	return v == JSON_NONE ? NULL : json_string(doc->json, v, NULL);
}

const char *vex_scalar_text(struct vex_doc *doc, json_ref v)
{
	const char *raw;
	size_t len;

	if (v == JSON_NONE)
		return NULL;
	if (json_type(doc->json, v) == JSON_STRING)
		return json_string(doc->json, v, NULL);
	raw = json_raw(doc->json, v, &len);
	return raw ? vex_strndup(doc, raw, len) : NULL;
}

static void position_of(struct vex_doc *doc, json_ref at, size_t *offset,
			unsigned *line, unsigned *column)
{
	*offset = 0;
	*line = 0;
	*column = 0;
	if (at == JSON_NONE)
		return;
	*offset = json_offset(doc->json, at);
	json_position(doc->json, *offset, line, column);
}

struct vex_statement *vex_statement_new(struct vex_doc *doc, json_ref at)
{
	struct vex_statement *st;

	doc->statements = vex_grow(doc->statements, doc->nstatements,
				   sizeof(*doc->statements));
	st = &doc->statements[doc->nstatements++];
	memset(st, 0, sizeof(*st));
	position_of(doc, at, &st->offset, &st->line, &st->column);
	return st;
}

struct vex_product *vex_product_append(struct vex_doc *doc,
				       struct vex_product **array, size_t *n,
				       json_ref at)
{
	struct vex_product *p;
	size_t offset;

	*array = vex_grow(*array, *n, sizeof(**array));
	p = &(*array)[(*n)++];
	memset(p, 0, sizeof(*p));
	position_of(doc, at, &offset, &p->line, &p->column);
	return p;
}

void vex_string_append(const char ***array, size_t *n, const char *s)
{
	*array = vex_grow(*array, *n, sizeof(**array));
	(*array)[(*n)++] = s;
}

static int hex_value(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * A BOM-Link fragment is a percent-encoded bom-ref. A sequence that
 * would decode to NUL is left as it is, so the result stays a string.
 */
static const char *percent_decode(struct vex_doc *doc, const char *s)
{
	struct buf out = BUF_INIT;
	const char *copy;
	size_t i, n = strlen(s);

	if (!strchr(s, '%'))
		return s;
	for (i = 0; i < n; i++) {
		int hi, lo;

		if (s[i] == '%' && i + 2 < n &&
		    (hi = hex_value(s[i + 1])) >= 0 &&
		    (lo = hex_value(s[i + 2])) >= 0 && (hi || lo)) {
			buf_putc(&out, (char)(hi * 16 + lo));
			i += 2;
		} else {
			buf_putc(&out, s[i]);
		}
	}
	copy = vex_strndup(doc, buf_cstr(&out), out.len);
	buf_release(&out);
	return copy;
}

static int is_uuid(const char *s, size_t len)
{
	size_t i;

	if (len != 36)
		return 0;
	for (i = 0; i < len; i++) {
		if (i == 8 || i == 13 || i == 18 || i == 23) {
			if (s[i] != '-')
				return 0;
		} else if (hex_value(s[i]) < 0) {
			return 0;
		}
	}
	return 1;
}

/*
 * urn:cdx:<uuid>/<version>[#<bom-ref>] (CycloneDX BOM-Link): without the
 * fragment it names a whole BOM, with it one element of that BOM.
 */
static int split_bom_link(struct vex_doc *doc, struct vex_product *p,
			  const char *ref)
{
	const char *uuid = ref + strlen("urn:cdx:");
	const char *slash = strchr(uuid, '/');
	const char *v, *hash;
	struct buf serial = BUF_INIT;

	if (!slash || !is_uuid(uuid, (size_t)(slash - uuid)))
		return -1;
	v = slash + 1;
	hash = strchr(v, '#');
	if (v == (hash ? hash : v + strlen(v)))
		return -1;
	for (; *v && v != hash; v++)
		if (*v < '0' || *v > '9')
			return -1;
	buf_puts(&serial, "urn:uuid:");
	buf_add(&serial, uuid, (size_t)(slash - uuid));
	p->bom_serial = vex_strndup(doc, serial.ptr, serial.len);
	buf_release(&serial);
	p->bom_version = vex_strndup(doc, slash + 1, (size_t)(v - slash - 1));
	if (hash && hash[1])
		p->bom_ref = percent_decode(doc, hash + 1);
	return 0;
}

void vex_product_set_ref(struct vex_doc *doc, struct vex_product *p,
			 const char *ref, json_ref at)
{
	p->ref = ref;
	if (!ref) {
		p->kind = VEX_REF_NONE;
	} else if (!strncmp(ref, "urn:cdx:", 8)) {
		p->kind = VEX_REF_BOM_LINK;
		if (split_bom_link(doc, p, ref) < 0)
			vex_problem_add(doc, VEX_WARNING, "bad-bom-link", at,
					"'%s' is no BOM-Link "
					"(urn:cdx:serial/version#bom-ref)",
					ref);
	} else if (!strncmp(ref, "pkg:", 4)) {
		p->kind = VEX_REF_PURL;
		if (!p->purl)
			p->purl = ref;
	} else {
		p->kind = VEX_REF_BOM_REF;
		p->bom_ref = ref;
	}
}

static const char *const justification_names[] = {
	[VEX_JUST_NONE] = "",
	[VEX_JUST_COMPONENT_NOT_PRESENT] = "component_not_present",
	[VEX_JUST_CODE_NOT_PRESENT] = "vulnerable_code_not_present",
	[VEX_JUST_CODE_NOT_IN_EXECUTE_PATH] =
		"vulnerable_code_not_in_execute_path",
	[VEX_JUST_CODE_NOT_CONTROLLABLE] =
		"vulnerable_code_cannot_be_controlled_by_adversary",
	[VEX_JUST_INLINE_MITIGATIONS] = "inline_mitigations_already_exist",
	[VEX_JUST_UNKNOWN] = "unknown",
};

enum vex_justification vex_justification_from_label(const char *label)
{
	int j;

	for (j = VEX_JUST_COMPONENT_NOT_PRESENT;
	     j < VEX_JUST_UNKNOWN; j++)
		if (!strcmp(label, justification_names[j]))
			return (enum vex_justification)j;
	return VEX_JUST_UNKNOWN;
}

static int blank(const char *s)
{
	if (!s)
		return 1;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	return !*s;
}

void vex_statement_check(struct vex_doc *doc, size_t index)
{
	struct vex_statement *st = &doc->statements[index];
	const char *vuln = st->vulnerability ? st->vulnerability : "?";
	struct vex_problem *p = NULL;

	if (st->status == VEX_STATUS_NOT_AFFECTED &&
	    st->justification == VEX_JUST_NONE) {
		if (blank(st->impact)) {
			vex_problem_add(doc, VEX_ERROR,
					"not-affected-without-justification",
					JSON_NONE, "%s is not_affected "
					"without a justification or an "
					"impact statement", vuln);
		} else {
			vex_problem_add(doc, VEX_WARNING,
					"justification-free-text", JSON_NONE,
					"%s is not_affected for a reason "
					"given in prose only, with no "
					"justification label", vuln);
		}
		p = &doc->problems[doc->nproblems - 1];
	} else if (st->status == VEX_STATUS_AFFECTED && !st->nresponses &&
		   blank(st->action)) {
		vex_problem_add(doc, VEX_WARNING, "affected-without-action",
				JSON_NONE, "%s is affected, and no action "
				"statement says what to do", vuln);
		p = &doc->problems[doc->nproblems - 1];
	}
	if (p) {
		p->offset = st->offset;
		p->line = st->line;
		p->column = st->column;
	}
}

/*
 * FNV-1a from a per-process seed, then a 64-bit finaliser: product ids
 * come from the document, and a writer who could predict where they
 * land could make every lookup probe every slot. The seed changes no
 * result, since nothing walks the map in its own order.
 */
static size_t hash_string(const char *s)
{
	static uint64_t seed;
	uint64_t h;

	if (!seed)
		seed = ((uint64_t)(uintptr_t)&seed * 0x9E3779B97F4A7C15ULL) ^
			(uint64_t)time(NULL) ^ 14695981039346656037ULL;
	h = seed;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ULL;
	h ^= h >> 33;
	h *= 0xFF51AFD7ED558CCDULL;
	h ^= h >> 33;
	h *= 0xC4CEB9FE1A85EC53ULL;
	h ^= h >> 33;
	return (size_t)h;
}

static size_t map_slot(const struct vex_map *map, const char *key)
{
	size_t mask = map->cap - 1, i = hash_string(key) & mask;

	while (map->keys[i] && strcmp(map->keys[i], key))
		i = (i + 1) & mask;
	return i;
}

int vex_map_put(struct vex_map *map, const char *key, size_t value,
		size_t *old)
{
	size_t i;

	if (2 * (map->count + 1) > map->cap) {
		struct vex_map bigger;
		size_t j;

		bigger.cap = map->cap ? 2 * map->cap : 64;
		bigger.count = map->count;
		bigger.keys = xcalloc(bigger.cap, sizeof(*bigger.keys));
		bigger.values = xcalloc(bigger.cap, sizeof(*bigger.values));
		for (j = 0; j < map->cap; j++) {
			if (!map->keys[j])
				continue;
			i = map_slot(&bigger, map->keys[j]);
			bigger.keys[i] = map->keys[j];
			bigger.values[i] = map->values[j];
		}
		vex_map_release(map);
		*map = bigger;
	}
	i = map_slot(map, key);
	if (map->keys[i]) {
		if (old)
			*old = map->values[i];
		return 1;
	}
	map->keys[i] = key;
	map->values[i] = value;
	map->count++;
	return 0;
}

int vex_map_get(const struct vex_map *map, const char *key, size_t *value)
{
	size_t i;

	if (!map->cap)
		return -1;
	i = map_slot(map, key);
	if (!map->keys[i])
		return -1;
	*value = map->values[i];
	return 0;
}

void vex_map_release(struct vex_map *map)
{
	free(map->keys);
	free(map->values);
	memset(map, 0, sizeof(*map));
}

/*
 * json_parse() says "line L, column C: what"; our messages say
 * "path:L:C: what", as the YAML reader and compilers do.
 */
static int json_error(const char *path)
{
	const char *msg = error_last();
	unsigned line, column;
	int used = 0;
	char *copy;

	if (sscanf(msg, "line %u, column %u: %n", &line, &column, &used) >= 2
	    && used > 0) {
		copy = xstrdup(msg + used);
		error_set("%s:%u:%u: %s", path, line, column, copy);
		free(copy);
		return -1;
	}
	return error_prefix("%s", path);
}

/* The position of byte `offset` of data, for errors before JSON parsing. */
static void raw_position(const char *data, size_t offset, unsigned *line,
			 unsigned *column)
{
	size_t i;

	*line = 1;
	*column = 1;
	for (i = 0; i < offset; i++) {
		if (data[i] == '\n') {
			(*line)++;
			*column = 1;
		} else if (((unsigned char)data[i] & 0xC0) != 0x80) {
			(*column)++;
		}
	}
}

__attribute__((format(printf, 4, 5)))
static int not_vex(const char *path, const struct json_doc *json,
		   json_ref at, const char *fmt, ...)
{
	unsigned line, column;
	char what[512];
	va_list ap;

	json_position(json, json_offset(json, at), &line, &column);
	va_start(ap, fmt);
	vsnprintf(what, sizeof(what), fmt, ap);
	va_end(ap);
	return error_set("%s:%u:%u: not a VEX document: %s", path, line,
			 column, what);
}

/* Which of the three formats the root object is, or -1 with the error. */
static int detect_format(enum vex_format *out, const char *path,
			 const struct json_doc *json, json_ref root)
{
	json_ref v;
	const char *s;

	v = json_get(json, root, "bomFormat");
	if (v != JSON_NONE) {
		s = json_string(json, v, NULL);
		if (!s || strcmp(s, "CycloneDX"))
			return not_vex(path, json, v, "bomFormat '%s' is not "
				       "CycloneDX", s ? s : "(not a string)");
		*out = VEX_FORMAT_CYCLONEDX;
		return 0;
	}
	v = json_get(json, root, "@context");
	if (v != JSON_NONE) {
		s = json_string(json, v, NULL);
		if (!s || strncmp(s, "https://openvex.dev/ns", 22) ||
		    (s[22] && s[22] != '/'))
			return not_vex(path, json, v, "@context '%s' is not "
				       "OpenVEX (https://openvex.dev/ns/...)",
				       s ? s : "(not a string)");
		*out = VEX_FORMAT_OPENVEX;
		return 0;
	}
	v = json_get(json, root, "document");
	if (json_get(json, v, "csaf_version") != JSON_NONE) {
		*out = VEX_FORMAT_CSAF;
		return 0;
	}
	if (json_get(json, root, "spdxVersion") != JSON_NONE ||
	    json_get(json, root, "@graph") != JSON_NONE)
		return not_vex(path, json, root, "an SPDX document carries "
			       "no VEX statements that are read");
	return not_vex(path, json, root, "no bomFormat (CycloneDX), "
		       "@context (OpenVEX) or document.csaf_version (CSAF)");
}

static int problem_cmp(const void *a, const void *b)
{
	const struct vex_problem *const *pa = a, *const *pb = b;

	if ((*pa)->offset != (*pb)->offset)
		return (*pa)->offset < (*pb)->offset ? -1 : 1;
	/* the same place: keep the order they were found in */
	return *pa < *pb ? -1 : *pa > *pb;
}

/* By position, problems about the whole file first. */
static void sort_problems(struct vex_doc *doc)
{
	struct vex_problem **order, *sorted;
	size_t i;

	if (doc->nproblems < 2)
		return;
	order = xmalloc(doc->nproblems * sizeof(*order));
	for (i = 0; i < doc->nproblems; i++)
		order[i] = &doc->problems[i];
	qsort(order, doc->nproblems, sizeof(*order), problem_cmp);
	sorted = xmalloc(doc->nproblems * sizeof(*sorted));
	for (i = 0; i < doc->nproblems; i++)
		sorted[i] = *order[i];
	memcpy(doc->problems, sorted, doc->nproblems * sizeof(*sorted));
	free(sorted);
	free(order);
}

int vex_parse(struct vex_doc **out, const char *path, const char *data,
	      size_t len)
{
	struct json_doc *json = NULL;
	struct vex_doc *doc = NULL;
	enum vex_format format = VEX_FORMAT_CYCLONEDX;
	json_ref root;
	size_t i = 0;
	int error = -1;

	*out = NULL;
	if (len >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' ||
			   data[i] == '\n' || data[i] == '\r'))
		i++;
	if (i < len && data[i] == '<') {
		unsigned line, column;

		raw_position(data, i, &line, &column);
		if (i >= 3 && !memcmp(data, "\xef\xbb\xbf", 3))
			column--;
		error_set("%s:%u:%u: XML VEX documents are not supported; "
			  "convert it to JSON", path, line, column);
		goto done;
	}
	if (json_parse(&json, data, len, 0) < 0) {
		json_error(path);
		goto done;
	}
	root = json_root(json);
	if (json_type(json, root) != JSON_OBJECT) {
		not_vex(path, json, root, "the top level is %s, not an object",
			type_phrase(json_type(json, root)));
		goto done;
	}
	if (detect_format(&format, path, json, root) < 0)
		goto done;

	doc = xcalloc(1, sizeof(*doc));
	doc->format = format;
	doc->json = json;
	/*
	 * Expansions (CSAF product groups, OpenVEX shared subcomponents)
	 * are the only way for a document to say more than it writes out;
	 * real ones stay far below this.
	 */
	doc->budget = 16 * json_value_count(json) + 1000000;
	json = NULL;
	switch (format) {
	case VEX_FORMAT_CYCLONEDX:
		vex_read_cyclonedx(doc, root);
		break;
	case VEX_FORMAT_OPENVEX:
		vex_read_openvex(doc, root);
		break;
	case VEX_FORMAT_CSAF:
		vex_read_csaf(doc, root);
		break;
	}
	sort_problems(doc);
	*out = doc;
	doc = NULL;
	error = 0;
done:
	json_free(json);
	vex_free(doc);
	return error;
}

static void product_release(struct vex_product *p)
{
	size_t i;

	for (i = 0; i < p->nsubcomponents; i++)
		product_release(&p->subcomponents[i]);
	free(p->subcomponents);
	free(p->versions);
}

void vex_free(struct vex_doc *doc)
{
	size_t i, j;

	if (!doc)
		return;
	for (i = 0; i < doc->nstatements; i++) {
		struct vex_statement *st = &doc->statements[i];

		for (j = 0; j < st->nproducts; j++)
			product_release(&st->products[j]);
		free(st->products);
		free(st->responses);
	}
	free(doc->statements);
	for (i = 0; i < doc->nproblems; i++)
		free(doc->problems[i].message);
	free(doc->problems);
	for (i = 0; i < doc->nowned; i++)
		free(doc->owned[i]);
	free(doc->owned);
	json_free(doc->json);
	free(doc);
}

size_t vex_statement_count(const struct vex_doc *doc)
{
	return doc ? doc->nstatements : 0;
}

const struct vex_statement *vex_statement_at(const struct vex_doc *doc,
					     size_t i)
{
	return doc && i < doc->nstatements ? &doc->statements[i] : NULL;
}

size_t vex_problem_count(const struct vex_doc *doc)
{
	return doc ? doc->nproblems : 0;
}

const struct vex_problem *vex_problem_at(const struct vex_doc *doc,
					 size_t i)
{
	return doc && i < doc->nproblems ? &doc->problems[i] : NULL;
}

const struct vex_product *vex_product_at(const struct vex_statement *st,
					 size_t i)
{
	return st && i < st->nproducts ? &st->products[i] : NULL;
}

const struct vex_product *vex_subcomponent_at(const struct vex_product *p,
					      size_t i)
{
	return p && i < p->nsubcomponents ? &p->subcomponents[i] : NULL;
}

const struct vex_version *vex_version_at(const struct vex_product *p,
					 size_t i)
{
	return p && i < p->nversions ? &p->versions[i] : NULL;
}

const char *vex_alias_at(const struct vex_statement *st, size_t i)
{
	return st && i < st->naliases ? st->aliases[i] : NULL;
}

const char *vex_response_at(const struct vex_statement *st, size_t i)
{
	return st && i < st->nresponses ? st->responses[i] : NULL;
}

size_t vex_count_errors(const struct vex_doc *doc)
{
	size_t i, n = 0;

	for (i = 0; doc && i < doc->nproblems; i++)
		n += doc->problems[i].severity == VEX_ERROR;
	return n;
}

const char *vex_format_name(enum vex_format format)
{
	switch (format) {
	case VEX_FORMAT_CYCLONEDX:
		return "cyclonedx";
	case VEX_FORMAT_OPENVEX:
		return "openvex";
	case VEX_FORMAT_CSAF:
		return "csaf";
	}
	return "unknown";
}

const char *vex_status_name(enum vex_status status)
{
	switch (status) {
	case VEX_STATUS_NOT_AFFECTED:
		return "not_affected";
	case VEX_STATUS_AFFECTED:
		return "affected";
	case VEX_STATUS_FIXED:
		return "fixed";
	case VEX_STATUS_UNDER_INVESTIGATION:
		return "under_investigation";
	case VEX_STATUS_UNKNOWN:
		break;
	}
	return "unknown";
}

const char *vex_justification_name(enum vex_justification j)
{
	if ((unsigned)j > VEX_JUST_UNKNOWN)
		return "unknown";
	return justification_names[j];
}

const char *vex_ref_kind_name(enum vex_ref_kind kind)
{
	switch (kind) {
	case VEX_REF_NONE:
		return "none";
	case VEX_REF_BOM_REF:
		return "bom-ref";
	case VEX_REF_BOM_LINK:
		return "bom-link";
	case VEX_REF_PURL:
		return "purl";
	case VEX_REF_IRI:
		return "iri";
	case VEX_REF_CSAF_PRODUCT_ID:
		return "csaf-product-id";
	}
	return "unknown";
}

const char *vex_severity_name(enum vex_severity severity)
{
	return severity == VEX_WARNING ? "warning" : "error";
}
