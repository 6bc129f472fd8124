/*
 * The VEX reader: CycloneDX, OpenVEX and CSAF documents into one model of
 * statements, each format's vocabulary mapped to one, the CSAF product
 * tree resolved, and every structural problem reported where it is.
 *
 * Documents are written with ' for " to keep them readable; parse()
 * turns them back into JSON.
 */
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "vex.h"
#include "tap.h"

static struct buf text = BUF_INIT;

/* Parse a document written with ' for ". NULL when vex_parse() fails. */
static struct vex_doc *parse(const char *quoted)
{
	struct vex_doc *doc;
	size_t i;

	buf_reset(&text);
	for (i = 0; quoted[i]; i++)
		buf_putc(&text, quoted[i] == '\'' ? '"' : quoted[i]);
	if (vex_parse(&doc, "t.json", text.ptr, text.len) < 0)
		return NULL;
	return doc;
}

static const struct vex_problem *problem(const struct vex_doc *doc,
					 const char *code)
{
	size_t i;

	for (i = 0; doc && i < doc->nproblems; i++)
		if (!strcmp(doc->problems[i].code, code))
			return &doc->problems[i];
	return NULL;
}

static size_t count_code(const struct vex_doc *doc, const char *code)
{
	size_t i, n = 0;

	for (i = 0; doc && i < doc->nproblems; i++)
		n += !strcmp(doc->problems[i].code, code);
	return n;
}

static void show_problems(const struct vex_doc *doc)
{
	size_t i;

	for (i = 0; doc && i < doc->nproblems; i++)
		printf("#   %u:%u: %s: %s [%s]\n", doc->problems[i].line,
		       doc->problems[i].column,
		       vex_severity_name(doc->problems[i].severity),
		       doc->problems[i].message, doc->problems[i].code);
}

/* The first problem with code is at line:column (column 0: any). */
static void expect_at(const struct vex_doc *doc, const char *code,
		      enum vex_severity severity, unsigned line,
		      unsigned column, const char *what)
{
	const struct vex_problem *p = problem(doc, code);

	if (!ok(p && p->severity == severity && p->line == line &&
		(!column || p->column == column), "%s", what))
		show_problems(doc);
}

static void expect_clean(const struct vex_doc *doc, const char *what)
{
	if (!ok(doc && doc->nproblems == 0, "%s: no problem", what))
		show_problems(doc);
}

/* ---- CycloneDX ---- */

static const char cdx_states[] =
	"{'bomFormat': 'CycloneDX', 'specVersion': '1.5', 'version': 3,\n"
	" 'serialNumber': 'urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79',\n"
	" 'metadata': {'timestamp': '2024-01-02T03:04:05Z',\n"
	"   'authors': [{'name': 'Ada'}],\n"
	"   'component': {'bom-ref': 'app', 'name': 'App', 'version': '1.0',\n"
	"     'purl': 'pkg:generic/app@1.0'}},\n"
	" 'vulnerabilities': [\n"
	"  {'id': 'CVE-1', 'analysis': {'state': 'resolved'},\n"
	"   'affects': [{'ref': 'app'}]},\n"
	"  {'id': 'CVE-2', 'analysis': {'state': 'resolved_with_pedigree'},\n"
	"   'affects': [{'ref': 'app'}]},\n"
	"  {'id': 'CVE-3', 'analysis': {'state': 'exploitable',\n"
	"   'response': ['update', 'workaround_available']},\n"
	"   'affects': [{'ref': 'app'}]},\n"
	"  {'id': 'CVE-4', 'analysis': {'state': 'in_triage'},\n"
	"   'affects': [{'ref': 'app'}]},\n"
	"  {'id': 'CVE-5', 'analysis': {'state': 'false_positive',\n"
	"   'justification': 'code_not_present'},\n"
	"   'affects': [{'ref': 'app'}]},\n"
	"  {'id': 'CVE-6', 'analysis': {'state': 'not_affected',\n"
	"   'justification': 'code_not_reachable',\n"
	"   'response': ['will_not_fix'], 'detail': 'never called',\n"
	"   'firstIssued': '2023-05-01T00:00:00Z',\n"
	"   'lastUpdated': '2023-06-01T00:00:00Z'},\n"
	"   'affects': [{'ref': 'app'}]}\n"
	" ]}\n";

static void test_cyclonedx_states(void)
{
	static const struct {
		const char *raw;
		enum vex_status status;
	} want[] = {
		{ "resolved", VEX_STATUS_FIXED },
		{ "resolved_with_pedigree", VEX_STATUS_FIXED },
		{ "exploitable", VEX_STATUS_AFFECTED },
		{ "in_triage", VEX_STATUS_UNDER_INVESTIGATION },
		{ "false_positive", VEX_STATUS_NOT_AFFECTED },
		{ "not_affected", VEX_STATUS_NOT_AFFECTED },
	};
	struct vex_doc *doc = parse(cdx_states);
	const struct vex_statement *st;
	size_t i;

	if (!ok(doc != NULL, "cyclonedx: parses"))
		printf("#   %s\n", error_last());
	if (!doc)
		return;
	expect_clean(doc, "cyclonedx states");
	is_str(vex_format_name(doc->format), "cyclonedx", "format");
	is_str(doc->spec_version, "1.5", "spec version");
	is_str(doc->id, "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
	       "serial number is the id");
	is_str(doc->version, "3", "version, a number, as text");
	is_str(doc->author, "Ada", "author from metadata.authors");
	is_str(doc->timestamp, "2024-01-02T03:04:05Z", "timestamp");
	is_int(vex_statement_count(doc), 6, "one statement per vulnerability");
	for (i = 0; i < 6; i++) {
		st = vex_statement_at(doc, i);
		is_str(st->status_raw, want[i].raw, "state %s kept",
		       want[i].raw);
		is_str(vex_status_name(st->status),
		       vex_status_name(want[i].status), "state %s maps to %s",
		       want[i].raw, vex_status_name(want[i].status));
	}
	st = vex_statement_at(doc, 2);
	is_int(st->nresponses, 2, "exploitable: two responses");
	is_str(vex_response_at(st, 0), "update", "response 0");
	is_str(vex_response_at(st, 1), "workaround_available", "response 1");
	ok(vex_response_at(st, 2) == NULL, "response out of range is NULL");
	st = vex_statement_at(doc, 5);
	is_str(st->impact, "never called", "detail is the impact statement");
	is_str(st->timestamp, "2023-05-01T00:00:00Z",
	       "analysis.firstIssued is the statement's time");
	is_str(st->last_updated, "2023-06-01T00:00:00Z", "lastUpdated");
	st = vex_statement_at(doc, 0);
	is_str(st->timestamp, "2024-01-02T03:04:05Z",
	       "without firstIssued, the BOM's time is inherited");
	is_int(st->line, 8, "statement line: the vulnerability object");
	is_int(st->column, 3, "statement column");
	is_str(vex_ref_kind_name(st->products[0].kind), "bom-ref",
	       "a plain ref is a bom-ref");
	is_str(st->products[0].name, "App", "bom-ref resolved: name");
	is_str(st->products[0].version, "1.0", "bom-ref resolved: version");
	is_str(st->products[0].purl, "pkg:generic/app@1.0",
	       "bom-ref resolved: purl");
	vex_free(doc);
}

static void test_cyclonedx_justifications(void)
{
	static const struct {
		const char *raw;
		enum vex_justification j;
	} map[] = {
		{ "code_not_present", VEX_JUST_CODE_NOT_PRESENT },
		{ "code_not_reachable", VEX_JUST_CODE_NOT_IN_EXECUTE_PATH },
		{ "requires_configuration", VEX_JUST_CODE_NOT_CONTROLLABLE },
		{ "requires_dependency", VEX_JUST_COMPONENT_NOT_PRESENT },
		{ "requires_environment", VEX_JUST_CODE_NOT_CONTROLLABLE },
		{ "protected_by_compiler", VEX_JUST_INLINE_MITIGATIONS },
		{ "protected_at_runtime", VEX_JUST_INLINE_MITIGATIONS },
		{ "protected_at_perimeter", VEX_JUST_INLINE_MITIGATIONS },
		{ "protected_by_mitigating_control",
		  VEX_JUST_INLINE_MITIGATIONS },
	};
	size_t i;

	for (i = 0; i < sizeof(map) / sizeof(*map); i++) {
		struct buf src = BUF_INIT;
		struct vex_doc *doc;
		const struct vex_statement *st;

		buf_printf(&src, "{'bomFormat': 'CycloneDX', "
			   "'specVersion': '1.4', 'vulnerabilities': [{'id': "
			   "'CVE-9', 'analysis': {'state': 'not_affected', "
			   "'justification': '%s'}, 'affects': [{'ref': "
			   "'pkg:npm/a@1'}]}]}", map[i].raw);
		doc = parse(src.ptr);
		st = vex_statement_at(doc, 0);
		ok(st != NULL, "%s: a statement", map[i].raw);
		if (st) {
			is_str(vex_justification_name(st->justification),
			       vex_justification_name(map[i].j),
			       "justification %s maps to %s", map[i].raw,
			       vex_justification_name(map[i].j));
			is_str(st->justification_raw, map[i].raw,
			       "%s kept as written", map[i].raw);
		}
		expect_clean(doc, map[i].raw);
		vex_free(doc);
		buf_release(&src);
	}
}

static void test_cyclonedx_refs(void)
{
	struct vex_doc *doc = parse(
		"{'bomFormat': 'CycloneDX', 'specVersion': '1.6',\n"
		" 'serialNumber':\n"
		"  'urn:uuid:11111111-2222-3333-4444-555555555555',\n"
		" 'components': [{'bom-ref': 'lib', 'name': 'lib',\n"
		"   'version': '2', 'cpe': 'cpe:2.3:a:x:lib:2:*:*:*:*:*:*:*',\n"
		"   'components': [{'bom-ref': 'inner', 'name': 'Inner'}]}],\n"
		" 'vulnerabilities': [{'id': 'CVE-7',\n"
		"   'references': [{'id': 'GHSA-aaaa', 'source': {}},\n"
		"                  {'id': 'CVE-7'}],\n"
		"   'recommendation': 'upgrade to 3',\n"
		"   'analysis': {'state': 'exploitable'},\n"
		"   'affects': [\n"
		"    {'ref': 'inner'},\n"
		"  {'ref': 'urn:cdx:11111111-2222-3333-4444-"
		"555555555555/1#lib'},\n"
		"  {'ref': 'urn:cdx:aaaaaaaa-2222-3333-4444-"
		"555555555555/7#a%23b',\n"
		"   'versions': [{'version': '1.0', 'status': 'affected'},\n"
		"     {'range': 'vers:generic/>=2',\n"
		"      'status': 'unaffected'}]},\n"
		"    {'ref': 'pkg:maven/x/y@1'},\n"
		"    {'ref': 'urn:cdx:not-a-bom-link'}]}]}\n");
	const struct vex_statement *st = vex_statement_at(doc, 0);
	const struct vex_product *p;

	if (!ok(st != NULL, "refs: parses"))
		return;
	is_int(st->naliases, 1, "references[] are aliases, the id left out");
	is_str(vex_alias_at(st, 0), "GHSA-aaaa", "alias");
	is_str(st->action, "upgrade to 3", "recommendation is the action");
	ok(count_code(doc, "affected-without-action") == 0,
	   "a recommendation is an action");
	is_int(st->nproducts, 5, "five products");
	p = vex_product_at(st, 0);
	is_str(p->name, "Inner", "nested component resolved");
	p = vex_product_at(st, 1);
	is_str(vex_ref_kind_name(p->kind), "bom-link", "a BOM-Link");
	is_str(p->bom_serial, "urn:uuid:11111111-2222-3333-4444-555555555555",
	       "BOM-Link serial");
	is_str(p->bom_version, "1", "BOM-Link version");
	is_str(p->bom_ref, "lib", "BOM-Link fragment");
	is_str(p->name, "lib", "a BOM-Link to this BOM is resolved");
	is_str(p->cpe, "cpe:2.3:a:x:lib:2:*:*:*:*:*:*:*", "its cpe");
	p = vex_product_at(st, 2);
	is_str(p->bom_ref, "a#b", "the fragment is percent-decoded");
	is_str(p->bom_version, "7", "version 7");
	ok(p->name == NULL, "a BOM-Link to another BOM stays unresolved");
	is_int(p->nversions, 2, "two version entries");
	is_str(vex_version_at(p, 0)->version, "1.0", "version");
	is_str(vex_version_at(p, 0)->status, "affected", "version status");
	is_str(vex_version_at(p, 1)->range, "vers:generic/>=2", "range");
	ok(vex_version_at(p, 2) == NULL, "version out of range is NULL");
	p = vex_product_at(st, 3);
	is_str(vex_ref_kind_name(p->kind), "purl", "a purl ref");
	is_str(p->purl, "pkg:maven/x/y@1", "the purl");
	ok(vex_product_at(st, 5) == NULL, "product out of range is NULL");
	expect_at(doc, "bad-bom-link", VEX_WARNING, 20, 13,
		  "a malformed BOM-Link is a warning at its ref");
	is_int(doc->nproblems, 1, "and nothing else");
	vex_free(doc);
}

static void test_cyclonedx_problems(void)
{
	struct vex_doc *doc = parse(
		"{'bomFormat': 'CycloneDX', 'specVersion': '1.4',\n"
		" 'vulnerabilities': [\n"
		"  {'id': 'CVE-A', 'analysis': {'state': 'not_affected'},\n"
		"   'affects': [{'ref': 'x'}]},\n"
		"  {'id': 'CVE-B', 'analysis': {'state': 'not_affected',\n"
		"   'detail': 'we looked'}, 'affects': [{'ref': 'x'}]},\n"
		"  {'id': 'CVE-C', 'analysis': {'state': 'fixed'},\n"
		"   'affects': [{'ref': 'x'}]},\n"
		"  {'id': 'CVE-D', 'analysis': {'state': 'not_affected',\n"
		"   'justification': 'because'}, 'affects': [{'ref': 'x'}]},\n"
		"  {'id': 'CVE-E', 'analysis': {'state': 'exploitable'}},\n"
		"  {'id': 'CVE-F', 'affects': [{'ref': 'x'}]},\n"
		"  {'analysis': {'state': 'in_triage'},\n"
		"   'affects': {'ref': 'x'}},\n"
		"  {'id': 'CVE-H', 'analysis': {'state': 'in_triage'},\n"
		"   'affects': [{'versions': []}, 7]},\n"
		"  'junk'\n"
		" ]}\n");
	const struct vex_problem *p;

	if (!ok(doc != NULL, "problems: parses"))
		return;
	expect_at(doc, "not-affected-without-justification", VEX_ERROR, 3, 3,
		  "not_affected without justification: at the statement");
	p = problem(doc, "not-affected-without-justification");
	ok(p && strstr(p->message, "CVE-A"), "naming the vulnerability");
	is_int(count_code(doc, "not-affected-without-justification"), 1,
	   "only CVE-A lacks any reason");
	expect_at(doc, "justification-free-text", VEX_WARNING, 5, 0,
		  "detail alone: a warning, not an error");
	expect_at(doc, "unknown-status", VEX_ERROR, 7, 41,
		  "an unknown state: an error at the state");
	is_int(vex_statement_at(doc, 2)->status, VEX_STATUS_UNKNOWN,
	       "its status is unknown");
	is_str(vex_statement_at(doc, 2)->status_raw, "fixed",
	       "its state is kept");
	expect_at(doc, "unknown-justification", VEX_ERROR, 10, 21,
		  "an unknown justification: at the justification");
	is_int(vex_statement_at(doc, 3)->justification,
	       VEX_JUST_UNKNOWN, "justification unknown");
	ok(count_code(doc, "not-affected-without-justification") == 1,
	   "an unknown justification is not also reported as none");
	expect_at(doc, "no-affects", VEX_WARNING, 11, 0,
		  "no affects: a warning");
	ok(problem(doc, "affected-without-action") &&
	   problem(doc, "affected-without-action")->line == 11,
	   "exploitable with no response: a warning");
	expect_at(doc, "no-analysis", VEX_WARNING, 12, 0,
		  "no analysis: a warning");
	is_int(vex_statement_at(doc, 5)->status, VEX_STATUS_UNKNOWN,
	       "and the status is unknown");
	expect_at(doc, "missing-vulnerability", VEX_ERROR, 13, 0,
		  "a vulnerability without id");
	ok(count_code(doc, "wrong-type") == 3,
	   "affects as an object, an affects entry and a vulnerability of "
	   "the wrong type");
	expect_at(doc, "missing-field", VEX_ERROR, 16, 16,
		  "an affects without ref: at the entry");
	is_int(vex_statement_count(doc), 8, "eight statements");
	ok(vex_count_errors(doc) >= 7, "errors are counted");
	vex_free(doc);
}

static void test_cyclonedx_sbom(void)
{
	struct vex_doc *doc;

	doc = parse("{'bomFormat': 'CycloneDX', 'specVersion': '1.3',\n"
		    " 'components': [{'bom-ref': 'a', 'name': 'a'}]}");
	ok(doc && doc->nstatements == 0 && doc->nproblems == 0,
	   "an SBOM without vulnerabilities: no statement, no problem");
	vex_free(doc);
	doc = parse("{'bomFormat': 'CycloneDX', 'specVersion': '1.3',\n"
		    " 'components': [{'bom-ref': 'a', 'name': 'a',\n"
		    "   'purl': 'pkg:npm/a@1'}],\n"
		    " 'vulnerabilities': [{'id': 'CVE-1', 'analysis': "
		    "{'state': 'resolved'}, 'affects': [{'ref': 'a'}]}]}");
	ok(doc && problem(doc, "spec-version") &&
	   problem(doc, "spec-version")->line == 1,
	   "vulnerabilities in a 1.3 BOM: a warning at specVersion");
	ok(doc && doc->nstatements == 1 &&
	   !strcmp(doc->statements[0].products[0].purl, "pkg:npm/a@1"),
	   "embedded vulnerabilities resolve the SBOM's components");
	vex_free(doc);
}

/* ---- OpenVEX ---- */

static const char openvex_doc[] =
	"{'@context': 'https://openvex.dev/ns/v0.2.0',\n"
	" '@id': 'https://example.com/vex/1', 'author': 'Ada',\n"
	" 'timestamp': '2024-02-03T04:05:06Z', 'version': 2,\n"
	" 'statements': [\n"
	"  {'vulnerability': {'@id': 'https://nvd.example/CVE-1',\n"
	"     'name': 'CVE-1', 'aliases': ['GHSA-1', 'OSV-1']},\n"
	"   'products': [{'@id': 'pkg:oci/app@sha256%3Aabc',\n"
	"     'identifiers': {'cpe23': 'cpe:2.3:a:x:app:1:*:*:*:*:*:*:*'},\n"
	"     'subcomponents': [{'@id': 'pkg:golang/lib@1.2'},\n"
	"       {'identifiers': {'purl': 'pkg:golang/other@3'}}]}],\n"
	"   'status': 'not_affected',\n"
	"   'justification': 'vulnerable_code_not_in_execute_path',\n"
	"   'impact_statement': 'the parser is never used'},\n"
	"  {'vulnerability': {'name': 'CVE-2'},\n"
	"   'products': [{'@id': 'https://example.com/product/app'}],\n"
	"   'status': 'affected', 'action_statement': 'update to 2.0',\n"
	"   'timestamp': '2024-03-01T00:00:00Z'},\n"
	"  {'vulnerability': {'name': 'CVE-3'},\n"
	"   'products': [{'@id': 'pkg:npm/a@1'}], 'status': 'fixed'},\n"
	"  {'vulnerability': {'name': 'CVE-4'},\n"
	"   'products': [{'@id': 'pkg:npm/a@1'}],\n"
	"   'status': 'under_investigation'}\n"
	" ]}\n";

static void test_openvex(void)
{
	static const char *const labels[] = {
		"component_not_present", "vulnerable_code_not_present",
		"vulnerable_code_not_in_execute_path",
		"vulnerable_code_cannot_be_controlled_by_adversary",
		"inline_mitigations_already_exist",
	};
	struct vex_doc *doc = parse(openvex_doc);
	const struct vex_statement *st;
	const struct vex_product *p;
	size_t i;

	if (!ok(doc != NULL, "openvex: parses"))
		return;
	expect_clean(doc, "openvex");
	is_str(vex_format_name(doc->format), "openvex", "format");
	is_str(doc->spec_version, "https://openvex.dev/ns/v0.2.0", "context");
	is_str(doc->id, "https://example.com/vex/1", "@id");
	is_str(doc->author, "Ada", "author");
	is_str(doc->version, "2", "version");
	is_int(doc->nstatements, 4, "four statements");
	st = vex_statement_at(doc, 0);
	is_str(st->vulnerability, "CVE-1", "vulnerability.name");
	is_int(st->naliases, 2, "aliases");
	is_str(vex_alias_at(st, 1), "OSV-1", "second alias");
	is_str(vex_status_name(st->status), "not_affected", "not_affected");
	is_str(vex_justification_name(st->justification),
	       "vulnerable_code_not_in_execute_path", "justification");
	is_str(st->impact, "the parser is never used", "impact statement");
	is_str(st->timestamp, "2024-02-03T04:05:06Z",
	       "the document's timestamp is inherited");
	p = vex_product_at(st, 0);
	is_str(vex_ref_kind_name(p->kind), "purl", "a purl @id");
	is_str(p->purl, "pkg:oci/app@sha256%3Aabc", "purl from @id");
	is_str(p->cpe, "cpe:2.3:a:x:app:1:*:*:*:*:*:*:*", "cpe23");
	is_int(p->nsubcomponents, 2, "two subcomponents");
	is_str(vex_subcomponent_at(p, 0)->purl, "pkg:golang/lib@1.2",
	       "a subcomponent by @id");
	is_str(vex_ref_kind_name(vex_subcomponent_at(p, 1)->kind), "none",
	       "a subcomponent by identifiers only has no ref");
	is_str(vex_subcomponent_at(p, 1)->purl, "pkg:golang/other@3",
	       "its purl");
	ok(vex_subcomponent_at(p, 2) == NULL, "subcomponent out of range");
	is_int(p->line, 7, "product line");
	is_int(p->column, 17, "product column");
	st = vex_statement_at(doc, 1);
	is_str(vex_ref_kind_name(st->products[0].kind), "iri",
	       "an https @id is an IRI");
	is_str(st->action, "update to 2.0", "action statement");
	is_str(st->timestamp, "2024-03-01T00:00:00Z",
	       "a statement's own timestamp wins");
	is_str(vex_status_name(vex_statement_at(doc, 2)->status), "fixed",
	       "fixed");
	is_str(vex_status_name(vex_statement_at(doc, 3)->status),
	       "under_investigation", "under_investigation");
	is_int(vex_statement_at(doc, 3)->line, 20, "statement line");
	is_int(vex_statement_at(doc, 3)->column, 3, "statement column");
	vex_free(doc);

	for (i = 0; i < 5; i++) {
		struct buf src = BUF_INIT;

		buf_printf(&src, "{'@context': 'https://openvex.dev/ns/v0.2.0',"
			   " '@id': 'x', 'author': 'a', 'timestamp': 't', "
			   "'version': 1, 'statements': [{'vulnerability': "
			   "{'name': 'CVE-1'}, 'products': [{'@id': 'p'}], "
			   "'status': 'not_affected', 'justification': '%s'}]}",
			   labels[i]);
		doc = parse(src.ptr);
		ok(doc && doc->nstatements == 1 &&
		   !strcmp(vex_justification_name(
				   doc->statements[0].justification),
			   labels[i]) && doc->nproblems == 0,
		   "openvex justification %s", labels[i]);
		vex_free(doc);
		buf_release(&src);
	}
}

static void test_openvex_v001(void)
{
	struct vex_doc *doc = parse(
		"{'@context': 'https://openvex.dev/ns',\n"
		" '@id': 'https://example.com/old', 'author': 'Bob',\n"
		" 'timestamp': '2023-01-08T18:02:03Z', 'version': '1',\n"
		" 'statements': [{'vulnerability': 'CVE-2023-1',\n"
		"   'products': ['pkg:apk/wolfi/git@2.39.0-r1?arch=x86_64',\n"
		"                'pkg:apk/wolfi/git@2.39.0-r1?arch=armv7'],\n"
		"   'subcomponents': ['pkg:golang/x/net@0.1'],\n"
		"   'status': 'fixed'}]}\n");
	const struct vex_statement *st = vex_statement_at(doc, 0);

	if (!ok(st != NULL, "openvex v0.0.1: parses"))
		return;
	expect_clean(doc, "openvex v0.0.1");
	is_str(st->vulnerability, "CVE-2023-1", "a bare-string vulnerability");
	is_int(st->nproducts, 2, "bare-string products");
	is_str(st->products[1].purl, "pkg:apk/wolfi/git@2.39.0-r1?arch=armv7",
	       "purl of a bare-string product");
	ok(st->products[0].nsubcomponents == 1 &&
	   st->products[1].nsubcomponents == 1 &&
	   !strcmp(st->products[1].subcomponents[0].purl,
		   "pkg:golang/x/net@0.1"),
	   "statement-level subcomponents belong to every product");
	is_str(doc->version, "1", "a string version");
	vex_free(doc);
}

static void test_openvex_problems(void)
{
	struct vex_doc *doc = parse(
		"{'@context': 'https://openvex.dev/ns/v0.2.0',\n"
		" 'statements': [\n"
		"  {'vulnerability': {'name': 'CVE-1'},\n"
		"   'products': [{'@id': 'p'}], 'status': 'not_affected'},\n"
		"  {'vulnerability': {'name': 'CVE-2'},\n"
		"   'products': [{'@id': 'p'}], 'status': 'not_affected',\n"
		"   'impact_statement': 'not built in'},\n"
		"  {'vulnerability': {'name': 'CVE-3'},\n"
		"   'products': [{'@id': 'p'}], 'status': 'affected'},\n"
		"  {'vulnerability': {'name': 'CVE-4'}, 'status': 'fixed'},\n"
		"  {'vulnerability': {}, 'products': [{'@id': 'p'}],\n"
		"   'status': 'fixed'},\n"
		"  {'vulnerability': {'name': 'CVE-6'},\n"
		"   'products': [{'@id': 'p'}]},\n"
		"  {'vulnerability': {'name': 'CVE-7'},\n"
		"   'products': [{'@id': 'p'}], 'status': 'unaffected'},\n"
		"  {'vulnerability': {'name': 'CVE-8'},\n"
		"   'products': [{'@id': 'p'}], 'status': 'not_affected',\n"
		"   'justification': 'code_not_present'},\n"
		"  {'vulnerability': {'name': 'CVE-9'},\n"
		"   'products': [{'hashes': {}}], 'status': 'fixed'}\n"
		" ]}\n");
	const struct vex_problem *p;

	if (!ok(doc != NULL, "openvex problems: parses"))
		return;
	is_int(count_code(doc, "missing-field"), 4,
	       "@id, author, timestamp and version are missing");
	expect_at(doc, "not-affected-without-justification", VEX_ERROR, 3, 3,
		  "not_affected without justification: an error");
	expect_at(doc, "justification-free-text", VEX_WARNING, 5, 0,
		  "impact statement only: a warning");
	expect_at(doc, "affected-without-action", VEX_WARNING, 8, 0,
		  "affected without action statement");
	is_int(count_code(doc, "no-product"), 2,
	       "a statement without products, a product without id");
	expect_at(doc, "no-product", VEX_ERROR, 10, 3,
		  "no products: at the statement");
	ok(doc->problems[doc->nproblems - 1].line == 21 &&
	   doc->problems[doc->nproblems - 1].column == 17,
	   "a product without id: at the product, and only there");
	expect_at(doc, "missing-vulnerability", VEX_ERROR, 11, 21,
		  "an empty vulnerability: at it");
	expect_at(doc, "missing-status", VEX_ERROR, 13, 0,
		  "a statement without status");
	expect_at(doc, "unknown-status", VEX_ERROR, 16, 42,
		  "a CycloneDX-style status in OpenVEX is unknown");
	expect_at(doc, "unknown-justification", VEX_ERROR, 19, 21,
		  "a CycloneDX justification in OpenVEX is unknown");
	vex_free(doc);

	doc = parse("{'@context': 'https://openvex.dev/ns/v0.2.0', '@id': 'x',"
		    " 'author': 'a', 'timestamp': 't', 'version': 1,\n"
		    " 'statements': []}");
	expect_at(doc, "no-statements", VEX_ERROR, 2, 16,
		  "empty statements");
	vex_free(doc);
	doc = parse("{'@context': 'https://openvex.dev/ns/v0.2.0', '@id': 'x',"
		    " 'author': 'a', 'timestamp': 't', 'version': 1,\n"
		    " 'statements': {}}");
	p = problem(doc, "wrong-type");
	ok(p && strstr(p->message, "'statements' is an object, not an array"),
	   "statements of the wrong type");
	vex_free(doc);
}

/* ---- CSAF ---- */

static const char csaf_doc[] =
	"{'document': {'category': 'csaf_vex', 'csaf_version': '2.0',\n"
	"  'publisher': {'name': 'Acme PSIRT', 'category': 'vendor',\n"
	"    'namespace': 'https://acme.example'},\n"
	"  'title': 't', 'tracking': {'id': 'ACME-2024-1', 'version': '3',\n"
	"    'current_release_date': '2024-04-01T00:00:00Z'}},\n"
	" 'product_tree': {\n"
	"  'branches': [{'category': 'vendor', 'name': 'Acme',\n"
	"   'branches': [{'category': 'product_name', 'name': 'Router',\n"
	"    'branches': [{'category': 'product_version', 'name': '1.0',\n"
	"     'product': {'name': 'Acme Router 1.0', 'product_id': 'R1',\n"
	"      'product_identification_helper': {\n"
	"       'cpe': 'cpe:2.3:h:acme:router:1.0:*:*:*:*:*:*:*'}}},\n"
	"     {'category': 'product_version', 'name': '2.0',\n"
	"     'product': {'name': 'Acme Router 2.0',\n"
	"      'product_id': 'R2'}}]}]}],\n"
	"  'full_product_names': [{'name': 'openssl 3.0.1',\n"
	"    'product_id': 'SSL',\n"
	"    'product_identification_helper': {\n"
	"     'purl': 'pkg:generic/openssl@3.0.1'}}],\n"
	"  'relationships': [{'category': 'default_component_of',\n"
	"    'product_reference': 'SSL',\n"
	"    'relates_to_product_reference': 'R1',\n"
	"    'full_product_name': {'name': 'openssl 3.0.1 in Router 1.0',\n"
	"      'product_id': 'R1:SSL'}}],\n"
	"  'product_groups': [{'group_id': 'ALL',\n"
	"    'product_ids': ['R1', 'R2']}]},\n"
	" 'vulnerabilities': [\n"
	"  {'cve': 'CVE-2024-1', 'ids': [{'system_name': 'GHSA',\n"
	"     'text': 'GHSA-xxxx'}],\n"
	"   'product_status': {'known_not_affected': ['R1', 'R2'],\n"
	"     'known_affected': ['R1:SSL'], 'recommended': ['R2']},\n"
	"   'flags': [{'label': 'vulnerable_code_not_in_execute_path',\n"
	"     'product_ids': ['R1']}],\n"
	"   'threats': [{'category': 'impact', 'details': 'no TLS',\n"
	"     'group_ids': ['ALL']},\n"
	"    {'category': 'exploit_status', 'details': 'none',\n"
	"     'product_ids': ['R1:SSL']}],\n"
	"   'remediations': [{'category': 'vendor_fix',\n"
	"     'details': 'upgrade', 'product_ids': ['R1:SSL']},\n"
	"    {'category': 'workaround', 'details': 'disable TLS',\n"
	"     'product_ids': ['R1:SSL']}]},\n"
	"  {'cve': 'CVE-2024-2',\n"
	"   'product_status': {'fixed': ['R2'], 'first_fixed': ['R2'],\n"
	"     'under_investigation': ['R1']}}\n"
	" ]}\n";

static void test_csaf(void)
{
	struct vex_doc *doc = parse(csaf_doc);
	const struct vex_statement *st;
	const struct vex_product *p;

	if (!ok(doc != NULL, "csaf: parses"))
		return;
	is_int(doc->nproblems, 1, "csaf: one problem");
	expect_at(doc, "justification-free-text", VEX_WARNING, 30, 52,
		  "R2 is not affected for a reason in prose only");
	is_str(vex_format_name(doc->format), "csaf", "format");
	is_str(doc->spec_version, "2.0", "csaf_version");
	is_str(doc->id, "ACME-2024-1", "tracking.id");
	is_str(doc->version, "3", "tracking.version");
	is_str(doc->author, "Acme PSIRT", "publisher.name");
	is_str(doc->timestamp, "2024-04-01T00:00:00Z", "current release");
	is_int(doc->nstatements, 6,
	       "one statement per product id, recommended left out");

	st = vex_statement_at(doc, 0);
	is_str(st->vulnerability, "CVE-2024-1", "cve");
	is_int(st->naliases, 1, "ids[] are aliases");
	is_str(vex_alias_at(st, 0), "GHSA-xxxx", "alias");
	is_str(st->status_raw, "known_not_affected", "status kept");
	is_str(vex_status_name(st->status), "not_affected", "not_affected");
	is_str(vex_justification_name(st->justification),
	       "vulnerable_code_not_in_execute_path", "flag label");
	is_str(st->justification_raw, "vulnerable_code_not_in_execute_path",
	       "flag label kept");
	is_str(st->impact, "no TLS", "an impact threat through a group");
	is_str(st->timestamp, "2024-04-01T00:00:00Z", "document time");
	is_int(st->line, 30, "statement line: the product id");
	is_int(st->column, 46, "statement column");
	p = vex_product_at(st, 0);
	is_str(vex_ref_kind_name(p->kind), "csaf-product-id", "product id");
	is_str(p->ref, "R1", "its id");
	is_str(p->name, "Acme Router 1.0", "resolved from the branches");
	is_str(p->cpe, "cpe:2.3:h:acme:router:1.0:*:*:*:*:*:*:*", "its cpe");

	st = vex_statement_at(doc, 1);
	is_str(st->products[0].name, "Acme Router 2.0", "R2 resolved");
	is_int(st->justification, VEX_JUST_NONE,
	       "no flag for R2");
	is_str(st->impact, "no TLS", "but an impact statement");

	st = vex_statement_at(doc, 2);
	is_str(vex_status_name(st->status), "affected", "known_affected");
	p = vex_product_at(st, 0);
	is_str(p->name, "openssl 3.0.1 in Router 1.0", "relationship name");
	is_str(p->purl, "pkg:generic/openssl@3.0.1",
	       "the component's purl");
	is_str(p->cpe, "cpe:2.3:h:acme:router:1.0:*:*:*:*:*:*:*",
	       "the platform's cpe");
	is_int(st->nresponses, 2, "two remediations");
	is_str(vex_response_at(st, 0), "vendor_fix", "remediation category");
	is_str(st->action, "upgrade",
	       "the first remediation's details are the action");
	ok(st->impact == NULL, "a threat of another category is no impact");

	st = vex_statement_at(doc, 3);
	is_str(st->vulnerability, "CVE-2024-2", "second vulnerability");
	is_str(vex_status_name(st->status), "fixed", "fixed");
	is_str(vex_status_name(vex_statement_at(doc, 4)->status), "fixed",
	       "first_fixed is fixed");
	is_str(vex_status_name(vex_statement_at(doc, 5)->status),
	       "under_investigation", "under_investigation");
	vex_free(doc);
}

static void test_csaf_problems(void)
{
	struct vex_doc *doc = parse(
		"{'document': {'category': 'csaf_security_advisory',\n"
		"  'csaf_version': '2.1', 'tracking': {'id': 'X'}},\n"
		" 'product_tree': {\n"
		"  'full_product_names': [\n"
		"   {'name': 'A', 'product_id': 'A',\n"
		"    'product_identification_helper': {\n"
		"     'purls': ['pkg:npm/a@1', 'pkg:npm/a@1?x=y']}},\n"
		"   {'name': 'A again', 'product_id': 'A'},\n"
		"   {'name': 'B', 'product_id': 'B'}],\n"
		"  'product_groups': [{'group_id': 'G',\n"
		"    'product_ids': ['A', 'Z']}]},\n"
		" 'vulnerabilities': [\n"
		"  {'cve': 'CVE-1',\n"
		"   'product_status': {'known_not_affected': ['A', 'NOPE'],\n"
		"     'fixed': ['A'], 'known_affected': ['B'],\n"
		"     'maybe': ['B']},\n"
		"   'flags': [{'label': 'code_not_present',\n"
		"     'group_ids': ['H']}]},\n"
		"  {'ids': []}\n"
		" ]}\n");

	if (!ok(doc != NULL, "csaf problems: parses"))
		return;
	expect_at(doc, "csaf-not-vex", VEX_WARNING, 1, 27,
		  "another CSAF profile: a warning at its category");
	expect_at(doc, "duplicate-product-id", VEX_ERROR, 8, 38,
		  "a product id defined twice: at the second");
	is_int(count_code(doc, "unknown-product-id"), 2,
	       "undefined ids in a group and a product status");
	expect_at(doc, "unknown-product-id", VEX_ERROR, 11, 26,
		  "the first: in the group");
	expect_at(doc, "contradicting-status", VEX_ERROR, 15, 16,
		  "A both not affected and fixed: at the second");
	expect_at(doc, "unknown-status", VEX_ERROR, 16, 0,
		  "an unknown product_status key");
	expect_at(doc, "unknown-justification", VEX_ERROR, 17, 0,
		  "a CycloneDX word as a CSAF flag label");
	expect_at(doc, "unknown-group-id", VEX_ERROR, 18, 20,
		  "an undefined group id");
	ok(problem(doc, "not-affected-without-justification") &&
	   problem(doc, "not-affected-without-justification")->line == 14,
	   "known_not_affected with neither flag nor impact threat");
	ok(problem(doc, "affected-without-action"),
	   "known_affected without remediation");
	expect_at(doc, "missing-vulnerability", VEX_ERROR, 19, 0,
		  "a vulnerability with neither cve nor ids");
	expect_at(doc, "no-product", VEX_ERROR, 19, 0,
		  "and without product status");
	is_str(vex_statement_at(doc, 0)->products[0].purl, "pkg:npm/a@1",
	       "CSAF 2.1 purls: the first is kept");
	vex_free(doc);

	doc = parse("{'document': {'category': 'csaf_vex',\n"
		    "  'csaf_version': '2.0'}}");
	expect_at(doc, "no-statements", VEX_ERROR, 1, 1,
		  "a csaf_vex document without vulnerabilities");
	vex_free(doc);
}

/*
 * A product listed twice under one status is one statement; a group
 * listed by every remediation, or subcomponents shared by every product,
 * would multiply: the expansions stop at a budget that grows with the
 * document, so that a small file cannot take minutes or gigabytes.
 */
static void test_amplification(void)
{
	struct buf src = BUF_INIT;
	struct vex_doc *doc;
	size_t i;

	doc = parse("{'document': {'category': 'csaf_vex',\n"
		    " 'csaf_version': '2.0'}, 'product_tree': {\n"
		    " 'full_product_names': [{'name': 'A',\n"
		    "   'product_id': 'A'}]},\n"
		    " 'vulnerabilities': [{'cve': 'CVE-1', 'product_status':\n"
		    "  {'fixed': ['A', 'A', 'A']}}]}");
	ok(doc && doc->nstatements == 1 && doc->nproblems == 0,
	   "a product listed three times under one status: one statement");
	vex_free(doc);

	buf_puts(&src, "{'document': {'category': 'csaf_vex', "
		 "'csaf_version': '2.0'}, 'product_tree': {"
		 "'full_product_names': [{'name': 'A', 'product_id': 'A'}], "
		 "'product_groups': [{'group_id': 'G', 'product_ids': [");
	for (i = 0; i < 2000; i++)
		buf_printf(&src, "%s'A'", i ? ", " : "");
	buf_puts(&src, "]}]}, 'vulnerabilities': [{'cve': 'CVE-1', "
		 "'product_status': {'known_affected': ['A']}, "
		 "'remediations': [");
	for (i = 0; i < 600; i++)
		buf_printf(&src, "%s{'category': 'workaround', "
			   "'group_ids': ['G', 'G']}", i ? ", " : "");
	buf_puts(&src, "]}]}");
	doc = parse(src.ptr);
	ok(doc && count_code(doc, "too-many-references") == 1,
	   "a group expanded 1200 times: too-many-references, once");
	ok(doc && doc->nstatements == 1 &&
	   doc->statements[0].nresponses > 0 &&
	   doc->statements[0].nresponses < 600,
	   "the remediations before the limit are read");
	vex_free(doc);

	buf_reset(&src);
	buf_puts(&src, "{'@context': 'https://openvex.dev/ns', '@id': 'x', "
		 "'author': 'a', 'timestamp': 't', 'version': 1, "
		 "'statements': [{'vulnerability': 'CVE-1', 'status': "
		 "'fixed', 'products': [");
	for (i = 0; i < 250; i++)
		buf_printf(&src, "%s'pkg:npm/p%zu@1'", i ? ", " : "", i);
	buf_puts(&src, "], 'subcomponents': [");
	for (i = 0; i < 300; i++)
		buf_printf(&src, "%s'pkg:npm/s%zu@1'", i ? ", " : "", i);
	buf_puts(&src, "]}]}");
	doc = parse(src.ptr);
	ok(doc && count_code(doc, "too-many-references") == 1,
	   "300 subcomponents shared by 250 products: too-many-references");
	ok(doc && doc->nstatements == 1 &&
	   doc->statements[0].nproducts == 250 &&
	   doc->statements[0].products[0].nsubcomponents == 300 &&
	   doc->statements[0].products[249].nsubcomponents == 0,
	   "every product is read, the first ones with subcomponents");
	vex_free(doc);
	buf_release(&src);
}

/* ---- what is no VEX document ---- */

static void expect_error(const char *quoted, const char *want,
			 const char *what)
{
	struct vex_doc *doc = parse(quoted);

	ok(doc == NULL, "%s: refused", what);
	if (!ok(strstr(error_last(), want) != NULL, "%s: says '%s'", what,
		want))
		printf("#   got: %s\n", error_last());
	vex_free(doc);
}

static void test_errors(void)
{
	struct vex_doc *doc = (struct vex_doc *)1;

	expect_error("\n  <?xml version='1.0'?><bom/>",
		     "t.json:2:3: XML VEX documents are not supported",
		     "XML");
	expect_error("\xef\xbb\xbf<bom/>",
		     "t.json:1:1: XML VEX documents are not supported",
		     "XML after a byte order mark");
	expect_error("{'bomFormat': 'CycloneDX',\n 'x': }",
		     "t.json:2:7: ", "bad JSON, with its position");
	expect_error("[1, 2]",
		     "t.json:1:1: not a VEX document: the top level is an "
		     "array, not an object", "an array");
	expect_error("{'name': 'x'}",
		     "t.json:1:1: not a VEX document: no bomFormat",
		     "an unrelated object");
	expect_error("{\n 'bomFormat': 'SPDX'}",
		     "t.json:2:15: not a VEX document: bomFormat 'SPDX'",
		     "another bomFormat");
	expect_error("{'@context': 'https://schema.org'}",
		     "not a VEX document: @context 'https://schema.org' is "
		     "not OpenVEX", "another JSON-LD context");
	expect_error("{'@context': 'https://openvex.dev/nsx'}",
		     "is not OpenVEX", "a look-alike context");
	expect_error("{'spdxVersion': 'SPDX-2.3'}",
		     "an SPDX document", "SPDX");
	expect_error("", "t.json:1:1: ", "empty input");
	doc = parse("{'bomFormat': 'CycloneDX', 'vulnerabilities': [{'id':\n"
		    " 'CVE-\\u001b[31m', 'analysis': {'state': 'bad'}}]}");
	ok(doc && problem(doc, "no-affects") &&
	   strstr(problem(doc, "no-affects")->message, "CVE-?[31m"),
	   "control characters in messages are replaced");
	vex_free(doc);
	ok(vex_parse(&doc, "t.json", "x", 1) < 0 && doc == NULL,
	   "*out is NULL on failure");
}

static void test_accessors(void)
{
	ok(vex_statement_count(NULL) == 0, "no document, no statement");
	ok(vex_statement_at(NULL, 0) == NULL, "statement of NULL");
	ok(vex_problem_count(NULL) == 0 && vex_problem_at(NULL, 0) == NULL,
	   "problems of NULL");
	ok(vex_product_at(NULL, 0) == NULL && vex_alias_at(NULL, 0) == NULL &&
	   vex_response_at(NULL, 0) == NULL &&
	   vex_subcomponent_at(NULL, 0) == NULL &&
	   vex_version_at(NULL, 0) == NULL, "element accessors take NULL");
	ok(vex_count_errors(NULL) == 0, "errors of NULL");
	is_str(vex_status_name(VEX_STATUS_UNKNOWN), "unknown", "status name");
	is_str(vex_justification_name(VEX_JUST_NONE), "",
	       "no justification");
	is_str(vex_justification_name(VEX_JUST_UNKNOWN), "unknown",
	       "unknown justification");
	is_str(vex_severity_name(VEX_WARNING), "warning", "severity name");
	vex_free(NULL);
	ok(1, "vex_free(NULL) is harmless");
}

/*
 * Problems come sorted by position whatever order the readers found
 * them in (CSAF checks the product tree after reading it, then each
 * vulnerability).
 */
static void test_order(void)
{
	struct vex_doc *doc = parse(csaf_doc);
	size_t i;
	int sorted = 1;

	vex_free(doc);
	doc = parse("{'vulnerabilities': [{'cve': 'CVE-1',\n"
		    "  'product_status': {'known_not_affected': ['X']}}],\n"
		    " 'document': {'csaf_version': '2.0'}}");
	for (i = 1; doc && i < doc->nproblems; i++)
		if (doc->problems[i - 1].offset > doc->problems[i].offset)
			sorted = 0;
	ok(doc && doc->nproblems >= 3 && sorted,
	   "problems are sorted by position");
	vex_free(doc);
}

int main(void)
{
	test_cyclonedx_states();
	test_cyclonedx_justifications();
	test_cyclonedx_refs();
	test_cyclonedx_problems();
	test_cyclonedx_sbom();
	test_openvex();
	test_openvex_v001();
	test_openvex_problems();
	test_csaf();
	test_csaf_problems();
	test_amplification();
	test_errors();
	test_accessors();
	test_order();
	buf_release(&text);
	return done_testing();
}
