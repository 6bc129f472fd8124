#ifndef CRA_VEX_H
#define CRA_VEX_H

#include <stddef.h>

/*
 * Vulnerability statements (VEX) read from CycloneDX, OpenVEX and CSAF 2.0
 * documents into one model, so that a rule can ask of any of them whether
 * each vulnerability recorded against the product is fixed, not affecting
 * it for a stated reason, or still open (Annex I Part I (2)(a)).
 *
 * A statement says that one vulnerability has one status for a list of
 * products. Each format's vocabulary is normalised to the four statuses
 * and five justifications of the CISA minimum requirements for VEX, and
 * the words the document used are kept beside them ("status_raw",
 * "justification_raw"), so that a finding can quote the file. The
 * mapping is documented in docs/vex.md:
 *
 *   CycloneDX 1.4+  vulnerabilities[] of a BOM (a VEX, or an SBOM with
 *                   vulnerabilities inside): one statement per
 *                   vulnerability, its affects[] as the products
 *   OpenVEX         statements[] (v0.2.0, and the v0.0.x shapes with
 *                   bare strings): one statement per statement
 *   CSAF 2.0, 2.1   vulnerabilities[].product_status: one statement per
 *                   vulnerability and product id, the id resolved through
 *                   the product_tree to its name, purl and cpe
 *
 * Nothing here prints, exits or knows about Lua. Problems in the
 * structure become vex_problem entries with a stable code, a severity and
 * the line and column they were found at; vex_parse() fails only when the
 * input is no JSON VEX document at all.
 *
 * Problem codes (E error, W warning):
 *
 *   wrong-type             E  a member has the wrong JSON type; skipped
 *   missing-field          E  a member the format requires is absent
 *   no-statements          E  an OpenVEX or CSAF document with no
 *                             statement or vulnerability
 *   missing-vulnerability  E  a statement names no vulnerability
 *   missing-status         E  an OpenVEX statement without status
 *   no-analysis            W  a CycloneDX vulnerability without
 *                             analysis.state: recorded, not assessed
 *   unknown-status         E  a status outside the format's vocabulary
 *   unknown-justification  E  a justification (or CSAF flag label)
 *                             outside the format's vocabulary
 *   not-affected-without-justification
 *                          E  not_affected with neither a justification
 *                             nor an impact statement
 *   justification-free-text
 *                          W  not_affected explained by an impact
 *                             statement only, no machine-readable label
 *   affected-without-action
 *                          W  affected with no action statement,
 *                             response or remediation
 *   no-product             E  an OpenVEX statement with no product, or a
 *                             product with no identifier
 *   no-affects             W  a CycloneDX vulnerability without affects:
 *                             it names no product (CISA use case 7 reads
 *                             it as every product of the author)
 *   bad-bom-link           W  a ref starting "urn:cdx:" that is no
 *                             BOM-Link (urn:cdx:serial/version#bom-ref)
 *   spec-version           W  vulnerabilities in a CycloneDX BOM older
 *                             than 1.4, which had none
 *   csaf-not-vex           W  a CSAF document whose category is not
 *                             csaf_vex: read all the same
 *   unknown-product-id     E  a CSAF product id no product_tree entry
 *                             defines
 *   unknown-group-id       E  a CSAF product group id never defined
 *   duplicate-product-id   E  a CSAF product id defined twice
 *   contradicting-status   E  a CSAF product in two product_status
 *                             groups that contradict each other
 *   too-many-references    E  product groups (CSAF) or shared
 *                             subcomponents (OpenVEX) that would expand
 *                             to more references than the document's
 *                             size justifies; the rest is not read, so
 *                             that a small hostile file cannot exhaust
 *                             time and memory
 *
 * Ownership: every string of the model is borrowed from the document and
 * lives until vex_free(). Strings decoded from JSON stop at an escaped
 * NUL ("\u0000"), which no identifier of these formats contains.
 */

enum vex_format {
	VEX_FORMAT_CYCLONEDX,
	VEX_FORMAT_OPENVEX,
	VEX_FORMAT_CSAF,
};

enum vex_status {
	VEX_STATUS_UNKNOWN,	/* absent, or outside the vocabulary */
	VEX_STATUS_NOT_AFFECTED,
	VEX_STATUS_AFFECTED,
	VEX_STATUS_FIXED,
	VEX_STATUS_UNDER_INVESTIGATION,
};

/* The labels of the CISA status justifications, as OpenVEX writes them. */
enum vex_justification {
	VEX_JUST_NONE,			/* none given */
	VEX_JUST_COMPONENT_NOT_PRESENT,	/* component_not_present */
	VEX_JUST_CODE_NOT_PRESENT,	/* vulnerable_code_not_present */
	/* vulnerable_code_not_in_execute_path */
	VEX_JUST_CODE_NOT_IN_EXECUTE_PATH,
	/* vulnerable_code_cannot_be_controlled_by_adversary */
	VEX_JUST_CODE_NOT_CONTROLLABLE,
	VEX_JUST_INLINE_MITIGATIONS,	/* inline_mitigations_already_exist */
	VEX_JUST_UNKNOWN,		/* a label outside the vocabulary */
};

/* What a product's ref is. */
enum vex_ref_kind {
	VEX_REF_NONE,		/* no ref: a purl or cpe names it */
	VEX_REF_BOM_REF,	/* a CycloneDX bom-ref */
	VEX_REF_BOM_LINK,	/* urn:cdx:<serial>/<version>#<bom-ref> */
	VEX_REF_PURL,		/* a package URL */
	VEX_REF_IRI,		/* an OpenVEX @id that is no purl */
	VEX_REF_CSAF_PRODUCT_ID,
};

enum vex_severity {
	VEX_ERROR,
	VEX_WARNING,
};

struct vex_problem {
	enum vex_severity severity;
	const char *code;	/* one of the codes above */
	size_t offset;		/* byte offset in the input */
	unsigned line;		/* 1-based; 0 when about the whole file */
	unsigned column;	/* 1-based, in characters */
	char *message;		/* lower case, no full stop */
};

/* A CycloneDX affects[].versions[] entry: which versions, what status. */
struct vex_version {
	const char *version;	/* one version, or NULL */
	const char *range;	/* a vers range, or NULL */
	const char *status;	/* affected, unaffected, unknown or NULL */
};

struct vex_product {
	enum vex_ref_kind kind;
	const char *ref;	/* as written; NULL for VEX_REF_NONE */
	/*
	 * A BOM-Link split into its parts (bom_serial as urn:uuid:...),
	 * and for a plain bom-ref, bom_ref alone.
	 */
	const char *bom_serial;
	const char *bom_version;
	const char *bom_ref;
	/*
	 * What identifies the product, as far as the document says: a CSAF
	 * product's full name and identification helper, a CycloneDX
	 * component of the same BOM that the ref names, OpenVEX
	 * identifiers. NULL when unknown.
	 */
	const char *name;
	const char *version;
	const char *purl;
	const char *cpe;
	struct vex_version *versions;	/* CycloneDX only */
	size_t nversions;
	/*
	 * OpenVEX subcomponents: the components of this product that the
	 * vulnerability is in. They have no subcomponents of their own.
	 */
	struct vex_product *subcomponents;
	size_t nsubcomponents;
	unsigned line, column;
};

struct vex_statement {
	const char *vulnerability;	/* CVE or other id; NULL if none */
	const char **aliases;		/* other ids of the same one; the
					 * array belongs to the document */
	size_t naliases;
	struct vex_product *products;
	size_t nproducts;
	enum vex_status status;
	const char *status_raw;		/* as written; NULL if absent */
	enum vex_justification justification;
	const char *justification_raw;	/* as written; NULL if absent */
	/* Why the product is (not) affected, in prose. */
	const char *impact;
	/*
	 * What to do: CycloneDX analysis.response[] words, CSAF remediation
	 * categories; and the prose of an OpenVEX action statement, a
	 * CycloneDX recommendation or CSAF remediation details.
	 */
	const char **responses;
	size_t nresponses;
	const char *action;
	/*
	 * When the statement was known to be true (inherited from the
	 * document when the statement has no time of its own) and last
	 * changed; RFC 3339 text as written, not checked.
	 */
	const char *timestamp;
	const char *last_updated;
	size_t offset;			/* of the statement, in bytes */
	unsigned line, column;
};

struct json_doc;

struct vex_doc {
	enum vex_format format;
	/* CycloneDX specVersion, OpenVEX @context, CSAF csaf_version */
	const char *spec_version;
	/* serialNumber, @id, document.tracking.id */
	const char *id;
	const char *author;
	const char *timestamp;
	const char *version;
	struct vex_statement *statements;
	size_t nstatements;
	struct vex_problem *problems;	/* by position in the input */
	size_t nproblems;

	/* private */
	struct json_doc *json;
	void **owned;		/* strings and arrays freed with it */
	size_t nowned;
	size_t budget;		/* see vex_spend() */
};

/*
 * Parse data[len], a VEX document read from `path` (which only names it
 * in messages), detecting its format. Returns 0 with *out set, whatever
 * problems the document has; -1 with the error set to
 * "path:line:column: ..." and *out NULL when the data is not JSON (XML
 * VEX is not supported and says so), not an object, or none of the
 * three formats.
 */
int vex_parse(struct vex_doc **out, const char *path, const char *data,
	      size_t len);
void vex_free(struct vex_doc *doc);

/*
 * Access by index, for callers (the Lua bindings) that walk the model
 * one element at a time: NULL when i is out of range or the container
 * is NULL. Borrowed from the document.
 */
size_t vex_statement_count(const struct vex_doc *doc);
const struct vex_statement *vex_statement_at(const struct vex_doc *doc,
					     size_t i);
size_t vex_problem_count(const struct vex_doc *doc);
const struct vex_problem *vex_problem_at(const struct vex_doc *doc,
					 size_t i);
const struct vex_product *vex_product_at(const struct vex_statement *st,
					 size_t i);
const struct vex_product *vex_subcomponent_at(const struct vex_product *p,
					      size_t i);
const struct vex_version *vex_version_at(const struct vex_product *p,
					 size_t i);
const char *vex_alias_at(const struct vex_statement *st, size_t i);
const char *vex_response_at(const struct vex_statement *st, size_t i);

size_t vex_count_errors(const struct vex_doc *doc);

/* "cyclonedx", "openvex", "csaf" */
const char *vex_format_name(enum vex_format format);
/* "not_affected", "affected", "fixed", "under_investigation", "unknown" */
const char *vex_status_name(enum vex_status status);
/* the OpenVEX label, "" for none, "unknown" for an unknown one */
const char *vex_justification_name(enum vex_justification j);
/* "none", "bom-ref", "bom-link", "purl", "iri", "csaf-product-id" */
const char *vex_ref_kind_name(enum vex_ref_kind kind);
/* "error", "warning" */
const char *vex_severity_name(enum vex_severity severity);

#ifdef VEX_INTERNAL
/*
 * Shared by the format readers (vex_cyclonedx.c, vex_openvex.c,
 * vex_csaf.c) and nobody else.
 */
#include "json.h"

__attribute__((format(printf, 5, 6)))
void vex_problem_add(struct vex_doc *doc, enum vex_severity severity,
		     const char *code, json_ref at, const char *fmt, ...);

/* A copy of s[len] that lives as long as the document. */
const char *vex_strndup(struct vex_doc *doc, const char *s, size_t len);
/* Free p (allocated with malloc) with the document. */
void vex_keep(struct vex_doc *doc, void *p);
/*
 * Spend n units of the document's budget for expansions, which grows
 * with its size; -1 once it is spent, reported once as
 * too-many-references at `at`.
 */
int vex_spend(struct vex_doc *doc, size_t n, json_ref at);

/*
 * The string at key of obj; NULL when absent, and also when of another
 * type, which is then reported as wrong-type.
 */
const char *vex_get_string(struct vex_doc *doc, json_ref obj,
			   const char *key);
/*
 * The member at key of obj when it has the given type; JSON_NONE when
 * absent, or reported as wrong-type and JSON_NONE when of another type.
 */
json_ref vex_get_typed(struct vex_doc *doc, json_ref obj, const char *key,
		       enum json_type type);
/*
 * 0 when v has the given type (JSON_TRUE standing for either boolean);
 * else -1, and a wrong-type problem naming `what` unless v is null or
 * JSON_NONE.
 */
int vex_expect(struct vex_doc *doc, json_ref v, enum json_type type,
	       const char *what);
/* A number, string or boolean as text, for version members. */
const char *vex_scalar_text(struct vex_doc *doc, json_ref v);

/* A new zeroed statement at position `at`; valid until the next one. */
struct vex_statement *vex_statement_new(struct vex_doc *doc, json_ref at);
/* A new zeroed product appended to an array, at position `at`. */
struct vex_product *vex_product_append(struct vex_doc *doc,
				       struct vex_product **array, size_t *n,
				       json_ref at);
void vex_string_append(const char ***array, size_t *n, const char *s);
/* Sets kind, and splits a BOM-Link (bad ones are reported at `at`). */
void vex_product_set_ref(struct vex_doc *doc, struct vex_product *p,
			 const char *ref, json_ref at);

/* The OpenVEX (and CSAF flag) label, or VEX_JUST_UNKNOWN. */
enum vex_justification vex_justification_from_label(const char *label);

/*
 * The checks every format shares, once a statement is complete: a
 * justification for not_affected, an action for affected.
 */
void vex_statement_check(struct vex_doc *doc, size_t index);

/* Grow an array holding n elements so that it can hold n + 1. */
void *vex_grow(void *array, size_t n, size_t size);

/*
 * A map from borrowed strings to indices, for product ids and bom-refs,
 * which real documents hold by the thousand.
 */
struct vex_map {
	const char **keys;
	size_t *values;
	size_t count, cap;
};

/* Add key -> value; returns 1 and leaves the map as it was if the key
 * was there already (with *old set to its value when old is not NULL). */
int vex_map_put(struct vex_map *map, const char *key, size_t value,
		size_t *old);
/* 0 and *value set when present, -1 otherwise. */
int vex_map_get(const struct vex_map *map, const char *key, size_t *value);
void vex_map_release(struct vex_map *map);

void vex_read_cyclonedx(struct vex_doc *doc, json_ref root);
void vex_read_openvex(struct vex_doc *doc, json_ref root);
void vex_read_csaf(struct vex_doc *doc, json_ref root);
#endif

#endif
