/*
 * SPDX 2.2 and 2.3, JSON or YAML, into the SBOM model (sbom.h). Both
 * encodings carry the same members, so the reader walks either through
 * one small interface (struct node) and exists once.
 *
 * Packages, files and snippets become components; relationships between
 * them become edges, turned so that they read "from needs / contains
 * to"; DESCRIBES from the document gives the roots. A relationship to
 * NONE or NOASSERTION says how complete a component's dependencies are.
 * Elements of other documents (DocumentRef-...:SPDXRef-...) are no
 * components, so relationships to them are not edges.
 */
#include <string.h>
#include <strings.h>

#include "json.h"
#include "sbom.h"
#include "yaml_tree.h"

struct spdx {
	struct sbom *sb;
	const struct json_doc *doc;	/* NULL: the YAML tree */
	const char *doc_id;		/* the document's SPDXID */
};

/* A JSON value or a YAML node; absent when both say so. */
struct node {
	json_ref j;
	const struct ynode *y;
};

static const struct node none = { JSON_NONE, NULL };

enum kind { K_OBJECT, K_ARRAY, K_STRING };

static int present(struct node n)
{
	return n.j != JSON_NONE || n.y != NULL;
}

static struct node root_of(const struct spdx *r)
{
	struct node n = none;

	if (r->doc)
		n.j = json_root(r->doc);
	else
		n.y = sbom_ydoc(r->sb)->root;
	return n;
}

static struct node get(const struct spdx *r, struct node obj,
		       const char *key)
{
	struct node n = none;

	if (r->doc)
		n.j = json_get(r->doc, obj.j, key);
	else
		n.y = ynode_get(obj.y, key);
	return n;
}

static sbom_loc loc_of(const struct spdx *r, struct node n)
{
	if (r->doc)
		return n.j == JSON_NONE ? SBOM_NO_LOC :
			(sbom_loc)json_offset(r->doc, n.j);
	return n.y ? sbom_yaml_loc(r->sb, n.y->line, n.y->column) :
		SBOM_NO_LOC;
}

static const char *kind_name(const struct spdx *r, struct node n)
{
	if (r->doc)
		return json_type_name(json_type(r->doc, n.j));
	return ynode_type_name(n.y);
}

static int is_null(const struct spdx *r, struct node n)
{
	if (r->doc)
		return json_type(r->doc, n.j) == JSON_NULL;
	return ynode_is_null(n.y);
}

static int is_kind(const struct spdx *r, struct node n, enum kind k)
{
	static const enum json_type jtypes[] = {
		JSON_OBJECT, JSON_ARRAY, JSON_STRING,
	};
	static const enum ynode_type ytypes[] = {
		YNODE_MAPPING, YNODE_SEQUENCE, YNODE_SCALAR,
	};

	if (!present(n) || is_null(r, n))
		return 0;
	return r->doc ? json_type(r->doc, n.j) == jtypes[k] :
		n.y->type == ytypes[k];
}

/* Whether n is of kind k; null is absent, anything else a problem. */
static int want(const struct spdx *r, struct node n, enum kind k,
		const char *what)
{
	static const char *const names[] = {
		"an object", "an array", "a string",
	};
	int ok;

	if (!present(n) || is_null(r, n))
		return 0;
	ok = is_kind(r, n, k);
	if (!ok)
		sbom_add_problem(r->sb, loc_of(r, n), SBOM_ERROR, "wrong-type",
				 "%s is %s, not %s", what, kind_name(r, n),
				 names[k]);
	return ok;
}

static size_t count(const struct spdx *r, struct node arr)
{
	return r->doc ? json_count(r->doc, arr.j) : arr.y->count;
}

static struct node at(const struct spdx *r, struct node arr, size_t i)
{
	struct node n = none;

	if (r->doc)
		n.j = json_at(r->doc, arr.j, i);
	else
		n.y = arr.y->items[i];
	return n;
}

static const char *str(const struct spdx *r, struct node n, const char *what)
{
	if (!want(r, n, K_STRING, what))
		return NULL;
	return r->doc ? json_string(r->doc, n.j, NULL) : n.y->value;
}

/* A string already checked elsewhere: no second problem. */
static const char *peek_str(const struct spdx *r, struct node n)
{
	if (!is_kind(r, n, K_STRING))
		return NULL;
	return r->doc ? json_string(r->doc, n.j, NULL) : n.y->value;
}

static const char *get_str(const struct spdx *r, struct node obj,
			   const char *key)
{
	return str(r, get(r, obj, key), key);
}

/* An array member, or absent (with a problem when it is no array). */
static int get_array(const struct spdx *r, struct node obj, const char *key,
		     struct node *out)
{
	*out = get(r, obj, key);
	return want(r, *out, K_ARRAY, key);
}

static void read_entity(const struct spdx *r, struct node obj,
			const char *key, struct sbom_entity *e)
{
	struct node n = get(r, obj, key);
	const char *text = str(r, n, key), *version;

	if (!text)
		return;
	sbom_entity_parse(e, &version, r->sb, text);
	e->loc = loc_of(r, n);
}

static void read_checksums(const struct spdx *r, struct node obj,
			   uint32_t owner)
{
	struct sbom_hash *h;
	struct node arr, item;
	const char *alg, *value;
	size_t i;

	if (!get_array(r, obj, "checksums", &arr))
		return;
	for (i = 0; i < count(r, arr); i++) {
		item = at(r, arr, i);
		if (!want(r, item, K_OBJECT, "a checksum"))
			continue;
		alg = get_str(r, item, "algorithm");
		value = get_str(r, item, "checksumValue");
		if (!alg || !value) {
			sbom_add_problem(r->sb, loc_of(r, item), SBOM_ERROR,
					 "missing-field", "a checksum without "
					 "%s", alg ? "checksumValue" :
					 "algorithm");
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

static void read_license(const struct spdx *r, struct node obj,
			 const char *key, enum sbom_ack ack, uint32_t owner)
{
	struct node n = get(r, obj, key);
	const char *text = str(r, n, key);
	struct sbom_license *l;

	if (!text)
		return;
	l = sbom_add_license(r->sb, owner);
	l->kind = sbom_license_classify(text);
	l->ack = ack;
	l->text = text;
	l->loc = loc_of(r, n);
}

/* externalRefs[]: kept, and the first purl, CPE and SWID picked out. */
static void read_extrefs(const struct spdx *r, struct node obj,
			 uint32_t owner)
{
	struct sbom_component *c;
	struct sbom_ref *x;
	struct node arr, item;
	size_t i;

	if (!get_array(r, obj, "externalRefs", &arr))
		return;
	for (i = 0; i < count(r, arr); i++) {
		item = at(r, arr, i);
		if (!want(r, item, K_OBJECT, "an external reference"))
			continue;
		x = sbom_add_ref(r->sb, owner);
		x->category = get_str(r, item, "referenceCategory");
		x->type = get_str(r, item, "referenceType");
		x->url = get_str(r, item, "referenceLocator");
		x->comment = get_str(r, item, "comment");
		x->loc = loc_of(r, item);
		if (!x->type || !x->url)
			continue;
		c = sbom_component_mut(r->sb, owner);
		if (!c->purl && !strcmp(x->type, "purl"))
			c->purl = x->url;
		else if (!strcmp(x->type, "cpe23Type"))
			c->cpe = x->url;
		else if (!c->cpe && !strcmp(x->type, "cpe22Type"))
			c->cpe = x->url;
		else if (!c->swid && !strcmp(x->type, "swid"))
			c->swid = x->url;
	}
}

/* primaryPackagePurpose in CycloneDX's words, which are its own. */
static const char *purpose(const char *p)
{
	static const char *const words[] = {
		"application", "framework", "library", "container",
		"operating-system", "device", "firmware", "source",
		"archive", "file", "install", "other",
	};
	size_t i;

	for (i = 0; p && i < sizeof(words) / sizeof(*words); i++)
		if (!strcasecmp(p, words[i]))
			return words[i];
	return p;
}

static uint32_t read_element(const struct spdx *r, struct node obj,
			     enum sbom_element element)
{
	struct sbom *sb = r->sb;
	struct sbom_component *c;
	uint32_t i = sbom_add_component(sb, element, loc_of(r, obj));
	const char *description;

	c = sbom_component_mut(sb, i);
	c->bom_ref = get_str(r, obj, "SPDXID");
	c->copyright = get_str(r, obj, "copyrightText");
	read_checksums(r, obj, i);
	read_license(r, obj, "licenseDeclared", SBOM_ACK_DECLARED, i);
	read_license(r, obj, "licenseConcluded", SBOM_ACK_CONCLUDED, i);
	switch (element) {
	case SBOM_ELEMENT_PACKAGE:
		c->name = get_str(r, obj, "name");
		c->version = get_str(r, obj, "versionInfo");
		c->filename = get_str(r, obj, "packageFileName");
		c->download = get_str(r, obj, "downloadLocation");
		c->homepage = get_str(r, obj, "homepage");
		c->type = purpose(get_str(r, obj, "primaryPackagePurpose"));
		description = get_str(r, obj, "description");
		c->description = description ? description :
			get_str(r, obj, "summary");
		read_entity(r, obj, "supplier", &c->supplier);
		read_entity(r, obj, "originator", &c->manufacturer);
		read_extrefs(r, obj, i);
		break;
	case SBOM_ELEMENT_FILE:
		c->type = "file";
		c->name = get_str(r, obj, "fileName");
		c->filename = c->name;
		break;
	default:
		c->type = "snippet";
		c->name = get_str(r, obj, "name");
		break;
	}
	c = sbom_component_mut(sb, i);
	if (!c->bom_ref)
		sbom_add_problem(sb, loc_of(r, obj), SBOM_ERROR,
				 "missing-field", "%s without an SPDXID",
				 sbom_element_name(element));
	if (!c->name && element != SBOM_ELEMENT_SNIPPET)
		sbom_add_problem(sb, loc_of(r, obj), SBOM_ERROR,
				 "missing-field", "%s without a %s",
				 sbom_element_name(element),
				 element == SBOM_ELEMENT_FILE ? "fileName" :
				 "name");
	sbom_register_ref(sb, i, loc_of(r, get(r, obj, "SPDXID")));
	return i;
}

static void read_elements(const struct spdx *r, struct node root,
			  const char *key, enum sbom_element element)
{
	struct node arr, item;
	size_t i;

	if (!get_array(r, root, key, &arr))
		return;
	for (i = 0; i < count(r, arr); i++) {
		item = at(r, arr, i);
		if (want(r, item, K_OBJECT, element == SBOM_ELEMENT_PACKAGE ?
			 "a package" : element == SBOM_ELEMENT_FILE ?
			 "a file" : "a snippet"))
			read_element(r, item, element);
	}
}

/* In another document: not ours to resolve. */
static int is_external(const char *ref)
{
	return !strncmp(ref, "DocumentRef-", 12) && strchr(ref, ':');
}

static ssize_t resolve(const struct spdx *r, struct node n, const char *ref,
		       const char *what)
{
	ssize_t i = sbom_find_ref(r->sb, ref);

	if (i == SBOM_NONE && !is_external(ref))
		sbom_add_problem(r->sb, loc_of(r, n), SBOM_WARNING,
				 "dangling-ref", "%s '%.200s' names no "
				 "package, file or snippet", what, ref);
	return i;
}

static const struct {
	const char *type;
	enum sbom_edge_kind kind;
	int reversed;		/* "A X_OF B" is the edge B -> A */
} relationship_types[] = {
	{ "DEPENDS_ON", SBOM_EDGE_DEPENDS, 0 },
	{ "DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "BUILD_DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "DEV_DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "OPTIONAL_DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "PROVIDED_DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "TEST_DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "RUNTIME_DEPENDENCY_OF", SBOM_EDGE_DEPENDS, 1 },
	{ "DYNAMIC_LINK", SBOM_EDGE_DEPENDS, 0 },
	{ "STATIC_LINK", SBOM_EDGE_DEPENDS, 0 },
	{ "HAS_PREREQUISITE", SBOM_EDGE_DEPENDS, 0 },
	{ "PREREQUISITE_FOR", SBOM_EDGE_DEPENDS, 1 },
	{ "CONTAINS", SBOM_EDGE_CONTAINS, 0 },
	{ "CONTAINED_BY", SBOM_EDGE_CONTAINS, 1 },
};

static void read_relationship(const struct spdx *r, struct node item)
{
	struct sbom *sb = r->sb;
	struct node na = get(r, item, "spdxElementId"),
		nb = get(r, item, "relatedSpdxElement");
	const char *a = str(r, na, "spdxElementId"),
		*type = get_str(r, item, "relationshipType"),
		*b = str(r, nb, "relatedSpdxElement");
	enum sbom_edge_kind kind = SBOM_EDGE_OTHER;
	int reversed = 0;
	ssize_t from, to, i;
	size_t k;

	if (!a || !type || !b) {
		sbom_add_problem(sb, loc_of(r, item), SBOM_ERROR,
				 "missing-field", "a relationship without %s",
				 !a ? "spdxElementId" : !type ?
				 "relationshipType" : "relatedSpdxElement");
		return;
	}
	if (!strcmp(a, r->doc_id) || !strcmp(b, r->doc_id)) {
		/* About the document: only what it describes matters. */
		if (!strcmp(type, "DESCRIBES") && !strcmp(a, r->doc_id))
			i = resolve(r, nb, b, "relatedSpdxElement");
		else if (!strcmp(type, "DESCRIBED_BY") &&
			 !strcmp(b, r->doc_id))
			i = resolve(r, na, a, "spdxElementId");
		else
			return;
		if (i != SBOM_NONE)
			sbom_add_root(sb, (uint32_t)i);
		return;
	}
	for (k = 0; k < sizeof(relationship_types) /
	     sizeof(*relationship_types); k++)
		if (!strcmp(type, relationship_types[k].type)) {
			kind = relationship_types[k].kind;
			reversed = relationship_types[k].reversed;
			break;
		}
	if (kind != SBOM_EDGE_OTHER && !reversed &&
	    (!strcmp(b, "NONE") || !strcmp(b, "NOASSERTION"))) {
		/* "A DEPENDS_ON NONE": A's list is complete, and empty. */
		from = resolve(r, na, a, "spdxElementId");
		if (from == SBOM_NONE)
			return;
		sbom_component_mut(sb, (uint32_t)from)->deps_declared = 1;
		sbom_set_completeness(sb, (uint32_t)from,
				      kind == SBOM_EDGE_CONTAINS,
				      !strcmp(b, "NONE") ? "complete" :
				      "unknown");
		return;
	}
	if (!strcmp(b, "NONE") || !strcmp(b, "NOASSERTION"))
		return;
	from = resolve(r, na, a, "spdxElementId");
	to = resolve(r, nb, b, "relatedSpdxElement");
	if (from == SBOM_NONE || to == SBOM_NONE)
		return;
	if (reversed) {
		i = from;
		from = to;
		to = i;
	}
	if (kind != SBOM_EDGE_OTHER)
		sbom_component_mut(sb, (uint32_t)from)->deps_declared = 1;
	sbom_add_edge(sb, (uint32_t)from, (uint32_t)to, kind, type, NULL,
		      loc_of(r, item));
}

/*
 * A package's hasFiles, a snippet's snippetFromFile: containment. The
 * elements were read already, and their problems reported.
 */
static void read_containment(const struct spdx *r, struct node root)
{
	struct sbom *sb = r->sb;
	struct node arr, item, files, f;
	const char *id, *ref;
	ssize_t from, to;
	size_t i, k;

	arr = get(r, root, "packages");
	if (is_kind(r, arr, K_ARRAY))
		for (i = 0; i < count(r, arr); i++) {
			item = at(r, arr, i);
			if (!is_kind(r, item, K_OBJECT) ||
			    !get_array(r, item, "hasFiles", &files))
				continue;
			id = peek_str(r, get(r, item, "SPDXID"));
			from = id ? sbom_find_ref(sb, id) : SBOM_NONE;
			if (from == SBOM_NONE)
				continue;
			for (k = 0; k < count(r, files); k++) {
				f = at(r, files, k);
				ref = str(r, f, "hasFiles");
				to = ref ? resolve(r, f, ref, "hasFiles") :
					SBOM_NONE;
				if (to == SBOM_NONE)
					continue;
				sbom_component_mut(sb, (uint32_t)from)->
					deps_declared = 1;
				sbom_add_edge(sb, (uint32_t)from, (uint32_t)to,
					      SBOM_EDGE_CONTAINS, "hasFiles",
					      NULL, loc_of(r, f));
			}
		}
	arr = get(r, root, "snippets");
	if (is_kind(r, arr, K_ARRAY))
		for (i = 0; i < count(r, arr); i++) {
			item = at(r, arr, i);
			if (!is_kind(r, item, K_OBJECT))
				continue;
			id = peek_str(r, get(r, item, "SPDXID"));
			f = get(r, item, "snippetFromFile");
			ref = str(r, f, "snippetFromFile");
			to = id ? sbom_find_ref(sb, id) : SBOM_NONE;
			from = ref ? resolve(r, f, ref, "snippetFromFile") :
				SBOM_NONE;
			if (from != SBOM_NONE && to != SBOM_NONE)
				sbom_add_edge(sb, (uint32_t)from, (uint32_t)to,
					      SBOM_EDGE_CONTAINS,
					      "snippetFromFile", NULL,
					      loc_of(r, f));
		}
}

static void read_creation_info(const struct spdx *r, struct node root)
{
	struct sbom *sb = r->sb;
	struct sbom_entity parsed, *e;
	struct sbom_tool *t;
	struct node info = get(r, root, "creationInfo"), arr, item;
	const char *text, *version;
	size_t i;

	if (!want(r, info, K_OBJECT, "creationInfo"))
		return;
	sb->loc = loc_of(r, info);
	sb->timestamp = get_str(r, info, "created");
	sb->license_list_version = get_str(r, info, "licenseListVersion");
	sb->comment = get_str(r, info, "comment");
	if (!get_array(r, info, "creators", &arr))
		return;
	for (i = 0; i < count(r, arr); i++) {
		item = at(r, arr, i);
		text = str(r, item, "a creator");
		if (!text)
			continue;
		memset(&parsed, 0, sizeof(parsed));
		if (sbom_entity_parse(&parsed, &version, sb, text)) {
			t = sbom_add_tool(sb);
			t->name = parsed.name;
			t->version = version;
			t->loc = loc_of(r, item);
			continue;
		}
		e = sbom_add_doc_author(sb);
		*e = parsed;
		e->loc = loc_of(r, item);
	}
}

static int read_document(struct spdx *r)
{
	static const char *const known[] = { "SPDX-2.2", "SPDX-2.3" };
	struct sbom *sb = r->sb;
	struct node root = root_of(r), v, arr, item;
	struct sbom_license *l;
	const char *version, *id;
	ssize_t k;
	size_t i;

	v = get(r, root, "spdxVersion");
	version = str(r, v, "spdxVersion");
	if (version && !strncmp(version, "SPDX-", 5))
		sb->spec_version = version + 5;
	else
		sb->spec_version = version;
	for (i = 0; version && i < sizeof(known) / sizeof(*known); i++)
		if (!strcmp(version, known[i]))
			break;
	if (!version || i == sizeof(known) / sizeof(*known))
		sbom_add_problem(sb, loc_of(r, v), SBOM_WARNING,
				 "spec-version", "%s%.40s is not SPDX-2.2 or "
				 "SPDX-2.3: read as SPDX 2.3",
				 version ? "" : "spdxVersion ",
				 version ? version : "");
	id = get_str(r, root, "SPDXID");
	r->doc_id = id ? id : "SPDXRef-DOCUMENT";
	sb->name = get_str(r, root, "name");
	sb->namespace_uri = get_str(r, root, "documentNamespace");
	v = get(r, root, "dataLicense");
	sb->data_license = str(r, v, "dataLicense");
	if (sb->data_license) {
		l = sbom_add_doc_license(sb);
		l->kind = sbom_license_classify(sb->data_license);
		l->text = sb->data_license;
		l->loc = loc_of(r, v);
	}
	read_creation_info(r, root);

	read_elements(r, root, "packages", SBOM_ELEMENT_PACKAGE);
	read_elements(r, root, "files", SBOM_ELEMENT_FILE);
	read_elements(r, root, "snippets", SBOM_ELEMENT_SNIPPET);
	read_containment(r, root);

	if (get_array(r, root, "documentDescribes", &arr))
		for (i = 0; i < count(r, arr); i++) {
			item = at(r, arr, i);
			id = str(r, item, "documentDescribes");
			k = id ? resolve(r, item, id, "documentDescribes") :
				SBOM_NONE;
			if (k != SBOM_NONE)
				sbom_add_root(sb, (uint32_t)k);
		}
	if (get_array(r, root, "relationships", &arr))
		for (i = 0; i < count(r, arr); i++) {
			item = at(r, arr, i);
			if (want(r, item, K_OBJECT, "a relationship"))
				read_relationship(r, item);
		}
	return 0;
}

/* The first package described, else the first element. */
static void pick_primary(struct sbom *sb, const uint32_t *roots, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (sbom_component_mut(sb, roots[i])->element ==
		    SBOM_ELEMENT_PACKAGE) {
			sb->primary = (int32_t)roots[i];
			return;
		}
	if (n)
		sb->primary = (int32_t)roots[0];
}

static int read_spdx(struct spdx *r)
{
	const uint32_t *roots;
	size_t n;

	if (read_document(r) < 0)
		return -1;
	/* roots are only published when the model is finished */
	n = sbom_root_list(&roots, r->sb);
	pick_primary(r->sb, roots, n);
	return 0;
}

int sbom_read_spdx_json(struct sbom *sb)
{
	struct spdx r = { sb, sbom_json(sb), NULL };

	sb->encoding = SBOM_ENCODING_JSON;
	return read_spdx(&r);
}

int sbom_read_spdx_yaml(struct sbom *sb)
{
	struct spdx r = { sb, NULL, NULL };

	sb->encoding = SBOM_ENCODING_YAML;
	return read_spdx(&r);
}
