#define VEX_INTERNAL
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "vex.h"

/*
 * CSAF 2.0 (and 2.1) documents, the VEX profile (category csaf_vex)
 * foremost. CSAF states one status per product id of each vulnerability
 * and hangs the reasons beside it, in flags (the justification labels),
 * threats of category impact (impact statements) and remediations (what
 * to do), each listing its own product ids. So each pair of vulnerability
 * and product id becomes one statement, which gathers the reasons given
 * for that product.
 */

static const struct {
	const char *key;
	enum vex_status status;
} product_statuses[] = {
	{ "known_not_affected", VEX_STATUS_NOT_AFFECTED },
	{ "known_affected", VEX_STATUS_AFFECTED },
	{ "first_affected", VEX_STATUS_AFFECTED },
	{ "last_affected", VEX_STATUS_AFFECTED },
	{ "fixed", VEX_STATUS_FIXED },
	{ "first_fixed", VEX_STATUS_FIXED },
	{ "under_investigation", VEX_STATUS_UNDER_INVESTIGATION },
	/*
	 * "the vendor recommends this version": a recommendation, no
	 * statement about a vulnerability, so no statement is made of it
	 */
	{ "recommended", VEX_STATUS_UNKNOWN },
};

/* A product of the product tree. */
struct csaf_product {
	const char *id;
	const char *name;
	const char *purl;
	const char *cpe;
};

struct csaf_tree {
	struct csaf_product *products;
	size_t nproducts;
	struct vex_map ids;	/* product id -> index in products */
	json_ref *groups;	/* product_ids array of each group */
	size_t *group_stamp;	/* per group: the last reason using it */
	size_t ngroups;
	struct vex_map group_ids;	/* group id -> index in groups */
	size_t serial;		/* reasons read so far */
};

/*
 * The statements of one vulnerability, by product id. A product has one
 * statement per product_status key it is listed under (eight at most),
 * chained through next[].
 */
struct product_slot {
	size_t head, tail;	/* its first and last statement */
	unsigned keys;		/* product_statuses[] it is listed under */
	unsigned statuses;	/* the vex_status values among them */
	size_t stamp;		/* the last reason applied to it */
};

struct vuln_products {
	const char *id;		/* the cve, else the first of ids[] */
	const char **aliases;	/* the others, shared by its statements */
	size_t naliases;
	size_t first;		/* index of its first statement */
	struct vex_map ids;	/* product id -> index in slots */
	struct product_slot *slots;
	size_t nslots;
	size_t *next;		/* per statement: the next one of the same
				 * product, or SIZE_MAX */
};

/*
 * The identification helper: CSAF 2.0 has one purl, 2.1 a list of them;
 * the first one is kept.
 */
static void read_helper(struct vex_doc *doc, struct csaf_product *p,
			json_ref fpn)
{
	const struct json_doc *j = doc->json;
	json_ref helper = vex_get_typed(doc, fpn,
					"product_identification_helper",
					JSON_OBJECT);

	p->cpe = vex_get_string(doc, helper, "cpe");
	p->purl = json_get_string(j, helper, "purl");
	if (!p->purl)
		p->purl = json_string(j, json_at(j, json_get(j, helper,
							     "purls"), 0),
				      NULL);
}

/* A full_product_name_t; returns its index, or SIZE_MAX. */
static size_t define_product(struct vex_doc *doc, struct csaf_tree *tree,
			     json_ref fpn)
{
	struct csaf_product p = { 0 };
	json_ref id_at;

	if (vex_expect(doc, fpn, JSON_OBJECT, "a product") < 0)
		return SIZE_MAX;
	p.id = vex_get_string(doc, fpn, "product_id");
	if (!p.id) {
		vex_problem_add(doc, VEX_ERROR, "missing-field", fpn,
				"a product has no product_id");
		return SIZE_MAX;
	}
	id_at = json_get(doc->json, fpn, "product_id");
	p.name = vex_get_string(doc, fpn, "name");
	read_helper(doc, &p, fpn);
	if (vex_map_put(&tree->ids, p.id, tree->nproducts, NULL)) {
		vex_problem_add(doc, VEX_ERROR, "duplicate-product-id", id_at,
				"product id '%s' is defined more than once",
				p.id);
		return SIZE_MAX;
	}
	tree->products = vex_grow(tree->products, tree->nproducts,
				  sizeof(*tree->products));
	tree->products[tree->nproducts] = p;
	return tree->nproducts++;
}

/* Nesting is bounded by the JSON parser's depth limit. */
static void walk_branches(struct vex_doc *doc, struct csaf_tree *tree,
			  json_ref branches)
{
	const struct json_doc *j = doc->json;
	size_t i, n = json_count(j, branches);

	for (i = 0; i < n; i++) {
		json_ref b = json_at(j, branches, i), product;

		if (vex_expect(doc, b, JSON_OBJECT, "a branch") < 0)
			continue;
		product = json_get(j, b, "product");
		if (product != JSON_NONE)
			define_product(doc, tree, product);
		walk_branches(doc, tree,
			      vex_get_typed(doc, b, "branches", JSON_ARRAY));
	}
}

static int lookup_product(struct vex_doc *doc, const struct csaf_tree *tree,
			  json_ref id, size_t *index)
{
	const char *s = json_string(doc->json, id, NULL);

	if (vex_expect(doc, id, JSON_STRING, "a product id") < 0)
		return -1;
	if (vex_map_get(&tree->ids, s, index) == 0)
		return 0;
	vex_problem_add(doc, VEX_ERROR, "unknown-product-id", id,
			"product id '%s' is not defined in the product_tree",
			s);
	return -1;
}

/*
 * "X as a component of Y" names a new product. Its identity is that of
 * the component X (the purl) running on the platform Y (the cpe) when it
 * has no helper of its own, as in the VEX files of Linux distributions.
 */
static void define_relationships(struct vex_doc *doc, struct csaf_tree *tree,
				 json_ref rels)
{
	const struct json_doc *j = doc->json;
	size_t i, n = json_count(j, rels);

	for (i = 0; i < n; i++) {
		json_ref r = json_at(j, rels, i), ref, to;
		size_t p, x, y;

		if (vex_expect(doc, r, JSON_OBJECT, "a relationship") < 0)
			continue;
		p = define_product(doc, tree, json_get(j, r,
						       "full_product_name"));
		ref = json_get(j, r, "product_reference");
		to = json_get(j, r, "relates_to_product_reference");
		if (ref != JSON_NONE &&
		    lookup_product(doc, tree, ref, &x) == 0 &&
		    p != SIZE_MAX && !tree->products[p].purl)
			tree->products[p].purl = tree->products[x].purl;
		if (to != JSON_NONE && lookup_product(doc, tree, to, &y) == 0 &&
		    p != SIZE_MAX && !tree->products[p].cpe)
			tree->products[p].cpe = tree->products[y].cpe;
	}
}

static void define_groups(struct vex_doc *doc, struct csaf_tree *tree,
			  json_ref groups)
{
	const struct json_doc *j = doc->json;
	size_t i, k, n = json_count(j, groups), unused;

	for (i = 0; i < n; i++) {
		json_ref g = json_at(j, groups, i), ids;
		const char *id;

		if (vex_expect(doc, g, JSON_OBJECT, "a product group") < 0)
			continue;
		id = vex_get_string(doc, g, "group_id");
		ids = vex_get_typed(doc, g, "product_ids", JSON_ARRAY);
		if (!id) {
			vex_problem_add(doc, VEX_ERROR, "missing-field", g,
					"a product group has no group_id");
			continue;
		}
		for (k = 0; k < json_count(j, ids); k++)
			lookup_product(doc, tree, json_at(j, ids, k), &unused);
		if (vex_map_put(&tree->group_ids, id, tree->ngroups, NULL))
			continue;
		tree->groups = vex_grow(tree->groups, tree->ngroups,
					sizeof(*tree->groups));
		tree->groups[tree->ngroups++] = ids;
	}
}

static void read_tree(struct vex_doc *doc, struct csaf_tree *tree,
		      json_ref root)
{
	json_ref pt = vex_get_typed(doc, root, "product_tree", JSON_OBJECT);
	json_ref names;
	size_t i;

	walk_branches(doc, tree, vex_get_typed(doc, pt, "branches",
					       JSON_ARRAY));
	names = vex_get_typed(doc, pt, "full_product_names", JSON_ARRAY);
	for (i = 0; i < json_count(doc->json, names); i++)
		define_product(doc, tree, json_at(doc->json, names, i));
	define_relationships(doc, tree, vex_get_typed(doc, pt,
						      "relationships",
						      JSON_ARRAY));
	define_groups(doc, tree, vex_get_typed(doc, pt, "product_groups",
					       JSON_ARRAY));
	tree->group_stamp = xmalloc((tree->ngroups + 1) *
				    sizeof(*tree->group_stamp));
	for (i = 0; i < tree->ngroups; i++)
		tree->group_stamp[i] = SIZE_MAX;
}

static void tree_release(struct csaf_tree *tree)
{
	free(tree->products);
	vex_map_release(&tree->ids);
	free(tree->groups);
	free(tree->group_stamp);
	vex_map_release(&tree->group_ids);
}

static void add_status(struct vex_doc *doc, const struct csaf_tree *tree,
		       struct vuln_products *vp, size_t key_index, json_ref id)
{
	const char *key = product_statuses[key_index].key;
	enum vex_status status = product_statuses[key_index].status;
	size_t index = doc->nstatements, slot, k;
	struct product_slot *ps;
	struct vex_statement *st;
	struct vex_product *p;
	const char *pid;

	if (vex_expect(doc, id, JSON_STRING, "a product id") < 0)
		return;
	pid = json_string(doc->json, id, NULL);
	if (vex_map_get(&vp->ids, pid, &slot) < 0) {
		vp->slots = vex_grow(vp->slots, vp->nslots,
				     sizeof(*vp->slots));
		slot = vp->nslots++;
		memset(&vp->slots[slot], 0, sizeof(*vp->slots));
		vp->slots[slot].head = SIZE_MAX;
		vp->slots[slot].stamp = SIZE_MAX;
		vex_map_put(&vp->ids, pid, slot, NULL);
	}
	ps = &vp->slots[slot];
	/* listed twice under one key: one statement says it */
	if (ps->keys & (1u << key_index))
		return;
	if (ps->statuses && !(ps->statuses & (1u << status)))
		vex_problem_add(doc, VEX_ERROR, "contradicting-status", id,
				"product '%s' is %s here, and %s before, for "
				"%s", pid, key,
				doc->statements[ps->head].status_raw,
				vp->id ? vp->id : "a vulnerability");
	ps->keys |= 1u << key_index;
	ps->statuses |= 1u << status;

	st = vex_statement_new(doc, id);
	st->vulnerability = vp->id;
	st->aliases = vp->aliases;
	st->naliases = vp->naliases;
	st->status = status;
	st->status_raw = key;
	st->timestamp = doc->timestamp;
	p = vex_product_append(doc, &st->products, &st->nproducts, id);
	p->kind = VEX_REF_CSAF_PRODUCT_ID;
	p->ref = pid;
	if (vex_map_get(&tree->ids, pid, &k) == 0) {
		p->name = tree->products[k].name;
		p->purl = tree->products[k].purl;
		p->cpe = tree->products[k].cpe;
	} else {
		vex_problem_add(doc, VEX_ERROR, "unknown-product-id", id,
				"product id '%s' is not defined in the "
				"product_tree", pid);
	}

	k = index - vp->first;
	vp->next = vex_grow(vp->next, k, sizeof(*vp->next));
	vp->next[k] = SIZE_MAX;
	if (ps->head == SIZE_MAX)
		ps->head = index;
	else
		vp->next[ps->tail - vp->first] = index;
	ps->tail = index;
}

enum reason {
	REASON_FLAG,
	REASON_THREAT,
	REASON_REMEDIATION,
};

/*
 * A product may be given several impact statements or remediations:
 * the first one's text is kept, and every remediation's category.
 */
static void apply_reason(struct vex_statement *st, enum reason kind,
			 const char *label, enum vex_justification j,
			 const char *details)
{
	switch (kind) {
	case REASON_FLAG:
		if (st->justification == VEX_JUST_NONE) {
			st->justification = j;
			st->justification_raw = label;
		}
		break;
	case REASON_THREAT:
		if (!st->impact)
			st->impact = details;
		break;
	case REASON_REMEDIATION:
		if (label)
			vex_string_append(&st->responses, &st->nresponses,
					  label);
		if (!st->action)
			st->action = details;
		break;
	}
}

/* Apply a reason to the statements of one product id, once per reason. */
static void apply_to(struct vex_doc *doc, struct vuln_products *vp,
		     const char *pid, size_t serial, enum reason kind,
		     const char *label, enum vex_justification j,
		     const char *details)
{
	size_t slot, s;

	if (!pid || vex_map_get(&vp->ids, pid, &slot) < 0 ||
	    vp->slots[slot].stamp == serial)
		return;
	vp->slots[slot].stamp = serial;
	for (s = vp->slots[slot].head; s != SIZE_MAX;
	     s = vp->next[s - vp->first])
		apply_reason(&doc->statements[s], kind, label, j, details);
}

/*
 * Hang the flags, impact threats or remediations of a vulnerability on
 * its statements, through their product_ids and group_ids. A group is
 * expanded once per entry; expansions are paid from the document's
 * budget, since a group listed by every entry multiplies.
 */
static void read_reasons(struct vex_doc *doc, struct csaf_tree *tree,
			 struct vuln_products *vp, json_ref vuln,
			 const char *key, enum reason kind)
{
	const struct json_doc *j = doc->json;
	json_ref list = vex_get_typed(doc, vuln, key, JSON_ARRAY);
	size_t i, k, m, g;

	for (i = 0; i < json_count(j, list); i++) {
		json_ref r = json_at(j, list, i), ids, groups;
		enum vex_justification just = VEX_JUST_NONE;
		const char *label = NULL, *details;
		size_t serial = tree->serial++;

		if (vex_expect(doc, r, JSON_OBJECT, "an entry") < 0)
			continue;
		details = vex_get_string(doc, r, "details");
		if (kind == REASON_FLAG) {
			label = vex_get_string(doc, r, "label");
			if (!label) {
				vex_problem_add(doc, VEX_ERROR,
						"missing-field", r,
						"a flag has no label");
				continue;
			}
			just = vex_justification_from_label(label);
			if (just == VEX_JUST_UNKNOWN)
				vex_problem_add(doc, VEX_ERROR,
						"unknown-justification",
						json_get(j, r, "label"),
						"flag label '%s' is not a VEX "
						"status justification", label);
		} else if (kind == REASON_THREAT) {
			const char *category = vex_get_string(doc, r,
							      "category");

			if (!category || strcmp(category, "impact"))
				continue;
		} else {
			label = vex_get_string(doc, r, "category");
		}

		ids = vex_get_typed(doc, r, "product_ids", JSON_ARRAY);
		for (k = 0; k < json_count(j, ids); k++) {
			json_ref id = json_at(j, ids, k);

			if (vex_expect(doc, id, JSON_STRING,
				       "a product id") == 0)
				apply_to(doc, vp, json_string(j, id, NULL),
					 serial, kind, label, just, details);
		}
		groups = vex_get_typed(doc, r, "group_ids", JSON_ARRAY);
		for (k = 0; k < json_count(j, groups); k++) {
			json_ref gid = json_at(j, groups, k), members;
			const char *name = json_string(j, gid, NULL);

			if (vex_expect(doc, gid, JSON_STRING, "a group id") < 0)
				continue;
			if (vex_map_get(&tree->group_ids, name, &g) < 0) {
				vex_problem_add(doc, VEX_ERROR,
						"unknown-group-id", gid,
						"product group '%s' is not "
						"defined in the product_tree",
						name);
				continue;
			}
			if (tree->group_stamp[g] == serial)
				continue;
			tree->group_stamp[g] = serial;
			members = tree->groups[g];
			if (vex_spend(doc, json_count(j, members), gid) < 0)
				return;
			for (m = 0; m < json_count(j, members); m++)
				apply_to(doc, vp,
					 json_string(j, json_at(j, members, m),
						     NULL),
					 serial, kind, label, just, details);
		}
	}
}

static void read_vulnerability(struct vex_doc *doc, struct csaf_tree *tree,
			       json_ref vuln)
{
	const struct json_doc *j = doc->json;
	struct vuln_products vp;
	json_ref status, ids;
	size_t i, k, s;

	memset(&vp, 0, sizeof(vp));
	vp.first = doc->nstatements;
	/* ids[] name it in other systems (GHSA, vendor ids) */
	vp.id = vex_get_string(doc, vuln, "cve");
	ids = vex_get_typed(doc, vuln, "ids", JSON_ARRAY);
	for (i = 0; i < json_count(j, ids); i++) {
		const char *text = json_get_string(j, json_at(j, ids, i),
						   "text");

		if (!text || (vp.id && !strcmp(text, vp.id)))
			continue;
		if (!vp.id)
			vp.id = text;
		else
			vex_string_append(&vp.aliases, &vp.naliases, text);
	}
	if (!vp.id)
		vex_problem_add(doc, VEX_ERROR, "missing-vulnerability", vuln,
				"a vulnerability has neither cve nor ids");

	vex_keep(doc, vp.aliases);

	status = vex_get_typed(doc, vuln, "product_status", JSON_OBJECT);
	for (i = 0; i < json_count(j, status); i++) {
		const char *key = json_member_key(j, status, i, NULL);
		json_ref list = json_member_value(j, status, i);
		size_t which = SIZE_MAX;

		for (k = 0; k < sizeof(product_statuses) /
			    sizeof(*product_statuses); k++)
			if (!strcmp(key, product_statuses[k].key))
				which = k;
		if (which == SIZE_MAX) {
			vex_problem_add(doc, VEX_ERROR, "unknown-status",
					json_member_key_ref(j, status, i),
					"product_status '%s' is not a CSAF "
					"product status", key);
			continue;
		}
		if (product_statuses[which].status == VEX_STATUS_UNKNOWN ||
		    vex_expect(doc, list, JSON_ARRAY, "a product status") < 0)
			continue;
		for (k = 0; k < json_count(j, list); k++)
			add_status(doc, tree, &vp, which, json_at(j, list, k));
	}
	if (doc->nstatements == vp.first)
		vex_problem_add(doc, VEX_ERROR, "no-product", vuln,
				"%s has no product_status naming a product",
				vp.id ? vp.id : "a vulnerability");

	read_reasons(doc, tree, &vp, vuln, "flags", REASON_FLAG);
	read_reasons(doc, tree, &vp, vuln, "threats", REASON_THREAT);
	read_reasons(doc, tree, &vp, vuln, "remediations",
		     REASON_REMEDIATION);
	for (s = vp.first; s < doc->nstatements; s++)
		vex_statement_check(doc, s);
	vex_map_release(&vp.ids);
	free(vp.slots);
	free(vp.next);
}

void vex_read_csaf(struct vex_doc *doc, json_ref root)
{
	const struct json_doc *j = doc->json;
	struct csaf_tree tree;
	json_ref document, tracking, category, vulns;
	const char *cat;
	size_t i, n;

	memset(&tree, 0, sizeof(tree));
	document = vex_get_typed(doc, root, "document", JSON_OBJECT);
	doc->spec_version = vex_get_string(doc, document, "csaf_version");
	tracking = vex_get_typed(doc, document, "tracking", JSON_OBJECT);
	doc->id = vex_get_string(doc, tracking, "id");
	doc->version = vex_scalar_text(doc, json_get(j, tracking, "version"));
	doc->timestamp = vex_get_string(doc, tracking,
					"current_release_date");
	doc->author = json_get_string(j, json_get(j, document, "publisher"),
				      "name");
	category = json_get(j, document, "category");
	cat = vex_get_string(doc, document, "category");
	if (!cat)
		vex_problem_add(doc, VEX_ERROR, "missing-field", document,
				"the document has no category");
	else if (strcmp(cat, "csaf_vex"))
		vex_problem_add(doc, VEX_WARNING, "csaf-not-vex", category,
				"category '%s' is not csaf_vex; its "
				"product statuses are read all the same", cat);

	read_tree(doc, &tree, root);
	vulns = json_get(j, root, "vulnerabilities");
	n = json_count(j, vulns);
	if (vulns != JSON_NONE &&
	    vex_expect(doc, vulns, JSON_ARRAY, "'vulnerabilities'") < 0)
		n = 0;
	else if (!n && cat && !strcmp(cat, "csaf_vex"))
		vex_problem_add(doc, VEX_ERROR, "no-statements",
				vulns != JSON_NONE ? vulns : root,
				"a csaf_vex document with no vulnerability");
	for (i = 0; i < n; i++) {
		json_ref v = json_at(j, vulns, i);

		if (vex_expect(doc, v, JSON_OBJECT, "a vulnerability") == 0)
			read_vulnerability(doc, &tree, v);
	}
	tree_release(&tree);
}
