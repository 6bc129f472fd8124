#include <errno.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "policy.h"

#define MAX_POLICY_SIZE (1024 * 1024)

static int read_file(struct buf *out, const char *path)
{
	char chunk[8192];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return error_set("cannot open '%s': %s", path,
				 strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(out, chunk, n);
		if (out->len > MAX_POLICY_SIZE) {
			fclose(f);
			return error_set("'%s' is larger than %d bytes", path,
					 MAX_POLICY_SIZE);
		}
	}
	fclose(f);
	return 0;
}

static int string_list(char ***out, size_t *count, const struct ynode *node,
		       const char *file, const char *what)
{
	size_t i;

	*out = NULL;
	*count = 0;
	if (!node)
		return 0;
	if (node->type != YNODE_SEQUENCE)
		return error_set("%s:%u:%u: '%s' must be a list of rule ids",
				 file, node->line, node->column, what);
	*out = xcalloc(node->count ? node->count : 1, sizeof(**out));
	for (i = 0; i < node->count; i++) {
		const char *s = ynode_str(node->items[i]);

		if (!s)
			return error_set("%s:%u:%u: '%s' must hold strings",
					 file, node->items[i]->line,
					 node->items[i]->column, what);
		(*out)[(*count)++] = xstrdup(s);
	}
	return 0;
}

static int parse_policy(struct policy *p, const struct ynode *root)
{
	const struct ynode *rules, *sev, *name;
	size_t i;

	if (!root || root->type != YNODE_MAPPING)
		return error_set("%s: a policy must be a mapping", p->file);
	name = ynode_get(root, "policy");
	if (!ynode_str(name))
		return error_set("%s: the policy has no 'policy' name",
				 p->file);
	p->name = xstrdup(ynode_str(name));
	if (ynode_str(ynode_get(root, "description")))
		p->description = xstrdup(ynode_str(ynode_get(root,
							     "description")));
	rules = ynode_get(root, "rules");
	if (rules && string_list(&p->include, &p->ninclude,
				 ynode_get(rules, "include"), p->file,
				 "rules.include") < 0)
		return -1;
	if (rules && string_list(&p->exclude, &p->nexclude,
				 ynode_get(rules, "exclude"), p->file,
				 "rules.exclude") < 0)
		return -1;
	if (rules && !ynode_get(rules, "include"))
		p->include = NULL;
	sev = ynode_get(root, "severity");
	if (sev && sev->type != YNODE_MAPPING)
		return error_set("%s:%u:%u: 'severity' must map rule ids to "
				 "error, warning or info", p->file, sev->line,
				 sev->column);
	if (sev) {
		p->severities = xcalloc(sev->count ? sev->count : 1,
					sizeof(*p->severities));
		for (i = 0; i < sev->count; i++) {
			const struct ynode *v = sev->items[2 * i + 1];
			struct policy_severity *ps =
				&p->severities[p->nseverities];

			if (!ynode_str(v) ||
			    severity_parse(&ps->severity, ynode_str(v)) < 0)
				return error_set("%s:%u:%u: severity must be "
						 "error, warning or info",
						 p->file, v->line, v->column);
			ps->rule = xstrdup(sev->items[2 * i]->value);
			p->nseverities++;
		}
	}
	p->params = ynode_get(root, "params");
	if (p->params && p->params->type != YNODE_MAPPING)
		return error_set("%s:%u:%u: 'params' must be a mapping",
				 p->file, p->params->line, p->params->column);
	return 0;
}

static int is_path(const char *name)
{
	size_t n = strlen(name);

	return strchr(name, '/') || (n > 5 && !strcmp(name + n - 5, ".yaml"));
}

static int valid_name(const char *name)
{
	return *name && strspn(name, "abcdefghijklmnopqrstuvwxyz0123456789-.")
		== strlen(name) && name[0] != '.';
}

int policy_parse(struct policy *out, const char *file, const char *text,
		 size_t len)
{
	memset(out, 0, sizeof(*out));
	out->file = xstrdup(file);
	out->text = xstrndup(text, len);
	out->text_len = len;
	git_odb_hash(&out->text_id, text, len, GIT_OBJECT_BLOB);
	if (ydoc_parse(&out->params_doc, file, out->text, len) < 0 ||
	    parse_policy(out, out->params_doc.root) < 0) {
		policy_release(out);
		return -1;
	}
	return 0;
}

int policy_load(struct policy *out, const char *dir, const char *name)
{
	struct buf path = BUF_INIT, text = BUF_INIT;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (is_path(name)) {
		buf_puts(&path, name);
	} else if (!valid_name(name)) {
		error_set("'%s' is not a policy name", name);
		goto done;
	} else {
		buf_printf(&path, "%s/%s.yaml", dir, name);
	}
	if (read_file(&text, buf_cstr(&path)) < 0) {
		if (!is_path(name))
			error_set("no policy named '%s' (looked for '%s')",
				  name, buf_cstr(&path));
		goto done;
	}
	ret = policy_parse(out, buf_cstr(&path), buf_cstr(&text), text.len);
done:
	buf_release(&path);
	buf_release(&text);
	if (ret < 0)
		policy_release(out);
	return ret;
}

static void free_list(char **list, size_t n)
{
	while (n)
		free(list[--n]);
	free(list);
}

void policy_release(struct policy *p)
{
	size_t i;

	if (!p)
		return;
	free(p->name);
	free(p->file);
	free(p->description);
	free(p->text);
	free_list(p->include, p->ninclude);
	free_list(p->exclude, p->nexclude);
	for (i = 0; i < p->nseverities; i++)
		free(p->severities[i].rule);
	free(p->severities);
	ydoc_release(&p->params_doc);
	memset(p, 0, sizeof(*p));
}

static int matches_any(char *const *globs, size_t n, const char *id)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!fnmatch(globs[i], id, 0))
			return 1;
	return 0;
}

int policy_selects(const struct policy *p, const char *rule_id,
		   enum rule_origin origin)
{
	if (origin == RULE_BUILTIN && p->include &&
	    !matches_any(p->include, p->ninclude, rule_id))
		return 0;
	return !matches_any(p->exclude, p->nexclude, rule_id);
}

enum severity policy_severity(const struct policy *p,
			      const struct rule_meta *meta)
{
	enum severity s = meta->severity;
	size_t i;

	/* The last matching entry wins, as later lines refine earlier. */
	for (i = 0; i < p->nseverities; i++)
		if (!fnmatch(p->severities[i].rule, meta->id, 0))
			s = p->severities[i].severity;
	return s;
}

const char *policy_for_class(const char *product_class)
{
	static const char *const classes[] = {
		"default", "important-class-1", "important-class-2",
		"critical", NULL,
	};
	size_t i;

	for (i = 0; product_class && classes[i]; i++)
		if (!strcmp(product_class, classes[i]))
			return classes[i];
	return "default";
}
