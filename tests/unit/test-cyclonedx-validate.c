/*
 * The CycloneDX validator, one constraint kind at a time, on documents
 * written inline: each problem's code, severity, position and pointer.
 * The SPDX lists come from $GIT_CRA_DATADIR, else ".".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cyclonedx_validate.h"
#include "error.h"
#include "json.h"
#include "spdx_license.h"
#include "tap.h"

static struct spdx_license_list *lists;
static struct cdx_report report;

/* A BOM of the given version around members (no leading comma). */
static const char *bom(const char *version, const char *members)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	buf_printf(&b, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": "
		   "\"%s\", \"version\": 1%s%s}", version, *members ? ", " : "",
		   members);
	return b.ptr;
}

/* Validate text into the global report; the return of the validator. */
static int run(const char *text, const char *version,
	       const struct spdx_license_list *with)
{
	struct json_doc *doc;
	int r;

	cdx_report_release(&report);
	if (json_parse(&doc, text, strlen(text), 0) < 0) {
		printf("# parse error: %s\n", error_last());
		return -2;
	}
	r = cyclonedx_validate(&report, doc, version, with);
	json_free(doc);
	return r;
}

static void dump(void)
{
	size_t i;

	for (i = 0; i < report.count; i++)
		printf("#   %u:%u %s [%s] %s: %s\n", report.problems[i].line,
		       report.problems[i].column,
		       report.problems[i].severity ? "W" : "E",
		       report.problems[i].code, report.problems[i].pointer,
		       report.problems[i].message);
}

static const struct cdx_problem *find(const char *code)
{
	size_t i;

	for (i = 0; i < report.count; i++)
		if (!strcmp(report.problems[i].code, code))
			return &report.problems[i];
	return NULL;
}

/* Exactly one problem, with this code, severity and pointer. */
static void expect_one(const char *text, const char *code,
		       enum cdx_severity severity, const char *pointer,
		       const char *title)
{
	const struct cdx_problem *p;

	run(text, NULL, lists);
	p = find(code);
	if (!ok(report.count == 1 && p && p->severity == severity &&
		!strcmp(p->pointer, pointer), "%s", title)) {
		printf("#   wanted one %s %s at %s, got:\n", severity ?
		       "warning" : "error", code, pointer);
		dump();
	}
}

static void expect_clean(const char *text, const char *title)
{
	run(text, NULL, lists);
	if (!ok(report.count == 0, "%s", title))
		dump();
}

static void test_versions(void)
{
	expect_clean(bom("1.6", ""), "a minimal 1.6 BOM is valid");
	is_str(report.spec_version, "1.6", "the version is reported");
	expect_one("[1]", "type", CDX_ERROR, "",
		   "a document that is no object is rejected");
	expect_one("{\"bomFormat\": \"CycloneDX\"}", "spec-version",
		   CDX_ERROR, "", "a document without specVersion");
	expect_one(bom("2.0", ""), "spec-version", CDX_ERROR,
		   "/specVersion", "an unknown specVersion");
	expect_one(bom("1.1", ""), "spec-version", CDX_ERROR,
		   "/specVersion", "1.1 has no JSON schema");
	run(bom("1.6", ""), "1.5", lists);
	ok(report.errors == 0 && find("spec-version") &&
	   find("spec-version")->severity == CDX_WARNING,
	   "a version given by the caller wins, with a warning");
	is_str(report.spec_version, "1.5", "and is the one reported");
	is_int(run(bom("1.6", ""), "1.8", lists), -1,
	       "an unknown version asked for is a failure");
}

static void test_enum_type_required(void)
{
	const struct cdx_problem *p;

	expect_one("{\"bomFormat\": \"SPDX\", \"specVersion\": \"1.6\"}",
		   "enum", CDX_ERROR, "/bomFormat", "bomFormat is an enum");
	p = find("enum");
	ok(p && p->line == 1 && p->column == 15,
	   "the enum problem is at the value (1:15)");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"foo\", "
		       "\"name\": \"a\"}]"), "enum", CDX_ERROR,
		   "/components/0/type", "an unknown component type");
	expect_one(bom("1.5", "\"components\": [{\"type\": "
		       "\"cryptographic-asset\", \"name\": \"a\"}]"), "enum",
		   CDX_ERROR, "/components/0/type",
		   "cryptographic-asset is no 1.5 component type");
	expect_clean(bom("1.6", "\"components\": [{\"type\": "
			 "\"cryptographic-asset\", \"name\": \"a\"}]"),
		     "but a 1.6 one");
	expect_one(bom("1.4", "\"components\": [{\"type\": \"platform\", "
		       "\"name\": \"a\"}]"), "enum", CDX_ERROR,
		   "/components/0/type", "platform is no 1.4 component type");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"scope\": \"foo\"}]"), "enum",
		   CDX_ERROR, "/components/0/scope", "scope is an enum");
	expect_one("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", "
		   "\"version\": \"1\"}", "type", CDX_ERROR, "/version",
		   "version is an integer, not a string");
	expect_clean("{\"bomFormat\": \"CycloneDX\", \"specVersion\": "
		     "\"1.6\", \"version\": 1.0}",
		     "1.0 is an integer, as draft-07 says");
	expect_one("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", "
		   "\"version\": 0}", "minimum", CDX_ERROR, "/version",
		   "version is at least 1");
	expect_one(bom("1.6", "\"components\": [\n  {\"type\": \"library\"}]"),
		   "required", CDX_ERROR, "/components/0",
		   "a component needs a name");
	p = find("required");
	ok(p && p->line == 2 && p->column == 3,
	   "the required problem is at the object (2:3)");
	ok(p && strstr(p->message, "'name'"), "and names the member");
	expect_one(bom("1.6", "\"components\": [{\"name\": \"a\"}]"),
		   "required", CDX_ERROR, "/components/0",
		   "a component needs a type");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"swid\": {\"name\": \"a\"}}]"),
		   "required", CDX_ERROR, "/components/0/swid",
		   "a swid needs a tagId");
}

static void test_additional_properties(void)
{
	const struct cdx_problem *p;

	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"colour\": \"red\"}]"),
		   "additional-property", CDX_ERROR, "/components/0/colour",
		   "an unknown member of a component");
	p = find("additional-property");
	ok(p && p->column == 112, "is reported at its name (column 112)");
	expect_clean(bom("1.3", "\"components\": [{\"type\": \"library\", "
			 "\"name\": \"a\", \"version\": \"1\", "
			 "\"colour\": \"red\"}]"),
		     "1.3's schema lets unknown members be");
	expect_one(bom("1.7", "\"metadata\": {\"distribution\": \"x\"}"),
		   "additional-property", CDX_ERROR, "/metadata/distribution",
		   "metadata has no distribution member in 1.7");
	expect_one(bom("1.6", "\"metadata\": {\"properties\": "
		       "[{\"name\": \"a\", \"a/b~c\": 1}]}"),
		   "additional-property", CDX_ERROR,
		   "/metadata/properties/0/a~1b~0c",
		   "a pointer escapes / and ~");
}

static void test_patterns_and_formats(void)
{
	const struct cdx_problem *p;

	expect_one(bom("1.6", "\"serialNumber\": \"urn:uuid:3e671687\""),
		   "serial-number", CDX_ERROR, "/serialNumber",
		   "a truncated serial number");
	expect_one(bom("1.6", "\"serialNumber\": "
		       "\"urn:uuid:3E671687-395B-41F5-A30F-A58921A69B79\""),
		   "serial-number", CDX_ERROR, "/serialNumber",
		   "the schema wants the UUID in lower case");
	expect_clean(bom("1.6", "\"serialNumber\": "
			 "\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\""),
		     "a good serial number");
	expect_one(bom("1.6", "\"metadata\": {\"timestamp\": "
		       "\"2020-04-13\"}"), "timestamp", CDX_ERROR,
		   "/metadata/timestamp", "a date is no timestamp");
	expect_one(bom("1.6", "\"metadata\": {\"timestamp\": "
		       "\"2023-02-29T00:00:00Z\"}"), "timestamp", CDX_ERROR,
		   "/metadata/timestamp", "2023 has no 29 February");
	expect_one(bom("1.6", "\"metadata\": {\"timestamp\": "
		       "\"2020-01-01T24:00:00Z\"}"), "timestamp", CDX_ERROR,
		   "/metadata/timestamp", "hour 24 is no hour");
	expect_one(bom("1.6", "\"metadata\": {\"timestamp\": "
		       "\"2020-01-01T00:00:00\"}"), "timestamp", CDX_ERROR,
		   "/metadata/timestamp", "a timestamp needs its offset");
	expect_clean(bom("1.6", "\"metadata\": {\"timestamp\": "
			 "\"2024-02-29t23:59:60.123+05:30\"}"),
		     "leap day, leap second, fraction, offset, lower-case t");
	expect_one(bom("1.6", "\"externalReferences\": [{\"type\": "
		       "\"website\", \"url\": \"http://a b\"}]"), "any-of",
		   CDX_ERROR, "/externalReferences/0/url",
		   "a URL with a space is neither an IRI nor a BOM-Link");
	expect_clean(bom("1.6", "\"externalReferences\": [{\"type\": "
			 "\"bom\", \"url\": \"urn:cdx:3e671687-395b-41f5-"
			 "a30f-a58921a69b79/1#a\"}]"), "a BOM-Link URL");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"file\", "
		       "\"name\": \"a\", \"mime-type\": \"Text/Plain\"}]"),
		   "pattern", CDX_ERROR, "/components/0/mime-type",
		   "a media type in lower case");
	expect_one(bom("1.6", "\"metadata\": {\"authors\": [{\"email\": "
		       "\"nobody\"}]}"), "format", CDX_ERROR,
		   "/metadata/authors/0/email", "an e-mail needs an @");
	p = find("format");
	ok(p && strstr(p->message, "'nobody'"), "the message shows it");
}

static const char *component_hash(const char *version, const char *alg,
				  const char *content)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	buf_printf(&b, "\"components\": [{\"type\": \"file\", \"name\": \"a\", "
		   "\"hashes\": [{\"alg\": \"%s\", \"content\": \"%s\"}]}]",
		   alg, content);
	return bom(version, b.ptr);
}

static void test_hashes(void)
{
	static const char md5[] = "3942447fac867ae5cdb3229b658f4d48";
	static const char sha1[] = "e6b1000b94e835ffd37f4c6dcbdad43f4b48a02a";

	expect_clean(component_hash("1.6", "MD5", md5), "an MD5 hash");
	expect_one(component_hash("1.6", "MD4", md5), "enum", CDX_ERROR,
		   "/components/0/hashes/0/alg", "MD4 is no algorithm");
	expect_one(component_hash("1.6", "MD5", "foo"), "pattern", CDX_ERROR,
		   "/components/0/hashes/0/content", "foo is no digest");
	expect_one(component_hash("1.6", "MD5", sha1), "hash-length",
		   CDX_WARNING, "/components/0/hashes/0/content",
		   "an MD5 of 40 digits");
	expect_one(component_hash("1.6", "SHA-256", md5), "hash-length",
		   CDX_WARNING, "/components/0/hashes/0/content",
		   "a SHA-256 of 32 digits");
	expect_clean(component_hash("1.6", "BLAKE3", sha1),
		     "BLAKE3's length is free");
	expect_one(component_hash("1.6", "Streebog-256", md5), "enum",
		   CDX_ERROR, "/components/0/hashes/0/alg",
		   "Streebog is no 1.6 algorithm");
	expect_one(component_hash("1.7", "Streebog-256", md5), "hash-length",
		   CDX_WARNING, "/components/0/hashes/0/content",
		   "but is one of 1.7, with 64 digits");
}

static const char *component_licenses(const char *version,
				      const char *licenses)
{
	static struct buf b = BUF_INIT;

	buf_reset(&b);
	buf_printf(&b, "\"components\": [{\"type\": \"library\", \"name\": "
		   "\"a\", \"licenses\": [%s]}]", licenses);
	return bom(version, b.ptr);
}

static void test_licenses(void)
{
	const struct cdx_problem *p;

	expect_clean(component_licenses("1.6", "{\"license\": "
					"{\"id\": \"Apache-2.0\"}}"),
		     "an SPDX id");
	expect_one(component_licenses("1.6", "{\"license\": "
				      "{\"id\": \"Apache-2\"}}"),
		   "license-id", CDX_ERROR,
		   "/components/0/licenses/0/license/id", "an unknown id");
	expect_one(component_licenses("1.6", "{\"license\": "
				      "{\"id\": \"mit\"}}"),
		   "license-id", CDX_ERROR,
		   "/components/0/licenses/0/license/id",
		   "ids are an enum: case counts");
	p = find("license-id");
	ok(p && strstr(p->message, "'MIT'"), "the message spells it right");
	expect_one(component_licenses("1.6", "{\"license\": "
				      "{\"id\": \"GPL-2.0\"}}"),
		   "license-deprecated", CDX_WARNING,
		   "/components/0/licenses/0/license/id",
		   "a deprecated id warns");
	expect_one(component_licenses("1.6", "{\"license\": {\"id\": "
				      "\"Classpath-exception-2.0\"}}"),
		   "license-id", CDX_WARNING,
		   "/components/0/licenses/0/license/id",
		   "an exception id where a licence belongs warns");
	expect_clean(component_licenses("1.6", "{\"license\": "
					"{\"name\": \"Acme EULA\"}}"),
		     "a named licence");
	expect_one(component_licenses("1.6", "{\"license\": {}}"), "one-of",
		   CDX_ERROR, "/components/0/licenses/0/license",
		   "a licence needs an id or a name");
	p = find("one-of");
	ok(p && strstr(p->message, "'id'") && strstr(p->message, "'name'"),
	   "and says which");
	expect_one(component_licenses("1.6", "{\"license\": {\"id\": \"MIT\", "
				      "\"name\": \"MIT\"}}"), "one-of",
		   CDX_ERROR, "/components/0/licenses/0/license",
		   "but not both");
	expect_one(component_licenses("1.4", "{\"license\": {\"id\": "
				      "\"MIT\"}, \"expression\": \"MIT\"}"),
		   "one-of", CDX_ERROR, "/components/0/licenses/0",
		   "a licence choice is a licence or an expression");
	expect_clean(component_licenses("1.6", "{\"expression\": "
					"\"MIT OR (Apache-2.0 AND "
					"BSD-3-Clause)\"}"),
		     "an expression");
	expect_one(component_licenses("1.6", "{\"expression\": "
				      "\"MIT OR\"}"), "license-expression",
		   CDX_ERROR, "/components/0/licenses/0/expression",
		   "an expression cut short");
	expect_one(component_licenses("1.6", "{\"expression\": "
				      "\"MIT WITH GPL-2.0\"}"),
		   "license-exception", CDX_ERROR,
		   "/components/0/licenses/0/expression",
		   "a licence after WITH");
	expect_one(component_licenses("1.6", "{\"expression\": "
				      "\"GPL-2.0 OR MIT\"}"),
		   "license-deprecated", CDX_WARNING,
		   "/components/0/licenses/0/expression",
		   "a deprecated id in an expression warns");
	run(component_licenses("1.6", "{\"license\": {\"id\": \"MIT\"}}, "
			       "{\"expression\": \"MIT\"}"), NULL, lists);
	p = find("required");
	ok(report.errors && p && !strcmp(p->pointer,
					 "/components/0/licenses/1"),
	   "1.6 lets licences and an expression mix in no list");
	expect_clean(component_licenses("1.7", "{\"license\": {\"id\": "
					"\"MIT\", \"acknowledgement\": "
					"\"declared\"}}, {\"expression\": "
					"\"MIT\", \"acknowledgement\": "
					"\"concluded\"}"),
		     "1.7 does");
	expect_one(component_licenses("1.6", "{\"license\": {\"id\": "
				      "\"MIT\", \"acknowledgement\": "
				      "\"assumed\"}}"), "enum", CDX_ERROR,
		   "/components/0/licenses/0/license/acknowledgement",
		   "acknowledgement is declared or concluded");
	run(component_licenses("1.6", "{\"license\": {\"id\": \"Apache-2\"}}, "
			       "{\"license\": {\"id\": \"GPL-2.0\"}}"), NULL,
	    NULL);
	ok(report.count == 0, "without lists, ids are not looked up");
	run(component_licenses("1.6", "{\"expression\": \"MIT OR\"}"), NULL,
	    NULL);
	ok(report.errors == 1, "but expressions are still parsed");
}

static void test_refs(void)
{
	const struct cdx_problem *p;

	expect_clean(bom("1.6", "\"components\": [{\"type\": \"library\", "
			 "\"name\": \"a\", \"bom-ref\": \"a\"}], "
			 "\"dependencies\": [{\"ref\": \"a\", "
			 "\"dependsOn\": []}]"), "a dependency on a component");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"bom-ref\": \"a\"}], "
		       "\"dependencies\": [{\"ref\": \"a\", "
		       "\"dependsOn\": [\"b\"]}]"), "dangling-ref", CDX_ERROR,
		   "/dependencies/0/dependsOn/0",
		   "a dependency on nothing is an error");
	expect_one(bom("1.4", "\"dependencies\": [{\"ref\": \"x\"}]"),
		   "dangling-ref", CDX_ERROR, "/dependencies/0/ref",
		   "in 1.4 too");
	expect_one(bom("1.4", "\"compositions\": [{\"aggregate\": "
		       "\"complete\", \"assemblies\": [\"x\"]}]"),
		   "dangling-ref", CDX_ERROR, "/compositions/0/assemblies/0",
		   "an assembly of nothing");
	expect_clean(bom("1.6", "\"vulnerabilities\": [{\"affects\": "
			 "[{\"ref\": \"urn:cdx:3e671687-395b-41f5-a30f-"
			 "a58921a69b79/1#x\"}]}]"),
		     "a BOM-Link names another BOM's element");
	expect_one(bom("1.6", "\"vulnerabilities\": [{\"affects\": "
		       "[{\"ref\": \"x\"}]}]"), "dangling-ref", CDX_ERROR,
		   "/vulnerabilities/0/affects/0/ref",
		   "a vulnerability affecting nothing here");
	expect_one(bom("1.6", "\"formulation\": [{\"workflows\": "
		       "[{\"bom-ref\": \"w\", \"uid\": \"1\", \"taskTypes\": "
		       "[\"build\"], \"taskDependencies\": [{\"ref\": \"w\", "
		       "\"dependsOn\": [\"t\"]}]}]}]"), "dangling-ref",
		   CDX_WARNING,
		   "/formulation/0/workflows/0/taskDependencies/0/dependsOn/0",
		   "outside the BOM's graph a miss only warns");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"bom-ref\": \"x\"}, {\"type\": "
		       "\"library\", \"name\": \"b\", \"bom-ref\": \"x\"}]"),
		   "duplicate-bom-ref", CDX_WARNING, "/components/1/bom-ref",
		   "a bom-ref given twice but never used warns");
	p = find("duplicate-bom-ref");
	ok(p && strstr(p->message, "line 1, column 123"),
	   "and points at the first");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"bom-ref\": \"x\"}, {\"type\": "
		       "\"library\", \"name\": \"b\", \"bom-ref\": \"x\"}], "
		       "\"dependencies\": [{\"ref\": \"x\"}]"),
		   "duplicate-bom-ref", CDX_ERROR, "/components/1/bom-ref",
		   "one that is referred to is an error");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"bom-ref\": \"\"}]"), "min-length",
		   CDX_ERROR, "/components/0/bom-ref",
		   "an empty bom-ref (1.5 on)");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\"}, {\"type\": \"library\", "
		       "\"name\": \"a\"}]"), "unique-items", CDX_ERROR,
		   "/components/1", "the same component twice");
	expect_clean(bom("1.6", "\"components\": [{\"type\": \"library\", "
			 "\"name\": \"a\"}, {\"name\": \"a\", \"type\": "
			 "\"library\", \"version\": \"1\"}]"),
		     "two that differ");
	expect_one(bom("1.6", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"hashes\": []}, {\"hashes\": [], "
		       "\"name\": \"a\", \"type\": \"library\"}]"),
		   "unique-items", CDX_ERROR, "/components/1",
		   "member order does not make items differ");
}

static void test_logic(void)
{
	expect_one(bom("1.7", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"version\": \"1\", \"versionRange\": "
		       "\"vers:npm/>1\", \"isExternal\": true}]"), "not",
		   CDX_ERROR, "/components/0",
		   "version and versionRange exclude each other");
	expect_one(bom("1.7", "\"components\": [{\"type\": \"library\", "
		       "\"name\": \"a\", \"versionRange\": \"vers:npm/>1\"}]"),
		   "not", CDX_ERROR, "/components/0",
		   "versionRange only on an external component");
	ok(find("not") && strstr(find("not")->message, "isExternal"),
	   "and the message says when");
	expect_clean(bom("1.7", "\"components\": [{\"type\": \"library\", "
			 "\"name\": \"a\", \"versionRange\": \"vers:npm/>1\", "
			 "\"isExternal\": true}]"),
		     "which may have one");
	expect_one(bom("1.7", "\"citations\": [{\"pointers\": [\"/a\"], "
		       "\"timestamp\": \"2025-01-01T00:00:00Z\"}]"),
		   "any-of", CDX_ERROR, "/citations/0",
		   "a citation names who or what made it");
}

/* Found by fuzzing: a long value of escaped bytes overran a buffer. */
static void test_long_values(void)
{
	struct buf text = BUF_INIT;
	const struct cdx_problem *p;
	int i;

	buf_puts(&text, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": "
		 "\"1.5\", \"serialNumber\": \"urn:uuid:");
	for (i = 0; i < 200; i++)
		buf_putc(&text, 0x7f);
	buf_puts(&text, "\"}");
	run(text.ptr, NULL, lists);
	p = find("serial-number");
	ok(p && strstr(p->message, "\\x7f\\x7f") &&
	   strstr(p->message, "...' is not"),
	   "a long value of control bytes is cut short in the message");
	buf_release(&text);
}

static void test_positions_and_order(void)
{
	const char *text = "{\"bomFormat\": \"CycloneDX\",\n"
		"\"specVersion\": \"1.6\",\n"
		"\"metadata\": {\"authors\": [{\"name\": \"J\xc3\xbcrgen\", "
		"\"phone\": 1}]},\n"
		"\"serialNumber\": \"x\"}";
	const struct cdx_problem *p;
	size_t i;
	int sorted = 1;

	run(text, NULL, lists);
	p = find("type");
	ok(p && p->line == 3 && p->column == 54,
	   "a column counts characters, not bytes (3:54)");
	is_str(p ? p->pointer : NULL, "/metadata/authors/0/phone",
	       "the pointer of a nested value");
	for (i = 1; i < report.count; i++)
		sorted &= report.problems[i - 1].offset <=
			  report.problems[i].offset;
	ok(report.count == 2 && sorted, "problems come in document order");
	expect_one("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\", "
		   "\"version\": 1, \"version\": 2}", "duplicate-key",
		   CDX_WARNING, "/version", "a member given twice warns");
}

int main(void)
{
	const char *datadir = getenv("GIT_CRA_DATADIR");

	if (!datadir || !*datadir)
		datadir = ".";
	if (spdx_license_list_load(&lists, datadir) < 0) {
		printf("Bail out! %s\n", error_last());
		return 1;
	}
	cdx_report_init(&report);
	test_versions();
	test_enum_type_required();
	test_additional_properties();
	test_patterns_and_formats();
	test_hashes();
	test_licenses();
	test_refs();
	test_logic();
	test_positions_and_order();
	test_long_values();
	cdx_report_release(&report);
	cdx_report_release(NULL);
	spdx_license_list_free(lists);
	return done_testing();
}
