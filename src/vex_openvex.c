#define VEX_INTERNAL
#include <stdlib.h>
#include <string.h>

#include "json.h"
#include "vex.h"

/*
 * OpenVEX: statements[] of a document whose @context is
 * https://openvex.dev/ns (v0.0.x) or https://openvex.dev/ns/v0.2.0. The
 * first versions wrote the vulnerability, products and subcomponents as
 * bare strings; both shapes are read, whatever the context says, since
 * documents of one shape under the other's context circulate.
 */

static const struct {
	const char *label;
	enum vex_status status;
} statuses[] = {
	{ "not_affected", VEX_STATUS_NOT_AFFECTED },
	{ "affected", VEX_STATUS_AFFECTED },
	{ "fixed", VEX_STATUS_FIXED },
	{ "under_investigation", VEX_STATUS_UNDER_INVESTIGATION },
};

/*
 * identifiers{}: the specification names purl, cpe22 and cpe23, and its
 * JSON schema "@cpe22" and "@cpe23": all are read, 2.3 first.
 */
static void read_identifiers(struct vex_doc *doc, struct vex_product *p,
			     json_ref component)
{
	static const char *const cpes[] = { "cpe23", "@cpe23", "cpe22",
					    "@cpe22" };
	json_ref ids = vex_get_typed(doc, component, "identifiers",
				     JSON_OBJECT);
	size_t i;

	p->purl = vex_get_string(doc, ids, "purl");
	for (i = 0; !p->cpe && i < sizeof(cpes) / sizeof(*cpes); i++)
		p->cpe = vex_get_string(doc, ids, cpes[i]);
}

/* A product or a subcomponent, as an object or (v0.0.x) a bare string. */
static int read_component(struct vex_doc *doc, struct vex_product *p,
			  json_ref c)
{
	const char *ref;
	json_ref at = c;

	if (json_type(doc->json, c) == JSON_STRING) {
		ref = json_string(doc->json, c, NULL);
	} else {
		read_identifiers(doc, p, c);
		ref = vex_get_string(doc, c, "@id");
		if (ref)
			at = json_get(doc->json, c, "@id");
	}
	vex_product_set_ref(doc, p, ref, at);
	if (p->kind == VEX_REF_BOM_REF) {
		/* OpenVEX has no bom-refs: an @id is an IRI */
		p->kind = VEX_REF_IRI;
		p->bom_ref = NULL;
	}
	if (!p->ref && !p->purl && !p->cpe) {
		vex_problem_add(doc, VEX_ERROR, "no-product", c,
				"a product or subcomponent has neither an "
				"@id nor identifiers");
		return -1;
	}
	return 0;
}

static int is_component(struct vex_doc *doc, json_ref c, const char *what)
{
	if (json_type(doc->json, c) == JSON_STRING)
		return 1;
	return vex_expect(doc, c, JSON_OBJECT, what) == 0;
}

static void read_subcomponents(struct vex_doc *doc, struct vex_product *p,
			       json_ref list)
{
	size_t i, n = json_count(doc->json, list);

	for (i = 0; i < n; i++) {
		json_ref c = json_at(doc->json, list, i);
		struct vex_product *sub;

		if (!is_component(doc, c, "a subcomponent"))
			continue;
		sub = vex_product_append(doc, &p->subcomponents,
					 &p->nsubcomponents, c);
		if (read_component(doc, sub, c) < 0)
			p->nsubcomponents--;
	}
}

static void read_products(struct vex_doc *doc, struct vex_statement *st,
			  json_ref stmt)
{
	const struct json_doc *j = doc->json;
	json_ref products = vex_get_typed(doc, stmt, "products", JSON_ARRAY);
	/*
	 * v0.0.x: subcomponents of the statement, which belong to all its
	 * products. Read once, so that a bad one is reported once.
	 */
	struct vex_product shared = { 0 };
	size_t i, k, n = json_count(j, products);

	read_subcomponents(doc, &shared,
			   vex_get_typed(doc, stmt, "subcomponents",
					 JSON_ARRAY));
	for (i = 0; i < n; i++) {
		json_ref c = json_at(j, products, i);
		struct vex_product *p;

		if (!is_component(doc, c, "a product"))
			continue;
		p = vex_product_append(doc, &st->products, &st->nproducts, c);
		if (read_component(doc, p, c) < 0) {
			st->nproducts--;
			continue;
		}
		if (json_type(j, c) == JSON_OBJECT)
			read_subcomponents(doc, p,
					   vex_get_typed(doc, c,
							 "subcomponents",
							 JSON_ARRAY));
		/* a copy costs as much as a dozen references */
		if (shared.nsubcomponents &&
		    vex_spend(doc, 16 * shared.nsubcomponents, stmt) < 0)
			continue;
		for (k = 0; k < shared.nsubcomponents; k++) {
			p->subcomponents = vex_grow(p->subcomponents,
						    p->nsubcomponents,
						    sizeof(*p->subcomponents));
			p->subcomponents[p->nsubcomponents++] =
				shared.subcomponents[k];
		}
	}
	free(shared.subcomponents);
	/* products that name nothing were reported one by one */
	if (!n)
		vex_problem_add(doc, VEX_ERROR, "no-product", stmt,
				"the statement about %s names no product",
				st->vulnerability ? st->vulnerability : "a "
				"vulnerability");
}

static void read_vulnerability(struct vex_doc *doc, struct vex_statement *st,
			       json_ref stmt)
{
	const struct json_doc *j = doc->json;
	json_ref v = json_get(j, stmt, "vulnerability"), aliases;
	size_t i, n;

	if (json_type(j, v) == JSON_STRING) {
		st->vulnerability = json_string(j, v, NULL);
	} else if (vex_expect(doc, v, JSON_OBJECT, "'vulnerability'") == 0) {
		st->vulnerability = vex_get_string(doc, v, "name");
		aliases = vex_get_typed(doc, v, "aliases", JSON_ARRAY);
		n = json_count(j, aliases);
		for (i = 0; i < n; i++) {
			json_ref a = json_at(j, aliases, i);

			if (vex_expect(doc, a, JSON_STRING, "an alias") == 0)
				vex_string_append(&st->aliases, &st->naliases,
						  json_string(j, a, NULL));
		}
		vex_keep(doc, st->aliases);
	}
	if (!st->vulnerability)
		vex_problem_add(doc, VEX_ERROR, "missing-vulnerability",
				v != JSON_NONE ? v : stmt,
				"the statement names no vulnerability "
				"(vulnerability.name)");
}

static void read_status(struct vex_doc *doc, struct vex_statement *st,
			json_ref stmt)
{
	const struct json_doc *j = doc->json;
	size_t i;

	st->status_raw = vex_get_string(doc, stmt, "status");
	if (!st->status_raw) {
		vex_problem_add(doc, VEX_ERROR, "missing-status", stmt,
				"the statement about %s has no status",
				st->vulnerability ? st->vulnerability : "a "
				"vulnerability");
	} else {
		for (i = 0; i < sizeof(statuses) / sizeof(*statuses); i++)
			if (!strcmp(st->status_raw, statuses[i].label))
				st->status = statuses[i].status;
		if (st->status == VEX_STATUS_UNKNOWN)
			vex_problem_add(doc, VEX_ERROR, "unknown-status",
					json_get(j, stmt, "status"),
					"status '%s' is none of "
					"not_affected, affected, fixed, "
					"under_investigation",
					st->status_raw);
	}
	st->justification_raw = vex_get_string(doc, stmt, "justification");
	if (st->justification_raw) {
		st->justification =
			vex_justification_from_label(st->justification_raw);
		if (st->justification == VEX_JUST_UNKNOWN)
			vex_problem_add(doc, VEX_ERROR,
					"unknown-justification",
					json_get(j, stmt, "justification"),
					"justification '%s' is not a VEX "
					"status justification",
					st->justification_raw);
	}
}

static void read_statement(struct vex_doc *doc, json_ref stmt)
{
	size_t index = doc->nstatements;
	struct vex_statement *st = vex_statement_new(doc, stmt);

	read_vulnerability(doc, st, stmt);
	read_status(doc, st, stmt);
	read_products(doc, st, stmt);
	st->impact = vex_get_string(doc, stmt, "impact_statement");
	st->action = vex_get_string(doc, stmt, "action_statement");
	st->timestamp = vex_get_string(doc, stmt, "timestamp");
	if (!st->timestamp)
		st->timestamp = doc->timestamp;
	st->last_updated = vex_get_string(doc, stmt, "last_updated");
	vex_statement_check(doc, index);
}

void vex_read_openvex(struct vex_doc *doc, json_ref root)
{
	static const char *const required[] = { "@id", "author", "timestamp",
						"version" };
	const struct json_doc *j = doc->json;
	json_ref statements;
	size_t i, n;

	doc->spec_version = json_get_string(j, root, "@context");
	doc->id = vex_get_string(doc, root, "@id");
	doc->author = vex_get_string(doc, root, "author");
	doc->timestamp = vex_get_string(doc, root, "timestamp");
	doc->version = vex_scalar_text(doc, json_get(j, root, "version"));
	for (i = 0; i < sizeof(required) / sizeof(*required); i++)
		if (json_get(j, root, required[i]) == JSON_NONE)
			vex_problem_add(doc, VEX_ERROR, "missing-field", root,
					"the document has no %s",
					required[i]);

	statements = json_get(j, root, "statements");
	if (statements == JSON_NONE) {
		vex_problem_add(doc, VEX_ERROR, "missing-field", root,
				"the document has no statements");
		return;
	}
	if (vex_expect(doc, statements, JSON_ARRAY, "'statements'") < 0)
		return;
	n = json_count(j, statements);
	if (!n)
		vex_problem_add(doc, VEX_ERROR, "no-statements", statements,
				"the document holds no statement");
	for (i = 0; i < n; i++) {
		json_ref stmt = json_at(j, statements, i);

		if (vex_expect(doc, stmt, JSON_OBJECT, "a statement") == 0)
			read_statement(doc, stmt);
	}
}
