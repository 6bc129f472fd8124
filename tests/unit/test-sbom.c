/*
 * The SBOM model (sbom.h) from small documents of every format and
 * version it reads: what each field maps to, the dependency graph and
 * its lookups, completeness, vulnerabilities, positions, the problems a
 * defective document gets, and the formats it refuses.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "json.h"
#include "sbom.h"
#include "tap.h"

static struct sbom *load_as(const char *path, const char *text)
{
	struct sbom *sb = NULL;

	if (sbom_parse(&sb, path, text, strlen(text)) < 0) {
		printf("# load failed: %s\n", error_last());
		return NULL;
	}
	return sb;
}

static struct sbom *load(const char *text)
{
	return load_as("t.json", text);
}

/* The error of a document that must be refused, or "" when it loads. */
static const char *refusal(const char *path, const char *text, size_t len)
{
	struct sbom *sb = NULL;

	if (sbom_parse(&sb, path, text, len) == 0) {
		sbom_free(sb);
		return "";
	}
	ok(sb == NULL, "a refused document leaves *out NULL");
	return error_last();
}

static const struct sbom_component *find(const struct sbom *sb,
					 const char *ref)
{
	return sbom_component(sb, (size_t)sbom_find_ref(sb, ref));
}

/* How many problems have this code. */
static size_t count_code(const struct sbom *sb, const char *code)
{
	size_t i, n = 0;

	for (i = 0; i < sb->nproblems; i++)
		n += !strcmp(sb->problems[i].code, code);
	return n;
}

static const struct sbom_problem *first_code(const struct sbom *sb,
					     const char *code)
{
	size_t i;

	for (i = 0; i < sb->nproblems; i++)
		if (!strcmp(sb->problems[i].code, code))
			return &sb->problems[i];
	return NULL;
}

static void show_problems(const struct sbom *sb)
{
	size_t i;

	for (i = 0; sb && i < sb->nproblems; i++)
		printf("#   %u:%u: %s [%s]\n", sb->problems[i].line,
		       sb->problems[i].column, sb->problems[i].message,
		       sb->problems[i].code);
}

static int has_dep(const struct sbom *sb, const char *from, const char *to)
{
	const uint32_t *deps;
	size_t i, n = sbom_dependencies(&deps, sb,
					(size_t)sbom_find_ref(sb, from));
	ssize_t t = sbom_find_ref(sb, to);

	for (i = 0; i < n; i++)
		if ((ssize_t)deps[i] == t)
			return 1;
	return 0;
}

static void test_cyclonedx_12(void)
{
	static const char doc[] =
		"{\n"
		"  \"bomFormat\": \"CycloneDX\",\n"
		"  \"specVersion\": \"1.2\",\n"
		"  \"serialNumber\": "
		"\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\",\n"
		"  \"version\": 7,\n"
		"  \"metadata\": {\n"
		"    \"timestamp\": \"2020-08-02T21:21:17Z\",\n"
		"    \"tools\": [{\"vendor\": \"CycloneDX\", \"name\": "
		"\"maven\", \"version\": \"2.0.2\"}],\n"
		"    \"authors\": [{\"name\": \"Ada\", \"email\": "
		"\"ada@example.com\", \"phone\": \"123\"}],\n"
		"    \"manufacture\": {\"name\": \"Acme\", \"url\": "
		"[\"https://acme.example\"],\n"
		"      \"contact\": [{\"name\": \"Sec\", \"email\": "
		"\"sec@acme.example\"}]},\n"
		"    \"supplier\": {\"name\": \"Acme Supply\"},\n"
		"    \"component\": {\"bom-ref\": \"app\", \"type\": "
		"\"application\",\n"
		"      \"name\": \"app\", \"version\": \"1.0\", \"author\": "
		"\"Bob\"}\n"
		"  },\n"
		"  \"components\": [\n"
		"    {\n"
		"      \"bom-ref\": \"pkg:maven/org.x/lib@1.2?type=jar\",\n"
		"      \"type\": \"library\", \"group\": \"org.x\", \"name\": "
		"\"lib\",\n"
		"      \"version\": \"1.2\", \"scope\": \"required\",\n"
		"      \"publisher\": \"X Org\", \"copyright\": \"(c) X\",\n"
		"      \"description\": \"a library\",\n"
		"      \"purl\": \"pkg:maven/org.x/lib@1.2?type=jar\",\n"
		"      \"cpe\": \"cpe:2.3:a:x:lib:1.2:*:*:*:*:*:*:*\",\n"
		"      \"swid\": {\"tagId\": \"swidgen-1\", \"name\": "
		"\"lib\"},\n"
		"      \"supplier\": {\"name\": \"X Org\", \"url\": "
		"[\"https://x.example\", \"https://y.example\"],\n"
		"        \"contact\": [{\"email\": \"x@x.example\", "
		"\"phone\": \"9\"}]},\n"
		"      \"hashes\": [{\"alg\": \"SHA-1\", \"content\": \"aa\"},"
		" {\"alg\": \"MD5\", \"content\": \"bb\"}],\n"
		"      \"licenses\": [{\"license\": {\"id\": \"Apache-2.0\", "
		"\"url\": \"https://a.example\"}},\n"
		"                   {\"license\": {\"name\": \"Bouncy Castle "
		"Licence\"}}],\n"
		"      \"externalReferences\": [{\"type\": \"vcs\", \"url\": "
		"\"https://git.example/x\", \"comment\": \"c\"}]\n"
		"    },\n"
		"    {\"bom-ref\": \"b\", \"type\": \"library\", \"name\": "
		"\"b\", \"version\": \"2\"}\n"
		"  ],\n"
		"  \"dependencies\": [\n"
		"    {\"ref\": \"app\", \"dependsOn\": "
		"[\"pkg:maven/org.x/lib@1.2?type=jar\", \"b\"]},\n"
		"    {\"ref\": \"b\", \"dependsOn\": []}\n"
		"  ]\n"
		"}\n";
	struct sbom *sb = load(doc);
	const struct sbom_component *c;
	unsigned line, column;

	if (!ok(sb != NULL, "cyclonedx 1.2 loads"))
		return;
	is_str(sbom_format_name(sb->format), "cyclonedx", "1.2: format");
	is_str(sbom_encoding_name(sb->encoding), "json", "1.2: encoding");
	is_str(sb->spec_version, "1.2", "1.2: spec version");
	is_str(sb->serial_number,
	       "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
	       "1.2: serial number");
	is_int(sb->version, 7, "1.2: bom version");
	is_str(sb->timestamp, "2020-08-02T21:21:17Z", "1.2: timestamp");
	is_int(sb->ntools, 1, "1.2: one tool");
	is_str(sb->tools[0].vendor, "CycloneDX", "1.2: tool vendor");
	is_str(sb->tools[0].name, "maven", "1.2: tool name");
	is_str(sb->tools[0].version, "2.0.2", "1.2: tool version");
	is_int(sb->nauthors, 1, "1.2: one author");
	is_str(sb->authors[0].email, "ada@example.com", "1.2: author email");
	is_str(sb->authors[0].phone, "123", "1.2: author phone");
	is_int(sb->authors[0].kind, SBOM_ENTITY_PERSON, "1.2: a person");
	is_str(sb->manufacturer.name, "Acme", "1.2: manufacture is read");
	is_str(sb->manufacturer.url, "https://acme.example",
	       "1.2: manufacturer url");
	is_str(sb->manufacturer.email, "sec@acme.example",
	       "1.2: manufacturer contact email");
	is_str(sb->supplier.name, "Acme Supply", "1.2: document supplier");
	is_int(sb->ncomponents, 3, "1.2: primary and two components");
	is_int(sbom_primary(sb), 0, "1.2: the primary is first");
	is_int(sb->nroots, 1, "1.2: one root");
	c = sbom_component(sb, 0);
	is_str(c->name, "app", "1.2: primary name");
	is_int(c->nauthors, 1, "1.2: author string as one author");
	is_str(c->authors[0].name, "Bob", "1.2: the author's name");
	is_int(c->authors[0].kind, SBOM_ENTITY_UNKNOWN,
	       "1.2: an author string is of unknown kind");

	c = find(sb, "pkg:maven/org.x/lib@1.2?type=jar");
	if (!ok(c != NULL, "1.2: find_ref finds the component"))
		return;
	is_int(c->element, SBOM_ELEMENT_COMPONENT, "1.2: a component");
	is_str(c->type, "library", "1.2: type");
	is_str(c->group, "org.x", "1.2: group");
	is_str(c->version, "1.2", "1.2: version");
	is_str(c->scope, "required", "1.2: scope");
	is_str(c->publisher, "X Org", "1.2: publisher");
	is_str(c->copyright, "(c) X", "1.2: copyright");
	is_str(c->description, "a library", "1.2: description");
	is_str(c->purl, "pkg:maven/org.x/lib@1.2?type=jar", "1.2: purl");
	is_str(c->cpe, "cpe:2.3:a:x:lib:1.2:*:*:*:*:*:*:*", "1.2: cpe");
	is_str(c->swid, "swidgen-1", "1.2: swid tag id");
	is_str(c->supplier.name, "X Org", "1.2: supplier name");
	is_str(c->supplier.url, "https://x.example", "1.2: first url");
	is_str(c->supplier.email, "x@x.example", "1.2: contact email");
	is_str(c->supplier.phone, "9", "1.2: contact phone");
	is_int(c->supplier.kind, SBOM_ENTITY_ORGANIZATION,
	       "1.2: a supplier is an organisation");
	is_int(c->nhashes, 2, "1.2: two hashes");
	is_str(c->hashes[0].alg, "SHA-1", "1.2: hash alg");
	is_str(c->hashes[0].value, "aa", "1.2: hash value");
	is_str(c->hashes[1].alg, "MD5", "1.2: second hash");
	is_int(c->nlicenses, 2, "1.2: two licences");
	is_int(c->licenses[0].kind, SBOM_LICENSE_ID, "1.2: licence id");
	is_str(c->licenses[0].text, "Apache-2.0", "1.2: licence id text");
	is_str(c->licenses[0].url, "https://a.example", "1.2: licence url");
	is_int(c->licenses[0].ack, SBOM_ACK_UNSPECIFIED,
	       "1.2: no acknowledgement");
	is_int(c->licenses[1].kind, SBOM_LICENSE_NAME, "1.2: licence name");
	is_str(c->licenses[1].text, "Bouncy Castle Licence",
	       "1.2: licence name text");
	is_int(c->nrefs, 1, "1.2: one external reference");
	is_str(c->refs[0].type, "vcs", "1.2: ref type");
	is_str(c->refs[0].url, "https://git.example/x", "1.2: ref url");
	is_str(c->refs[0].comment, "c", "1.2: ref comment");
	sbom_position(&line, &column, sb, c->loc);
	is_int(line, 17, "1.2: component line");
	is_int(column, 5, "1.2: component column");

	ok(has_dep(sb, "app", "b"), "1.2: app depends on b");
	ok(has_dep(sb, "app", "pkg:maven/org.x/lib@1.2?type=jar"),
	   "1.2: app depends on lib");
	ok(find(sb, "b")->deps_declared,
	   "1.2: an empty dependsOn declares the component");
	ok(!find(sb, "pkg:maven/org.x/lib@1.2?type=jar")->deps_declared,
	   "1.2: no entry, nothing declared");
	is_int(sb->nproblems, 0, "1.2: no problems");
	show_problems(sb);
	sbom_free(sb);
}

static void test_cyclonedx_14_vulnerabilities(void)
{
	static const char doc[] =
		"{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.4\",\n"
		" \"components\": [{\"bom-ref\": \"jd\", \"type\": "
		"\"library\",\n"
		"   \"name\": \"jackson-databind\", \"version\": \"2.9.4\",\n"
		"   \"properties\": [{\"name\": \"p1\", \"value\": \"v1\"},\n"
		"                  {\"name\": \"p2\", \"value\": \"v2\"}]}],\n"
		" \"vulnerabilities\": [{\n"
		"   \"bom-ref\": \"v1\", \"id\": \"CVE-2018-7489\",\n"
		"   \"source\": {\"name\": \"NVD\", \"url\": "
		"\"https://nvd.example\"},\n"
		"   \"ratings\": [{\"source\": {\"name\": \"NVD\"}, "
		"\"score\": 9.8,\n"
		"     \"severity\": \"critical\", \"method\": \"CVSSv31\",\n"
		"     \"vector\": \"AV:N/AC:L\"}, {\"severity\": \"high\"}],\n"
		"   \"description\": \"bad\", \"detail\": \"worse\",\n"
		"   \"recommendation\": \"upgrade\", \"created\": "
		"\"2021-01-01T00:00:00Z\",\n"
		"   \"published\": \"2021-01-02T00:00:00Z\", \"updated\": "
		"\"2021-01-03T00:00:00Z\",\n"
		"   \"analysis\": {\"state\": \"not_affected\",\n"
		"     \"justification\": \"code_not_reachable\",\n"
		"     \"response\": [\"will_not_fix\", \"update\"], "
		"\"detail\": \"unused\"},\n"
		"   \"affects\": [{\"ref\": \"jd\"},\n"
		"     {\"ref\": "
		"\"urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#jd\"},\n"
		"     {\"ref\": \"nowhere\"}]\n"
		" }]}\n";
	struct sbom *sb = load(doc);
	const struct sbom_vulnerability *v;
	const struct sbom_component *c;

	if (!ok(sb != NULL, "cyclonedx 1.4 loads"))
		return;
	c = find(sb, "jd");
	is_int(c->nproperties, 2, "1.4: properties");
	is_str(c->properties[1].name, "p2", "1.4: property name");
	is_str(sbom_property(c, "p1"), "v1", "1.4: property lookup");
	ok(!sbom_property(c, "p3"), "1.4: no such property");
	is_int(sbom_vulnerability_count(sb), 1, "1.4: one vulnerability");
	v = sbom_vulnerability(sb, 0);
	is_str(v->id, "CVE-2018-7489", "1.4: vulnerability id");
	is_str(v->bom_ref, "v1", "1.4: vulnerability bom-ref");
	is_str(v->source, "NVD", "1.4: source name");
	is_str(v->source_url, "https://nvd.example", "1.4: source url");
	is_str(v->description, "bad", "1.4: description");
	is_str(v->detail, "worse", "1.4: detail");
	is_str(v->recommendation, "upgrade", "1.4: recommendation");
	is_str(v->created, "2021-01-01T00:00:00Z", "1.4: created");
	is_str(v->published, "2021-01-02T00:00:00Z", "1.4: published");
	is_str(v->updated, "2021-01-03T00:00:00Z", "1.4: updated");
	is_str(v->state, "not_affected", "1.4: analysis state");
	is_str(v->justification, "code_not_reachable", "1.4: justification");
	is_str(v->analysis_detail, "unused", "1.4: analysis detail");
	is_int(v->nresponses, 2, "1.4: two responses");
	is_str(v->responses[1].text, "update", "1.4: second response");
	is_int(v->nratings, 2, "1.4: two ratings");
	ok(v->ratings[0].has_score && v->ratings[0].score == 9.8,
	   "1.4: rating score");
	is_str(v->ratings[0].severity, "critical", "1.4: rating severity");
	is_str(v->ratings[0].method, "CVSSv31", "1.4: rating method");
	is_str(v->ratings[0].vector, "AV:N/AC:L", "1.4: rating vector");
	is_str(v->ratings[0].source, "NVD", "1.4: rating source");
	ok(!v->ratings[1].has_score, "1.4: a rating without a score");
	is_int(v->naffects, 3, "1.4: three affects");
	is_int(v->affects[0].component, sbom_find_ref(sb, "jd"),
	       "1.4: affects resolves its ref");
	is_str(v->affects[0].state, "not_affected",
	       "1.4: affects carries the analysis state");
	is_int(v->affects[1].component, SBOM_NONE,
	       "1.4: a BOM-Link names no component here");
	is_int(v->affects[2].component, SBOM_NONE,
	       "1.4: a dangling affects ref names none");
	is_int(count_code(sb, "dangling-ref"), 1,
	       "1.4: only the dangling ref is a problem, not the BOM-Link");
	is_int(sbom_count_errors(sb), 0, "1.4: no errors");
	sbom_free(sb);
}

static void test_cyclonedx_15(void)
{
	static const char doc[] =
		"{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\",\n"
		" \"metadata\": {\n"
		"   \"lifecycles\": [{\"phase\": \"build\"}, {\"name\": "
		"\"custom\"}],\n"
		"   \"tools\": {\"components\": [{\"type\": \"application\",\n"
		"       \"group\": \"acme\", \"name\": \"scanner\", "
		"\"version\": \"9\"},\n"
		"       {\"type\": \"application\", \"name\": \"gen\", "
		"\"author\": \"me\"}],\n"
		"     \"services\": [{\"provider\": {\"name\": \"Acme Org\"},\n"
		"       \"name\": \"signer\", \"version\": \"1\"}]},\n"
		"   \"licenses\": [{\"expression\": \"CC0-1.0\"}],\n"
		"   \"properties\": [{\"name\": \"m\", \"value\": \"1\"}],\n"
		"   \"component\": {\"bom-ref\": \"root\", \"type\": "
		"\"firmware\",\n"
		"     \"name\": \"fw\", \"components\": [{\"bom-ref\": "
		"\"inner\",\n"
		"       \"type\": \"library\", \"name\": \"inner\"}]}},\n"
		" \"components\": [\n"
		"   {\"bom-ref\": \"a\", \"type\": \"library\", \"name\": "
		"\"a\",\n"
		"    \"licenses\": [{\"expression\": \"MIT OR Apache-2.0\"}],\n"
		"    \"components\": [{\"bom-ref\": \"a1\", \"type\": "
		"\"library\",\n"
		"      \"name\": \"a1\", \"components\": [{\"bom-ref\": "
		"\"a11\",\n"
		"        \"type\": \"library\", \"name\": \"a11\"}]}]},\n"
		"   {\"bom-ref\": \"b\", \"type\": \"library\", \"name\": "
		"\"b\"}],\n"
		" \"services\": [{\"bom-ref\": \"svc\", \"name\": \"api\",\n"
		"   \"provider\": {\"name\": \"Cloud\"},\n"
		"   \"services\": [{\"bom-ref\": \"svc2\", \"name\": "
		"\"inner-api\"}]}],\n"
		" \"properties\": [{\"name\": \"top\", \"value\": \"2\"}],\n"
		" \"dependencies\": [\n"
		"   {\"ref\": \"root\", \"dependsOn\": [\"a\", \"b\", \"svc\","
		" \"a\"]},\n"
		"   {\"ref\": \"a\", \"dependsOn\": [\"b\"], \"provides\": "
		"[\"a1\"]}],\n"
		" \"compositions\": [\n"
		"   {\"aggregate\": \"complete\", \"dependencies\": "
		"[\"root\"],\n"
		"    \"assemblies\": [\"a\"]},\n"
		"   {\"aggregate\": \"incomplete_first_party_only\",\n"
		"    \"dependencies\": [\"root\", \"b\"]},\n"
		"   {\"aggregate\": \"unknown\"}]}\n";
	struct sbom *sb = load(doc);
	const struct sbom_component *c;
	const struct sbom_edge *edges;
	const uint32_t *deps;
	size_t n;

	if (!ok(sb != NULL, "cyclonedx 1.5 loads"))
		return;
	show_problems(sb);
	is_int(sb->nlifecycles, 2, "1.5: lifecycles");
	is_str(sb->lifecycles[0].text, "build", "1.5: lifecycle phase");
	is_str(sb->lifecycles[1].text, "custom", "1.5: lifecycle name");
	is_int(sb->ntools, 3, "1.5: tools from components and services");
	is_str(sb->tools[0].vendor, "acme", "1.5: tool vendor from group");
	is_str(sb->tools[0].version, "9", "1.5: tool version");
	is_str(sb->tools[1].vendor, "me", "1.5: tool vendor from author");
	is_str(sb->tools[2].vendor, "Acme Org",
	       "1.5: service tool vendor from provider");
	is_int(sb->nlicenses, 1, "1.5: document licence");
	is_str(sb->licenses[0].text, "CC0-1.0", "1.5: document licence id");
	is_int(sb->nproperties, 2, "1.5: metadata and top-level properties");
	is_str(sb->properties[1].name, "top", "1.5: top-level property");
	is_int(sb->ncomponents, 8, "1.5: components, nested and services");
	c = find(sb, "inner");
	is_int(c->parent, 0, "1.5: nested in the primary");
	c = find(sb, "a11");
	is_int(c->parent, sbom_find_ref(sb, "a1"), "1.5: nested twice");
	is_int(sbom_find_ref(sb, "a1"), sbom_find_ref(sb, "a") + 1,
	       "1.5: depth-first order");
	c = find(sb, "svc");
	is_int(c->element, SBOM_ELEMENT_SERVICE, "1.5: a service");
	is_str(c->type, "service", "1.5: service type");
	is_str(c->supplier.name, "Cloud", "1.5: provider as supplier");
	is_int(find(sb, "svc2")->parent, sbom_find_ref(sb, "svc"),
	       "1.5: nested service");
	c = find(sb, "a");
	is_int(c->licenses[0].kind, SBOM_LICENSE_EXPRESSION,
	       "1.5: an expression");
	is_str(c->licenses[0].text, "MIT OR Apache-2.0",
	       "1.5: expression text");

	n = sbom_dependencies(&deps, sb, 0);
	is_int(n, 3, "1.5: a target named twice counts once");
	ok(has_dep(sb, "root", "svc"), "1.5: depends on a service");
	n = sbom_dependents(&deps, sb, (size_t)sbom_find_ref(sb, "b"));
	is_int(n, 2, "1.5: b has two dependents");
	n = sbom_edges_from(&edges, sb, (size_t)sbom_find_ref(sb, "a"));
	is_int(n, 2, "1.5: two edges from a");
	is_int(edges[0].kind, SBOM_EDGE_DEPENDS, "1.5: dependencies first");
	is_int(edges[1].kind, SBOM_EDGE_OTHER, "1.5: provides is other");
	is_str(edges[1].type, "provides", "1.5: provides type");
	ok(!has_dep(sb, "a", "a1"), "1.5: provides is no dependency");

	c = sbom_component(sb, 0);
	is_str(c->deps_completeness, "incomplete_first_party_only",
	       "1.5: the weakest aggregate wins");
	is_str(find(sb, "a")->assembly_completeness, "complete",
	       "1.5: assemblies completeness");
	is_str(find(sb, "b")->deps_completeness,
	       "incomplete_first_party_only", "1.5: b's completeness");
	ok(!find(sb, "a")->deps_completeness,
	   "1.5: no statement, no completeness");
	is_str(sb->completeness, "unknown",
	       "1.5: a composition naming nothing is the document's");
	is_int(sb->ncompositions, 3, "1.5: three compositions");
	is_int(sb->compositions[1].ndependencies, 2,
	       "1.5: composition counts");
	is_int(sb->nproblems, 0, "1.5: no problems");
	sbom_free(sb);
}

static void test_cyclonedx_16(void)
{
	static const char doc[] =
		"{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n"
		" \"metadata\": {\"manufacturer\": {\"name\": \"New\"},\n"
		"   \"manufacture\": {\"name\": \"Old\"}},\n"
		" \"components\": [{\"type\": \"library\", \"name\": \"x\",\n"
		"   \"authors\": [{\"name\": \"A\", \"email\": \"a@x\"}, "
		"{\"name\": \"B\"}],\n"
		"   \"manufacturer\": {\"name\": \"Maker\", \"url\": "
		"[\"https://m\"]},\n"
		"   \"hashes\": [{\"alg\": \"SHA-512\", \"content\": \"cc\"},\n"
		"              {\"alg\": \"BLAKE2b-256\", \"content\": "
		"\"dd\"},\n"
		"              {\"alg\": \"Streebog-256\", \"content\": "
		"\"ee\"}],\n"
		"   \"licenses\": [{\"license\": {\"id\": \"MIT\",\n"
		"       \"acknowledgement\": \"declared\"}},\n"
		"     {\"expression\": \"MIT AND BSD-3-Clause\",\n"
		"       \"acknowledgement\": \"concluded\"}],\n"
		"   \"omniborId\": [\"gitoid:blob:sha1:261e\"],\n"
		"   \"properties\": [\n"
		"     {\"name\": \"bsi:component:filename\", \"value\": "
		"\"x-1.jar\"},\n"
		"     {\"name\": \"bsi:component:executable\", \"value\": "
		"\"executable\"}]}]}\n";
	struct sbom *sb = load(doc);
	const struct sbom_component *c;

	if (!ok(sb != NULL, "cyclonedx 1.6 loads"))
		return;
	is_str(sb->manufacturer.name, "New",
	       "1.6: manufacturer over manufacture");
	is_int(sbom_primary(sb), SBOM_NONE, "1.6: no metadata.component");
	c = sbom_component(sb, 0);
	is_int(c->nauthors, 2, "1.6: authors");
	is_str(c->authors[0].email, "a@x", "1.6: author email");
	is_int(c->authors[1].kind, SBOM_ENTITY_PERSON, "1.6: a person");
	is_str(c->manufacturer.name, "Maker", "1.6: component manufacturer");
	is_str(c->manufacturer.url, "https://m", "1.6: manufacturer url");
	is_str(c->hashes[0].alg, "SHA-512", "1.6: SHA-512");
	is_str(c->hashes[1].alg, "BLAKE2b-256", "1.6: BLAKE2b");
	is_str(c->hashes[2].alg, "Streebog-256", "1.6: Streebog");
	is_int(c->licenses[0].ack, SBOM_ACK_DECLARED, "1.6: declared");
	is_int(c->licenses[1].ack, SBOM_ACK_CONCLUDED, "1.6: concluded");
	is_str(sbom_ack_name(c->licenses[1].ack), "concluded",
	       "1.6: ack name");
	is_str(c->filename, "x-1.jar",
	       "1.6: filename from bsi:component:filename");
	is_str(sbom_property(c, "bsi:component:executable"), "executable",
	       "1.6: bsi property");
	is_int(sb->nproblems, 0, "1.6: no problems");
	sbom_free(sb);
}

static void test_cyclonedx_17_and_versions(void)
{
	struct sbom *sb;
	const struct sbom_problem *p;

	sb = load("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.7\","
		  " \"version\": 1, \"components\": []}");
	if (ok(sb != NULL, "cyclonedx 1.7 loads")) {
		is_str(sb->spec_version, "1.7", "1.7: spec version");
		is_int(sb->ncomponents, 0, "1.7: no components");
		is_int(sb->nproblems, 0, "1.7: no problems");
	}
	sbom_free(sb);

	sb = load("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.8\"}");
	if (ok(sb != NULL, "an unknown CycloneDX version loads")) {
		p = first_code(sb, "spec-version");
		ok(p && p->severity == SBOM_WARNING,
		   "an unknown version is a warning");
	}
	sbom_free(sb);

	sb = load("{\"bomFormat\": \"CycloneDX\"}");
	ok(sb && count_code(sb, "spec-version") == 1,
	   "no specVersion is a warning");
	sbom_free(sb);

	sb = load("{\"specVersion\": \"1.4\", \"components\": "
		  "[{\"type\": \"library\", \"name\": \"x\"}]}");
	if (ok(sb != NULL, "a CycloneDX document without bomFormat loads")) {
		is_int(sb->format, SBOM_FORMAT_CYCLONEDX, "read as CycloneDX");
		is_int(count_code(sb, "missing-field"), 1,
		       "with a missing-field problem");
		is_int(sb->ncomponents, 1, "and its component");
	}
	sbom_free(sb);
}

static void test_cyclonedx_problems(void)
{
	static const char doc[] =
		"{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n"
		" \"components\": [\n"
		"   {\"bom-ref\": \"a\", \"type\": \"library\", \"name\": "
		"\"a\"},\n"
		"   {\"bom-ref\": \"a\", \"type\": \"library\", \"name\": "
		"\"a2\"},\n"
		"   {\"bom-ref\": \"n\", \"type\": \"library\"},\n"
		"   {\"bom-ref\": \"w\", \"type\": \"library\", \"name\": 5,\n"
		"    \"hashes\": {}, \"description\": null},\n"
		"   7],\n"
		" \"dependencies\": [\n"
		"   {\"ref\": \"a\", \"dependsOn\": [\"n\", \"ghost\",\n"
		"     \"urn:cdx:3e671687-395b-41f5-a30f-a58921a69b79/1#x\"]},\n"
		"   {\"ref\": \"spook\", \"dependsOn\": [\"a\"]},\n"
		"   {\"dependsOn\": [\"a\"]},\n"
		"   {\"ref\": \"a\", \"dependsOn\": [\"w\"]}],\n"
		" \"compositions\": [{\"aggregate\": \"complete\",\n"
		"   \"assemblies\": [\"phantom\"]}, {\"assemblies\": []}]}\n";
	struct sbom *sb = load(doc);
	const struct sbom_problem *p;
	const uint32_t *deps;
	size_t i;
	int sorted = 1;

	if (!ok(sb != NULL, "a defective CycloneDX document loads"))
		return;
	show_problems(sb);
	p = first_code(sb, "duplicate-ref");
	ok(p && p->line == 4 && p->column == 16 &&
	   p->severity == SBOM_ERROR, "a duplicate bom-ref is an error at "
	   "the second one");
	ok(p && strstr(p->message, "line 3"), "it says where the first is");
	is_str(find(sb, "a")->name, "a", "find_ref finds the first");
	is_int(count_code(sb, "missing-field"), 4,
	   "missing names (two), a missing ref, a missing aggregate");
	is_int(count_code(sb, "wrong-type"), 3,
	       "a number name, an object for hashes, a number component");
	ok(!find(sb, "w")->description, "null is absent, silently");
	is_int(count_code(sb, "dangling-ref"), 3,
	       "dangling dependsOn, dependency ref and assembly");
	p = first_code(sb, "dangling-ref");
	ok(p && p->severity == SBOM_WARNING && p->line == 10,
	   "a dangling ref is a warning at the ref");
	ok(p && strstr(p->message, "'ghost'"), "it names the ref");
	is_int(count_code(sb, "duplicate-dependency"), 1,
	       "a second dependency entry for one ref");
	ok(has_dep(sb, "a", "n") && has_dep(sb, "a", "w"),
	   "the entries are merged");
	is_int(sbom_dependencies(&deps, sb, (size_t)sbom_find_ref(sb, "a")),
	       2, "the dangling target and the BOM-Link are no edges");
	for (i = 1; i < sb->nproblems; i++)
		if (sb->problems[i].line < sb->problems[i - 1].line)
			sorted = 0;
	ok(sorted, "problems come by position");
	is_int(sbom_count_errors(sb), 8, "errors counted");
	sbom_free(sb);
}

static void test_graph_lookups(void)
{
	static const char doc[] =
		"{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n"
		" \"components\": [\n"
		"   {\"bom-ref\": \"a\", \"type\": \"library\", \"name\": "
		"\"a\"},\n"
		"   {\"bom-ref\": \"b\", \"type\": \"library\", \"name\": "
		"\"b\"},\n"
		"   {\"bom-ref\": \"c\", \"type\": \"library\", \"name\": "
		"\"c\"},\n"
		"   {\"bom-ref\": \"d\", \"type\": \"library\", \"name\": "
		"\"d\"}],\n"
		" \"dependencies\": [\n"
		"   {\"ref\": \"c\", \"dependsOn\": [\"d\"]},\n"
		"   {\"ref\": \"a\", \"dependsOn\": [\"c\", \"b\", \"d\"]},\n"
		"   {\"ref\": \"b\", \"dependsOn\": [\"d\", \"a\"]}]}\n";
	struct sbom *sb = load(doc);
	const uint32_t *deps;
	const struct sbom_edge *edges;
	size_t n;

	if (!ok(sb != NULL, "a graph loads"))
		return;
	n = sbom_dependencies(&deps, sb, 0);
	ok(n == 3 && deps[0] == 2 && deps[1] == 1 && deps[2] == 3,
	   "dependencies in document order");
	n = sbom_dependents(&deps, sb, 3);
	ok(n == 3 && deps[0] == 0 && deps[1] == 1 && deps[2] == 2,
	   "dependents by source");
	n = sbom_dependents(&deps, sb, 0);
	ok(n == 1 && deps[0] == 1, "a cycle is kept");
	is_int(sbom_dependencies(&deps, sb, 3), 0, "a leaf");
	is_int(sbom_dependencies(&deps, sb, 4), 0, "out of range");
	ok(deps == NULL, "out of range gives NULL");
	is_int(sbom_edges_from(&edges, sb, 99), 0, "no edges out of range");
	is_int(sbom_edge_count(sb), 6, "edge count");
	ok(sbom_edge(sb, 0)->from == 0 && sbom_edge(sb, 5)->from == 2,
	   "edges by source");
	ok(!sbom_edge(sb, 6), "edge out of range");
	is_int(sbom_find_ref(sb, "zz"), SBOM_NONE, "find_ref of nothing");
	is_int(sbom_find_ref(sb, NULL), SBOM_NONE, "find_ref of NULL");
	ok(!sbom_component(sb, 4), "component out of range");
	ok(!sbom_problem(sb, 0), "problem out of range");
	ok(!sbom_vulnerability(sb, 0), "vulnerability out of range");
	is_int(sbom_component_count(NULL), 0, "count of NULL");
	is_int(sbom_find_ref(NULL, "a"), SBOM_NONE, "find_ref of NULL model");
	sbom_free(sb);
	sbom_free(NULL);
}

static const char spdx23_json[] =
	"{\n"
	"  \"spdxVersion\": \"SPDX-2.3\",\n"
	"  \"dataLicense\": \"CC0-1.0\",\n"
	"  \"SPDXID\": \"SPDXRef-DOCUMENT\",\n"
	"  \"name\": \"acme\",\n"
	"  \"documentNamespace\": \"https://acme.example/spdx/acme-1\",\n"
	"  \"creationInfo\": {\n"
	"    \"created\": \"2023-10-08T18:30:22Z\",\n"
	"    \"creators\": [\"Person: Ada Lovelace (ada@example.com)\",\n"
	"      \"Organization: Acme ()\", \"Tool: syft-0.60.3\", \"Tool: "
	"plain\"],\n"
	"    \"licenseListVersion\": \"3.21\",\n"
	"    \"comment\": \"made by hand\"\n"
	"  },\n"
	"  \"documentDescribes\": [\"SPDXRef-file\", \"SPDXRef-app\"],\n"
	"  \"packages\": [\n"
	"    {\n"
	"      \"SPDXID\": \"SPDXRef-app\",\n"
	"      \"name\": \"app\",\n"
	"      \"versionInfo\": \"1.0\",\n"
	"      \"packageFileName\": \"app-1.0.tgz\",\n"
	"      \"supplier\": \"Organization: Acme GmbH (sec@acme.example)\",\n"
	"      \"originator\": \"Person: Bob\",\n"
	"      \"downloadLocation\": \"https://acme.example/app-1.0.tgz\",\n"
	"      \"homepage\": \"https://acme.example\",\n"
	"      \"copyrightText\": \"(c) Acme\",\n"
	"      \"summary\": \"an app\",\n"
	"      \"primaryPackagePurpose\": \"OPERATING-SYSTEM\",\n"
	"      \"checksums\": [{\"algorithm\": \"SHA256\", \"checksumValue\": "
	"\"ab\"},\n"
	"                    {\"algorithm\": \"BLAKE2b-512\", "
	"\"checksumValue\": \"cd\"}],\n"
	"      \"licenseDeclared\": \"MIT\",\n"
	"      \"licenseConcluded\": \"(MIT AND BSD-2-Clause)\",\n"
	"      \"externalRefs\": [\n"
	"        {\"referenceCategory\": \"PACKAGE-MANAGER\", "
	"\"referenceType\": \"purl\",\n"
	"         \"referenceLocator\": \"pkg:npm/app@1.0\"},\n"
	"        {\"referenceCategory\": \"SECURITY\", \"referenceType\": "
	"\"cpe23Type\",\n"
	"         \"referenceLocator\": "
	"\"cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*\"},\n"
	"        {\"referenceCategory\": \"SECURITY\", \"referenceType\": "
	"\"advisory\",\n"
	"         \"referenceLocator\": \"https://nvd.example/CVE-1\"}],\n"
	"      \"hasFiles\": [\"SPDXRef-file\"]\n"
	"    },\n"
	"    {\"SPDXID\": \"SPDXRef-lib\", \"name\": \"lib\", "
	"\"versionInfo\": \"2\",\n"
	"     \"supplier\": \"NOASSERTION\", \"licenseDeclared\": "
	"\"NOASSERTION\",\n"
	"     \"licenseConcluded\": \"NONE\", \"downloadLocation\": "
	"\"NOASSERTION\"},\n"
	"    {\"SPDXID\": \"SPDXRef-dev\", \"name\": \"dev\", "
	"\"downloadLocation\": \"NONE\"},\n"
	"    {\"SPDXID\": \"SPDXRef-os\", \"name\": \"os\", "
	"\"downloadLocation\": \"NONE\"}\n"
	"  ],\n"
	"  \"files\": [{\"SPDXID\": \"SPDXRef-file\", \"fileName\": \"./a.c\","
	"\n"
	"    \"checksums\": [{\"algorithm\": \"SHA1\", \"checksumValue\": "
	"\"ef\"}],\n"
	"    \"licenseConcluded\": \"GPL-2.0-or-later WITH "
	"Classpath-exception-2.0\"}],\n"
	"  \"snippets\": [{\"SPDXID\": \"SPDXRef-snip\", \"snippetFromFile\": "
	"\"SPDXRef-file\",\n"
	"    \"name\": \"fn\"}],\n"
	"  \"relationships\": [\n"
	"    {\"spdxElementId\": \"SPDXRef-DOCUMENT\", \"relationshipType\": "
	"\"DESCRIBES\",\n"
	"     \"relatedSpdxElement\": \"SPDXRef-app\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-app\", \"relationshipType\": "
	"\"DEPENDS_ON\",\n"
	"     \"relatedSpdxElement\": \"SPDXRef-lib\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-dev\", \"relationshipType\": "
	"\"DEV_DEPENDENCY_OF\",\n"
	"     \"relatedSpdxElement\": \"SPDXRef-app\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-os\", \"relationshipType\": "
	"\"CONTAINED_BY\",\n"
	"     \"relatedSpdxElement\": \"SPDXRef-app\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-lib\", \"relationshipType\": "
	"\"DEPENDS_ON\",\n"
	"     \"relatedSpdxElement\": \"NONE\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-dev\", \"relationshipType\": "
	"\"DEPENDS_ON\",\n"
	"     \"relatedSpdxElement\": \"NOASSERTION\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-app\", \"relationshipType\": "
	"\"STATIC_LINK\",\n"
	"     \"relatedSpdxElement\": \"DocumentRef-other:SPDXRef-x\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-app\", \"relationshipType\": "
	"\"GENERATED_FROM\",\n"
	"     \"relatedSpdxElement\": \"SPDXRef-os\"},\n"
	"    {\"spdxElementId\": \"SPDXRef-app\", \"relationshipType\": "
	"\"DEPENDS_ON\",\n"
	"     \"relatedSpdxElement\": \"SPDXRef-ghost\"}\n"
	"  ]\n"
	"}\n";

static void check_spdx23(struct sbom *sb, const char *what)
{
	const struct sbom_component *c;
	const struct sbom_edge *edges;
	size_t n, i;
	int found;

	is_str(sbom_format_name(sb->format), "spdx", "%s: format", what);
	is_str(sb->spec_version, "2.3", "%s: spec version", what);
	is_str(sb->name, "acme", "%s: name", what);
	is_str(sb->namespace_uri, "https://acme.example/spdx/acme-1",
	       "%s: namespace", what);
	is_str(sb->data_license, "CC0-1.0", "%s: data licence", what);
	is_int(sb->nlicenses, 1, "%s: data licence as document licence",
	       what);
	is_str(sb->timestamp, "2023-10-08T18:30:22Z", "%s: created", what);
	is_str(sb->license_list_version, "3.21", "%s: licence list", what);
	is_str(sb->comment, "made by hand", "%s: comment", what);
	is_int(sb->nauthors, 2, "%s: two creators who are no tools", what);
	is_int(sb->authors[0].kind, SBOM_ENTITY_PERSON, "%s: person", what);
	is_str(sb->authors[0].name, "Ada Lovelace", "%s: person name", what);
	is_str(sb->authors[0].email, "ada@example.com", "%s: email", what);
	is_str(sb->authors[0].text, "Person: Ada Lovelace (ada@example.com)",
	       "%s: text kept", what);
	is_int(sb->authors[1].kind, SBOM_ENTITY_ORGANIZATION,
	       "%s: organisation", what);
	is_str(sb->authors[1].name, "Acme", "%s: organisation name", what);
	ok(!sb->authors[1].email, "%s: empty parentheses, no email", what);
	is_int(sb->ntools, 2, "%s: tools", what);
	is_str(sb->tools[0].name, "syft", "%s: tool name", what);
	is_str(sb->tools[0].version, "0.60.3", "%s: tool version", what);
	is_str(sb->tools[1].name, "plain", "%s: tool without version", what);
	ok(!sb->tools[1].version, "%s: no version", what);

	is_int(sb->ncomponents, 6, "%s: packages, files, snippets", what);
	is_int(sbom_primary(sb), sbom_find_ref(sb, "SPDXRef-app"),
	       "%s: the described package is primary", what);
	is_int(sb->nroots, 2, "%s: two roots", what);
	c = find(sb, "SPDXRef-app");
	if (!ok(c != NULL, "%s: the app package", what))
		return;
	is_int(c->element, SBOM_ELEMENT_PACKAGE, "%s: a package", what);
	is_str(c->name, "app", "%s: name", what);
	is_str(c->version, "1.0", "%s: versionInfo", what);
	is_str(c->filename, "app-1.0.tgz", "%s: packageFileName", what);
	is_str(c->download, "https://acme.example/app-1.0.tgz",
	       "%s: downloadLocation", what);
	is_str(c->homepage, "https://acme.example", "%s: homepage", what);
	is_str(c->copyright, "(c) Acme", "%s: copyright", what);
	is_str(c->description, "an app", "%s: summary as description", what);
	is_str(c->type, "operating-system", "%s: purpose", what);
	is_int(c->supplier.kind, SBOM_ENTITY_ORGANIZATION,
	       "%s: supplier kind", what);
	is_str(c->supplier.name, "Acme GmbH", "%s: supplier name", what);
	is_str(c->supplier.email, "sec@acme.example", "%s: supplier email",
	       what);
	is_str(c->manufacturer.name, "Bob", "%s: originator", what);
	is_int(c->nhashes, 2, "%s: checksums", what);
	is_str(c->hashes[0].alg, "SHA-256", "%s: SHA256 normalised", what);
	is_str(c->hashes[0].alg_raw, "SHA256", "%s: as written", what);
	is_str(c->hashes[1].alg, "BLAKE2b-512", "%s: BLAKE2b", what);
	is_int(c->nlicenses, 2, "%s: declared and concluded", what);
	is_int(c->licenses[0].ack, SBOM_ACK_DECLARED, "%s: declared", what);
	is_int(c->licenses[0].kind, SBOM_LICENSE_ID, "%s: an id", what);
	is_int(c->licenses[1].ack, SBOM_ACK_CONCLUDED, "%s: concluded",
	       what);
	is_int(c->licenses[1].kind, SBOM_LICENSE_EXPRESSION,
	       "%s: an expression", what);
	is_str(c->purl, "pkg:npm/app@1.0", "%s: purl from refs", what);
	is_str(c->cpe, "cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*",
	       "%s: cpe from refs", what);
	is_int(c->nrefs, 3, "%s: all refs kept", what);
	is_str(c->refs[2].category, "SECURITY", "%s: ref category", what);
	is_str(c->refs[2].type, "advisory", "%s: ref type", what);

	c = find(sb, "SPDXRef-lib");
	is_int(c->supplier.kind, SBOM_ENTITY_NOASSERTION,
	       "%s: NOASSERTION supplier", what);
	is_int(c->licenses[0].kind, SBOM_LICENSE_NOASSERTION,
	       "%s: NOASSERTION licence", what);
	is_int(c->licenses[1].kind, SBOM_LICENSE_NONE, "%s: NONE licence",
	       what);
	is_str(c->deps_completeness, "complete",
	       "%s: DEPENDS_ON NONE is complete", what);
	ok(c->deps_declared, "%s: and declared", what);
	is_str(find(sb, "SPDXRef-dev")->deps_completeness, "unknown",
	       "%s: DEPENDS_ON NOASSERTION is unknown", what);

	c = find(sb, "SPDXRef-file");
	is_int(c->element, SBOM_ELEMENT_FILE, "%s: a file", what);
	is_str(c->name, "./a.c", "%s: fileName", what);
	is_str(c->filename, "./a.c", "%s: file filename", what);
	is_str(c->hashes[0].alg, "SHA-1", "%s: SHA1", what);
	is_int(c->licenses[0].kind, SBOM_LICENSE_EXPRESSION,
	       "%s: WITH makes an expression", what);
	is_int(find(sb, "SPDXRef-snip")->element, SBOM_ELEMENT_SNIPPET,
	       "%s: a snippet", what);

	ok(has_dep(sb, "SPDXRef-app", "SPDXRef-lib"), "%s: DEPENDS_ON", what);
	ok(has_dep(sb, "SPDXRef-app", "SPDXRef-dev"),
	   "%s: DEV_DEPENDENCY_OF turned", what);
	ok(has_dep(sb, "SPDXRef-app", "SPDXRef-os"),
	   "%s: CONTAINED_BY turned", what);
	ok(has_dep(sb, "SPDXRef-app", "SPDXRef-file"), "%s: hasFiles", what);
	ok(has_dep(sb, "SPDXRef-file", "SPDXRef-snip"),
	   "%s: snippetFromFile", what);
	n = sbom_edges_from(&edges, sb, (size_t)sbom_find_ref(sb,
							      "SPDXRef-app"));
	for (i = 0, found = 0; i < n; i++)
		if (edges[i].kind == SBOM_EDGE_OTHER &&
		    !strcmp(edges[i].type, "GENERATED_FROM"))
			found = 1;
	ok(found, "%s: other relationships are edges too", what);
	for (i = 0, found = 0; i < n; i++)
		if (!strcmp(edges[i].type, "DEV_DEPENDENCY_OF"))
			found = edges[i].kind == SBOM_EDGE_DEPENDS;
	ok(found, "%s: the edge keeps its type", what);
	is_int(count_code(sb, "dangling-ref"), 1,
	       "%s: one dangling ref, the external one is none", what);
	is_int(sbom_count_errors(sb), 0, "%s: no errors", what);
	show_problems(sb);
}

static void test_spdx23_json(void)
{
	struct sbom *sb = load(spdx23_json);
	unsigned line, column;

	if (!ok(sb != NULL, "spdx 2.3 json loads"))
		return;
	is_int(sb->encoding, SBOM_ENCODING_JSON, "2.3 json: encoding");
	check_spdx23(sb, "2.3 json");
	sbom_position(&line, &column, sb, find(sb, "SPDXRef-app")->loc);
	ok(line == 16 && column == 5, "2.3 json: package position");
	sbom_free(sb);
}

static void test_spdx22(void)
{
	static const char doc[] =
		"{\"spdxVersion\": \"SPDX-2.2\", \"SPDXID\": "
		"\"SPDXRef-DOCUMENT\",\n"
		" \"documentDescribes\": [\"SPDXRef-a\"],\n"
		" \"packages\": [{\"SPDXID\": \"SPDXRef-a\", \"name\": \"a\"},"
		"\n"
		"   {\"name\": \"nameless-id\"}, {\"SPDXID\": "
		"\"SPDXRef-b\"}]}\n";
	struct sbom *sb = load(doc);

	if (!ok(sb != NULL, "spdx 2.2 loads"))
		return;
	is_str(sb->spec_version, "2.2", "2.2: spec version");
	is_int(sbom_primary(sb), 0, "2.2: documentDescribes gives the "
	       "primary");
	is_int(count_code(sb, "missing-field"), 2,
	       "2.2: a package without SPDXID, one without name");
	sbom_free(sb);

	sb = load("{\"spdxVersion\": \"SPDX-2.1\"}");
	ok(sb && count_code(sb, "spec-version") == 1,
	   "spdx 2.1 loads with a warning");
	sbom_free(sb);
}

/* The same document as spdx23_json, in YAML. */
static const char spdx23_yaml[] =
	"spdxVersion: SPDX-2.3\n"
	"dataLicense: CC0-1.0\n"
	"SPDXID: SPDXRef-DOCUMENT\n"
	"name: acme\n"
	"documentNamespace: https://acme.example/spdx/acme-1\n"
	"creationInfo:\n"
	"  created: \"2023-10-08T18:30:22Z\"\n"
	"  creators:\n"
	"    - \"Person: Ada Lovelace (ada@example.com)\"\n"
	"    - \"Organization: Acme ()\"\n"
	"    - \"Tool: syft-0.60.3\"\n"
	"    - \"Tool: plain\"\n"
	"  licenseListVersion: \"3.21\"\n"
	"  comment: made by hand\n"
	"documentDescribes: [SPDXRef-file, SPDXRef-app]\n"
	"packages:\n"
	"  - SPDXID: SPDXRef-app\n"
	"    name: app\n"
	"    versionInfo: \"1.0\"\n"
	"    packageFileName: app-1.0.tgz\n"
	"    supplier: \"Organization: Acme GmbH (sec@acme.example)\"\n"
	"    originator: \"Person: Bob\"\n"
	"    downloadLocation: https://acme.example/app-1.0.tgz\n"
	"    homepage: https://acme.example\n"
	"    copyrightText: (c) Acme\n"
	"    summary: an app\n"
	"    primaryPackagePurpose: OPERATING-SYSTEM\n"
	"    checksums:\n"
	"      - algorithm: SHA256\n"
	"        checksumValue: ab\n"
	"      - algorithm: BLAKE2b-512\n"
	"        checksumValue: cd\n"
	"    licenseDeclared: MIT\n"
	"    licenseConcluded: (MIT AND BSD-2-Clause)\n"
	"    externalRefs:\n"
	"      - referenceCategory: PACKAGE-MANAGER\n"
	"        referenceType: purl\n"
	"        referenceLocator: pkg:npm/app@1.0\n"
	"      - referenceCategory: SECURITY\n"
	"        referenceType: cpe23Type\n"
	"        referenceLocator: \"cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*\"\n"
	"      - referenceCategory: SECURITY\n"
	"        referenceType: advisory\n"
	"        referenceLocator: https://nvd.example/CVE-1\n"
	"    hasFiles: [SPDXRef-file]\n"
	"  - SPDXID: SPDXRef-lib\n"
	"    name: lib\n"
	"    versionInfo: \"2\"\n"
	"    supplier: NOASSERTION\n"
	"    licenseDeclared: NOASSERTION\n"
	"    licenseConcluded: NONE\n"
	"    downloadLocation: NOASSERTION\n"
	"  - {SPDXID: SPDXRef-dev, name: dev, downloadLocation: NONE}\n"
	"  - {SPDXID: SPDXRef-os, name: os, downloadLocation: NONE}\n"
	"files:\n"
	"  - SPDXID: SPDXRef-file\n"
	"    fileName: ./a.c\n"
	"    checksums: [{algorithm: SHA1, checksumValue: ef}]\n"
	"    licenseConcluded: GPL-2.0-or-later WITH Classpath-exception-2.0\n"
	"snippets:\n"
	"  - {SPDXID: SPDXRef-snip, snippetFromFile: SPDXRef-file, name: fn}\n"
	"relationships:\n"
	"  - {spdxElementId: SPDXRef-DOCUMENT, relationshipType: DESCRIBES, "
	"relatedSpdxElement: SPDXRef-app}\n"
	"  - {spdxElementId: SPDXRef-app, relationshipType: DEPENDS_ON, "
	"relatedSpdxElement: SPDXRef-lib}\n"
	"  - {spdxElementId: SPDXRef-dev, relationshipType: DEV_DEPENDENCY_OF,"
	" relatedSpdxElement: SPDXRef-app}\n"
	"  - {spdxElementId: SPDXRef-os, relationshipType: CONTAINED_BY, "
	"relatedSpdxElement: SPDXRef-app}\n"
	"  - {spdxElementId: SPDXRef-lib, relationshipType: DEPENDS_ON, "
	"relatedSpdxElement: NONE}\n"
	"  - {spdxElementId: SPDXRef-dev, relationshipType: DEPENDS_ON, "
	"relatedSpdxElement: NOASSERTION}\n"
	"  - {spdxElementId: SPDXRef-app, relationshipType: STATIC_LINK, "
	"relatedSpdxElement: \"DocumentRef-other:SPDXRef-x\"}\n"
	"  - {spdxElementId: SPDXRef-app, relationshipType: GENERATED_FROM, "
	"relatedSpdxElement: SPDXRef-os}\n"
	"  - {spdxElementId: SPDXRef-app, relationshipType: DEPENDS_ON, "
	"relatedSpdxElement: SPDXRef-ghost}\n";

static void test_spdx23_yaml(void)
{
	struct sbom *sb = load_as("t.spdx.yaml", spdx23_yaml);
	const struct sbom_problem *p;
	unsigned line, column;

	if (!ok(sb != NULL, "spdx 2.3 yaml loads"))
		return;
	is_int(sb->encoding, SBOM_ENCODING_YAML, "2.3 yaml: encoding");
	check_spdx23(sb, "2.3 yaml");
	sbom_position(&line, &column, sb, find(sb, "SPDXRef-app")->loc);
	ok(line == 17 && column == 5, "2.3 yaml: package position %u:%u",
	   line, column);
	p = first_code(sb, "dangling-ref");
	ok(p && p->line == 71, "2.3 yaml: a problem's line");
	sbom_free(sb);

	sb = load_as("t.yaml", "spdxVersion: SPDX-2.3\npackages: 5\n");
	ok(sb && count_code(sb, "wrong-type") == 1,
	   "yaml: a scalar for a list is the wrong type");
	sbom_free(sb);
}

static const char spdx3_doc[] =
	"{\"@context\": \"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\",\n"
	" \"@graph\": [\n"
	"  {\"@id\": \"_:ci\", \"type\": \"CreationInfo\", \"specVersion\": "
	"\"3.0.1\",\n"
	"   \"created\": \"2024-01-01T00:00:00Z\", \"createdBy\": "
	"[\"urn:ada\"],\n"
	"   \"createdUsing\": [\"urn:tool\"], \"comment\": \"c\"},\n"
	"  {\"spdxId\": \"urn:ada\", \"type\": \"Person\", \"name\": \"Ada\",\n"
	"   \"creationInfo\": \"_:ci\", \"externalIdentifier\": [{\"type\": "
	"\"ExternalIdentifier\",\n"
	"     \"externalIdentifierType\": \"email\", \"identifier\": "
	"\"ada@example.com\"}]},\n"
	"  {\"spdxId\": \"urn:tool\", \"type\": \"Tool\", \"name\": \"gen-3\","
	" \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:acme\", \"type\": \"Organization\", \"name\": "
	"\"Acme\", \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:app\", \"type\": \"software_Package\", "
	"\"name\": \"app\",\n"
	"   \"creationInfo\": \"_:ci\", \"software_packageVersion\": \"1.0\",\n"
	"   \"software_packageUrl\": \"pkg:npm/app@1.0\",\n"
	"   \"software_primaryPurpose\": \"operatingSystem\",\n"
	"   \"software_downloadLocation\": \"https://acme.example/app.tgz\",\n"
	"   \"software_copyrightText\": \"(c) Acme\", \"summary\": \"an app\","
	"\n"
	"   \"suppliedBy\": \"urn:acme\", \"originatedBy\": [\"urn:ada\"],\n"
	"   \"verifiedUsing\": [{\"type\": \"Hash\", \"algorithm\": "
	"\"sha256\", \"hashValue\": \"ab\"},\n"
	"     {\"type\": \"Hash\", \"algorithm\": \"sha3_512\", "
	"\"hashValue\": \"cd\"}],\n"
	"   \"externalIdentifier\": [{\"type\": \"ExternalIdentifier\",\n"
	"     \"externalIdentifierType\": \"cpe23\", \"identifier\": "
	"\"cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*\"}],\n"
	"   \"externalRef\": [{\"type\": \"ExternalRef\", "
	"\"externalRefType\": \"vcs\",\n"
	"     \"locator\": [\"https://git.example/app\"]}]},\n"
	"  {\"spdxId\": \"urn:lib\", \"type\": "
	"\"https://spdx.org/rdf/3.0.1/terms/Software/Package\",\n"
	"   \"name\": \"lib\", \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:test\", \"type\": \"software_Package\", "
	"\"name\": \"test\", \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:file\", \"type\": \"software_File\", \"name\": "
	"\"a.c\",\n"
	"   \"software_primaryPurpose\": \"source\", \"creationInfo\": "
	"\"_:ci\"},\n"
	"  {\"spdxId\": \"urn:lic1\", \"type\": "
	"\"simplelicensing_LicenseExpression\",\n"
	"   \"simplelicensing_licenseExpression\": \"MIT OR Apache-2.0\", "
	"\"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r1\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"dependsOn\",\n"
	"   \"from\": \"urn:app\", \"to\": [\"urn:lib\"], \"completeness\": "
	"\"complete\", \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r2\", \"type\": \"LifecycleScopedRelationship\","
	" \"relationshipType\": \"dependsOn\",\n"
	"   \"from\": \"urn:app\", \"to\": [\"urn:test\"], \"scope\": "
	"\"test\", \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r3\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"contains\",\n"
	"   \"from\": \"urn:app\", \"to\": [\"urn:file\"], \"creationInfo\": "
	"\"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r4\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"hasDeclaredLicense\",\n"
	"   \"from\": \"urn:app\", \"to\": [\"urn:lic1\"], \"creationInfo\": "
	"\"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r5\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"hasConcludedLicense\",\n"
	"   \"from\": \"urn:app\", \"to\": "
	"[\"https://spdx.org/licenses/MIT\"], \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r6\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"hasConcludedLicense\",\n"
	"   \"from\": \"urn:lib\", \"to\": "
	"[\"https://spdx.org/rdf/3.0.1/terms/Expanded/NoAssertionLicense\"],\n"
	"   \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r7\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"dependsOn\",\n"
	"   \"from\": \"urn:lib\", \"to\": "
	"[\"https://spdx.org/rdf/3.0.1/terms/Core/NoneElement\"],\n"
	"   \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:r8\", \"type\": \"Relationship\", "
	"\"relationshipType\": \"dependsOn\",\n"
	"   \"from\": \"urn:test\", \"to\": [\"urn:ghost\"], "
	"\"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:cve\", \"type\": \"security_Vulnerability\", "
	"\"name\": \"log4shell\",\n"
	"   \"description\": \"remote code\", \"security_publishedTime\": "
	"\"2021-12-10T00:00:00Z\",\n"
	"   \"externalIdentifier\": [{\"type\": \"ExternalIdentifier\",\n"
	"     \"externalIdentifierType\": \"cve\", \"identifier\": "
	"\"CVE-2021-44228\"}],\n"
	"   \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:vex1\", \"type\": "
	"\"security_VexNotAffectedVulnAssessmentRelationship\",\n"
	"   \"relationshipType\": \"doesNotAffect\", \"from\": \"urn:cve\", "
	"\"to\": [\"urn:app\"],\n"
	"   \"security_justificationType\": \"componentNotPresent\", "
	"\"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:vex2\", \"type\": "
	"\"security_VexAffectedVulnAssessmentRelationship\",\n"
	"   \"relationshipType\": \"affects\", \"from\": \"urn:cve\", \"to\": "
	"[\"urn:lib\"],\n"
	"   \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:cvss\", \"type\": "
	"\"security_CvssV3VulnAssessmentRelationship\",\n"
	"   \"relationshipType\": \"hasAssessmentFor\", \"from\": \"urn:cve\","
	" \"to\": [\"urn:lib\"],\n"
	"   \"security_score\": 10.0, \"security_severity\": \"critical\",\n"
	"   \"security_vectorString\": \"CVSS:3.1/AV:N\", \"creationInfo\": "
	"\"_:ci\"},\n"
	"  {\"spdxId\": \"urn:sbom\", \"type\": \"software_Sbom\", "
	"\"rootElement\": [\"urn:app\"],\n"
	"   \"creationInfo\": \"_:ci\"},\n"
	"  {\"spdxId\": \"urn:doc\", \"type\": \"SpdxDocument\", \"name\": "
	"\"acme-doc\",\n"
	"   \"dataLicense\": \"https://spdx.org/licenses/CC0-1.0\",\n"
	"   \"rootElement\": [\"urn:sbom\"], \"creationInfo\": \"_:ci\"}\n"
	" ]}\n";

static void test_spdx3(void)
{
	struct sbom *sb = load(spdx3_doc);
	const struct sbom_component *c;
	const struct sbom_vulnerability *v;
	const struct sbom_edge *edges;
	size_t n, i;
	int scoped = 0;

	if (!ok(sb != NULL, "spdx 3.0 loads"))
		return;
	show_problems(sb);
	is_int(sb->encoding, SBOM_ENCODING_JSON_LD, "3.0: encoding");
	is_str(sb->spec_version, "3.0.1", "3.0: spec version");
	is_str(sb->namespace_uri, "urn:doc", "3.0: document id");
	is_str(sb->name, "acme-doc", "3.0: document name");
	is_str(sb->data_license, "CC0-1.0", "3.0: data licence");
	is_str(sb->timestamp, "2024-01-01T00:00:00Z", "3.0: created");
	is_str(sb->comment, "c", "3.0: comment");
	is_int(sb->nauthors, 1, "3.0: createdBy");
	is_str(sb->authors[0].name, "Ada", "3.0: author name");
	is_str(sb->authors[0].email, "ada@example.com", "3.0: author email");
	is_int(sb->authors[0].kind, SBOM_ENTITY_PERSON, "3.0: a person");
	is_int(sb->ntools, 1, "3.0: createdUsing");
	is_str(sb->tools[0].name, "gen-3", "3.0: tool name");
	is_int(sb->ncomponents, 4, "3.0: packages and files");
	is_int(sbom_primary(sb), sbom_find_ref(sb, "urn:app"),
	       "3.0: the SBOM's root is the primary");

	c = find(sb, "urn:app");
	if (!ok(c != NULL, "3.0: the app"))
		return;
	is_str(c->version, "1.0", "3.0: version");
	is_str(c->purl, "pkg:npm/app@1.0", "3.0: purl");
	is_str(c->type, "operating-system", "3.0: purpose");
	is_str(c->download, "https://acme.example/app.tgz", "3.0: download");
	is_str(c->copyright, "(c) Acme", "3.0: copyright");
	is_str(c->description, "an app", "3.0: summary");
	is_str(c->supplier.name, "Acme", "3.0: suppliedBy");
	is_int(c->supplier.kind, SBOM_ENTITY_ORGANIZATION,
	       "3.0: an organisation");
	is_str(c->manufacturer.name, "Ada", "3.0: originatedBy");
	is_int(c->nhashes, 2, "3.0: hashes");
	is_str(c->hashes[0].alg, "SHA-256", "3.0: sha256 normalised");
	is_str(c->hashes[1].alg, "SHA3-512", "3.0: sha3_512 normalised");
	is_str(c->cpe, "cpe:2.3:a:acme:app:1.0:*:*:*:*:*:*:*",
	       "3.0: cpe from externalIdentifier");
	is_int(c->nrefs, 2, "3.0: identifier and external ref");
	is_str(c->refs[1].type, "vcs", "3.0: externalRef type");
	is_str(c->refs[1].url, "https://git.example/app", "3.0: locator");
	is_int(c->nlicenses, 2, "3.0: licences from relationships");
	is_str(c->licenses[0].text, "MIT OR Apache-2.0",
	       "3.0: declared expression");
	is_int(c->licenses[0].ack, SBOM_ACK_DECLARED, "3.0: declared");
	is_str(c->licenses[1].text, "MIT", "3.0: a listed licence IRI");
	is_int(c->licenses[1].kind, SBOM_LICENSE_ID, "3.0: an id");
	is_str(c->deps_completeness, "complete", "3.0: completeness");
	c = find(sb, "urn:lib");
	ok(c != NULL && !strcmp(c->name, "lib"), "3.0: an IRI type");
	is_int(c->licenses[0].kind, SBOM_LICENSE_NOASSERTION,
	       "3.0: NoAssertionLicense");
	is_str(c->deps_completeness, "complete", "3.0: NoneElement");
	is_str(find(sb, "urn:file")->type, "source", "3.0: file purpose");

	ok(has_dep(sb, "urn:app", "urn:lib"), "3.0: dependsOn");
	ok(has_dep(sb, "urn:app", "urn:file"), "3.0: contains");
	n = sbom_edges_from(&edges, sb, (size_t)sbom_find_ref(sb, "urn:app"));
	for (i = 0; i < n; i++)
		if (edges[i].scope && !strcmp(edges[i].scope, "test"))
			scoped = 1;
	ok(scoped, "3.0: lifecycle scope");
	is_int(count_code(sb, "dangling-ref"), 1, "3.0: one dangling ref");

	is_int(sb->nvulnerabilities, 1, "3.0: a vulnerability");
	v = sbom_vulnerability(sb, 0);
	is_str(v->id, "CVE-2021-44228", "3.0: the CVE id");
	is_str(v->description, "remote code", "3.0: description");
	is_str(v->published, "2021-12-10T00:00:00Z", "3.0: published");
	is_int(v->naffects, 2, "3.0: two assessments");
	is_str(v->affects[0].state, "not_affected", "3.0: not affected");
	is_str(v->affects[0].justification, "componentNotPresent",
	       "3.0: justification");
	is_int(v->affects[0].component, sbom_find_ref(sb, "urn:app"),
	       "3.0: assessed component");
	is_str(v->affects[1].state, "exploitable", "3.0: affected");
	is_int(v->nratings, 1, "3.0: a CVSS rating");
	ok(v->ratings[0].has_score && v->ratings[0].score == 10.0,
	   "3.0: score");
	is_str(v->ratings[0].method, "CVSSv3", "3.0: method");
	is_str(v->ratings[0].severity, "critical", "3.0: severity");
	is_int(sbom_count_errors(sb), 0, "3.0: no errors");
	sbom_free(sb);

	sb = load("{\"@context\": "
		  "\"https://spdx.org/rdf/3.0.1/spdx-context.jsonld\","
		  " \"@graph\": [{\"type\": \"software_Package\"}, 5]}");
	ok(sb && count_code(sb, "missing-field") == 2 &&
	   count_code(sb, "wrong-type") == 1 &&
	   count_code(sb, "spec-version") == 1,
	   "3.0: an element without id or name, and a number, are problems");
	sbom_free(sb);
}

static void test_refusals(void)
{
	static const char tagvalue[] =
		"## Document\nSPDXVersion: SPDX-2.3\nDataLicense: CC0-1.0\n";
	const char *msg;

	msg = refusal("bom.xml", "<?xml version=\"1.0\"?><bom/>", 27);
	ok(strstr(msg, "bom.xml:1:1:") && strstr(msg, "XML") &&
	   strstr(msg, "not supported") && strstr(msg, "convert"),
	   "XML is refused with a clear message: %s", msg);
	msg = refusal("bom.xml", "\xef\xbb\xbf\n  <bom/>", 13);
	ok(strstr(msg, "bom.xml:2:3:") && strstr(msg, "XML"),
	   "XML after a BOM and blanks, at its position: %s", msg);
	msg = refusal("a.spdx", tagvalue, strlen(tagvalue));
	ok(strstr(msg, "a.spdx:") && strstr(msg, "tag-value") &&
	   strstr(msg, "not supported"), "tag-value is refused: %s", msg);
	msg = refusal("e.json", "  \n", 3);
	ok(strstr(msg, "e.json") && strstr(msg, "empty"), "empty: %s", msg);
	msg = refusal("a.json", "[1, 2]", 6);
	ok(strstr(msg, "a.json:1:1:") && strstr(msg, "array"),
	   "an array is no SBOM: %s", msg);
	msg = refusal("a.json", "{\"a\": 1}", 8);
	ok(strstr(msg, "not an SBOM"), "an object of nothing known: %s", msg);
	msg = refusal("a.json", "{\"bomFormat\": \"SPDX\"}", 21);
	ok(strstr(msg, "a.json:1:15:") && strstr(msg, "bomFormat"),
	   "a wrong bomFormat: %s", msg);
	msg = refusal("a.json",
		      "{\n  \"bomFormat\": \"CycloneDX\",\n  x\n}", 35);
	ok(!strncmp(msg, "a.json:3:3: ", 12),
	   "a JSON syntax error is positioned: %s", msg);
	msg = refusal("a.yaml", "name: x\n", 8);
	ok(strstr(msg, "a.yaml:1:1:") && strstr(msg, "spdxVersion"),
	   "YAML without spdxVersion: %s", msg);
	msg = refusal("a.yaml", "bomFormat: CycloneDX\n", 21);
	ok(strstr(msg, "CycloneDX has no YAML"), "CycloneDX YAML: %s", msg);
	msg = refusal("a.yaml", "a: [\n", 5);
	ok(!strncmp(msg, "a.yaml:", 7), "a YAML error is positioned: %s",
	   msg);
	msg = refusal("a.jsonld", "{\"@context\": \"https://schema.org\"}", 34);
	ok(strstr(msg, "JSON-LD") && strstr(msg, "not SPDX 3"),
	   "other JSON-LD: %s", msg);
	msg = refusal("a.json", "- 1\n- 2\n", 8);
	ok(strstr(msg, "no mapping"), "a YAML list: %s", msg);
}

static void test_parse_buf(void)
{
	struct buf in = BUF_INIT;
	struct sbom *sb;

	buf_puts(&in, "{\"bomFormat\": \"CycloneDX\", "
		 "\"specVersion\": \"1.6\"}");
	ok(sbom_parse_buf(&sb, "b.json", &in) == 0, "parse_buf loads");
	ok(in.ptr == NULL && in.len == 0, "parse_buf takes the buffer");
	sbom_free(sb);
	buf_puts(&in, "<bom/>");
	ok(sbom_parse_buf(&sb, "b.xml", &in) < 0 && !sb,
	   "parse_buf refuses");
	ok(in.ptr == NULL, "and takes the buffer all the same");
	buf_puts(&in, "spdxVersion: SPDX-2.3\n");
	ok(sbom_parse_buf(&sb, "b.yaml", &in) == 0 && in.ptr == NULL,
	   "parse_buf of YAML takes the buffer");
	sbom_free(sb);
}

static void test_helpers(void)
{
	static const struct {
		const char *in, *out;
	} algs[] = {
		{ "SHA1", "SHA-1" }, { "sha1", "SHA-1" }, { "SHA-1", "SHA-1" },
		{ "SHA224", "SHA-224" }, { "sha256", "SHA-256" },
		{ "SHA-384", "SHA-384" }, { "SHA512", "SHA-512" },
		{ "SHA3-256", "SHA3-256" }, { "sha3_384", "SHA3-384" },
		{ "SHA3_512", "SHA3-512" }, { "BLAKE2b-256", "BLAKE2b-256" },
		{ "blake2b384", "BLAKE2b-384" },
		{ "BLAKE2b_512", "BLAKE2b-512" },
		{ "BLAKE3", "BLAKE3" }, { "md5", "MD5" }, { "MD2", "MD2" },
		{ "ADLER32", "ADLER32" }, { "adler32", "ADLER32" },
		{ "streebog512", "Streebog-512" },
	};
	struct sbom *sb;
	struct sbom_entity e;
	const char *version;
	int is_tool;
	size_t i;

	for (i = 0; i < sizeof(algs) / sizeof(*algs); i++)
		is_str(sbom_hash_alg_normalise(algs[i].in), algs[i].out,
		       "hash algorithm %s", algs[i].in);
	ok(!sbom_hash_alg_normalise("crc32"), "an unknown algorithm");
	ok(!sbom_hash_alg_normalise("SHA-256-SHA-256-SHA-256-SHA-256"),
	   "a long unknown algorithm");
	ok(!sbom_hash_alg_normalise(NULL), "no algorithm");

	is_int(sbom_license_classify("MIT"), SBOM_LICENSE_ID, "an id");
	is_int(sbom_license_classify("LicenseRef-x"), SBOM_LICENSE_ID,
	       "a LicenseRef");
	is_int(sbom_license_classify("GPL-2.0+"), SBOM_LICENSE_ID,
	       "an id with +");
	is_int(sbom_license_classify("MIT OR X"), SBOM_LICENSE_EXPRESSION,
	       "an expression");
	is_int(sbom_license_classify("(MIT)"), SBOM_LICENSE_EXPRESSION,
	       "parentheses");
	is_int(sbom_license_classify("NONE"), SBOM_LICENSE_NONE, "NONE");
	is_int(sbom_license_classify("NOASSERTION"),
	       SBOM_LICENSE_NOASSERTION, "NOASSERTION");

	sb = load("{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\"}");
	memset(&e, 0, sizeof(e));
	is_tool = sbom_entity_parse(&e, &version, sb,
				    "  Tool: github.com/x/tool-v1.2.3 ");
	ok(is_tool && !strcmp(e.name, "github.com/x/tool") &&
	   !strcmp(version, "v1.2.3"), "a tool with a v version");
	memset(&e, 0, sizeof(e));
	is_tool = sbom_entity_parse(&e, &version, sb,
				    "Tool: spdx-sbom-generator-source-code");
	ok(is_tool && !version &&
	   !strcmp(e.name, "spdx-sbom-generator-source-code"),
	   "a tool whose dashes are not versions");
	memset(&e, 0, sizeof(e));
	is_tool = sbom_entity_parse(&e, &version, sb,
				    "organization: Acme (x@y) ");
	ok(!is_tool && e.kind == SBOM_ENTITY_ORGANIZATION &&
	   !strcmp(e.name, "Acme") && !strcmp(e.email, "x@y"),
	   "an organisation, prefix in any case");
	memset(&e, 0, sizeof(e));
	is_tool = sbom_entity_parse(&e, &version, sb, "Someone");
	ok(!is_tool && e.kind == SBOM_ENTITY_UNKNOWN &&
	   !strcmp(e.name, "Someone"),
	   "no prefix, unknown kind");
	memset(&e, 0, sizeof(e));
	is_tool = sbom_entity_parse(&e, &version, sb,
				    "Person: (only@mail)");
	ok(!is_tool && e.kind == SBOM_ENTITY_PERSON && !e.name &&
	   !strcmp(e.email, "only@mail"), "an email without a name");
	sbom_free(sb);

	is_str(sbom_format_name(SBOM_FORMAT_SPDX), "spdx", "format name");
	is_str(sbom_encoding_name(SBOM_ENCODING_JSON_LD), "json-ld",
	       "encoding name");
	is_str(sbom_severity_name(SBOM_WARNING), "warning", "severity");
	is_str(sbom_element_name(SBOM_ELEMENT_SNIPPET), "snippet",
	       "element name");
	is_str(sbom_entity_kind_name(SBOM_ENTITY_NOASSERTION), "noassertion",
	       "entity kind name");
	is_str(sbom_license_kind_name(SBOM_LICENSE_EXPRESSION), "expression",
	       "licence kind name");
	is_str(sbom_ack_name(SBOM_ACK_UNSPECIFIED), "", "ack name");
	is_str(sbom_edge_kind_name(SBOM_EDGE_CONTAINS), "contains",
	       "edge kind name");
}

/* A CycloneDX document of n components, i depending on i + 1 and i + 2. */
static void big_document(struct buf *b, size_t n, int dangling)
{
	size_t i;

	buf_puts(b, "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.6\",\n"
		 "\"components\": [\n");
	for (i = 0; i < n; i++)
		buf_printf(b, "%s{\"bom-ref\": \"pkg:npm/c%zu@1\", \"type\": "
			   "\"library\", \"name\": \"c%zu\", \"hashes\": "
			   "[{\"alg\": \"SHA-512\", \"content\": \"%zx\"}]}\n",
			   i ? "," : "", i, i, i);
	buf_puts(b, "], \"dependencies\": [\n");
	for (i = 0; i < n; i++)
		buf_printf(b, "%s{\"ref\": \"pkg:npm/c%zu@1\", \"dependsOn\": "
			   "[\"pkg:npm/c%zu@1\", \"pkg:npm/c%zu@1\"]}\n",
			   i ? "," : "", i, (i + 1) % n,
			   dangling ? i + n : (i + 2) % n);
	buf_puts(b, "]}\n");
}

static void test_big(void)
{
	struct buf b = BUF_INIT;
	struct sbom *sb;
	const uint32_t *deps;
	const struct sbom_component *c;
	size_t n = 30000, i, total = 0, hashes = 0;
	unsigned line, column;
	int ok_all = 1;

	big_document(&b, n, 0);
	if (!ok(sbom_parse_buf(&sb, "big.json", &b) == 0,
		"%zu components load", n))
		return;
	is_int(sb->ncomponents, n, "all components");
	is_int(sb->nedges, 2 * n, "all edges");
	for (i = 0; i < n; i++) {
		total += sbom_dependencies(&deps, sb, i);
		c = sbom_component(sb, i);
		hashes += c->nhashes;
		if (sbom_find_ref(sb, c->bom_ref) != (ssize_t)i ||
		    c->hashes[0].owner != i)
			ok_all = 0;
	}
	is_int(total, 2 * n, "every dependency, through the rows");
	is_int(hashes, n, "every hash, to its owner");
	ok(ok_all, "every ref finds its component");
	is_int(sbom_dependents(&deps, sb, 5), 2, "two dependents each");
	sbom_position(&line, &column, sb, sbom_component(sb, n - 1)->loc);
	ok(line == n + 2 && column == 2, "the last component's position");
	is_int(sb->nproblems, 0, "no problems");
	sbom_free(sb);

	/* As many dangling refs as components: past the cap. */
	n = SBOM_MAX_PROBLEMS + 50;
	big_document(&b, n, 1);
	if (!ok(sbom_parse_buf(&sb, "dangling.json", &b) == 0,
		"a document with %zu dangling refs loads", n))
		return;
	is_int(sb->nproblems, SBOM_MAX_PROBLEMS, "problems are capped");
	is_int(sb->problems_dropped, 51, "the rest are counted");
	is_str(sb->problems[0].code, "too-many-problems",
	       "and said so, first");
	is_int(sb->nedges, n, "the good edges stay");
	sbom_free(sb);
}

/*
 * Positions come from checkpoints, not from the start of the line: they
 * must agree with json_position() everywhere, on a minified document of
 * one long line, with a byte order mark, non-ASCII text and tabs.
 */
static void test_positions_long_line(void)
{
	struct buf b = BUF_INIT, copy = BUF_INIT;
	struct json_doc *doc;
	struct sbom *sb;
	const struct sbom_component *c;
	unsigned line, column, jline, jcolumn;
	size_t i, n = 3000, bad = 0;

	buf_puts(&b, "\xef\xbb\xbf{\"bomFormat\":\"CycloneDX\","
		 "\"specVersion\":\"1.6\",\"components\":[");
	for (i = 0; i < n; i++)
		buf_printf(&b, "%s{\"bom-ref\":\"r%zu\",\t\"type\":"
			   "\"library\",\"name\":\"gr\xc3\xbcn-\xe2\x82\xac"
			   "%zu\"%s}", i ? "," : "", i, i,
			   i % 200 ? "" : "\n");
	buf_puts(&b, "],\"dependencies\":[{\"ref\":\"r1\","
		 "\"dependsOn\":[\"nope\"]}]}");
	buf_add(&copy, b.ptr, b.len);
	if (!ok(json_parse(&doc, b.ptr, b.len, 0) == 0, "reference parse"))
		return;
	if (!ok(sbom_parse_buf(&sb, "long.json", &copy) == 0,
		"a long-lined document loads")) {
		json_free(doc);
		return;
	}
	for (i = 0; i < sb->ncomponents; i++) {
		c = sbom_component(sb, i);
		sbom_position(&line, &column, sb, c->loc);
		json_position(doc, c->loc, &jline, &jcolumn);
		bad += line != jline || column != jcolumn;
	}
	is_int(bad, 0, "every position agrees with json_position");
	sbom_position(&line, &column, sb, 0);
	ok(line == 1 && column == 1, "the byte order mark takes no column");
	sbom_position(&line, &column, sb, (sbom_loc)b.len + 10);
	json_position(doc, b.len, &jline, &jcolumn);
	ok(line == jline && column == jcolumn, "past the end is the end");
	json_position(doc, sb->problems[0].loc, &jline, &jcolumn);
	ok(sb->nproblems == 1 && sb->problems[0].line == jline &&
	   sb->problems[0].column == jcolumn, "a problem's position");
	sbom_free(sb);
	json_free(doc);
	buf_release(&b);
}

int main(void)
{
	test_cyclonedx_12();
	test_cyclonedx_14_vulnerabilities();
	test_cyclonedx_15();
	test_cyclonedx_16();
	test_cyclonedx_17_and_versions();
	test_cyclonedx_problems();
	test_graph_lookups();
	test_spdx23_json();
	test_spdx22();
	test_spdx23_yaml();
	test_spdx3();
	test_refusals();
	test_parse_buf();
	test_helpers();
	test_big();
	test_positions_long_line();
	return done_testing();
}
