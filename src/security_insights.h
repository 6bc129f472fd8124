#ifndef CRA_SECURITY_INSIGHTS_H
#define CRA_SECURITY_INSIGHTS_H

#include <stddef.h>

#include "yaml_tree.h"

/*
 * OpenSSF Security Insights (security-insights.yml), read as a second
 * source, beside security.txt and the product metadata, for who to tell
 * about a vulnerability and where the policy for it is written (Annex I
 * Part II (5) and (6), Art.13(17)). Version 2 (header.schema-version
 * 2.x.x) and version 1 (1.x.x) are read; only what concerns contacts and
 * vulnerability reporting is kept, with the position of each value.
 *
 * Problem codes (E error, W warning):
 *
 *   wrong-type     E  a value of the wrong kind (a mapping where text
 *                     was expected, a boolean that is not true or false)
 *   missing-field  E  a field the schema requires among those read:
 *                     v2 project.name and
 *                     project.vulnerability-reporting.reports-accepted;
 *                     v1 vulnerability-reporting.accepts-vulnerability-
 *                     reports, and its email-contact and security-policy
 *                     when reports are accepted
 *   bad-url        W  a link that is not an http or https URL
 *   bad-email      W  an email address that does not look like one
 *   too-many       W  a list of more than SI_MAX_CONTACTS contacts; the
 *                     rest is not read (a file of a few aliases could
 *                     otherwise name the same large mapping a million
 *                     times)
 *
 * Nothing here prints or exits. Strings are borrowed from the YAML tree
 * and live until security_insights_release().
 */

#define SI_MAX_CONTACTS 256

enum si_severity {
	SI_ERROR,
	SI_WARNING,
};

struct si_problem {
	enum si_severity severity;
	const char *code;	/* one of the codes above */
	unsigned line;		/* 1-based; 0 when about the whole file */
	unsigned column;	/* 1-based, in bytes */
	char *message;		/* lower case, no full stop */
};

/* Someone to contact, and where in the file they were named. */
struct si_contact {
	/*
	 * The key it was read from: "project.administrators",
	 * "project.vulnerability-reporting.contact", "repository.core-team",
	 * "repository.security.champions" (v2); "security-contacts",
	 * "vulnerability-reporting.email-contact",
	 * "project-lifecycle.core-maintainers" (v1).
	 */
	const char *source;
	const char *name;	/* NULL when not given */
	const char *email;
	const char *url;	/* v1 contacts of type url */
	const char *phone;	/* v1 contacts of type phone */
	const char *social;
	int primary;		/* 1, 0, or -1 when not said */
	unsigned line, column;
};

/* A link to a policy or program, under the key it was read from. */
struct si_link {
	/*
	 * "project.vulnerability-reporting.security-policy",
	 * "project.vulnerability-reporting.bug-bounty-program",
	 * "repository.documentation.security-policy",
	 * "project.documentation.support-policy" (v2);
	 * "vulnerability-reporting.security-policy",
	 * "vulnerability-reporting.bug-bounty-url" (v1).
	 */
	const char *source;
	const char *url;
	unsigned line, column;
};

struct security_insights {
	struct ydoc doc;
	int major;			/* 1 or 2 */
	const char *schema_version;	/* as written */
	const char *project_name;	/* v2 project.name */
	/*
	 * Where the rest is inherited from: v2 header.project-si-source,
	 * v1 header.parent-security-yaml. Not fetched.
	 */
	const char *parent;
	int reports_accepted;		/* 1, 0, or -1 when not said */
	unsigned reports_accepted_line, reports_accepted_column;
	int bug_bounty_available;	/* 1, 0, or -1 when not said */
	/* the vulnerability-reporting security-policy URL, or NULL */
	const char *vulnerability_policy;
	/* v2 repository.documentation.security-policy, or NULL */
	const char *security_policy;
	const char *pgp_key;
	struct si_contact *contacts;	/* in file order */
	size_t ncontacts;
	struct si_link *links;		/* in file order */
	size_t nlinks;
	struct si_problem *problems;	/* by position */
	size_t nproblems;
};

/*
 * Parse data[len] read from path (which only names it in messages).
 * Returns 0 with *out filled, whatever problems it has; -1 with the
 * error set ("path:line:column: ...") and *out empty when the data is no
 * YAML, no mapping, has no header.schema-version, or a schema version
 * other than 1.x.x and 2.x.x.
 */
int security_insights_parse(struct security_insights *out, const char *path,
			    const char *data, size_t len);
void security_insights_release(struct security_insights *si);

size_t security_insights_count_errors(const struct security_insights *si);

/* The first link read from source, or NULL. Borrowed from si. */
const struct si_link *security_insights_link(
	const struct security_insights *si, const char *source);

/* "error" or "warning" */
const char *security_insights_severity_name(enum si_severity severity);

#endif
