#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "rfc3339.h"
#include "waiver.h"
#include "yaml_tree.h"

static char *text_of(const struct ynode *map, const char *key)
{
	const char *s = ynode_str(ynode_get(map, key));

	return s && *s ? xstrdup(s) : NULL;
}

static void add_waiver(struct waivers *w, const struct ynode *n,
		       struct diagnostics *warnings)
{
	struct waiver x;
	int64_t t;

	memset(&x, 0, sizeof(x));
	if (n->type != YNODE_MAPPING) {
		diagnostics_add(warnings, WAIVERS_PATH, n->line, n->column,
				"a waiver must be a mapping; ignored");
		return;
	}
	x.rule = text_of(n, "rule");
	x.subject = text_of(n, "subject");
	x.reason = text_of(n, "reason");
	x.owner = text_of(n, "owner");
	x.expires = text_of(n, "expires");
	x.line = n->line;
	if (!x.rule || !x.reason || !x.owner || !x.expires) {
		diagnostics_add(warnings, WAIVERS_PATH, n->line, n->column,
				"a waiver needs rule, reason, owner and "
				"expires; ignored");
		goto drop;
	}
	if (!rfc3339_parse(&t, x.expires, strlen(x.expires))) {
		x.expires_at = t;
	} else if (!date_parse(&t, x.expires)) {
		x.expires_at = t + 86400;	/* valid through that day */
	} else {
		const struct ynode *e = ynode_get(n, "expires");

		diagnostics_add(warnings, WAIVERS_PATH, e->line, e->column,
				"expires '%s' is not a YYYY-MM-DD date; "
				"waiver ignored", x.expires);
		goto drop;
	}
	w->items = xrealloc(w->items, (w->count + 1) * sizeof(*w->items));
	w->items[w->count++] = x;
	return;
drop:
	free(x.rule);
	free(x.subject);
	free(x.reason);
	free(x.owner);
	free(x.expires);
}

int waivers_load(struct waivers *out, const struct snapshot *s,
		 struct diagnostics *warnings)
{
	struct snapshot_file f;
	struct ydoc doc;
	const struct ynode *list;
	size_t i;
	int r;

	memset(out, 0, sizeof(*out));
	r = snapshot_read(&f, s, WAIVERS_PATH);
	if (r == SNAPSHOT_NOT_FOUND)
		return 0;
	if (r < 0)
		return error_prefix("cannot read '%s'", WAIVERS_PATH);
	out->present = 1;
	git_oid_cpy(&out->id, &f.id);
	r = ydoc_parse(&doc, WAIVERS_PATH, f.data, f.len);
	snapshot_file_release(&f);
	if (r < 0)
		return error_prefix("cannot parse '%s'", WAIVERS_PATH);
	list = ynode_get(doc.root, "waivers");
	if (doc.root && (!list || list->type != YNODE_SEQUENCE)) {
		diagnostics_add(warnings, WAIVERS_PATH, doc.root->line,
				doc.root->column,
				"expected a 'waivers' list; no waiver applies");
		list = NULL;
	}
	for (i = 0; list && i < list->count; i++)
		add_waiver(out, list->items[i], warnings);
	ydoc_release(&doc);
	return 0;
}

void waivers_release(struct waivers *w)
{
	size_t i;

	if (!w)
		return;
	for (i = 0; i < w->count; i++) {
		free(w->items[i].rule);
		free(w->items[i].subject);
		free(w->items[i].reason);
		free(w->items[i].owner);
		free(w->items[i].expires);
	}
	free(w->items);
	memset(w, 0, sizeof(*w));
}

int waivers_apply(struct waivers *w, struct finding *f, const char *rule_id,
		  int64_t now)
{
	size_t i;

	if (f->status != STATUS_FAIL || !rule_id)
		return 0;
	for (i = 0; i < w->count; i++) {
		struct waiver *x = &w->items[i];
		struct buf msg = BUF_INIT;

		if (strcmp(x->rule, rule_id))
			continue;
		if (x->subject && (!f->subject || strcmp(x->subject,
							   f->subject)))
			continue;
		x->used = 1;
		if (now < x->expires_at) {
			f->status = STATUS_WAIVED;
			f->waiver_reason = xstrdup(x->reason);
			f->waiver_owner = xstrdup(x->owner);
			f->waiver_expires = xstrdup(x->expires);
			return 1;
		}
		buf_printf(&msg, "%s (the waiver of %s:%u expired on %s)",
			   f->message, WAIVERS_PATH, x->line, x->expires);
		free(f->message);
		f->message = buf_detach(&msg, NULL);
		return 0;
	}
	return 0;
}
