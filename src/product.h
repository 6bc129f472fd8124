#ifndef CRA_PRODUCT_H
#define CRA_PRODUCT_H

#include "diagnostic.h"
#include "snapshot.h"
#include "yaml_tree.h"

/*
 * The product metadata, `.cra/product.yaml` (schema 1, see
 * docs/product-yaml.md). Loading checks the shape only: unknown keys and
 * values of the wrong kind become warnings with their positions, and it
 * is the rules that judge the contents.
 */

#define PRODUCT_PATH ".cra/product.yaml"

struct product {
	int present;		/* the file exists in the snapshot */
	struct ydoc doc;
	git_oid id;		/* its blob id */
	const char *product_class;	/* product.class, borrowed from doc */
};

/*
 * Read and parse the product metadata of a snapshot. A missing file is
 * not an error (present stays 0): rules report it. A file that is not
 * YAML, not a mapping, or of another schema is an error.
 */
int product_load(struct product *out, const struct snapshot *s,
		 struct diagnostics *warnings);
/* The same from a buffer, for `git cra validate`. */
int product_parse(struct product *out, const char *path, const char *data,
		  size_t len, struct diagnostics *warnings);
void product_release(struct product *p);

#endif
