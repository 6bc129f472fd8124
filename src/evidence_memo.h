#ifndef CRA_EVIDENCE_MEMO_H
#define CRA_EVIDENCE_MEMO_H

#include <stddef.h>
#include <git2.h>

#include "diagnostic.h"
#include "policy.h"
#include "product.h"
#include "sha256.h"
#include "snapshot.h"

/*
 * The product metadata and the policy of the last evaluation, kept for
 * the next one while its blob and text are the same: an audit evaluates
 * hundreds of releases that nearly all share both, and parsed them again
 * for each one, in its own process and in the rule runner's.
 */
struct evidence_memo {
	struct product product;
	git_oid product_id;
	int has_product;
	struct diagnostics product_warnings;
	struct policy policy;
	char *policy_text;
	size_t policy_len;
	char *policy_label;
	unsigned char policy_digest[SHA256_DIGEST_SIZE];	/* of the text */
};

/*
 * The product metadata of s (product_load()), its warnings appended to
 * warnings. The memo owns it; it stays valid until the next call.
 */
int evidence_memo_product(struct product **out,
			  struct evidence_memo *m, const struct snapshot *s,
			  struct diagnostics *warnings);

/*
 * The policy of text[len] (policy_parse()), owned likewise, and the
 * SHA-256 of the text in m->policy_digest.
 */
int evidence_memo_policy(struct policy **out, struct evidence_memo *m,
			 const char *label, const char *text, size_t len);

void evidence_memo_release(struct evidence_memo *m);

#endif
