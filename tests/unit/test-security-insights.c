/*
 * OpenSSF Security Insights, versions 2 and 1: the contacts, whether
 * vulnerability reports are accepted, and the policy links, each with
 * its position; and the problems of files that get them wrong.
 */
#include <string.h>

#include "error.h"
#include "security_insights.h"
#include "tap.h"

static const char v2[] =
	"header:\n"
	"  schema-version: 2.0.0\n"
	"  last-updated: '2025-01-01'\n"
	"  last-reviewed: '2025-01-01'\n"
	"  url: https://example.com/acme/router\n"
	"project:\n"
	"  name: Acme Router\n"
	"  administrators:\n"
	"    - name: Ada Admin\n"
	"      email: ada@acme.example\n"
	"      primary: true\n"
	"  repositories:\n"
	"    - name: router\n"
	"      url: https://example.com/acme/router\n"
	"      comment: the firmware\n"
	"  documentation:\n"
	"    support-policy: https://acme.example/support\n"
	"  vulnerability-reporting:\n"
	"    reports-accepted: true\n"
	"    bug-bounty-available: false\n"
	"    contact:\n"
	"      name: Acme PSIRT\n"
	"      email: psirt@acme.example\n"
	"      primary: true\n"
	"    security-policy: https://acme.example/security/policy\n"
	"    pgp-key: |\n"
	"      -----BEGIN PGP PUBLIC KEY BLOCK-----\n"
	"repository:\n"
	"  url: https://example.com/acme/router\n"
	"  status: active\n"
	"  accepts-change-request: true\n"
	"  accepts-automated-change-request: false\n"
	"  core-team:\n"
	"    - name: Cy Core\n"
	"      social: https://social.example/@cy\n"
	"      primary: false\n"
	"  license:\n"
	"    url: https://example.com/LICENSE\n"
	"    expression: MIT\n"
	"  documentation:\n"
	"    security-policy: https://example.com/acme/router/SECURITY.md\n"
	"  security:\n"
	"    assessments:\n"
	"      self:\n"
	"        comment: none yet\n"
	"    champions:\n"
	"      - name: Sam Champion\n"
	"        email: sam@acme.example\n"
	"        primary: false\n";

static void test_v2(void)
{
	struct security_insights si;
	const struct si_contact *c;
	const struct si_link *l;

	if (!ok(security_insights_parse(&si, "si.yml", v2, strlen(v2)) == 0,
		"v2: parses"))
		printf("#   %s\n", error_last());
	is_int(si.nproblems, 0, "v2: no problem");
	is_int(si.major, 2, "major version 2");
	is_str(si.schema_version, "2.0.0", "schema version as written");
	is_str(si.project_name, "Acme Router", "project name");
	is_int(si.reports_accepted, 1, "reports accepted");
	is_int(si.reports_accepted_line, 19, "at line 19");
	is_int(si.reports_accepted_column, 23, "column 23");
	is_int(si.bug_bounty_available, 0, "no bug bounty");
	is_str(si.vulnerability_policy, "https://acme.example/security/policy",
	       "vulnerability-reporting security policy");
	is_str(si.security_policy,
	       "https://example.com/acme/router/SECURITY.md",
	       "repository security policy");
	ok(si.pgp_key && !strncmp(si.pgp_key, "-----BEGIN", 10), "pgp key");

	is_int(si.ncontacts, 4, "four contacts");
	c = &si.contacts[0];
	is_str(c->source, "project.administrators", "administrator");
	is_str(c->name, "Ada Admin", "its name");
	is_str(c->email, "ada@acme.example", "its email");
	is_int(c->primary, 1, "primary");
	is_int(c->line, 9, "at the mapping's line");
	is_int(c->column, 7, "and column");
	c = &si.contacts[1];
	is_str(c->source, "project.vulnerability-reporting.contact",
	       "the reporting contact");
	is_str(c->email, "psirt@acme.example", "its email");
	c = &si.contacts[2];
	is_str(c->source, "repository.core-team", "a core team member");
	ok(c->email == NULL, "without email");
	is_str(c->social, "https://social.example/@cy", "social");
	is_int(c->primary, 0, "not primary");
	is_str(si.contacts[3].source, "repository.security.champions",
	       "a champion");

	is_int(si.nlinks, 3, "three links");
	l = security_insights_link(&si,
				   "project.documentation.support-policy");
	ok(l && !strcmp(l->url, "https://acme.example/support") &&
	   l->line == 17 && l->column == 21, "support policy, with position");
	ok(security_insights_link(&si, "nothing") == NULL, "no such link");
	security_insights_release(&si);
}

static const char v1[] =
	"header:\n"
	"  schema-version: 1.0.0\n"
	"  expiration-date: '2026-01-01T00:00:00.000Z'\n"
	"  last-updated: '2025-01-01'\n"
	"  last-reviewed: '2025-01-01'\n"
	"  project-url: https://example.com/acme/router\n"
	"  parent-security-yaml: https://example.com/SECURITY-INSIGHTS.yml\n"
	"project-lifecycle:\n"
	"  stage: active\n"
	"  bug-fixes-only: false\n"
	"  core-maintainers:\n"
	"    - github:ada\n"
	"    - bob@acme.example\n"
	"contribution-policy:\n"
	"  accepts-pull-requests: true\n"
	"  accepts-automated-pull-requests: true\n"
	"security-contacts:\n"
	"  - type: email\n"
	"    value: psirt@acme.example\n"
	"    primary: true\n"
	"  - type: url\n"
	"    value: https://acme.example/report\n"
	"  - type: phone\n"
	"    value: '+49 30 1234567'\n"
	"vulnerability-reporting:\n"
	"  accepts-vulnerability-reports: true\n"
	"  email-contact: security@acme.example\n"
	"  security-policy: https://acme.example/security\n"
	"  bug-bounty-available: true\n"
	"  bug-bounty-url: https://acme.example/bounty\n";

static void test_v1(void)
{
	struct security_insights si;

	if (!ok(security_insights_parse(&si, "si.yml", v1, strlen(v1)) == 0,
		"v1: parses"))
		printf("#   %s\n", error_last());
	is_int(si.nproblems, 0, "v1: no problem");
	is_int(si.major, 1, "major version 1");
	is_str(si.parent, "https://example.com/SECURITY-INSIGHTS.yml",
	       "parent-security-yaml");
	is_int(si.reports_accepted, 1, "accepts vulnerability reports");
	is_int(si.reports_accepted_line, 26, "at line 26");
	is_int(si.bug_bounty_available, 1, "bug bounty");
	is_str(si.vulnerability_policy, "https://acme.example/security",
	       "security policy");
	ok(si.security_policy == NULL, "no repository policy in v1");
	is_int(si.ncontacts, 6, "six contacts");
	is_str(si.contacts[0].email, "psirt@acme.example", "email contact");
	is_int(si.contacts[0].primary, 1, "primary");
	is_str(si.contacts[1].url, "https://acme.example/report",
	       "url contact");
	is_str(si.contacts[2].phone, "+49 30 1234567", "phone contact");
	is_str(si.contacts[3].source, "vulnerability-reporting.email-contact",
	       "email-contact");
	is_str(si.contacts[3].email, "security@acme.example", "its address");
	is_int(si.contacts[3].line, 27, "its line");
	is_str(si.contacts[4].name, "github:ada", "a maintainer handle");
	is_str(si.contacts[5].email, "bob@acme.example",
	       "a maintainer address");
	ok(security_insights_link(&si,
				  "vulnerability-reporting.bug-bounty-url"),
	   "bug bounty link");
	security_insights_release(&si);
}

static const struct si_problem *problem(const struct security_insights *si,
					const char *code, size_t nth)
{
	size_t i;

	for (i = 0; i < si->nproblems; i++)
		if (!strcmp(si->problems[i].code, code) && !nth--)
			return &si->problems[i];
	return NULL;
}

static void expect_at(const struct security_insights *si, const char *code,
		      size_t nth, enum si_severity severity, unsigned line,
		      unsigned column, const char *what)
{
	const struct si_problem *p = problem(si, code, nth);
	size_t i;

	if (ok(p && p->severity == severity && p->line == line &&
	       p->column == column, "%s", what))
		return;
	for (i = 0; i < si->nproblems; i++)
		printf("#   %u:%u: %s [%s]\n", si->problems[i].line,
		       si->problems[i].column, si->problems[i].message,
		       si->problems[i].code);
}

static void test_problems(void)
{
	static const char bad_v2[] =
		"header:\n"
		"  schema-version: 2.1.0\n"
		"project:\n"
		"  administrators:\n"
		"    - name: Ada\n"
		"      email: not-an-address\n"
		"    - just text\n"
		"  vulnerability-reporting:\n"
		"    reports-accepted: maybe\n"
		"    security-policy: ftp://acme.example/policy\n"
		"    contact: [a, b]\n"
		"repository:\n"
		"  core-team: {name: x}\n";
	static const char bad_v1[] =
		"header:\n"
		"  schema-version: 1.0.0\n"
		"vulnerability-reporting:\n"
		"  accepts-vulnerability-reports: true\n"
		"security-contacts:\n"
		"  - type: url\n"
		"    value: acme.example\n"
		"  - type: email\n";
	static const char no_reporting[] =
		"header:\n"
		"  schema-version: 2.0.0\n"
		"project:\n"
		"  name: x\n"
		"  vulnerability-reporting: {}\n";
	struct security_insights si;

	ok(security_insights_parse(&si, "si.yml", bad_v2,
				   strlen(bad_v2)) == 0, "bad v2: parses");
	expect_at(&si, "missing-field", 0, SI_ERROR, 4, 3,
		  "a project without name");
	expect_at(&si, "bad-email", 0, SI_WARNING, 6, 14,
		  "an email that is none");
	expect_at(&si, "wrong-type", 0, SI_ERROR, 7, 7,
		  "a contact that is no mapping");
	expect_at(&si, "wrong-type", 1, SI_ERROR, 9, 23,
		  "a boolean that is none");
	is_int(si.reports_accepted, -1, "so reports_accepted is unknown");
	expect_at(&si, "bad-url", 0, SI_WARNING, 10, 22,
		  "a policy link that is no http(s) URL");
	ok(si.vulnerability_policy &&
	   !strcmp(si.vulnerability_policy, "ftp://acme.example/policy"),
	   "but it is kept");
	expect_at(&si, "wrong-type", 2, SI_ERROR, 11, 14,
		  "a contact that is a sequence");
	expect_at(&si, "wrong-type", 3, SI_ERROR, 13, 14,
		  "core-team that is a mapping");
	is_int(security_insights_count_errors(&si), 5, "five errors");
	security_insights_release(&si);

	ok(security_insights_parse(&si, "si.yml", bad_v1,
				   strlen(bad_v1)) == 0, "bad v1: parses");
	expect_at(&si, "missing-field", 0, SI_ERROR, 4, 3,
		  "accepted reports need an email-contact");
	expect_at(&si, "missing-field", 1, SI_ERROR, 4, 3,
		  "and a security-policy");
	expect_at(&si, "bad-url", 0, SI_WARNING, 7, 12,
		  "a url contact that is no URL");
	expect_at(&si, "missing-field", 2, SI_ERROR, 8, 5,
		  "a contact without value");
	security_insights_release(&si);

	ok(security_insights_parse(&si, "si.yml", no_reporting,
				   strlen(no_reporting)) == 0,
	   "empty reporting: parses");
	expect_at(&si, "missing-field", 0, SI_ERROR, 5, 28,
		  "vulnerability-reporting without reports-accepted");
	security_insights_release(&si);
}

/*
 * Found by fuzzing: libyaml breaks lines at a lone CR too, so positions
 * count those lines as well.
 */
static void test_cr_lines(void)
{
	static const char cr[] =
		"\r\r\rheader:\n  schema-version: 2.0.0\nproject:\n"
		"  name: x\n  vulnerability-reporting:\n"
		"    reports-accepted: maybe\n";
	struct security_insights si;

	ok(security_insights_parse(&si, "si.yml", cr, strlen(cr)) == 0,
	   "a file starting with lone CRs parses");
	expect_at(&si, "wrong-type", 0, SI_ERROR, 9, 23,
		  "each CR is a line of its own");
	security_insights_release(&si);
}

/* Aliases could name one large mapping a million times. */
static void test_many_contacts(void)
{
	struct security_insights si;
	char yaml[4096];
	size_t i, len;

	len = (size_t)snprintf(yaml, sizeof(yaml),
			       "header:\n  schema-version: 2.0.0\n"
			       "x: &c {name: Ada, email: ada@acme.example}\n"
			       "repository:\n  core-team: [*c");
	for (i = 1; i < 300; i++)
		len += (size_t)snprintf(yaml + len, sizeof(yaml) - len,
					", *c");
	len += (size_t)snprintf(yaml + len, sizeof(yaml) - len, "]\n");
	ok(security_insights_parse(&si, "si.yml", yaml, len) == 0,
	   "300 aliased contacts parse");
	is_int(si.ncontacts, SI_MAX_CONTACTS, "the first 256 are read");
	expect_at(&si, "too-many", 0, SI_WARNING, 5, 14,
		  "and the rest are said to be left out");
	security_insights_release(&si);
}

static void expect_error(const char *yaml, const char *want,
			 const char *what)
{
	struct security_insights si;

	ok(security_insights_parse(&si, "si.yml", yaml, strlen(yaml)) < 0,
	   "%s: refused", what);
	if (!ok(strstr(error_last(), want) != NULL, "%s: says '%s'", what,
		want))
		printf("#   got: %s\n", error_last());
	ok(si.ncontacts == 0 && si.nproblems == 0 && !si.doc.root,
	   "%s: nothing left behind", what);
	security_insights_release(&si);
}

static void test_errors(void)
{
	expect_error("", "si.yml:1:1: not a Security Insights file",
		     "an empty file");
	expect_error("- a\n- b\n", "the top level is a list",
		     "a sequence");
	expect_error("project:\n  name: x\n",
		     "si.yml:1:1: not a Security Insights file: no "
		     "header.schema-version", "no header");
	expect_error("header:\n  schema-version: 3.0.0\n",
		     "si.yml:2:19: Security Insights schema version '3.0.0' "
		     "is not supported", "version 3");
	expect_error("header:\n  schema-version: two\n",
		     "version 'two' is not supported", "a word as version");
	expect_error("header: [\n", "si.yml:", "bad YAML");
	security_insights_release(NULL);
	ok(1, "security_insights_release(NULL) is harmless");
	is_str(security_insights_severity_name(SI_WARNING), "warning",
	       "severity name");
}

int main(void)
{
	test_v2();
	test_v1();
	test_problems();
	test_cr_lines();
	test_many_contacts();
	test_errors();
	return done_testing();
}
