#ifndef CRA_RULE_H
#define CRA_RULE_H

#include <stddef.h>
#include <git2.h>

#include "finding.h"

/*
 * A rule: where its code came from, and what it declares about itself
 * once its file has been run in the sandbox.
 */

enum rule_origin {
	RULE_BUILTIN,		/* installed with git-cra */
	RULE_LOCAL,		/* the snapshot's own .cra/rules */
	RULE_RECORDED,		/* read back from an attestation */
};

struct rule_source {
	enum rule_origin origin;
	char *file;		/* "rules/x/y.lua" or ".cra/rules/y.lua" */
	const char *code;	/* len bytes */
	size_t len;
	git_oid id;		/* the blob id of code */
	char *owned;		/* code, when the source owns it; or NULL */
};

struct rule_meta {
	char *id;
	char *title;
	char *locus;
	enum severity severity;
	char *rationale;
	char *remediation;
	char *help;		/* a URL with more; may be NULL */
	char *establishes;	/* what the rule can show; may be NULL */
	char *limits;		/* what it cannot show; may be NULL */
	/*
	 * Non-NULL: every string above lies in this one allocation
	 * (rule_meta_copy()), freed alone. NULL: each is its own.
	 */
	char *block;
};

struct rule {
	struct rule_source source;
	struct rule_meta meta;	/* empty when the file failed to load */
	int loaded;		/* meta is valid */
};

void rule_source_release(struct rule_source *src);
void rule_meta_release(struct rule_meta *meta);
/*
 * A copy of src in one allocation: an audit copies the metadata of every
 * rule outcome it reuses, tens of thousands of times.
 */
void rule_meta_copy(struct rule_meta *dst, const struct rule_meta *src);
void rule_release(struct rule *rule);

/* A rule id: lower case letters, digits and '-', 3 to 64 characters. */
int rule_id_is_valid(const char *id);

#endif
