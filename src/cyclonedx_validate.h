#ifndef CRA_CYCLONEDX_VALIDATE_H
#define CRA_CYCLONEDX_VALIDATE_H

#include <stddef.h>
#include <stdint.h>

#include "json.h"

/*
 * Structural validation of a CycloneDX JSON document (specVersion 1.2 to
 * 1.7) against what its version's JSON schema says: types, enums,
 * patterns, formats, required and unknown members, and the schema's
 * oneOf, anyOf and if/then rules. On top of the schema, the rules the
 * specification states in prose: bom-refs are unique, references name an
 * existing bom-ref, a hash's content has its algorithm's length, licence
 * ids are on the SPDX licence list and licence expressions are valid.
 *
 * Every problem carries the line and column of the offending value (or
 * member name) in the file, a JSON pointer to it and a stable code. The
 * codes, with an example message each, are listed in docs/validation.md.
 * Nothing here prints: the caller decides what the user sees.
 */

struct spdx_license_list;

enum cdx_severity {
	CDX_ERROR,
	CDX_WARNING
};

struct cdx_problem {
	unsigned line, column;	/* 1-based, as json_position() counts */
	size_t offset;		/* byte offset in the input */
	enum cdx_severity severity;
	const char *code;	/* static: "enum", "required", ... */
	char *message;		/* owned by the report */
	char *pointer;		/* owned: JSON pointer, "" for the root */
};

struct cdx_report {
	struct cdx_problem *problems;	/* sorted by offset */
	size_t count, alloc;
	size_t errors, warnings;
	/* The version validated against ("1.6"), or "" when none could be. */
	char spec_version[8];
};

#define CDX_REPORT_INIT { NULL, 0, 0, 0, 0, "" }

void cdx_report_init(struct cdx_report *report);
/* Free the problems; the report may be reused after cdx_report_init(). */
void cdx_report_release(struct cdx_report *report);

/*
 * Validate doc. The version is spec_version when given ("1.5"), else the
 * document's specVersion; a document without a known one gets a
 * spec-version error and no further check. licenses are the SPDX lists
 * that licence ids and expressions are checked against (borrowed); with
 * NULL, ids are not looked up and expressions are checked for syntax only.
 *
 * Returns 0 when the document could be judged, whatever was found
 * (report->errors says whether it is valid), and -1 with the error set for
 * a spec_version this validator does not know. Problems are added to
 * report, which the caller initialised.
 */
int cyclonedx_validate(struct cdx_report *report, const struct json_doc *doc,
		       const char *spec_version,
		       const struct spdx_license_list *licenses);

/*
 * The schema tables, transcribed from the CycloneDX JSON schemas in
 * src/cyclonedx_schema.c: internal to the validator, not for callers.
 *
 * A node is one JSON schema: the keywords the CycloneDX schemas use are
 * fields, $ref is a pointer to the definition's node, and what the
 * schemas say only in prose is a check.
 */

enum cdx_version {
	CDX_V1_2,
	CDX_V1_3,
	CDX_V1_4,
	CDX_V1_5,
	CDX_V1_6,
	CDX_V1_7,
	CDX_VERSIONS
};

/* JSON types, as a mask: a node's types, 0 for any. */
#define CDX_T_NULL	0x01
#define CDX_T_BOOLEAN	0x02
#define CDX_T_INTEGER	0x04
#define CDX_T_NUMBER	0x08	/* integers included */
#define CDX_T_STRING	0x10
#define CDX_T_ARRAY	0x20
#define CDX_T_OBJECT	0x40

#define CDX_F_CLOSED	0x01	/* additionalProperties: false */
#define CDX_F_UNIQUE	0x02	/* uniqueItems: true */
#define CDX_F_NEVER	0x04	/* the schema false: nothing is valid */
#define CDX_F_NO_EXTRA	0x08	/* additionalItems false after a tuple */

enum cdx_format {
	CDX_FMT_NONE,
	CDX_FMT_DATE_TIME,
	CDX_FMT_DATE,
	CDX_FMT_IRI_REFERENCE,
	CDX_FMT_IDN_EMAIL,
	CDX_FMT_URI
};

/* The schemas' regular expressions, each implemented by hand. */
enum cdx_pattern {
	CDX_PAT_NONE,
	CDX_PAT_SERIAL_NUMBER,	/* ^urn:uuid:<lower-case uuid>$ */
	CDX_PAT_HASH_CONTENT,	/* 32, 40, 64, 96 or 128 hex digits */
	CDX_PAT_MIME_TYPE,	/* ^[-+a-z0-9.]+/[-+a-z0-9.]+$ */
	CDX_PAT_LOCALE,		/* ^([a-z]{2})(-[A-Z]{2})?$ */
	CDX_PAT_BOM_LINK_DOCUMENT,	/* urn:cdx:<uuid>/<version> */
	CDX_PAT_BOM_LINK_ELEMENT,	/* urn:cdx:<uuid>/<version>#<ref> */
	CDX_PAT_CRE,		/* ^CRE:[0-9]+-[0-9]+$ */
	CDX_PAT_PATENT_NUMBER,	/* 2 to 30 of [A-Za-z0-9-/.() ] */
	CDX_PAT_COUNTRY		/* ^[A-Z]{2}$ */
};

/* What the specification says beyond the schema. */
enum cdx_check {
	CDX_CHECK_NONE,
	CDX_CHECK_BOM_REF,	/* defines a bom-ref: must be unique */
	CDX_CHECK_REF,		/* names a bom-ref of this BOM */
	CDX_CHECK_SPDX_ID,	/* an id of the SPDX licence list */
	CDX_CHECK_LICENSE_EXPRESSION,	/* an SPDX licence expression */
	CDX_CHECK_HASH		/* {alg, content}: content fits alg */
};

struct cdx_node;

struct cdx_prop {
	const char *name;
	const struct cdx_node *node;
};

/* Bounds, rare enough to live apart from the node. */
#define CDX_L_MINIMUM	0x01
#define CDX_L_MAXIMUM	0x02
#define CDX_L_MIN_LENGTH	0x04
#define CDX_L_MAX_LENGTH	0x08
#define CDX_L_MIN_ITEMS	0x10
#define CDX_L_MAX_ITEMS	0x20

struct cdx_limits {
	unsigned has;		/* CDX_L_* */
	double minimum, maximum;
	uint32_t min_length, max_length;	/* in characters */
	uint32_t min_items, max_items;
};

/* The combinators, NULL-terminated lists; rare as well. */
struct cdx_logic {
	const struct cdx_node *const *all_of;
	const struct cdx_node *const *any_of;
	const struct cdx_node *const *one_of;
	const struct cdx_node *not_;
	const struct cdx_node *if_, *then_, *else_;
	const struct cdx_node *const *tuple;	/* "items" as an array */
};

struct cdx_node {
	const char *name;		/* the definition's; NULL inline */
	uint8_t types;			/* CDX_T_*; 0 for any */
	uint8_t flags;			/* CDX_F_* */
	uint8_t format;			/* enum cdx_format */
	uint8_t pattern;		/* enum cdx_pattern */
	uint8_t check;			/* enum cdx_check */
	uint16_t nprops;
	const struct cdx_prop *props;	/* sorted by name, as by strcmp */
	const char *const *required;	/* NULL-terminated */
	const char *const *enums;	/* NULL-terminated strings */
	const char *konst;		/* "const", as JSON text */
	const struct cdx_node *items;
	const struct cdx_node *ref;	/* validated before the rest */
	const struct cdx_logic *logic;
	const struct cdx_limits *limits;
};

/* The root of each version's schema: the BOM object. */
extern const struct cdx_node *const cdx_schema[CDX_VERSIONS];

#endif
