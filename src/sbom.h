#ifndef CRA_SBOM_H
#define CRA_SBOM_H

#include <stddef.h>
#include <stdint.h>
#include <sys/types.h>

/*
 * One model of a software bill of materials, whatever format it came in,
 * so that a rule asks "which components lack a supplier" once and not
 * once per format. Read here:
 *
 *   CycloneDX 1.2 to 1.7, JSON
 *   SPDX 2.2 and 2.3, JSON and YAML
 *   SPDX 3.0, JSON-LD
 *
 * CycloneDX XML, SPDX XML, RDF and tag-value are refused with a message
 * that says so. docs/sbom-model.md maps every field to the member of each
 * format it comes from; the comments below say it in short.
 *
 * SBOMs reach a hundred megabytes, so the model is compact and refers
 * rather than copies: it owns the parsed document, and its strings point
 * into it (or, for the few values the model derives, such as the name in
 * "Organization: Acme (x@acme.example)", into a string pool of the
 * model). Everything a struct sbom hands out is borrowed from it and
 * lives until sbom_free(). Strings are NUL-terminated; a JSON string
 * holding "\u0000" is cut there, which no identifier of these formats
 * contains. An absent string is NULL.
 *
 * Components, and everything else with more than a handful of entries,
 * are arrays addressed by index, so that a Lua binding walks them one
 * element at a time without copying the document into tables. The
 * dependency graph is kept in compressed sparse rows: the dependencies
 * and the dependents of a component are one contiguous run each, found
 * in O(1).
 *
 * Defects that leave the document readable (a dangling reference, a
 * duplicate bom-ref, a component without a name, a member of the wrong
 * type) are not errors: they become sbom_problem entries with a stable
 * code, so that real SBOMs, defects and all, still load. sbom_parse()
 * fails only when the data is no SBOM of a supported format. Checking
 * the schema in full is the validator's job (cyclonedx_validate.h); the
 * problems here are only those the model needs to stay coherent:
 *
 *   wrong-type            E  a member has the wrong type; it is skipped
 *   missing-field         E  a member the format requires is absent
 *                            (a component's name, a dependency's ref,
 *                            an SPDX element's id, a hash's value)
 *   duplicate-ref         E  two components share a bom-ref or SPDX id;
 *                            sbom_find_ref() finds the first
 *                         W  two other SPDX 3 elements share an id
 *   dangling-ref          W  a dependency, relationship, composition or
 *                            vulnerability names a ref that no element
 *                            of the document has; the edge is dropped
 *   duplicate-dependency  W  two CycloneDX dependency entries for one
 *                            ref; their targets are merged
 *   spec-version          W  a version outside the supported ones (read
 *                            all the same), or none
 *   too-many-problems     W  more than SBOM_MAX_PROBLEMS problems; the
 *                            rest are counted, not listed
 *
 * Positions: every component, entry and problem keeps a sbom_loc, which
 * sbom_position() turns into a line and a column (1-based, the column in
 * characters for JSON and in bytes for YAML, as json.h and yaml_tree.h
 * count them). For JSON it is a byte offset, so that a document of 100,000
 * components pays for line numbers only when something is reported.
 *
 * Nothing here prints, exits or knows about Lua.
 */

#define SBOM_MAX_PROBLEMS 10000

struct buf;

/* Where something was written; SBOM_NO_LOC when it was not. */
typedef uint32_t sbom_loc;
#define SBOM_NO_LOC UINT32_MAX
/* "no component", for the int32_t indices below */
#define SBOM_NONE (-1)

enum sbom_format {
	SBOM_FORMAT_CYCLONEDX,
	SBOM_FORMAT_SPDX,	/* 2.x and 3.0: see spec_version */
};

enum sbom_encoding {
	SBOM_ENCODING_JSON,
	SBOM_ENCODING_YAML,
	SBOM_ENCODING_JSON_LD,
};

enum sbom_severity {
	SBOM_ERROR,
	SBOM_WARNING,
};

/* What kind of element a component is. */
enum sbom_element {
	SBOM_ELEMENT_COMPONENT,	/* CycloneDX component */
	SBOM_ELEMENT_SERVICE,	/* CycloneDX service */
	SBOM_ELEMENT_PACKAGE,	/* SPDX package (3.0: and AI, dataset) */
	SBOM_ELEMENT_FILE,	/* SPDX file */
	SBOM_ELEMENT_SNIPPET,	/* SPDX snippet */
};

enum sbom_entity_kind {
	SBOM_ENTITY_NONE,	/* absent: every field below is NULL */
	SBOM_ENTITY_UNKNOWN,	/* given, but not as person or organisation */
	SBOM_ENTITY_PERSON,
	SBOM_ENTITY_ORGANIZATION,
	SBOM_ENTITY_NOASSERTION,	/* SPDX "NOASSERTION" */
};

/*
 * A supplier, manufacturer or author. CycloneDX gives the parts
 * separately; SPDX 2 writes "Organization: Acme (x@acme.example)", which
 * is split (and kept whole in text); SPDX 3 names an Agent element.
 */
struct sbom_entity {
	enum sbom_entity_kind kind;
	const char *name;
	const char *email;	/* the first contact's */
	const char *url;	/* the first URL */
	const char *phone;	/* the first contact's */
	const char *text;	/* SPDX 2: the whole string; else NULL */
	uint32_t owner;		/* the component, in lists */
	sbom_loc loc;
};

struct sbom_hash {
	/*
	 * Normalised to the CycloneDX spelling whatever the format wrote
	 * ("SHA256", "sha256", "SHA-256" are all "SHA-256"; "BLAKE2b-256",
	 * "SHA3-512", "MD5", "ADLER32", "Streebog-256"); an algorithm
	 * outside the list is kept as written.
	 */
	const char *alg;
	const char *alg_raw;	/* as written */
	const char *value;	/* as written */
	uint32_t owner;
	sbom_loc loc;
};

enum sbom_license_kind {
	SBOM_LICENSE_ID,	/* one SPDX licence id (or LicenseRef-) */
	SBOM_LICENSE_EXPRESSION,	/* an SPDX licence expression */
	SBOM_LICENSE_NAME,	/* free text, no SPDX expression */
	SBOM_LICENSE_NONE,	/* SPDX "NONE": no licence */
	SBOM_LICENSE_NOASSERTION,	/* SPDX "NOASSERTION": not said */
};

/* Whose statement a licence is (CycloneDX 1.6 acknowledgement). */
enum sbom_ack {
	SBOM_ACK_UNSPECIFIED,
	SBOM_ACK_DECLARED,	/* by the component's authors */
	SBOM_ACK_CONCLUDED,	/* by whoever analysed it */
};

struct sbom_license {
	enum sbom_license_kind kind;
	enum sbom_ack ack;
	/*
	 * The SPDX id or expression, or the name for SBOM_LICENSE_NAME;
	 * "NONE" or "NOASSERTION" for those kinds.
	 */
	const char *text;
	const char *url;	/* CycloneDX license.url */
	uint32_t owner;
	sbom_loc loc;
};

/* An external reference: where the component's source, site, ... is. */
struct sbom_ref {
	const char *type;	/* "vcs", "website", SPDX "purl", ... */
	const char *url;	/* the URL or locator */
	const char *comment;
	const char *category;	/* SPDX referenceCategory; else NULL */
	uint32_t owner;
	sbom_loc loc;
};

struct sbom_property {
	const char *name;	/* e.g. "bsi:component:filename" */
	const char *value;
	uint32_t owner;
	sbom_loc loc;
};

/* A word in a list: a vulnerability response, a lifecycle phase. */
struct sbom_text {
	const char *text;
	uint32_t owner;
	sbom_loc loc;
};

struct sbom_component {
	enum sbom_element element;
	const char *bom_ref;	/* CycloneDX bom-ref, SPDX SPDXID/spdxId */
	/*
	 * CycloneDX type ("library", "application", ...); SPDX primary
	 * package purpose in the same words ("operating-system"), "file"
	 * or "snippet"; "service" for services.
	 */
	const char *type;
	const char *name;
	const char *group;	/* CycloneDX only */
	const char *version;
	const char *purl;	/* SPDX: the first purl external ref */
	const char *cpe;	/* SPDX: the first cpe23 (or cpe22) ref */
	const char *swid;	/* the SWID tag id */
	const char *publisher;
	const char *copyright;
	const char *description;	/* SPDX: description, else summary */
	const char *scope;	/* CycloneDX "required", "optional", ... */
	/*
	 * SPDX packageFileName or fileName; CycloneDX has none, so the
	 * BSI TR-03183-2 property bsi:component:filename stands in.
	 */
	const char *filename;
	const char *download;	/* SPDX downloadLocation */
	const char *homepage;	/* SPDX homepage */
	/*
	 * How complete the list of its dependencies (assemblies: of its
	 * parts) is, in CycloneDX's aggregate words: "complete",
	 * "incomplete", "incomplete_first_party_only", ..., "unknown",
	 * "not_specified"; NULL when the document says nothing. From
	 * CycloneDX compositions, SPDX 2 relationships to NONE
	 * ("complete") or NOASSERTION ("unknown"), SPDX 3 completeness.
	 */
	const char *deps_completeness;
	const char *assembly_completeness;
	/*
	 * The component appears in the dependency graph as a source: a
	 * CycloneDX dependencies entry (an empty dependsOn included), an
	 * SPDX dependency or containment relationship, NONE and
	 * NOASSERTION included.
	 */
	int deps_declared;
	struct sbom_entity supplier;
	/* CycloneDX 1.6 manufacturer; SPDX originator (the first) */
	struct sbom_entity manufacturer;
	/* CycloneDX authors[], or author as one name */
	const struct sbom_entity *authors;
	size_t nauthors;
	const struct sbom_hash *hashes;
	size_t nhashes;
	const struct sbom_license *licenses;
	size_t nlicenses;
	const struct sbom_ref *refs;
	size_t nrefs;
	const struct sbom_property *properties;
	size_t nproperties;
	/* The component it is nested in (CycloneDX), or SBOM_NONE. */
	int32_t parent;
	sbom_loc loc;
};

enum sbom_edge_kind {
	SBOM_EDGE_DEPENDS,	/* from needs to: dependsOn, DEPENDS_ON,
				 * *DEPENDENCY_OF, links, prerequisites */
	SBOM_EDGE_CONTAINS,	/* from contains to: CONTAINS, hasFiles */
	SBOM_EDGE_OTHER,	/* any other relationship between two */
};

/*
 * A relationship between two components, turned so that it reads "from
 * <kind> to" ("B DEPENDENCY_OF A" is an edge A -> B of type
 * "DEPENDENCY_OF"). Relationships with the document itself (DESCRIBES)
 * set the roots instead, and those to elements of other documents
 * (DocumentRef-..., BOM-Links) are not edges.
 */
struct sbom_edge {
	uint32_t from, to;
	enum sbom_edge_kind kind;
	const char *type;	/* as written: "dependsOn", "STATIC_LINK" */
	const char *scope;	/* SPDX 3 lifecycle scope; else NULL */
	sbom_loc loc;
};

/* A CycloneDX composition: how complete a part of the BOM is. */
struct sbom_composition {
	const char *aggregate;	/* as written */
	const char *bom_ref;
	size_t nassemblies, ndependencies, nvulnerabilities;
	sbom_loc loc;
};

struct sbom_rating {
	const char *source;	/* the source's name */
	const char *method;	/* "CVSSv31", ... */
	const char *severity;	/* "critical", ... */
	const char *vector;
	double score;
	int has_score;
	uint32_t owner;		/* the vulnerability */
	sbom_loc loc;
};

struct sbom_affect {
	const char *ref;	/* as written */
	int32_t component;	/* what ref names, or SBOM_NONE */
	/*
	 * The analysis state for this component: CycloneDX's words
	 * ("exploitable", "not_affected", "resolved", "in_triage", ...),
	 * the vulnerability's own analysis for CycloneDX, the assessment
	 * relationship's for SPDX 3 (VexAffected: "exploitable",
	 * VexNotAffected: "not_affected", VexFixed: "resolved",
	 * VexUnderInvestigation: "in_triage").
	 */
	const char *state;
	const char *justification;	/* as written */
	uint32_t owner;
	sbom_loc loc;
};

/* A vulnerability the SBOM itself records (CycloneDX 1.4+, SPDX 3). */
struct sbom_vulnerability {
	const char *id;		/* "CVE-2021-44228", ... */
	const char *bom_ref;
	const char *source;	/* source.name */
	const char *source_url;
	const char *description;
	const char *detail;
	const char *recommendation;
	const char *created;
	const char *published;
	const char *updated;
	/* CycloneDX analysis */
	const char *state;
	const char *justification;
	const char *analysis_detail;
	const struct sbom_text *responses;
	size_t nresponses;
	const struct sbom_rating *ratings;
	size_t nratings;
	const struct sbom_affect *affects;
	size_t naffects;
	sbom_loc loc;
};

struct sbom_tool {
	const char *vendor;
	const char *name;
	const char *version;
	sbom_loc loc;
};

struct sbom_problem {
	enum sbom_severity severity;
	const char *code;	/* one of the codes above */
	unsigned line;		/* 1-based; 0 when about the whole file */
	unsigned column;
	const char *message;	/* lower case, no full stop */
	sbom_loc loc;
};

struct sbom_private;

struct sbom {
	enum sbom_format format;
	enum sbom_encoding encoding;
	/* "1.6"; "2.3" (the "SPDX-" dropped); SPDX 3 specVersion "3.0.1" */
	const char *spec_version;
	const char *serial_number;	/* CycloneDX serialNumber */
	/* SPDX 2 documentNamespace, SPDX 3 SpdxDocument spdxId */
	const char *namespace_uri;
	const char *name;		/* SPDX document name */
	int64_t version;		/* CycloneDX version; else 0 */
	const char *timestamp;		/* metadata.timestamp, created */
	const char *data_license;	/* SPDX dataLicense */
	const char *license_list_version;	/* SPDX */
	const char *comment;		/* SPDX creation comment */
	/* The people and organisations that wrote the SBOM. */
	const struct sbom_entity *authors;
	size_t nauthors;
	const struct sbom_tool *tools;
	size_t ntools;
	struct sbom_entity supplier;	/* CycloneDX metadata.supplier */
	/* CycloneDX metadata.manufacturer (1.6) or manufacture (older) */
	struct sbom_entity manufacturer;
	const struct sbom_license *licenses;	/* metadata.licenses */
	size_t nlicenses;
	const struct sbom_property *properties;	/* metadata.properties */
	size_t nproperties;
	const struct sbom_text *lifecycles;	/* phases (CycloneDX 1.5+) */
	size_t nlifecycles;
	/* A CycloneDX composition that names no ref: about the whole BOM. */
	const char *completeness;
	sbom_loc loc;		/* metadata, creationInfo; else the root */

	/*
	 * The component the SBOM is about: CycloneDX metadata.component,
	 * SPDX the first element the document describes (SPDX 3: the root
	 * element of the software_Sbom); SBOM_NONE when there is none.
	 */
	int32_t primary;
	/* Everything the document describes, primary first. */
	const uint32_t *roots;
	size_t nroots;

	/*
	 * In document order, depth first for nested components, with
	 * CycloneDX metadata.component (when present) first.
	 */
	const struct sbom_component *components;
	size_t ncomponents;
	const struct sbom_edge *edges;	/* by from, dependencies first */
	size_t nedges;
	const struct sbom_composition *compositions;
	size_t ncompositions;
	const struct sbom_vulnerability *vulnerabilities;
	size_t nvulnerabilities;
	const struct sbom_problem *problems;	/* by position */
	size_t nproblems;
	size_t problems_dropped;	/* past SBOM_MAX_PROBLEMS */

	struct sbom_private *priv;
};

/*
 * Parse data[len], an SBOM read from `path` (which only names it in
 * messages), detecting its format. Returns 0 with *out set, whatever
 * problems the document has; -1 with the error set to
 * "path:line:column: message" (or "path: message") and *out NULL when the
 * data is not JSON or YAML, is XML or SPDX tag-value (not supported: the
 * message says to convert to JSON), or is no document of the formats
 * above. The data is copied; the caller keeps it.
 */
int sbom_parse(struct sbom **out, const char *path, const char *data,
	       size_t len);

/*
 * As sbom_parse(), but the model takes over in's memory instead of
 * copying it (in is left empty, whatever the result): the way to read a
 * large file with a single copy of it in memory.
 */
int sbom_parse_buf(struct sbom **out, const char *path, struct buf *in);

void sbom_free(struct sbom *sb);

/*
 * Access by index, for callers (the Lua bindings) that walk the model one
 * element at a time: NULL when i is out of range or sb is NULL.
 */
size_t sbom_component_count(const struct sbom *sb);
const struct sbom_component *sbom_component(const struct sbom *sb, size_t i);
size_t sbom_edge_count(const struct sbom *sb);
const struct sbom_edge *sbom_edge(const struct sbom *sb, size_t i);
size_t sbom_vulnerability_count(const struct sbom *sb);
const struct sbom_vulnerability *sbom_vulnerability(const struct sbom *sb,
						   size_t i);
size_t sbom_problem_count(const struct sbom *sb);
const struct sbom_problem *sbom_problem(const struct sbom *sb, size_t i);
size_t sbom_count_errors(const struct sbom *sb);

/* The primary component's index, or SBOM_NONE. */
ssize_t sbom_primary(const struct sbom *sb);

/*
 * The component whose bom-ref (SPDX id) is ref, in O(1); SBOM_NONE when
 * none has it. With duplicates, the first in document order.
 */
ssize_t sbom_find_ref(const struct sbom *sb, const char *ref);

/*
 * The components component i depends on or contains (edges of kind
 * SBOM_EDGE_DEPENDS and SBOM_EDGE_CONTAINS), each once, in the order the
 * document first names them: *out points at their indices, and the
 * count is returned (0, with *out NULL, for an index out of range).
 */
size_t sbom_dependencies(const uint32_t **out, const struct sbom *sb,
			 size_t i);
/* The components that depend on or contain component i, each once. */
size_t sbom_dependents(const uint32_t **out, const struct sbom *sb,
		       size_t i);
/* Every edge from component i, dependencies first: a run of edges[]. */
size_t sbom_edges_from(const struct sbom_edge **out, const struct sbom *sb,
		       size_t i);

/* The value of the first property called name, or NULL. */
const char *sbom_property(const struct sbom_component *c, const char *name);

/*
 * Turn a location into a line and a column; both 0 for SBOM_NO_LOC. The
 * first call on a JSON document indexes its lines (so it is not safe to
 * race with another first call); later calls cost a binary search.
 */
void sbom_position(unsigned *line, unsigned *column, const struct sbom *sb,
		   sbom_loc loc);

/* Names, for messages and the Lua bindings. */
const char *sbom_format_name(enum sbom_format format);	/* "cyclonedx" */
const char *sbom_encoding_name(enum sbom_encoding encoding); /* "json" */
const char *sbom_severity_name(enum sbom_severity severity); /* "error" */
const char *sbom_element_name(enum sbom_element element); /* "component" */
const char *sbom_entity_kind_name(enum sbom_entity_kind kind); /* "person" */
const char *sbom_license_kind_name(enum sbom_license_kind kind); /* "id" */
const char *sbom_ack_name(enum sbom_ack ack);	/* "declared", "" */
const char *sbom_edge_kind_name(enum sbom_edge_kind kind); /* "depends" */

/*
 * Helpers, shared by the readers and useful to rules written in C.
 */

/* The CycloneDX spelling of a hash algorithm, or NULL if unknown. */
const char *sbom_hash_alg_normalise(const char *alg);
/* SBOM_LICENSE_ID for one id, SBOM_LICENSE_EXPRESSION for more. */
enum sbom_license_kind sbom_license_classify(const char *text);

/*
 * The readers' side. sbom_cyclonedx.c, sbom_spdx.c and sbom_spdx3.c fill
 * the model through these while sbom_parse() runs; nothing else calls
 * them. Entries of per-owner lists may be added in any order: they are
 * grouped by owner when the model is finished.
 */

struct json_doc;
struct ydoc;

const struct json_doc *sbom_json(const struct sbom *sb);
const struct ydoc *sbom_ydoc(const struct sbom *sb);

/* The location of a YAML node (JSON locations are offsets). */
sbom_loc sbom_yaml_loc(struct sbom *sb, unsigned line, unsigned column);

__attribute__((format(printf, 5, 6)))
void sbom_add_problem(struct sbom *sb, sbom_loc loc,
		      enum sbom_severity severity, const char *code,
		      const char *fmt, ...);

/*
 * New entries, zeroed with locations SBOM_NO_LOC; valid until the next
 * addition of the same kind.
 */
uint32_t sbom_add_component(struct sbom *sb, enum sbom_element element,
			    sbom_loc loc);
/* A component being filled; valid until the next sbom_add_component(). */
struct sbom_component *sbom_component_mut(struct sbom *sb, uint32_t i);
struct sbom_hash *sbom_add_hash(struct sbom *sb, uint32_t owner);
struct sbom_license *sbom_add_license(struct sbom *sb, uint32_t owner);
struct sbom_ref *sbom_add_ref(struct sbom *sb, uint32_t owner);
struct sbom_property *sbom_add_property(struct sbom *sb, uint32_t owner);
struct sbom_entity *sbom_add_author(struct sbom *sb, uint32_t owner);
uint32_t sbom_add_vulnerability(struct sbom *sb, sbom_loc loc);
struct sbom_vulnerability *sbom_vulnerability_mut(struct sbom *sb,
						  uint32_t i);
struct sbom_rating *sbom_add_rating(struct sbom *sb, uint32_t owner);
struct sbom_affect *sbom_add_affect(struct sbom *sb, uint32_t owner);
struct sbom_text *sbom_add_response(struct sbom *sb, uint32_t owner);
struct sbom_composition *sbom_add_composition(struct sbom *sb);
/* Document-level lists. */
struct sbom_entity *sbom_add_doc_author(struct sbom *sb);
struct sbom_tool *sbom_add_tool(struct sbom *sb);
struct sbom_license *sbom_add_doc_license(struct sbom *sb);
struct sbom_property *sbom_add_doc_property(struct sbom *sb);
struct sbom_text *sbom_add_lifecycle(struct sbom *sb);
void sbom_add_root(struct sbom *sb, uint32_t component);
void sbom_add_edge(struct sbom *sb, uint32_t from, uint32_t to,
		   enum sbom_edge_kind kind, const char *type,
		   const char *scope, sbom_loc loc);

/* The roots added so far; *out is valid until the next sbom_add_root(). */
size_t sbom_root_list(const uint32_t **out, struct sbom *sb);

/*
 * A map from strings to indices, for the readers' own lookups (SPDX 3
 * element ids). Keys are copied.
 */
struct sbom_map;
struct sbom_map *sbom_map_new(void);
/* Add key unless present; return the value it has now. */
uint32_t sbom_map_put(struct sbom_map *m, const char *key, uint32_t val);
/* The value of key, or UINT32_MAX. */
uint32_t sbom_map_get(const struct sbom_map *m, const char *key);
void sbom_map_free(struct sbom_map *m);

/*
 * Register component i under its bom_ref, reporting a duplicate at loc;
 * refs are looked up with sbom_find_ref() as soon as registered.
 */
void sbom_register_ref(struct sbom *sb, uint32_t i, sbom_loc loc);

/*
 * Record what the document says of the completeness of i's
 * dependencies (or, with assembly set, its parts), combining several
 * statements into the weakest; i == UINT32_MAX is the document's.
 */
void sbom_set_completeness(struct sbom *sb, uint32_t i, int assembly,
			   const char *aggregate);

/*
 * Parse an SPDX 2 entity string ("Person: Ada (ada@example.com)",
 * "Organization: Acme", "Tool: x-1.0", "NOASSERTION") into *out, which
 * keeps the text. Returns 1 for a "Tool:", whose version (after the last
 * "-" followed by a digit or "v" and a digit) goes to *version; else 0,
 * with *version NULL.
 */
int sbom_entity_parse(struct sbom_entity *out, const char **version,
		      struct sbom *sb, const char *text);

/*
 * The readers: fill sb from its document; -1 with the error set only for
 * what makes the document unreadable.
 */
int sbom_read_cyclonedx(struct sbom *sb);
int sbom_read_spdx_json(struct sbom *sb);
int sbom_read_spdx_yaml(struct sbom *sb);
int sbom_read_spdx3(struct sbom *sb);

#endif
