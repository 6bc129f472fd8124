/*
 * SPDX 3.0 JSON-LD into the SBOM model (sbom.h). A document is a flat
 * @graph of elements that name each other by id, so the reader indexes
 * the graph first and then reads, in this order: the software elements
 * (software_Package, software_File, software_Snippet, and the AI and
 * dataset packages, which are packages too) as components; the
 * relationships, which carry the dependency graph, its completeness and
 * the licences (hasDeclaredLicense / hasConcludedLicense to licence
 * elements); the security profile's vulnerabilities and assessments;
 * and the document's creation information.
 *
 * Types and vocabulary entries are accepted in the compact form of the
 * SPDX context ("software_Package") and as full IRIs
 * ("https://spdx.org/rdf/3.0.1/terms/Software/Package"). A reference is
 * an id string or the element itself, inline.
 */
#include <string.h>
#include <strings.h>

#include "json.h"
#include "sbom.h"

struct s3 {
	struct sbom *sb;
	const struct json_doc *doc;
	json_ref graph;
	struct sbom_map *ids;		/* element id -> json_ref */
	struct sbom_map *vulns;		/* vulnerability id -> index */
	struct sbom_map *external;	/* ids imported from elsewhere */
};

static sbom_loc loc_of(const struct s3 *r, json_ref v)
{
	return v == JSON_NONE ? SBOM_NO_LOC :
		(sbom_loc)json_offset(r->doc, v);
}

static const char *get_str(const struct s3 *r, json_ref obj, const char *key)
{
	json_ref v = json_get(r->doc, obj, key);
	enum json_type t = json_type(r->doc, v);

	if (v == JSON_NONE || t == JSON_NULL)
		return NULL;
	if (t != JSON_STRING) {
		sbom_add_problem(r->sb, loc_of(r, v), SBOM_ERROR, "wrong-type",
				 "%s is %s, not a string", key,
				 json_type_name(t));
		return NULL;
	}
	return json_string(r->doc, v, NULL);
}

/*
 * A string member read for lookups, not as a field of the model: a wrong
 * type is reported where the member is read as a field, once.
 */
static const char *peek(const struct s3 *r, json_ref obj, const char *key)
{
	return json_string(r->doc, json_get(r->doc, obj, key), NULL);
}

/* An array member as an array; a single value stands for a list of one. */
static size_t list_count(const struct s3 *r, json_ref v)
{
	if (v == JSON_NONE || json_type(r->doc, v) == JSON_NULL)
		return 0;
	return json_type(r->doc, v) == JSON_ARRAY ? json_count(r->doc, v) : 1;
}

static json_ref list_at(const struct s3 *r, json_ref v, size_t i)
{
	return json_type(r->doc, v) == JSON_ARRAY ? json_at(r->doc, v, i) : v;
}

/*
 * Whether type t is the compact type name want ("software_Package",
 * "Relationship"), or its IRI (".../terms/Software/Package",
 * ".../terms/Core/Relationship").
 */
static int is_type(const char *t, const char *want)
{
	const char *iri, *under = strchr(want, '_');
	size_t plen;

	if (!t)
		return 0;
	if (!strcmp(t, want))
		return 1;
	iri = strstr(t, "/terms/");
	if (!iri)
		return 0;
	iri += 7;
	if (!under)
		return !strncmp(iri, "Core/", 5) && !strcmp(iri + 5, want);
	plen = (size_t)(under - want);
	return !strncasecmp(iri, want, plen) && iri[plen] == '/' &&
		!strcmp(iri + plen + 1, under + 1);
}

/* A vocabulary entry without its IRI: ".../HashAlgorithm/sha256" is sha256. */
static const char *vocab(const char *v)
{
	const char *slash = v ? strrchr(v, '/') : NULL;

	return slash ? slash + 1 : v;
}

static const char *element_id(const struct s3 *r, json_ref el)
{
	const char *id = peek(r, el, "spdxId");

	return id ? id : peek(r, el, "@id");
}

/* The element a reference names: an id, or the element inline. */
static json_ref deref(const struct s3 *r, json_ref v)
{
	const char *id;
	uint32_t ref;

	if (json_type(r->doc, v) == JSON_OBJECT)
		return v;
	id = json_string(r->doc, v, NULL);
	ref = sbom_map_get(r->ids, id);
	return ref == UINT32_MAX ? JSON_NONE : ref;
}

/* The id a reference gives, inline or not. */
static const char *ref_id(const struct s3 *r, json_ref v)
{
	if (json_type(r->doc, v) == JSON_OBJECT)
		return element_id(r, v);
	return json_string(r->doc, v, NULL);
}

/* An SpdxDocument's imports: elements of other documents it names. */
static void read_imports(const struct s3 *r, json_ref el)
{
	json_ref imports = json_get(r->doc, el, "import"), x;
	const char *ext;
	size_t i;

	for (i = 0; i < list_count(r, imports); i++) {
		x = list_at(r, imports, i);
		ext = json_type(r->doc, x) == JSON_OBJECT ?
			get_str(r, x, "externalSpdxId") : NULL;
		if (ext)
			sbom_map_put(r->external, ext, 0);
	}
}

/* An element of another document, or a placeholder individual. */
static int is_outside(const struct s3 *r, const char *id)
{
	if (strstr(id, "/terms/Core/No") || strstr(id, "/terms/Expanded/No"))
		return 1;
	return sbom_map_get(r->external, id) != UINT32_MAX;
}

static ssize_t resolve(const struct s3 *r, json_ref v, const char *what)
{
	const char *id = ref_id(r, v);
	ssize_t i;

	if (!id)
		return SBOM_NONE;
	i = sbom_find_ref(r->sb, id);
	if (i == SBOM_NONE && sbom_map_get(r->ids, id) == UINT32_MAX &&
	    !is_outside(r, id))
		sbom_add_problem(r->sb, loc_of(r, v), SBOM_WARNING,
				 "dangling-ref", "%s '%.200s' names no element "
				 "of the document", what, id);
	return i;
}

/* An Agent (Person, Organization, SoftwareAgent) as an entity. */
static void read_agent(const struct s3 *r, json_ref v, struct sbom_entity *e)
{
	json_ref el = deref(r, v), ids, x;
	const char *type, *kind;
	size_t i;

	e->loc = loc_of(r, v);
	e->kind = SBOM_ENTITY_UNKNOWN;
	if (el == JSON_NONE) {
		e->text = ref_id(r, v);
		return;
	}
	type = peek(r, el, "type");
	if (is_type(type, "Person"))
		e->kind = SBOM_ENTITY_PERSON;
	else if (is_type(type, "Organization"))
		e->kind = SBOM_ENTITY_ORGANIZATION;
	e->name = get_str(r, el, "name");
	ids = json_get(r->doc, el, "externalIdentifier");
	for (i = 0; i < list_count(r, ids); i++) {
		x = list_at(r, ids, i);
		kind = vocab(get_str(r, x, "externalIdentifierType"));
		if (kind && !strcmp(kind, "email") && !e->email)
			e->email = get_str(r, x, "identifier");
		else if (kind && !strcmp(kind, "urlScheme") && !e->url)
			e->url = get_str(r, x, "identifier");
	}
}

/* software_primaryPurpose in CycloneDX's words ("operating-system"). */
static const char *purpose(const char *p)
{
	static const struct {
		const char *spdx, *cdx;
	} words[] = {
		{ "operatingSystem", "operating-system" },
		{ "application", "application" }, { "library", "library" },
		{ "framework", "framework" }, { "container", "container" },
		{ "device", "device" }, { "firmware", "firmware" },
		{ "source", "source" }, { "archive", "archive" },
		{ "file", "file" }, { "install", "install" },
		{ "executable", "executable" }, { "other", "other" },
		{ "data", "data" }, { "model", "machine-learning-model" },
	};
	size_t i;

	p = vocab(p);
	for (i = 0; p && i < sizeof(words) / sizeof(*words); i++)
		if (!strcmp(p, words[i].spdx))
			return words[i].cdx;
	return p;
}

static void read_identifiers(const struct s3 *r, json_ref el, uint32_t i)
{
	struct sbom_component *c;
	struct sbom_ref *x;
	json_ref list = json_get(r->doc, el, "externalIdentifier"), item, loc;
	const char *type;
	size_t k;

	for (k = 0; k < list_count(r, list); k++) {
		item = list_at(r, list, k);
		x = sbom_add_ref(r->sb, i);
		x->category = "externalIdentifier";
		x->type = type = vocab(get_str(r, item,
					     "externalIdentifierType"));
		x->url = get_str(r, item, "identifier");
		x->comment = get_str(r, item, "comment");
		x->loc = loc_of(r, item);
		if (!type || !x->url)
			continue;
		c = sbom_component_mut(r->sb, i);
		if (!strcmp(type, "cpe23"))
			c->cpe = x->url;
		else if (!strcmp(type, "cpe22") && !c->cpe)
			c->cpe = x->url;
		else if (!strcmp(type, "packageUrl") && !c->purl)
			c->purl = x->url;
		else if (!strcmp(type, "swid") && !c->swid)
			c->swid = x->url;
	}
	list = json_get(r->doc, el, "externalRef");
	for (k = 0; k < list_count(r, list); k++) {
		item = list_at(r, list, k);
		x = sbom_add_ref(r->sb, i);
		x->category = "externalRef";
		x->type = vocab(get_str(r, item, "externalRefType"));
		loc = json_get(r->doc, item, "locator");
		if (list_count(r, loc))
			x->url = json_string(r->doc, list_at(r, loc, 0), NULL);
		x->comment = get_str(r, item, "comment");
		x->loc = loc_of(r, item);
	}
}

static void read_hashes(const struct s3 *r, json_ref el, uint32_t i)
{
	json_ref list = json_get(r->doc, el, "verifiedUsing"), item;
	struct sbom_hash *h;
	const char *alg, *value;
	size_t k;

	for (k = 0; k < list_count(r, list); k++) {
		item = list_at(r, list, k);
		/* not a signature or another integrity method */
		if (!is_type(peek(r, item, "type"), "Hash"))
			continue;
		alg = vocab(get_str(r, item, "algorithm"));
		value = get_str(r, item, "hashValue");
		if (!alg || !value) {
			sbom_add_problem(r->sb, loc_of(r, item), SBOM_ERROR,
					 "missing-field", "a hash without %s",
					 alg ? "hashValue" : "algorithm");
			continue;
		}
		h = sbom_add_hash(r->sb, i);
		h->alg_raw = alg;
		h->alg = sbom_hash_alg_normalise(alg);
		if (!h->alg)
			h->alg = alg;
		h->value = value;
		h->loc = loc_of(r, item);
	}
}

static void read_component(const struct s3 *r, json_ref el,
			   enum sbom_element element)
{
	struct sbom *sb = r->sb;
	struct sbom_component *c;
	uint32_t i = sbom_add_component(sb, element, loc_of(r, el));
	json_ref v;

	c = sbom_component_mut(sb, i);
	c->bom_ref = element_id(r, el);
	c->name = get_str(r, el, "name");
	c->version = get_str(r, el, "software_packageVersion");
	c->purl = get_str(r, el, "software_packageUrl");
	c->download = get_str(r, el, "software_downloadLocation");
	c->homepage = get_str(r, el, "software_homePage");
	c->copyright = get_str(r, el, "software_copyrightText");
	c->description = get_str(r, el, "description");
	if (!c->description)
		c->description = get_str(r, el, "summary");
	c->type = purpose(get_str(r, el, "software_primaryPurpose"));
	if (element == SBOM_ELEMENT_FILE) {
		c->filename = c->name;
		if (!c->type)
			c->type = "file";
	} else if (element == SBOM_ELEMENT_SNIPPET) {
		c->type = "snippet";
	}
	v = json_get(r->doc, el, "suppliedBy");
	if (v != JSON_NONE)
		read_agent(r, v, &c->supplier);
	v = json_get(r->doc, el, "originatedBy");
	if (list_count(r, v))
		read_agent(r, list_at(r, v, 0), &c->manufacturer);
	read_hashes(r, el, i);
	read_identifiers(r, el, i);
	c = sbom_component_mut(sb, i);
	if (!c->bom_ref)
		sbom_add_problem(sb, loc_of(r, el), SBOM_ERROR,
				 "missing-field", "%s without a spdxId",
				 sbom_element_name(element));
	if (!c->name && element != SBOM_ELEMENT_SNIPPET)
		sbom_add_problem(sb, loc_of(r, el), SBOM_ERROR,
				 "missing-field", "%s without a name",
				 sbom_element_name(element));
	sbom_register_ref(sb, i, loc_of(r, json_get(r->doc, el, "spdxId")));
}

static void read_vulnerability(const struct s3 *r, json_ref el)
{
	struct sbom_vulnerability *v;
	json_ref ids, x;
	const char *kind;
	uint32_t i = sbom_add_vulnerability(r->sb, loc_of(r, el));
	size_t k;

	v = sbom_vulnerability_mut(r->sb, i);
	v->bom_ref = element_id(r, el);
	v->description = get_str(r, el, "description");
	v->published = get_str(r, el, "security_publishedTime");
	v->updated = get_str(r, el, "security_modifiedTime");
	/* The id is the CVE (or other) identifier, else the name. */
	ids = json_get(r->doc, el, "externalIdentifier");
	for (k = 0; k < list_count(r, ids) && !v->id; k++) {
		x = list_at(r, ids, k);
		kind = vocab(get_str(r, x, "externalIdentifierType"));
		if (kind && (!strcmp(kind, "cve") ||
			     !strcmp(kind, "securityOther"))) {
			v->id = get_str(r, x, "identifier");
			v->source = kind;
		}
	}
	if (!v->id)
		v->id = get_str(r, el, "name");
	if (v->bom_ref)
		sbom_map_put(r->vulns, v->bom_ref, i);
}

/* Licence elements, and the placeholders, as text and kind. */
static void read_license_to(const struct s3 *r, json_ref v, uint32_t owner,
			    enum sbom_ack ack)
{
	struct sbom_license *l;
	json_ref el = deref(r, v);
	const char *id = ref_id(r, v), *type, *text = NULL;
	enum sbom_license_kind kind = SBOM_LICENSE_ID;

	if (!id)
		return;
	if (el != JSON_NONE) {
		type = peek(r, el, "type");
		if (is_type(type, "simplelicensing_LicenseExpression")) {
			text = get_str(r, el,
				       "simplelicensing_licenseExpression");
			kind = text ? sbom_license_classify(text) : kind;
		} else if (is_type(type, "expandedlicensing_ListedLicense")) {
			text = vocab(id);
		} else {
			/* a custom licence: its id is a LicenseRef */
			text = get_str(r, el, "name");
			kind = SBOM_LICENSE_NAME;
			if (!text) {
				text = vocab(id);
				kind = SBOM_LICENSE_ID;
			}
		}
	} else if (strstr(id, "NoAssertion")) {
		text = "NOASSERTION";
		kind = SBOM_LICENSE_NOASSERTION;
	} else if (strstr(id, "/terms/") && strstr(id, "None")) {
		text = "NONE";
		kind = SBOM_LICENSE_NONE;
	} else if (strstr(id, "spdx.org/licenses/")) {
		text = vocab(id);
	} else {
		sbom_add_problem(r->sb, loc_of(r, v), SBOM_WARNING,
				 "dangling-ref", "licence '%.200s' names no "
				 "element of the document", id);
		return;
	}
	if (!text)
		return;
	l = sbom_add_license(r->sb, owner);
	l->kind = kind;
	l->ack = ack;
	l->text = text;
	l->loc = loc_of(r, v);
}

static const struct {
	const char *type;
	enum sbom_edge_kind kind;
} relationship_types[] = {
	{ "dependsOn", SBOM_EDGE_DEPENDS },
	{ "hasDynamicLink", SBOM_EDGE_DEPENDS },
	{ "hasStaticLink", SBOM_EDGE_DEPENDS },
	{ "hasOptionalDependency", SBOM_EDGE_DEPENDS },
	{ "hasProvidedDependency", SBOM_EDGE_DEPENDS },
	{ "hasPrerequisite", SBOM_EDGE_DEPENDS },
	{ "contains", SBOM_EDGE_CONTAINS },
};

/* VEX assessments: the state they give, in CycloneDX's words. */
static const char *vex_state(const char *rel)
{
	if (!strcmp(rel, "affects"))
		return "exploitable";
	if (!strcmp(rel, "doesNotAffect"))
		return "not_affected";
	if (!strcmp(rel, "fixedIn"))
		return "resolved";
	if (!strcmp(rel, "underInvestigationFor"))
		return "in_triage";
	return NULL;
}

static void read_assessment(const struct s3 *r, json_ref el, const char *type,
			    const char *rel, json_ref from, json_ref to)
{
	struct sbom_affect *a;
	struct sbom_rating *rt;
	const char *vid = ref_id(r, from), *state = vex_state(rel);
	json_ref x, score;
	uint32_t vi = vid ? sbom_map_get(r->vulns, vid) : UINT32_MAX;
	size_t k;

	if (vi == UINT32_MAX) {
		sbom_add_problem(r->sb, loc_of(r, from), SBOM_WARNING,
				 "dangling-ref", "assessment of '%.200s', "
				 "which is no vulnerability of the document",
				 vid ? vid : "");
		return;
	}
	if (strstr(type, "Cvss") || strstr(type, "Epss")) {
		rt = sbom_add_rating(r->sb, vi);
		rt->method = strstr(type, "CvssV2") ? "CVSSv2" :
			strstr(type, "CvssV3") ? "CVSSv3" :
			strstr(type, "CvssV4") ? "CVSSv4" : "EPSS";
		rt->severity = vocab(get_str(r, el, "security_severity"));
		rt->vector = get_str(r, el, "security_vectorString");
		score = json_get(r->doc, el, "security_score");
		if (score == JSON_NONE)
			score = json_get(r->doc, el, "security_probability");
		if (json_type(r->doc, score) == JSON_NUMBER) {
			rt->score = json_number(r->doc, score);
			rt->has_score = 1;
		}
		rt->loc = loc_of(r, el);
		return;
	}
	if (!state)
		return;
	for (k = 0; k < list_count(r, to); k++) {
		x = list_at(r, to, k);
		a = sbom_add_affect(r->sb, vi);
		a->ref = ref_id(r, x);
		a->component = (int32_t)resolve(r, x, "assessed element");
		a->state = state;
		a->justification = vocab(get_str(r, el,
					 "security_justificationType"));
		a->loc = loc_of(r, x);
	}
}

/* Roots: software_Sbom and SpdxDocument rootElement, followed once. */
static void read_roots(const struct s3 *r, json_ref el, int follow)
{
	json_ref list = json_get(r->doc, el, "rootElement"), x, target;
	const char *type;
	ssize_t i;
	size_t k;

	for (k = 0; k < list_count(r, list); k++) {
		x = list_at(r, list, k);
		i = sbom_find_ref(r->sb, ref_id(r, x));
		if (i != SBOM_NONE) {
			sbom_add_root(r->sb, (uint32_t)i);
			continue;
		}
		target = deref(r, x);
		type = peek(r, target, "type");
		if (follow && (is_type(type, "software_Sbom") ||
			       is_type(type, "Bom") || is_type(type, "Bundle")))
			read_roots(r, target, 0);
	}
}

/* SPDX 3 completeness in CycloneDX's aggregate words. */
static const char *completeness_word(const char *c)
{
	if (!strcmp(c, "complete"))
		return "complete";
	if (!strcmp(c, "incomplete"))
		return "incomplete";
	return "unknown";
}

static void read_relationship(const struct s3 *r, json_ref el,
			      const char *type)
{
	struct sbom *sb = r->sb;
	json_ref from = json_get(r->doc, el, "from"),
		to = json_get(r->doc, el, "to"), x;
	const char *rel = vocab(get_str(r, el, "relationshipType")),
		*completeness = vocab(get_str(r, el, "completeness")),
		*scope = vocab(get_str(r, el, "scope")), *id;
	enum sbom_edge_kind kind = SBOM_EDGE_OTHER;
	ssize_t a, b;
	size_t k;

	if (from == JSON_NONE || !rel) {
		sbom_add_problem(sb, loc_of(r, el), SBOM_ERROR,
				 "missing-field", "a relationship without %s",
				 rel ? "from" : "relationshipType");
		return;
	}
	if (strncmp(type, "security_", 9) == 0 ||
	    strstr(type, "/terms/Security/")) {
		read_assessment(r, el, type, rel, from, to);
		return;
	}
	if (!strcmp(rel, "hasDeclaredLicense") ||
	    !strcmp(rel, "hasConcludedLicense")) {
		a = resolve(r, from, "from");
		if (a == SBOM_NONE)
			return;
		for (k = 0; k < list_count(r, to); k++)
			read_license_to(r, list_at(r, to, k), (uint32_t)a,
					rel[3] == 'D' ? SBOM_ACK_DECLARED :
					SBOM_ACK_CONCLUDED);
		return;
	}
	if (!strcmp(rel, "describes")) {
		for (k = 0; k < list_count(r, to); k++) {
			a = resolve(r, list_at(r, to, k), "to");
			if (a != SBOM_NONE)
				sbom_add_root(sb, (uint32_t)a);
		}
		return;
	}
	for (k = 0; k < sizeof(relationship_types) /
	     sizeof(*relationship_types); k++)
		if (!strcmp(rel, relationship_types[k].type))
			kind = relationship_types[k].kind;
	id = ref_id(r, from);
	a = sbom_find_ref(sb, id ? id : "");
	if (a == SBOM_NONE) {
		/* relationships of other elements (agents, documents) */
		if (kind != SBOM_EDGE_OTHER)
			resolve(r, from, "from");
		return;
	}
	if (kind != SBOM_EDGE_OTHER) {
		sbom_component_mut(sb, (uint32_t)a)->deps_declared = 1;
		if (completeness)
			sbom_set_completeness(sb, (uint32_t)a,
					      kind == SBOM_EDGE_CONTAINS,
					      completeness_word(completeness));
	}
	for (k = 0; k < list_count(r, to); k++) {
		x = list_at(r, to, k);
		id = ref_id(r, x);
		if (id && strstr(id, "/terms/Core/No")) {
			/* NoneElement: none; NoAssertionElement: unknown */
			if (kind != SBOM_EDGE_OTHER)
				sbom_set_completeness(sb, (uint32_t)a,
					kind == SBOM_EDGE_CONTAINS,
					strstr(id, "NoAssertion") ?
					"unknown" : "complete");
			continue;
		}
		b = sbom_find_ref(sb, id ? id : "");
		if (b == SBOM_NONE) {
			if (kind != SBOM_EDGE_OTHER)
				resolve(r, x, "to");
			continue;
		}
		sbom_add_edge(sb, (uint32_t)a, (uint32_t)b, kind, rel, scope,
			      loc_of(r, x));
	}
}

static void read_creation_info(const struct s3 *r, json_ref info)
{
	struct sbom *sb = r->sb;
	struct sbom_tool *t;
	json_ref list, x, el;
	const char *version;
	size_t k;

	info = deref(r, info);
	if (info == JSON_NONE)
		return;
	sb->loc = loc_of(r, info);
	sb->timestamp = get_str(r, info, "created");
	sb->comment = get_str(r, info, "comment");
	version = get_str(r, info, "specVersion");
	if (version)
		sb->spec_version = version;
	list = json_get(r->doc, info, "createdBy");
	for (k = 0; k < list_count(r, list); k++)
		read_agent(r, list_at(r, list, k), sbom_add_doc_author(sb));
	list = json_get(r->doc, info, "createdUsing");
	for (k = 0; k < list_count(r, list); k++) {
		x = list_at(r, list, k);
		el = deref(r, x);
		t = sbom_add_tool(sb);
		t->name = el != JSON_NONE ? get_str(r, el, "name") :
			ref_id(r, x);
		t->loc = loc_of(r, x);
	}
}

static void read_document(const struct s3 *r, json_ref el)
{
	struct sbom *sb = r->sb;
	struct sbom_license *l;
	const char *text;
	json_ref v, lic;

	sb->namespace_uri = element_id(r, el);
	sb->name = get_str(r, el, "name");
	read_creation_info(r, json_get(r->doc, el, "creationInfo"));
	v = json_get(r->doc, el, "dataLicense");
	/* A listed licence's IRI, or a licence expression element. */
	lic = deref(r, v);
	text = vocab(ref_id(r, v));
	if (is_type(peek(r, lic, "type"), "simplelicensing_LicenseExpression"))
		text = peek(r, lic, "simplelicensing_licenseExpression");
	if (!text)
		return;
	l = sbom_add_doc_license(sb);
	l->text = text;
	l->kind = sbom_license_classify(text);
	l->loc = loc_of(r, v);
	sb->data_license = text;
}

static enum sbom_element element_of(const char *type, int *is_component)
{
	*is_component = 1;
	if (is_type(type, "software_Package") || is_type(type, "ai_AIPackage")
	    || is_type(type, "dataset_DatasetPackage"))
		return SBOM_ELEMENT_PACKAGE;
	if (is_type(type, "software_File"))
		return SBOM_ELEMENT_FILE;
	if (is_type(type, "software_Snippet"))
		return SBOM_ELEMENT_SNIPPET;
	*is_component = 0;
	return SBOM_ELEMENT_PACKAGE;
}

static int is_relationship(const char *type)
{
	size_t n = type ? strlen(type) : 0;

	return n >= 12 && !strcmp(type + n - 12, "Relationship");
}

static void read_graph(struct s3 *r)
{
	struct sbom *sb = r->sb;
	size_t n = list_count(r, r->graph), i;
	json_ref el, doc_el = JSON_NONE, info = JSON_NONE;
	const char *id, *type;
	enum sbom_element element;
	int is_component;
	uint32_t first;

	/* Pass 1: every element by id, so that references resolve. */
	for (i = 0; i < n; i++) {
		el = list_at(r, r->graph, i);
		if (json_type(r->doc, el) != JSON_OBJECT) {
			sbom_add_problem(sb, loc_of(r, el), SBOM_ERROR,
					 "wrong-type", "an element of @graph "
					 "is %s, not an object",
					 json_type_name(json_type(r->doc, el)));
			continue;
		}
		id = element_id(r, el);
		if (id) {
			first = sbom_map_put(r->ids, id, el);
			/* components report their own duplicates */
			element_of(peek(r, el, "type"), &is_component);
			if (first != el && !is_component)
				sbom_add_problem(sb, loc_of(r, el),
						 SBOM_WARNING, "duplicate-ref",
						 "'%.200s' is already the id "
						 "of another element", id);
		}
		read_imports(r, el);
	}
	/* Pass 2: the components and vulnerabilities, in graph order. */
	for (i = 0; i < n; i++) {
		el = list_at(r, r->graph, i);
		if (json_type(r->doc, el) != JSON_OBJECT)
			continue;
		type = get_str(r, el, "type");
		if (!type) {
			sbom_add_problem(sb, loc_of(r, el), SBOM_ERROR,
					 "missing-field",
					 "an element without a type");
			continue;
		}
		element = element_of(type, &is_component);
		if (is_component)
			read_component(r, el, element);
		else if (is_type(type, "security_Vulnerability"))
			read_vulnerability(r, el);
		else if (is_type(type, "SpdxDocument") && doc_el == JSON_NONE)
			doc_el = el;
		else if (is_type(type, "CreationInfo") && info == JSON_NONE)
			info = el;
	}
	/* Pass 3: relationships, which need both ends. */
	for (i = 0; i < n; i++) {
		el = list_at(r, r->graph, i);
		type = json_type(r->doc, el) == JSON_OBJECT ?
			json_string(r->doc, json_get(r->doc, el, "type"),
				    NULL) : NULL;
		if (is_relationship(type))
			read_relationship(r, el, type);
	}
	/* The SBOM's roots first, then the document's. */
	for (i = 0; i < n; i++) {
		el = list_at(r, r->graph, i);
		type = json_type(r->doc, el) == JSON_OBJECT ?
			json_string(r->doc, json_get(r->doc, el, "type"),
				    NULL) : NULL;
		if (is_type(type, "software_Sbom"))
			read_roots(r, el, 0);
	}
	if (doc_el != JSON_NONE) {
		read_roots(r, doc_el, 1);
		read_document(r, doc_el);
	} else if (info != JSON_NONE) {
		read_creation_info(r, info);
	}
}

static void check_version(const struct s3 *r)
{
	const char *v = r->sb->spec_version;

	if (v && (!strcmp(v, "3.0.0") || !strcmp(v, "3.0.1")))
		return;
	sbom_add_problem(r->sb, r->sb->loc, SBOM_WARNING, "spec-version",
			 "%s%.40s is not SPDX 3.0.0 or 3.0.1: read as 3.0.1",
			 v ? "" : "no specVersion", v ? v : "");
}

int sbom_read_spdx3(struct sbom *sb)
{
	struct s3 r = { sb, sbom_json(sb), JSON_NONE, NULL, NULL, NULL };
	json_ref root = json_root(r.doc);
	const uint32_t *roots;
	size_t n, i;

	sb->encoding = SBOM_ENCODING_JSON_LD;
	r.graph = json_get(r.doc, root, "@graph");
	if (r.graph == JSON_NONE)
		r.graph = root;	/* a document of one element */
	else if (json_type(r.doc, r.graph) != JSON_ARRAY)
		sbom_add_problem(sb, loc_of(&r, r.graph), SBOM_ERROR,
				 "wrong-type", "@graph is %s, not an array",
				 json_type_name(json_type(r.doc, r.graph)));
	r.ids = sbom_map_new();
	r.vulns = sbom_map_new();
	r.external = sbom_map_new();
	if (json_type(r.doc, r.graph) != JSON_ARRAY || json_count(r.doc,
								  r.graph))
		read_graph(&r);
	check_version(&r);
	n = sbom_root_list(&roots, sb);
	for (i = 0; i < n && sb->primary == SBOM_NONE; i++)
		if (sbom_component_mut(sb, roots[i])->element ==
		    SBOM_ELEMENT_PACKAGE)
			sb->primary = (int32_t)roots[i];
	sbom_map_free(r.ids);
	sbom_map_free(r.vulns);
	sbom_map_free(r.external);
	return 0;
}
