#ifndef CRA_WAIVER_H
#define CRA_WAIVER_H

#include <stddef.h>
#include <stdint.h>

#include "diagnostic.h"
#include "finding.h"
#include "snapshot.h"

/*
 * Waivers, `.cra/waivers.yaml`: a person's decision that one failing
 * finding is accepted for a while.
 *
 *   waivers:
 *     - rule: support-period
 *       subject: optional, to waive one subject of a rule only
 *       reason: why it is acceptable
 *       owner: who decided
 *       expires: 2027-06-30
 *
 * An unexpired waiver turns a failure into "waived"; an expired one
 * leaves it failing and says so.
 */

#define WAIVERS_PATH ".cra/waivers.yaml"

struct waiver {
	char *rule;
	char *subject;		/* NULL: every subject of the rule */
	char *reason;
	char *owner;
	char *expires;		/* as written */
	int64_t expires_at;	/* the end of that day, UTC */
	unsigned line;
	int used;
};

struct waivers {
	struct waiver *items;
	size_t count;
	int present;
	git_oid id;		/* the file's blob id */
};

/* Malformed entries become warnings and are ignored. */
int waivers_load(struct waivers *out, const struct snapshot *s,
		 struct diagnostics *warnings);
void waivers_release(struct waivers *w);

/*
 * Apply the waivers to a failing finding of rule `rule_id` at time now:
 * returns 1 when it became waived.
 */
int waivers_apply(struct waivers *w, struct finding *f, const char *rule_id,
		  int64_t now);

#endif
