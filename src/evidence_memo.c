#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "evidence_memo.h"

static void copy_warnings(struct diagnostics *to,
			  const struct diagnostics *from)
{
	size_t i;

	for (i = 0; i < from->count; i++)
		diagnostics_add(to, from->items[i].path, from->items[i].line,
				from->items[i].column, "%s",
				from->items[i].message);
}

int evidence_memo_product(struct product **out,
			  struct evidence_memo *m, const struct snapshot *s,
			  struct diagnostics *warnings)
{
	struct buf resolved = BUF_INIT;
	git_oid id;
	int type, known;

	/* A blob at the end of the path names what product_load reads. */
	known = !snapshot_resolve(&resolved, &type, &id, s, PRODUCT_PATH) &&
		type == SNAPSHOT_ENTRY_FILE && !git_oid_is_zero(&id);
	buf_release(&resolved);
	error_clear();
	if (!(known && m->has_product && git_oid_equal(&id, &m->product_id))) {
		product_release(&m->product);
		diagnostics_release(&m->product_warnings);
		m->has_product = 0;
		if (product_load(&m->product, s, &m->product_warnings) < 0)
			return -1;
		if (known) {
			git_oid_cpy(&m->product_id, &id);
			m->has_product = 1;
		}
	}
	copy_warnings(warnings, &m->product_warnings);
	*out = &m->product;
	return 0;
}

int evidence_memo_policy(struct policy **out, struct evidence_memo *m,
			 const char *label, const char *text, size_t len)
{
	/* The label names the policy in messages: part of what is kept. */
	if (!(m->policy_text && m->policy_len == len &&
	      !memcmp(m->policy_text, text, len) && m->policy_label &&
	      !strcmp(m->policy_label, label))) {
		policy_release(&m->policy);
		free(m->policy_text);
		free(m->policy_label);
		m->policy_text = m->policy_label = NULL;
		if (policy_parse(&m->policy, label, text, len) < 0)
			return -1;
		m->policy_text = xmalloc(len + 1);
		memcpy(m->policy_text, text, len);
		m->policy_text[len] = '\0';
		m->policy_len = len;
		m->policy_label = xstrdup(label);
		sha256_digest(m->policy_digest, text, len);
	}
	*out = &m->policy;
	return 0;
}

void evidence_memo_release(struct evidence_memo *m)
{
	if (!m)
		return;
	product_release(&m->product);
	diagnostics_release(&m->product_warnings);
	policy_release(&m->policy);
	free(m->policy_text);
	free(m->policy_label);
	memset(m, 0, sizeof(*m));
}
