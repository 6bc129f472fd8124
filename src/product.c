#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "product.h"

/*
 * The keys of schema 1, section by section. Keys beyond these are
 * warned about, not refused: a newer git-cra may know them.
 */
static const char *const top_keys[] = {
	"schema", "product", "manufacturer", "authorised_representative",
	"support", "conformity", "evidence", "updates", "declarations",
	"retention", NULL,
};
static const char *const product_keys[] = {
	"name", "type", "version", "intended_purpose", "class", "category",
	"placed_on_market", "description", "identification",
	"free_and_open_source", "expected_use_years", NULL,
};
static const char *const manufacturer_keys[] = {
	"name", "trade_name", "address", "email", "website", "contact",
	"phone", "enterprise_size", NULL,
};
static const char *const representative_keys[] = {
	"name", "address", "email", "website", NULL,
};
static const char *const support_keys[] = {
	"start", "end", "rationale", NULL,
};
static const char *const conformity_keys[] = {
	"route", "harmonised_standards", "common_specifications",
	"certification_scheme", "notified_body", "declaration",
	"simplified_declaration_url", "ce_marking",
	"technical_documentation_url", NULL,
};
static const char *const evidence_keys[] = {
	"sbom", "security_txt", "cvd_policy", "vex", "user_information",
	"technical_documentation", "risk_assessment", "security_insights",
	"advisories", "test_reports", "release_notes", "due_diligence",
	"upstream_reports", NULL,
};
static const char *const updates_keys[] = {
	"mechanism", "automatic_by_default", "opt_out", "notification",
	"postpone", "separate_security_updates", "availability_years",
	"free_of_charge", NULL,
};
static const char *const retention_keys[] = {
	"technical_documentation_years", "declaration_years", NULL,
};

static const struct section {
	const char *name;
	const char *const *keys;
} sections[] = {
	{ "product", product_keys },
	{ "manufacturer", manufacturer_keys },
	{ "authorised_representative", representative_keys },
	{ "support", support_keys },
	{ "conformity", conformity_keys },
	{ "evidence", evidence_keys },
	{ "updates", updates_keys },
	{ "retention", retention_keys },
	{ NULL, NULL },
};

static const char *const classes[] = {
	"default", "important-class-1", "important-class-2", "critical",
	NULL,
};

static int known(const char *const *keys, const char *key)
{
	for (; *keys; keys++)
		if (!strcmp(*keys, key))
			return 1;
	return 0;
}

static void check_keys(const struct ynode *map, const char *const *keys,
		       const char *where, const char *path,
		       struct diagnostics *warnings)
{
	size_t i;

	for (i = 0; i < map->count; i++) {
		const struct ynode *k = map->items[2 * i];

		if (!known(keys, k->value))
			diagnostics_add(warnings, path, k->line, k->column,
					"unknown key '%s'%s%s", k->value,
					where ? " in " : "", where ? where : "");
	}
}

static void check_shape(const struct ynode *root, const char *path,
			struct diagnostics *warnings)
{
	const struct section *sec;
	const struct ynode *cls;
	size_t i;

	check_keys(root, top_keys, NULL, path, warnings);
	for (sec = sections; sec->name; sec++) {
		const struct ynode *n = ynode_get(root, sec->name);

		if (!n || ynode_is_null(n))
			continue;
		if (n->type != YNODE_MAPPING) {
			diagnostics_add(warnings, path, n->line, n->column,
					"'%s' should be a mapping, not %s",
					sec->name, ynode_type_name(n));
			continue;
		}
		check_keys(n, sec->keys, sec->name, path, warnings);
	}
	cls = ynode_path(root, "product.class");
	/* "<...>" is a placeholder git cra init wrote: the rules report it. */
	if (ynode_str(cls) && ynode_str(cls)[0] != '<') {
		for (i = 0; classes[i]; i++)
			if (!strcmp(classes[i], ynode_str(cls)))
				return;
		diagnostics_add(warnings, path, cls->line, cls->column,
				"unknown product class '%s' (expected default, "
				"important-class-1, important-class-2 or "
				"critical)", ynode_str(cls));
	}
}

int product_parse(struct product *out, const char *path, const char *data,
		  size_t len, struct diagnostics *warnings)
{
	const struct ynode *root, *schema;

	if (ydoc_parse(&out->doc, path, data, len) < 0)
		return error_prefix("cannot parse '%s'", path);
	out->present = 1;
	root = out->doc.root;
	if (!root || root->type != YNODE_MAPPING)
		return error_set("cannot parse '%s': %s:%u:%u: the product "
				 "metadata must be a mapping", path, path,
				 root ? root->line : 1,
				 root ? root->column : 1);
	schema = ynode_get(root, "schema");
	if (!schema)
		return error_set("cannot parse '%s': %s:%u:%u: no 'schema' "
				 "key; this version reads 'schema: 1'", path,
				 path, root->line, root->column);
	if (!ynode_str(schema) || strcmp(ynode_str(schema), "1"))
		return error_set("cannot parse '%s': %s:%u:%u: unsupported "
				 "schema '%s'; this version reads schema 1",
				 path, path, schema->line, schema->column,
				 ynode_str(schema) ? ynode_str(schema) : "?");
	check_shape(root, path, warnings);
	out->product_class = ynode_str(ynode_path(root, "product.class"));
	return 0;
}

int product_load(struct product *out, const struct snapshot *s,
		 struct diagnostics *warnings)
{
	struct snapshot_file f;
	int r;

	memset(out, 0, sizeof(*out));
	r = snapshot_read(&f, s, PRODUCT_PATH);
	if (r == SNAPSHOT_NOT_FOUND)
		return 0;
	if (r < 0)
		return error_prefix("cannot read '%s'", PRODUCT_PATH);
	git_oid_cpy(&out->id, &f.id);
	r = product_parse(out, PRODUCT_PATH, f.data, f.len, warnings);
	snapshot_file_release(&f);
	return r;
}

void product_release(struct product *p)
{
	if (!p)
		return;
	ydoc_release(&p->doc);
	memset(p, 0, sizeof(*p));
}
