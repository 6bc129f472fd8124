#ifndef CRA_POLICY_H
#define CRA_POLICY_H

#include <stddef.h>

#include <git2.h>

#include "finding.h"
#include "rule.h"
#include "yaml_tree.h"

/*
 * A policy chooses which rules run, at what severity, with which
 * parameters. Policies are YAML files in the policies/ directory, one per
 * product class and one per SBOM profile. Each file is complete on its
 * own, so what a policy does can be read in one place.
 *
 *   policy: important-class-1
 *   description: ...
 *   rules:
 *     include: ["*"]          # globs of rule ids; default all
 *     exclude: [sbom-bsi-*]
 *   severity: { some-rule: warning }
 *   params: { support_min_years: 5 }
 */

struct policy_severity {
	char *rule;		/* a rule id or glob */
	enum severity severity;
};

struct policy {
	char *name;
	char *file;		/* where it was read from */
	char *description;
	char **include;		/* NULL: every rule */
	size_t ninclude;
	char **exclude;
	size_t nexclude;
	struct policy_severity *severities;
	size_t nseverities;
	char *text;		/* the file as read, for records */
	size_t text_len;
	git_oid text_id;	/* its blob id */
	struct ydoc params_doc;	/* owns params */
	const struct ynode *params;
};

/* Parse a policy from memory (a recorded one); `file` labels errors. */
int policy_parse(struct policy *out, const char *file, const char *text,
		 size_t len);

/*
 * Load `name`: a policy name looked up as dir/NAME.yaml, or the path of a
 * YAML file (when it contains a '/' or ends in ".yaml").
 */
int policy_load(struct policy *out, const char *dir, const char *name);
void policy_release(struct policy *p);

/*
 * Whether the policy runs the rule of this id. `include` narrows the
 * built-in rules only: a repository's own rules are there because the
 * product chose them. `exclude` applies to every rule.
 */
int policy_selects(const struct policy *p, const char *rule_id,
		   enum rule_origin origin);

/* The severity the policy gives a rule (its own when not overridden). */
enum severity policy_severity(const struct policy *p,
			      const struct rule_meta *meta);

/* The policy a product class asks for: "default" for unknown classes. */
const char *policy_for_class(const char *product_class);

#endif
