/*
 * CycloneDX 1.2 to 1.7, JSON, into the SBOM model (sbom.h). The shapes
 * that changed between versions are all read: metadata.tools as an array
 * (1.2-1.4) or as {components, services} (1.5+), manufacture (1.2-1.5)
 * and manufacturer (1.6+), author (a string) and authors (1.6+), licence
 * acknowledgement (1.6+). Members this model has no place for are left
 * in the document, unread.
 *
 * A component object is read in one pass over its members rather than
 * by a lookup per field: a 90 MB SBOM has 100,000 of them.
 */
#include <string.h>

#include "json.h"
#include "sbom.h"

struct cdx {
	struct sbom *sb;
	const struct json_doc *doc;
};

#define KEY(lit) (klen == sizeof(lit) - 1 && !memcmp(key, lit, klen))

static sbom_loc loc_of(const struct cdx *r, json_ref v)
{
	return (sbom_loc)json_offset(r->doc, v);
}

static const char *type_article(enum json_type t)
{
	return t == JSON_ARRAY || t == JSON_OBJECT ? "an" : "a";
}

/*
 * Whether v has the type wanted; null counts as absent (real generators
 * write it for empty values), anything else wrong is a problem.
 */
static int want(const struct cdx *r, json_ref v, enum json_type type,
		const char *what)
{
	enum json_type t;

	if (v == JSON_NONE)
		return 0;
	t = json_type(r->doc, v);
	if (t == type)
		return 1;
	if (t != JSON_NULL)
		sbom_add_problem(r->sb, loc_of(r, v), SBOM_ERROR, "wrong-type",
				 "%s is %s %s, not %s %s", what,
				 type_article(t), json_type_name(t),
				 type_article(type), json_type_name(type));
	return 0;
}

static const char *str(const struct cdx *r, json_ref v, const char *what)
{
	return want(r, v, JSON_STRING, what) ?
		json_string(r->doc, v, NULL) : NULL;
}

static const char *get_str(const struct cdx *r, json_ref obj,
			   const char *key)
{
	return str(r, json_get(r->doc, obj, key), key);
}

/* The first string of an array of strings (a URL list), or a string. */
static const char *first_str(const struct cdx *r, json_ref v,
			     const char *what)
{
	if (json_type(r->doc, v) == JSON_STRING)
		return json_string(r->doc, v, NULL);
	if (!want(r, v, JSON_ARRAY, what))
		return NULL;
	return str(r, json_at(r->doc, v, 0), what);
}

/* An organizationalContact: a person, with ways to reach them. */
static void read_contact(const struct cdx *r, json_ref v,
			 struct sbom_entity *e, const char *what)
{
	if (!want(r, v, JSON_OBJECT, what))
		return;
	e->kind = SBOM_ENTITY_PERSON;
	e->loc = loc_of(r, v);
	e->name = get_str(r, v, "name");
	e->email = get_str(r, v, "email");
	e->phone = get_str(r, v, "phone");
}

/* An organizationalEntity: its name, first URL, first contact. */
static void read_org(const struct cdx *r, json_ref v, struct sbom_entity *e,
		     const char *what)
{
	json_ref contacts, first;

	if (!want(r, v, JSON_OBJECT, what))
		return;
	e->kind = SBOM_ENTITY_ORGANIZATION;
	e->loc = loc_of(r, v);
	e->name = get_str(r, v, "name");
	e->url = first_str(r, json_get(r->doc, v, "url"), "url");
	contacts = json_get(r->doc, v, "contact");
	if (!want(r, contacts, JSON_ARRAY, "contact"))
		return;
	first = json_at(r->doc, contacts, 0);
	if (json_type(r->doc, first) == JSON_OBJECT) {
		e->email = get_str(r, first, "email");
		e->phone = get_str(r, first, "phone");
	}
}

static enum sbom_ack read_ack(const struct cdx *r, json_ref obj)
{
	const char *a = get_str(r, obj, "acknowledgement");

	if (a && !strcmp(a, "declared"))
		return SBOM_ACK_DECLARED;
	if (a && !strcmp(a, "concluded"))
		return SBOM_ACK_CONCLUDED;
	return SBOM_ACK_UNSPECIFIED;
}

/* licenses[]: {license: {id | name, url}} or {expression}. */
static void read_licenses(const struct cdx *r, json_ref arr, uint32_t owner,
			  int doc_level)
{
	struct sbom_license *l;
	json_ref item, lic;
	const char *text, *expr;
	enum sbom_license_kind kind;
	size_t i;

	if (!want(r, arr, JSON_ARRAY, "licenses"))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (!want(r, item, JSON_OBJECT, "a licence choice"))
			continue;
		lic = json_get(r->doc, item, "license");
		expr = get_str(r, item, "expression");
		if (expr) {
			text = expr;
			kind = sbom_license_classify(expr);
			lic = item;
		} else if (want(r, lic, JSON_OBJECT, "license")) {
			text = get_str(r, lic, "id");
			kind = SBOM_LICENSE_ID;
			if (!text) {
				text = get_str(r, lic, "name");
				kind = SBOM_LICENSE_NAME;
			}
		} else {
			text = NULL;
		}
		if (!text) {
			sbom_add_problem(r->sb, loc_of(r, item), SBOM_ERROR,
					 "missing-field", "a licence with "
					 "neither id, name nor expression");
			continue;
		}
		l = doc_level ? sbom_add_doc_license(r->sb) :
			sbom_add_license(r->sb, owner);
		l->kind = kind;
		l->text = text;
		l->ack = read_ack(r, lic);
		l->url = expr ? NULL : get_str(r, lic, "url");
		l->loc = loc_of(r, item);
	}
}

static void read_hashes(const struct cdx *r, json_ref arr, uint32_t owner)
{
	struct sbom_hash *h;
	json_ref item;
	const char *alg, *value;
	size_t i;

	if (!want(r, arr, JSON_ARRAY, "hashes"))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (!want(r, item, JSON_OBJECT, "a hash"))
			continue;
		alg = get_str(r, item, "alg");
		value = get_str(r, item, "content");
		if (!alg || !value) {
			sbom_add_problem(r->sb, loc_of(r, item), SBOM_ERROR,
					 "missing-field", "a hash without %s",
					 alg ? "content" : "alg");
			continue;
		}
		h = sbom_add_hash(r->sb, owner);
		h->alg_raw = alg;
		h->alg = sbom_hash_alg_normalise(alg);
		if (!h->alg)
			h->alg = alg;
		h->value = value;
		h->loc = loc_of(r, item);
	}
}

static void read_extrefs(const struct cdx *r, json_ref arr, uint32_t owner)
{
	struct sbom_ref *x;
	json_ref item;
	size_t i;

	if (!want(r, arr, JSON_ARRAY, "externalReferences"))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (!want(r, item, JSON_OBJECT, "an external reference"))
			continue;
		x = sbom_add_ref(r->sb, owner);
		x->type = get_str(r, item, "type");
		x->url = get_str(r, item, "url");
		x->comment = get_str(r, item, "comment");
		x->loc = loc_of(r, item);
	}
}

/* properties[]; returns the value of bsi:component:filename, if any. */
static const char *read_properties(const struct cdx *r, json_ref arr,
				   uint32_t owner, int doc_level)
{
	struct sbom_property *x;
	const char *filename = NULL;
	json_ref item;
	size_t i;

	if (!want(r, arr, JSON_ARRAY, "properties"))
		return NULL;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (!want(r, item, JSON_OBJECT, "a property"))
			continue;
		x = doc_level ? sbom_add_doc_property(r->sb) :
			sbom_add_property(r->sb, owner);
		x->name = get_str(r, item, "name");
		x->value = get_str(r, item, "value");
		x->loc = loc_of(r, item);
		if (!filename && x->name &&
		    !strcmp(x->name, "bsi:component:filename"))
			filename = x->value;
	}
	return filename;
}

static void read_authors(const struct cdx *r, json_ref arr, uint32_t owner)
{
	size_t i;

	if (!want(r, arr, JSON_ARRAY, "authors"))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++)
		read_contact(r, json_at(r->doc, arr, i),
			     sbom_add_author(r->sb, owner), "an author");
}

static void read_component(const struct cdx *r, json_ref obj, int32_t parent,
			   enum sbom_element element);

static void read_children(const struct cdx *r, json_ref arr, int32_t parent,
			  enum sbom_element element)
{
	const char *what = element == SBOM_ELEMENT_SERVICE ? "services" :
		"components";
	json_ref item;
	size_t i;

	if (!want(r, arr, JSON_ARRAY, what))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (want(r, item, JSON_OBJECT, element ==
			 SBOM_ELEMENT_SERVICE ? "a service" : "a component"))
			read_component(r, item, parent, element);
	}
}

/*
 * One component or service, then the ones nested in it: depth first, so
 * that a component's entries are all added before its children's. The
 * nesting is bounded by the JSON parser's depth limit.
 */
static void read_component(const struct cdx *r, json_ref obj, int32_t parent,
			   enum sbom_element element)
{
	struct sbom *sb = r->sb;
	const struct json_doc *doc = r->doc;
	struct sbom_component *c;
	json_ref v, children = JSON_NONE, services = JSON_NONE;
	const char *key, *filename = NULL, *author = NULL;
	size_t k, n = json_count(doc, obj), klen;
	uint32_t i = sbom_add_component(sb, element, loc_of(r, obj));
	struct sbom_entity *e;

	c = sbom_component_mut(sb, i);
	c->parent = parent;
	if (element == SBOM_ELEMENT_SERVICE)
		c->type = "service";
	for (k = 0; k < n; k++) {
		key = json_member_key(doc, obj, k, &klen);
		v = json_member_value(doc, obj, k);
		if (KEY("name"))
			c->name = str(r, v, key);
		else if (KEY("version"))
			c->version = str(r, v, key);
		else if (KEY("bom-ref"))
			c->bom_ref = str(r, v, key);
		else if (KEY("type"))
			c->type = str(r, v, key);
		else if (KEY("group"))
			c->group = str(r, v, key);
		else if (KEY("purl"))
			c->purl = str(r, v, key);
		else if (KEY("cpe"))
			c->cpe = str(r, v, key);
		else if (KEY("hashes"))
			read_hashes(r, v, i);
		else if (KEY("licenses"))
			read_licenses(r, v, i, 0);
		else if (KEY("supplier"))
			read_org(r, v, &c->supplier, key);
		else if (KEY("provider"))
			read_org(r, v, &c->supplier, key);
		else if (KEY("manufacturer"))
			read_org(r, v, &c->manufacturer, key);
		else if (KEY("authors"))
			read_authors(r, v, i);
		else if (KEY("author"))
			author = str(r, v, key);
		else if (KEY("publisher"))
			c->publisher = str(r, v, key);
		else if (KEY("copyright"))
			c->copyright = str(r, v, key);
		else if (KEY("description"))
			c->description = str(r, v, key);
		else if (KEY("scope"))
			c->scope = str(r, v, key);
		else if (KEY("swid")) {
			if (want(r, v, JSON_OBJECT, key))
				c->swid = get_str(r, v, "tagId");
		} else if (KEY("externalReferences"))
			read_extrefs(r, v, i);
		else if (KEY("properties"))
			filename = read_properties(r, v, i, 0);
		else if (KEY("components"))
			children = v;
		else if (KEY("services"))
			services = v;
	}
	/* The older single author string, as one author of unknown kind. */
	if (author) {
		e = sbom_add_author(sb, i);
		e->kind = SBOM_ENTITY_UNKNOWN;
		e->name = author;
		e->loc = loc_of(r, json_get(doc, obj, "author"));
	}
	c->filename = filename;
	if (!c->name)
		sbom_add_problem(sb, loc_of(r, obj), SBOM_ERROR,
				 "missing-field", "%s without a name",
				 element == SBOM_ELEMENT_SERVICE ? "a service" :
				 "a component");
	sbom_register_ref(sb, i, loc_of(r, json_get(doc, obj, "bom-ref")));
	if (children != JSON_NONE)
		read_children(r, children, (int32_t)i, SBOM_ELEMENT_COMPONENT);
	if (services != JSON_NONE)
		read_children(r, services, (int32_t)i, SBOM_ELEMENT_SERVICE);
}

/* A ref to another BOM (urn:cdx:serial/version#ref) is not dangling. */
static int is_bom_link(const char *ref)
{
	return !strncmp(ref, "urn:cdx:", 8);
}

/* The component ref names, or SBOM_NONE with a dangling-ref problem. */
static ssize_t resolve(const struct cdx *r, json_ref v, const char *what)
{
	const char *ref = str(r, v, what);
	ssize_t i;

	if (!ref)
		return SBOM_NONE;
	i = sbom_find_ref(r->sb, ref);
	if (i == SBOM_NONE && !is_bom_link(ref))
		sbom_add_problem(r->sb, loc_of(r, v), SBOM_WARNING,
				 "dangling-ref", "%s '%.200s' names no "
				 "component or service", what, ref);
	return i;
}

static void read_dependencies(const struct cdx *r, json_ref arr)
{
	struct sbom *sb = r->sb;
	struct sbom_component *c;
	json_ref item, ref, list;
	ssize_t from, to;
	size_t i, k;

	if (!want(r, arr, JSON_ARRAY, "dependencies"))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (!want(r, item, JSON_OBJECT, "a dependency"))
			continue;
		ref = json_get(r->doc, item, "ref");
		if (ref == JSON_NONE) {
			sbom_add_problem(sb, loc_of(r, item), SBOM_ERROR,
					 "missing-field",
					 "a dependency without a ref");
			continue;
		}
		from = resolve(r, ref, "dependency ref");
		if (from == SBOM_NONE)
			continue;
		c = sbom_component_mut(sb, (uint32_t)from);
		if (c->deps_declared)
			sbom_add_problem(sb, loc_of(r, ref), SBOM_WARNING,
					 "duplicate-dependency", "a second "
					 "dependency entry for '%.200s'; its "
					 "targets are added to the first's",
					 c->bom_ref);
		c->deps_declared = 1;
		list = json_get(r->doc, item, "dependsOn");
		if (want(r, list, JSON_ARRAY, "dependsOn"))
			for (k = 0; k < json_count(r->doc, list); k++) {
				ref = json_at(r->doc, list, k);
				to = resolve(r, ref, "dependsOn");
				if (to != SBOM_NONE)
					sbom_add_edge(sb, (uint32_t)from,
						      (uint32_t)to,
						      SBOM_EDGE_DEPENDS,
						      "dependsOn", NULL,
						      loc_of(r, ref));
			}
		list = json_get(r->doc, item, "provides");
		if (want(r, list, JSON_ARRAY, "provides"))
			for (k = 0; k < json_count(r->doc, list); k++) {
				ref = json_at(r->doc, list, k);
				to = resolve(r, ref, "provides");
				if (to != SBOM_NONE)
					sbom_add_edge(sb, (uint32_t)from,
						      (uint32_t)to,
						      SBOM_EDGE_OTHER,
						      "provides", NULL,
						      loc_of(r, ref));
			}
	}
}

/* Apply an aggregate to each component a list of refs names. */
static size_t composition_refs(const struct cdx *r, json_ref list,
			       const char *what, int assembly,
			       const char *aggregate)
{
	json_ref ref;
	ssize_t i;
	size_t k, n;

	if (!want(r, list, JSON_ARRAY, what))
		return 0;
	n = json_count(r->doc, list);
	for (k = 0; k < n; k++) {
		ref = json_at(r->doc, list, k);
		/* assemblies may be BOM-Link objects (1.5+): not ours */
		if (json_type(r->doc, ref) != JSON_STRING)
			continue;
		i = resolve(r, ref, what);
		if (i != SBOM_NONE)
			sbom_set_completeness(r->sb, (uint32_t)i, assembly,
					      aggregate);
	}
	return n;
}

static void read_compositions(const struct cdx *r, json_ref arr)
{
	struct sbom_composition *x;
	json_ref item, vulns;
	const char *aggregate;
	size_t i;

	if (!want(r, arr, JSON_ARRAY, "compositions"))
		return;
	for (i = 0; i < json_count(r->doc, arr); i++) {
		item = json_at(r->doc, arr, i);
		if (!want(r, item, JSON_OBJECT, "a composition"))
			continue;
		aggregate = get_str(r, item, "aggregate");
		if (!aggregate) {
			sbom_add_problem(r->sb, loc_of(r, item), SBOM_ERROR,
					 "missing-field",
					 "a composition without an aggregate");
			continue;
		}
		x = sbom_add_composition(r->sb);
		x->aggregate = aggregate;
		x->bom_ref = get_str(r, item, "bom-ref");
		x->loc = loc_of(r, item);
		x->nassemblies = composition_refs(r, json_get(r->doc, item,
			"assemblies"), "assemblies", 1, aggregate);
		x->ndependencies = composition_refs(r, json_get(r->doc, item,
			"dependencies"), "dependencies", 0, aggregate);
		vulns = json_get(r->doc, item, "vulnerabilities");
		x->nvulnerabilities = json_count(r->doc, vulns);
		/*
		 * Naming nothing, it can only be about the BOM as a whole;
		 * several such compositions combine into the weakest.
		 */
		if (!x->nassemblies && !x->ndependencies &&
		    !x->nvulnerabilities)
			sbom_set_completeness(r->sb, UINT32_MAX, 0, aggregate);
	}
}

static void read_vulnerability(const struct cdx *r, json_ref item)
{
	struct sbom *sb = r->sb;
	struct sbom_vulnerability *v;
	struct sbom_rating *rt;
	struct sbom_affect *a;
	struct sbom_text *t;
	json_ref src, list, x, analysis, score;
	uint32_t i = sbom_add_vulnerability(sb, loc_of(r, item));
	size_t k;

	v = sbom_vulnerability_mut(sb, i);
	v->id = get_str(r, item, "id");
	v->bom_ref = get_str(r, item, "bom-ref");
	src = json_get(r->doc, item, "source");
	if (want(r, src, JSON_OBJECT, "source")) {
		v->source = get_str(r, src, "name");
		v->source_url = get_str(r, src, "url");
	}
	v->description = get_str(r, item, "description");
	v->detail = get_str(r, item, "detail");
	v->recommendation = get_str(r, item, "recommendation");
	v->created = get_str(r, item, "created");
	v->published = get_str(r, item, "published");
	v->updated = get_str(r, item, "updated");
	analysis = json_get(r->doc, item, "analysis");
	if (want(r, analysis, JSON_OBJECT, "analysis")) {
		v->state = get_str(r, analysis, "state");
		v->justification = get_str(r, analysis, "justification");
		v->analysis_detail = get_str(r, analysis, "detail");
		list = json_get(r->doc, analysis, "response");
		if (want(r, list, JSON_ARRAY, "response"))
			for (k = 0; k < json_count(r->doc, list); k++) {
				x = json_at(r->doc, list, k);
				if (!want(r, x, JSON_STRING, "a response"))
					continue;
				t = sbom_add_response(sb, i);
				t->text = json_string(r->doc, x, NULL);
				t->loc = loc_of(r, x);
			}
	}
	list = json_get(r->doc, item, "ratings");
	if (want(r, list, JSON_ARRAY, "ratings"))
		for (k = 0; k < json_count(r->doc, list); k++) {
			x = json_at(r->doc, list, k);
			if (!want(r, x, JSON_OBJECT, "a rating"))
				continue;
			rt = sbom_add_rating(sb, i);
			src = json_get(r->doc, x, "source");
			if (want(r, src, JSON_OBJECT, "source"))
				rt->source = get_str(r, src, "name");
			rt->method = get_str(r, x, "method");
			rt->severity = get_str(r, x, "severity");
			rt->vector = get_str(r, x, "vector");
			score = json_get(r->doc, x, "score");
			if (want(r, score, JSON_NUMBER, "score")) {
				rt->score = json_number(r->doc, score);
				rt->has_score = 1;
			}
			rt->loc = loc_of(r, x);
		}
	list = json_get(r->doc, item, "affects");
	if (want(r, list, JSON_ARRAY, "affects"))
		for (k = 0; k < json_count(r->doc, list); k++) {
			x = json_at(r->doc, list, k);
			if (!want(r, x, JSON_OBJECT, "an affects entry"))
				continue;
			src = json_get(r->doc, x, "ref");
			if (src == JSON_NONE) {
				sbom_add_problem(sb, loc_of(r, x), SBOM_ERROR,
						 "missing-field",
						 "an affects entry without a "
						 "ref");
				continue;
			}
			/* re-fetched: resolve() may add problems only */
			v = sbom_vulnerability_mut(sb, i);
			a = sbom_add_affect(sb, i);
			a->ref = str(r, src, "ref");
			a->component = (int32_t)resolve(r, src, "affects ref");
			a->state = v->state;
			a->justification = v->justification;
			a->loc = loc_of(r, x);
		}
}

static void read_tools(const struct cdx *r, json_ref tools)
{
	struct sbom_tool *t;
	json_ref list, x, org;
	size_t i, pass;
	const char *vendor;

	if (json_type(r->doc, tools) == JSON_ARRAY) {
		/* 1.2-1.4: {vendor, name, version} */
		for (i = 0; i < json_count(r->doc, tools); i++) {
			x = json_at(r->doc, tools, i);
			if (!want(r, x, JSON_OBJECT, "a tool"))
				continue;
			t = sbom_add_tool(r->sb);
			t->vendor = get_str(r, x, "vendor");
			t->name = get_str(r, x, "name");
			t->version = get_str(r, x, "version");
			t->loc = loc_of(r, x);
		}
		return;
	}
	if (!want(r, tools, JSON_OBJECT, "tools"))
		return;
	/* 1.5+: components, then services */
	for (pass = 0; pass < 2; pass++) {
		list = json_get(r->doc, tools, pass ? "services" :
				"components");
		if (!want(r, list, JSON_ARRAY, pass ? "services" :
			  "components"))
			continue;
		for (i = 0; i < json_count(r->doc, list); i++) {
			x = json_at(r->doc, list, i);
			if (!want(r, x, JSON_OBJECT, "a tool"))
				continue;
			vendor = NULL;
			org = json_get(r->doc, x, pass ? "provider" :
				       "supplier");
			if (json_type(r->doc, org) == JSON_OBJECT)
				vendor = get_str(r, org, "name");
			org = json_get(r->doc, x, "manufacturer");
			if (!vendor && json_type(r->doc, org) == JSON_OBJECT)
				vendor = get_str(r, org, "name");
			if (!vendor)
				vendor = get_str(r, x, "group");
			if (!vendor)
				vendor = get_str(r, x, "author");
			t = sbom_add_tool(r->sb);
			t->vendor = vendor;
			t->name = get_str(r, x, "name");
			t->version = get_str(r, x, "version");
			t->loc = loc_of(r, x);
		}
	}
}

static void read_metadata(const struct cdx *r, json_ref meta)
{
	struct sbom *sb = r->sb;
	struct sbom_text *t;
	json_ref list, x, manufacturer;
	size_t i;

	if (!want(r, meta, JSON_OBJECT, "metadata"))
		return;
	sb->loc = loc_of(r, meta);
	sb->timestamp = get_str(r, meta, "timestamp");
	read_tools(r, json_get(r->doc, meta, "tools"));
	list = json_get(r->doc, meta, "authors");
	if (want(r, list, JSON_ARRAY, "authors"))
		for (i = 0; i < json_count(r->doc, list); i++)
			read_contact(r, json_at(r->doc, list, i),
				     sbom_add_doc_author(sb), "an author");
	read_org(r, json_get(r->doc, meta, "supplier"), &sb->supplier,
		 "supplier");
	/* 1.6 renamed manufacture; either will do, the new one first. */
	manufacturer = json_get(r->doc, meta, "manufacturer");
	if (manufacturer == JSON_NONE)
		manufacturer = json_get(r->doc, meta, "manufacture");
	read_org(r, manufacturer, &sb->manufacturer, "manufacturer");
	read_licenses(r, json_get(r->doc, meta, "licenses"), 0, 1);
	read_properties(r, json_get(r->doc, meta, "properties"), 0, 1);
	list = json_get(r->doc, meta, "lifecycles");
	if (want(r, list, JSON_ARRAY, "lifecycles"))
		for (i = 0; i < json_count(r->doc, list); i++) {
			x = json_at(r->doc, list, i);
			if (!want(r, x, JSON_OBJECT, "a lifecycle"))
				continue;
			t = sbom_add_lifecycle(sb);
			t->text = get_str(r, x, "phase");
			if (!t->text)
				t->text = get_str(r, x, "name");
			t->loc = loc_of(r, x);
		}
	x = json_get(r->doc, meta, "component");
	if (want(r, x, JSON_OBJECT, "component")) {
		sb->primary = (int32_t)sbom_component_count(sb);
		read_component(r, x, SBOM_NONE, SBOM_ELEMENT_COMPONENT);
		sbom_add_root(sb, (uint32_t)sb->primary);
	}
}

static void check_version(const struct cdx *r, json_ref root)
{
	static const char *const known[] = {
		"1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
	};
	json_ref v = json_get(r->doc, root, "specVersion");
	const char *s = str(r, v, "specVersion");
	size_t i;

	r->sb->spec_version = s;
	if (!s) {
		sbom_add_problem(r->sb, loc_of(r, root), SBOM_WARNING,
				 "spec-version", "no specVersion: read as "
				 "CycloneDX 1.7");
		return;
	}
	for (i = 0; i < sizeof(known) / sizeof(*known); i++)
		if (!strcmp(s, known[i]))
			return;
	sbom_add_problem(r->sb, loc_of(r, v), SBOM_WARNING, "spec-version",
			 "CycloneDX %.40s is not one of 1.2 to 1.7: read as "
			 "the nearest", s);
}

int sbom_read_cyclonedx(struct sbom *sb)
{
	struct cdx r = { sb, sbom_json(sb) };
	json_ref root = json_root(r.doc), v, props;
	int64_t version;
	size_t i;

	sb->encoding = SBOM_ENCODING_JSON;
	check_version(&r, root);
	sb->serial_number = get_str(&r, root, "serialNumber");
	v = json_get(r.doc, root, "version");
	if (want(&r, v, JSON_NUMBER, "version") &&
	    json_number_i64(r.doc, v, &version) == 0)
		sb->version = version;
	/* Components first: everything after refers to them. */
	read_metadata(&r, json_get(r.doc, root, "metadata"));
	read_children(&r, json_get(r.doc, root, "components"), SBOM_NONE,
		      SBOM_ELEMENT_COMPONENT);
	read_children(&r, json_get(r.doc, root, "services"), SBOM_NONE,
		      SBOM_ELEMENT_SERVICE);
	/* 1.5+ allows properties at the top too: the document's as well. */
	props = json_get(r.doc, root, "properties");
	if (props != JSON_NONE)
		read_properties(&r, props, 0, 1);
	read_dependencies(&r, json_get(r.doc, root, "dependencies"));
	read_compositions(&r, json_get(r.doc, root, "compositions"));
	v = json_get(r.doc, root, "vulnerabilities");
	if (want(&r, v, JSON_ARRAY, "vulnerabilities"))
		for (i = 0; i < json_count(r.doc, v); i++)
			if (want(&r, json_at(r.doc, v, i), JSON_OBJECT,
				 "a vulnerability"))
				read_vulnerability(&r, json_at(r.doc, v, i));
	return 0;
}
