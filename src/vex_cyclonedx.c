#define VEX_INTERNAL
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "vex.h"

/*
 * CycloneDX 1.4 to 1.7: vulnerabilities[] of a BOM, whether a VEX of its
 * own or vulnerabilities embedded in an SBOM. Each vulnerability is one
 * statement; its affects[] are the products.
 */

static const struct {
	const char *state;
	enum vex_status status;
} states[] = {
	{ "resolved", VEX_STATUS_FIXED },
	{ "resolved_with_pedigree", VEX_STATUS_FIXED },
	{ "exploitable", VEX_STATUS_AFFECTED },
	{ "in_triage", VEX_STATUS_UNDER_INVESTIGATION },
	/*
	 * A false positive is a finding that was never true of the product:
	 * for a consumer, the product is not affected.
	 */
	{ "false_positive", VEX_STATUS_NOT_AFFECTED },
	{ "not_affected", VEX_STATUS_NOT_AFFECTED },
};

/*
 * CycloneDX says how precisely a product escapes a vulnerability; the
 * CISA labels are coarser. Each maps to the label that claims no more
 * than the CycloneDX word does.
 */
static const struct {
	const char *label;
	enum vex_justification justification;
} justifications[] = {
	{ "code_not_present", VEX_JUST_CODE_NOT_PRESENT },
	{ "code_not_reachable", VEX_JUST_CODE_NOT_IN_EXECUTE_PATH },
	/* the code runs, but only a configuration the product lacks would
	 * let an attacker reach the flaw */
	{ "requires_configuration", VEX_JUST_CODE_NOT_CONTROLLABLE },
	/* the flaw needs a component that the product does not ship */
	{ "requires_dependency", VEX_JUST_COMPONENT_NOT_PRESENT },
	/* the code is present; the environment an attack needs is not */
	{ "requires_environment", VEX_JUST_CODE_NOT_CONTROLLABLE },
	{ "protected_by_compiler", VEX_JUST_INLINE_MITIGATIONS },
	{ "protected_at_runtime", VEX_JUST_INLINE_MITIGATIONS },
	{ "protected_at_perimeter", VEX_JUST_INLINE_MITIGATIONS },
	{ "protected_by_mitigating_control", VEX_JUST_INLINE_MITIGATIONS },
};

/*
 * Every component of the BOM by bom-ref, so that an affects ref to this
 * same BOM (the metadata component, as in the CISA use cases, or a
 * component of an SBOM with vulnerabilities inside) gets its name, version
 * and identifiers. Nesting is bounded by the JSON parser's depth limit.
 */
static void index_component(struct vex_doc *doc, struct vex_map *index,
			    json_ref c)
{
	const struct json_doc *j = doc->json;
	json_ref kids;
	const char *ref;
	size_t i, n;

	if (json_type(j, c) != JSON_OBJECT)
		return;
	ref = json_get_string(j, c, "bom-ref");
	if (ref)
		vex_map_put(index, ref, c, NULL);
	kids = json_get(j, c, "components");
	n = json_count(j, kids);
	for (i = 0; i < n && json_type(j, kids) == JSON_ARRAY; i++)
		index_component(doc, index, json_at(j, kids, i));
}

static void resolve_ref(struct vex_doc *doc, const struct vex_map *index,
			const char *serial, struct vex_product *p)
{
	const struct json_doc *j = doc->json;
	size_t c;

	if (!p->bom_ref)
		return;
	if (p->kind == VEX_REF_BOM_LINK &&
	    (!serial || !p->bom_serial || strcmp(serial, p->bom_serial)))
		return;
	if (vex_map_get(index, p->bom_ref, &c) < 0)
		return;
	p->name = json_get_string(j, (json_ref)c, "name");
	p->version = json_get_string(j, (json_ref)c, "version");
	if (!p->purl)
		p->purl = json_get_string(j, (json_ref)c, "purl");
	p->cpe = json_get_string(j, (json_ref)c, "cpe");
}

static void read_versions(struct vex_doc *doc, struct vex_product *p,
			  json_ref affect)
{
	json_ref versions = vex_get_typed(doc, affect, "versions", JSON_ARRAY);
	size_t i, n = json_count(doc->json, versions);

	for (i = 0; i < n; i++) {
		json_ref v = json_at(doc->json, versions, i);
		struct vex_version *ver;

		if (vex_expect(doc, v, JSON_OBJECT, "a version") < 0)
			continue;
		p->versions = vex_grow(p->versions, p->nversions,
				       sizeof(*p->versions));
		ver = &p->versions[p->nversions++];
		ver->version = vex_get_string(doc, v, "version");
		ver->range = vex_get_string(doc, v, "range");
		ver->status = vex_get_string(doc, v, "status");
	}
}

static void read_affects(struct vex_doc *doc, struct vex_statement *st,
			 json_ref vuln, const struct vex_map *index,
			 const char *serial)
{
	json_ref affects = vex_get_typed(doc, vuln, "affects", JSON_ARRAY);
	size_t i, n = json_count(doc->json, affects);

	for (i = 0; i < n; i++) {
		json_ref a = json_at(doc->json, affects, i);
		struct vex_product *p;
		const char *ref;

		if (vex_expect(doc, a, JSON_OBJECT, "an affects entry") < 0)
			continue;
		ref = vex_get_string(doc, a, "ref");
		if (!ref) {
			vex_problem_add(doc, VEX_ERROR, "missing-field", a,
					"an affects entry has no ref");
			continue;
		}
		p = vex_product_append(doc, &st->products, &st->nproducts, a);
		vex_product_set_ref(doc, p, ref, json_get(doc->json, a, "ref"));
		resolve_ref(doc, index, serial, p);
		read_versions(doc, p, a);
	}
	if (!st->nproducts)
		vex_problem_add(doc, VEX_WARNING, "no-affects", vuln,
				"%s names no product in affects",
				st->vulnerability ? st->vulnerability : "a "
				"vulnerability");
}

static void read_analysis(struct vex_doc *doc, struct vex_statement *st,
			  json_ref vuln)
{
	json_ref analysis = vex_get_typed(doc, vuln, "analysis", JSON_OBJECT);
	json_ref v, responses;
	size_t i, n;

	st->status_raw = vex_get_string(doc, analysis, "state");
	if (!st->status_raw) {
		vex_problem_add(doc, VEX_WARNING, "no-analysis", vuln,
				"%s is recorded without analysis.state: "
				"nobody said whether it affects the product",
				st->vulnerability ? st->vulnerability : "a "
				"vulnerability");
	} else {
		for (i = 0; i < sizeof(states) / sizeof(*states); i++)
			if (!strcmp(st->status_raw, states[i].state))
				st->status = states[i].status;
		if (st->status == VEX_STATUS_UNKNOWN)
			vex_problem_add(doc, VEX_ERROR, "unknown-status",
					json_get(doc->json, analysis, "state"),
					"analysis.state '%s' is none of "
					"resolved, resolved_with_pedigree, "
					"exploitable, in_triage, "
					"false_positive, not_affected",
					st->status_raw);
	}

	st->justification_raw = vex_get_string(doc, analysis, "justification");
	if (st->justification_raw) {
		st->justification = VEX_JUST_UNKNOWN;
		for (i = 0; i < sizeof(justifications) /
			    sizeof(*justifications); i++)
			if (!strcmp(st->justification_raw,
				    justifications[i].label))
				st->justification =
					justifications[i].justification;
		if (st->justification == VEX_JUST_UNKNOWN)
			vex_problem_add(doc, VEX_ERROR,
					"unknown-justification",
					json_get(doc->json, analysis,
						 "justification"),
					"analysis.justification '%s' is not "
					"a CycloneDX justification",
					st->justification_raw);
	}

	responses = vex_get_typed(doc, analysis, "response", JSON_ARRAY);
	n = json_count(doc->json, responses);
	for (i = 0; i < n; i++) {
		v = json_at(doc->json, responses, i);
		if (vex_expect(doc, v, JSON_STRING, "a response") == 0)
			vex_string_append(&st->responses, &st->nresponses,
					  json_string(doc->json, v, NULL));
	}
	st->impact = vex_get_string(doc, analysis, "detail");
	st->timestamp = vex_get_string(doc, analysis, "firstIssued");
	st->last_updated = vex_get_string(doc, analysis, "lastUpdated");
}

static void read_vulnerability(struct vex_doc *doc, json_ref vuln,
			       const struct vex_map *index,
			       const char *serial)
{
	const struct json_doc *j = doc->json;
	size_t index_of = doc->nstatements, i, n;
	struct vex_statement *st = vex_statement_new(doc, vuln);
	json_ref refs;

	st->vulnerability = vex_get_string(doc, vuln, "id");
	if (!st->vulnerability)
		vex_problem_add(doc, VEX_ERROR, "missing-vulnerability", vuln,
				"a vulnerability has no id");
	/* references[] name the same vulnerability in other databases */
	refs = vex_get_typed(doc, vuln, "references", JSON_ARRAY);
	n = json_count(j, refs);
	for (i = 0; i < n; i++) {
		const char *id = json_get_string(j, json_at(j, refs, i), "id");

		if (id && (!st->vulnerability || strcmp(id, st->vulnerability)))
			vex_string_append(&st->aliases, &st->naliases, id);
	}
	vex_keep(doc, st->aliases);
	read_analysis(doc, st, vuln);
	st->action = vex_get_string(doc, vuln, "recommendation");
	if (!st->action)
		st->action = vex_get_string(doc, vuln, "workaround");
	if (!st->timestamp)
		st->timestamp = doc->timestamp;
	if (!st->last_updated)
		st->last_updated = vex_get_string(doc, vuln, "updated");
	read_affects(doc, st, vuln, index, serial);
	vex_statement_check(doc, index_of);
}

/* The first name the metadata gives for who wrote the BOM. */
static const char *bom_author(const struct json_doc *j, json_ref meta)
{
	static const char *const orgs[] = {
		"manufacturer", "manufacture", "supplier"
	};
	const char *name;
	size_t i;

	name = json_get_string(j, json_at(j, json_get(j, meta, "authors"), 0),
			       "name");
	for (i = 0; !name && i < sizeof(orgs) / sizeof(*orgs); i++)
		name = json_get_string(j, json_get(j, meta, orgs[i]), "name");
	return name;
}

/* "1.3" -> 3; -1 when it is no 1.x version */
static int spec_minor(const char *version)
{
	char *end;
	long minor;

	if (!version || strncmp(version, "1.", 2) || version[2] < '0' ||
	    version[2] > '9')
		return -1;
	minor = strtol(version + 2, &end, 10);
	return *end || minor > 1000 ? -1 : (int)minor;
}

void vex_read_cyclonedx(struct vex_doc *doc, json_ref root)
{
	const struct json_doc *j = doc->json;
	struct vex_map index = { 0 };
	json_ref meta, vulns, comps;
	size_t i, n;
	int minor;

	doc->spec_version = vex_get_string(doc, root, "specVersion");
	doc->id = vex_get_string(doc, root, "serialNumber");
	doc->version = vex_scalar_text(doc, json_get(j, root, "version"));
	meta = vex_get_typed(doc, root, "metadata", JSON_OBJECT);
	doc->timestamp = vex_get_string(doc, meta, "timestamp");
	doc->author = bom_author(j, meta);

	vulns = vex_get_typed(doc, root, "vulnerabilities", JSON_ARRAY);
	n = json_count(j, vulns);
	if (!n)
		return;
	minor = spec_minor(doc->spec_version);
	if (minor >= 0 && minor < 4)
		vex_problem_add(doc, VEX_WARNING, "spec-version",
				json_get(j, root, "specVersion"),
				"CycloneDX %s has no vulnerabilities; they "
				"are read as 1.4 defines them",
				doc->spec_version);

	index_component(doc, &index, json_get(j, meta, "component"));
	comps = json_get(j, root, "components");
	for (i = 0; json_type(j, comps) == JSON_ARRAY &&
		    i < json_count(j, comps); i++)
		index_component(doc, &index, json_at(j, comps, i));

	for (i = 0; i < n; i++) {
		json_ref v = json_at(j, vulns, i);

		if (vex_expect(doc, v, JSON_OBJECT, "a vulnerability") < 0)
			continue;
		read_vulnerability(doc, v, &index, doc->id);
	}
	vex_map_release(&index);
}
