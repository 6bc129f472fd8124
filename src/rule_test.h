#ifndef CRA_RULE_TEST_H
#define CRA_RULE_TEST_H

#include <stddef.h>
#include <stdio.h>

#include "yaml_tree.h"

/*
 * Rule unit tests: beside each rule NAME.lua, a file NAME.test.yaml holds
 * cases, each a small snapshot of files written inline, an evaluation
 * time, and the findings the rule must give. Tests are data, not code, so
 * reading a hostile test file runs nothing. See docs/rule-authoring.md.
 *
 *   cases:
 *     - name: a period of five years passes
 *       now: 2027-06-01T00:00:00Z       # default 2027-06-01T00:00:00Z
 *       tag: v1.2.0                     # optional: the snapshot's tag
 *       policy: default                 # optional
 *       params: {support_min_years: 6}  # optional: overrides the policy's
 *       files:
 *         .cra/product.yaml: |
 *           schema: 1
 *       expect:
 *         - status: pass
 *           message: support period of 5   # a substring of the message
 *           basis: declared                # optional, as are path,
 *           path: .cra/product.yaml        # line and subject
 *           line: 3
 */

#define RULE_TEST_DEFAULT_NOW "2027-06-01T00:00:00Z"

struct rule_test_result {
	size_t passed;
	size_t failed;
	size_t broken;		/* files that could not be read or run */
	size_t untested;	/* rules without a test file */
};

struct rule_test_options {
	FILE *out;		/* TAP goes here */
	const char *datadir;	/* policies come from here */
	int verbose;		/* show the findings of passing cases too */
};

/*
 * Run the tests of one rule file (its NAME.test.yaml beside it). `label`
 * is how the rule's file is named in results ("rules/x/y.lua"). Writes
 * TAP lines (without the plan) and counts into *result.
 */
int rule_test_run_file(struct rule_test_result *result,
		       const struct rule_test_options *opts,
		       const char *rule_path, const char *label,
		       int origin, unsigned *counter);

#endif
