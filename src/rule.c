#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "rule.h"

void rule_source_release(struct rule_source *src)
{
	if (!src)
		return;
	free(src->file);
	free(src->owned);
	memset(src, 0, sizeof(*src));
}

void rule_meta_release(struct rule_meta *meta)
{
	if (!meta)
		return;
	if (meta->block) {
		free(meta->block);
		memset(meta, 0, sizeof(*meta));
		return;
	}
	free(meta->id);
	free(meta->title);
	free(meta->locus);
	free(meta->rationale);
	free(meta->remediation);
	free(meta->help);
	free(meta->establishes);
	free(meta->limits);
	memset(meta, 0, sizeof(*meta));
}

void rule_meta_copy(struct rule_meta *dst, const struct rule_meta *src)
{
	const char *const from[] = {
		src->id, src->title, src->locus, src->rationale,
		src->remediation, src->help, src->establishes, src->limits,
	};
	char **to[] = {
		&dst->id, &dst->title, &dst->locus, &dst->rationale,
		&dst->remediation, &dst->help, &dst->establishes, &dst->limits,
	};
	size_t i, total = 1, n = sizeof(from) / sizeof(from[0]);
	char *at;

	memset(dst, 0, sizeof(*dst));
	dst->severity = src->severity;
	for (i = 0; i < n; i++)
		if (from[i])
			total += strlen(from[i]) + 1;
	at = dst->block = xmalloc(total);
	for (i = 0; i < n; i++) {
		size_t len;

		if (!from[i])
			continue;
		len = strlen(from[i]) + 1;
		memcpy(at, from[i], len);
		*to[i] = at;
		at += len;
	}
}

void rule_release(struct rule *rule)
{
	if (!rule)
		return;
	rule_source_release(&rule->source);
	rule_meta_release(&rule->meta);
	rule->loaded = 0;
}

int rule_id_is_valid(const char *id)
{
	size_t n = strlen(id), i;

	if (n < 3 || n > 64)
		return 0;
	for (i = 0; i < n; i++) {
		char c = id[i];

		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
		      c == '-' || c == '.'))
			return 0;
	}
	return id[0] != '-' && id[n - 1] != '-';
}
