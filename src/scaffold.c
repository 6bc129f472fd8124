#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "file_io.h"
#include "product.h"
#include "scaffold.h"
#include "snapshot.h"
#include "temp_file.h"

/*
 * The skeletons. A value to fill in is a string in angle brackets, which
 * cra.filled() takes for missing: a check right after `init` fails on
 * each of them instead of passing. Every key carries the provision that
 * asks for it, so that the file explains itself. The @NAME@ tokens are
 * replaced by the paths the other skeletons are written to.
 */
static const char product_template[] =
	"# The product metadata git-cra reads (schema 1; each key is\n"
	"# described in docs/product-yaml.md of git-cra).\n"
	"#\n"
	"# Written by 'git cra init'. A value in angle brackets is still\n"
	"# to be filled in: 'git cra check' reports it as missing until\n"
	"# it is replaced. The comment above each key names the provision\n"
	"# of Regulation (EU) 2024/2847 that asks for it. The keys that\n"
	"# are commented out are optional.\n"
	"schema: 1\n"
	"\n"
	"product:\n"
	"  # AnnexVII(1), Art.13(15): the name it is sold under\n"
	"  name: \"<product name>\"\n"
	"  # AnnexVII(1): what kind of product it is\n"
	"  type: \"<product type, such as home router firmware>\"\n"
	"  # Art.13(15): a literal version, or from-tag: the release tag\n"
	"  # less a leading \"v\"\n"
	"  version: \"<from-tag, or a version such as 1.0.0>\"\n"
	"  # AnnexVII(1)(a), AnnexII(4): what the product is for\n"
	"  intended_purpose: \"<intended purpose>\"\n"
	"  # Art.7, Art.8, Art.32: default, important-class-1 (Annex III\n"
	"  # class I), important-class-2 (Annex III class II) or critical\n"
	"  # (Annex IV); it picks the policy\n"
	"  class: \"<default | important-class-1 | important-class-2 | "
	"critical>\"\n"
	"  # Art.7: the category of Annex III or Annex IV, if any\n"
	"  category: \"<category, or none>\"\n"
	"  # Art.13(8): the day it is first placed on the market; the\n"
	"  # support period counts from it\n"
	"  placed_on_market: \"<YYYY-MM-DD>\"\n"
	"  # AnnexVII(1): a longer general description\n"
	"  # description: \"<description>\"\n"
	"  # Art.13(15): how a unit is identified (type, batch or serial\n"
	"  # number)\n"
	"  # identification: \"<how a unit is identified>\"\n"
	"  # Art.13(8): the years it is expected to be in use, when that\n"
	"  # is less than five\n"
	"  # expected_use_years: 3\n"
	"  # Art.32(5): true for free and open-source software\n"
	"  # free_and_open_source: false\n"
	"\n"
	"manufacturer:\n"
	"  # Art.13(16): name, registered trade name or trade mark\n"
	"  name: \"<manufacturer name>\"\n"
	"  # trade_name: \"<registered trade name or trade mark>\"\n"
	"  # Art.13(16): postal address\n"
	"  address: \"<postal address>\"\n"
	"  # Art.13(16): email address\n"
	"  email: \"<email address>\"\n"
	"  # Art.13(16): website\n"
	"  website: \"<website>\"\n"
	"  # Art.13(17): the single point of contact for reporting\n"
	"  # vulnerabilities, reachable by people and not only by tools\n"
	"  contact: \"<address or web form for vulnerability reports>\"\n"
	"  # a telephone number\n"
	"  # phone: \"<telephone number>\"\n"
	"  # Art.64(10): micro, small, medium or large\n"
	"  enterprise_size: \"<micro | small | medium | large>\"\n"
	"\n"
	"# Art.18: the authorised representative, if one is mandated\n"
	"# authorised_representative:\n"
	"#   name: \"<name>\"\n"
	"#   address: \"<postal address>\"\n"
	"#   email: \"<email address>\"\n"
	"#   website: \"<website>\"\n"
	"\n"
	"support:\n"
	"  # Art.13(8), Art.13(19): the first and the last day of the\n"
	"  # support period, at least five years after placed_on_market\n"
	"  # unless the product is expected to be in use for less\n"
	"  start: \"<YYYY-MM-DD>\"\n"
	"  end: \"<YYYY-MM-DD>\"\n"
	"  # Art.13(8): the document saying how the period was determined\n"
	"  rationale: \"<path, such as docs/support-period.md>\"\n"
	"\n"
	"conformity:\n"
	"  # Art.32: module-a, module-b-c, module-h or certification\n"
	"  route: \"<module-a | module-b-c | module-h | certification>\"\n"
	"  # Art.27, AnnexVII(5): harmonised standards applied, in full or\n"
	"  # in part\n"
	"  harmonised_standards: [\"<standard, such as EN 18031-1>\"]\n"
	"  # Art.27: other presumptions of conformity\n"
	"  # common_specifications: [\"<common specification>\"]\n"
	"  # certification_scheme: \"<certification scheme>\"\n"
	"  # AnnexV(7): the notified body's name and number, for\n"
	"  # module-b-c and module-h\n"
	"  # notified_body: \"<name and number>\"\n"
	"  # Art.28, AnnexV: the EU declaration of conformity\n"
	"  declaration: \"<path, such as docs/eu-declaration.md>\"\n"
	"  # AnnexVI: where the full text is, for a simplified declaration\n"
	"  # simplified_declaration_url: \"<address of the full text>\"\n"
	"  # Art.30: where the CE marking is shown\n"
	"  # ce_marking: \"<where the CE marking is shown>\"\n"
	"  # Art.32(5): where the technical documentation is public, for\n"
	"  # free and open-source software of Annex III\n"
	"  # technical_documentation_url: \"<address>\"\n"
	"\n"
	"evidence:\n"
	"  # AnnexI.PartII(1): the SBOMs, CycloneDX or SPDX\n"
	"  sbom: [\"<path, such as sbom/product.cdx.json>\"]\n"
	"  # AnnexI.PartII(6): security.txt (RFC 9116)\n"
	"  security_txt: @SECURITY_TXT@\n"
	"  # AnnexI.PartII(5), Art.13(8): the coordinated vulnerability\n"
	"  # disclosure policy\n"
	"  cvd_policy: @CVD_POLICY@\n"
	"  # AnnexI.PartI(2)(a), Art.13(7): vulnerability statements (VEX)\n"
	"  vex: [\"<path, such as vex/product.vex.json>\"]\n"
	"  # Art.13(18), AnnexII: the user information and instructions\n"
	"  user_information: \"<path, such as docs/user-information.md>\"\n"
	"  # Art.31, AnnexVII: the index of the technical documentation\n"
	"  technical_documentation: \"<path, such as docs/technical.md>\"\n"
	"  # Art.13(2)-(3): the cybersecurity risk assessment\n"
	"  risk_assessment: @RISK_ASSESSMENT@\n"
	"  # an OpenSSF Security Insights file\n"
	"  # security_insights: security-insights.yml\n"
	"  # AnnexI.PartII(3): the reports of security tests and reviews\n"
	"  test_reports: [\"<path, such as docs/pentest-2027.md>\"]\n"
	"  # Art.13(5): the due diligence on third-party components\n"
	"  due_diligence: [\"<path, such as docs/components.md>\"]\n"
	"  # Art.13(6): vulnerabilities reported to the maintainers of\n"
	"  # integrated components\n"
	"  upstream_reports: [\"<path, such as docs/upstream.md>\"]\n"
	"  # AnnexI.PartII(4): where advisories are published\n"
	"  # advisories: \"<path>\"\n"
	"  # AnnexI.PartII(8): release notes of security updates\n"
	"  # release_notes: \"<path>\"\n"
	"\n"
	"updates:\n"
	"  # AnnexI.PartII(7): how updates reach users, securely\n"
	"  mechanism: \"<how updates are distributed>\"\n"
	"  # AnnexI.PartI(2)(c): security updates automatic by default,\n"
	"  # with an opt-out, a notification and the option to postpone\n"
	"  automatic_by_default: \"<true or false>\"\n"
	"  opt_out: \"<true or false>\"\n"
	"  notification: \"<true or false>\"\n"
	"  postpone: \"<true or false>\"\n"
	"  # AnnexI.PartII(2): security updates apart from feature updates\n"
	"  separate_security_updates: \"<true or false>\"\n"
	"  # Art.13(9): the years each security update stays available (at\n"
	"  # least ten, or the rest of the support period)\n"
	"  availability_years: \"<years>\"\n"
	"  # AnnexI.PartII(8): security updates are free of charge\n"
	"  free_of_charge: \"<true or false>\"\n"
	"\n"
	"retention:\n"
	"  # Art.13(13): the years the technical documentation and the EU\n"
	"  # declaration of conformity are kept (at least ten, or the\n"
	"  # support period when that is longer)\n"
	"  technical_documentation_years: \"<years>\"\n"
	"  declaration_years: \"<years>\"\n"
	"\n"
	"# Values for the repository's own rules in .cra/rules\n"
	"# declarations: {}\n";

/*
 * RFC 9116 accepts no angle brackets in a URI or a date, so each
 * placeholder is an error for the security-txt rule, and the file fails
 * until it is filled in.
 */
static const char security_txt_template[] =
	"# security.txt (RFC 9116): where to report a vulnerability.\n"
	"# AnnexI.PartII(6) of Regulation (EU) 2024/2847 asks for a\n"
	"# contact address for reporting vulnerabilities.\n"
	"#\n"
	"# Written by 'git cra init'. Replace each value in angle brackets,\n"
	"# then serve the file at /.well-known/security.txt of the\n"
	"# product's website as well.\n"
	"Contact: <mailto: address, or https: address of a web form>\n"
	"Expires: <YYYY-MM-DDThh:mm:ssZ, less than a year ahead>\n"
	"Policy: <https: address of the CVD policy, @CVD_POLICY@>\n"
	"Preferred-Languages: en\n";

/*
 * The cvd-policy rule passes a policy that names an email address or an
 * https: address; this skeleton names neither (no "@", no "https://"
 * followed by a host), so it fails until the way to report is filled in.
 */
static const char cvd_policy_template[] =
	"# Security policy of <product name>\n"
	"\n"
	"This is the coordinated vulnerability disclosure policy of\n"
	"<product name>, which Annex I Part II(5) of the Cyber Resilience\n"
	"Act (Regulation (EU) 2024/2847) asks for. It was written by\n"
	"`git cra init`: replace every value in angle brackets.\n"
	"\n"
	"## Reporting a vulnerability\n"
	"\n"
	"Report a vulnerability to <email address or web form for\n"
	"reports>, not in a public issue. Say which versions are affected,\n"
	"how to reproduce the problem and how to reach you. <Whether\n"
	"reports can be encrypted, and with which key.>\n"
	"\n"
	"## What to expect\n"
	"\n"
	"- We acknowledge a report within <number> working days.\n"
	"- We assess it and tell you our conclusion within <number> days.\n"
	"- We agree a disclosure date with you, by default <number> days\n"
	"  after the report, and keep you informed until a fix is out.\n"
	"- We credit you in the advisory unless you ask us not to.\n"
	"\n"
	"## Disclosure\n"
	"\n"
	"When a fix is available we publish an advisory at <where\n"
	"advisories are published>, describing the vulnerability, the\n"
	"affected versions, its impact and severity, and how to remedy it\n"
	"(Annex I Part II(4)). Security updates are free of charge (Annex I\n"
	"Part II(8)).\n"
	"\n"
	"## Supported versions\n"
	"\n"
	"We handle vulnerabilities in <product name> until <YYYY-MM-DD>,\n"
	"the end of its support period (Art.13(8)). <Which versions\n"
	"receive security updates.>\n"
	"\n"
	"## Actively exploited vulnerabilities\n"
	"\n"
	"We notify actively exploited vulnerabilities and severe incidents\n"
	"to the coordinating CSIRT and to ENISA as Article 14 requires, and\n"
	"inform the users affected and how to mitigate.\n";

static const char risk_assessment_head[] =
	"# The cybersecurity risk assessment of Art.13(2)-(3): documented,\n"
	"# kept up to date, addressing each essential requirement of\n"
	"# Annex I Part I.\n"
	"#\n"
	"# Written by 'git cra init'. A value in angle brackets is still\n"
	"# to be filled in. For each requirement say whether it applies.\n"
	"# Where it does, list the evidence (paths in this repository) and\n"
	"# summarise how the product meets it; where it does not, replace\n"
	"# the summary by a justification saying why.\n"
	"schema: 1\n"
	"# Art.13(3): raise the version and the date at each update\n"
	"version: \"<version of this assessment, such as 1>\"\n"
	"updated: \"<YYYY-MM-DD>\"\n"
	"# Art.13(2): how the risks were identified and assessed, such as\n"
	"# ISO/IEC 27005 or EN 18031-1, or the path of a document\n"
	"method: \"<method, or path of the document>\"\n"
	"requirements:\n";

/* Annex I Part I, point by point, as the risk assessment lists them. */
static const struct requirement {
	const char *id;
	const char *locus;
	const char *text;
} requirements[] = {
	{ "1", "AnnexI.PartI(1)",
	  "a level of cybersecurity appropriate to the risks" },
	{ "2a", "AnnexI.PartI(2)(a)",
	  "no known exploitable vulnerabilities on the market" },
	{ "2b", "AnnexI.PartI(2)(b)",
	  "secure by default, with a reset to the original state" },
	{ "2c", "AnnexI.PartI(2)(c)",
	  "security updates, automatic by default, with an opt-out" },
	{ "2d", "AnnexI.PartI(2)(d)",
	  "protection from unauthorised access" },
	{ "2e", "AnnexI.PartI(2)(e)",
	  "confidentiality of data, at rest and in transit" },
	{ "2f", "AnnexI.PartI(2)(f)",
	  "integrity of data, programs and configuration" },
	{ "2g", "AnnexI.PartI(2)(g)", "data minimisation" },
	{ "2h", "AnnexI.PartI(2)(h)",
	  "availability of essential functions, resilience to DoS" },
	{ "2i", "AnnexI.PartI(2)(i)",
	  "little negative impact on other devices and networks" },
	{ "2j", "AnnexI.PartI(2)(j)",
	  "limited attack surfaces, external interfaces included" },
	{ "2k", "AnnexI.PartI(2)(k)",
	  "exploitation mitigation to reduce the impact of incidents" },
	{ "2l", "AnnexI.PartI(2)(l)",
	  "recording and monitoring of internal activity, with opt-out" },
	{ "2m", "AnnexI.PartI(2)(m)",
	  "secure removal of all data and settings, and data transfer" },
	{ NULL, NULL, NULL },
};

/* Our hooks say so on a line of their own, near the top. */
#define HOOK_MARKER "\n# git-cra-hook: "
#define MAX_HOOK_SIZE (1024 * 1024)

static const char *const cvd_policy_candidates[] = {
	"SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md", NULL,
};

static void add_step(struct scaffold_report *report,
		     enum scaffold_outcome outcome, const char *what,
		     const char *why)
{
	struct scaffold_step *step;

	report->steps = xrealloc(report->steps,
				 (report->count + 1) * sizeof(*step));
	step = &report->steps[report->count++];
	step->outcome = outcome;
	step->what = xstrdup(what);
	step->why = why ? xstrdup(why) : NULL;
}

void scaffold_report_release(struct scaffold_report *report)
{
	size_t i;

	if (!report)
		return;
	for (i = 0; i < report->count; i++) {
		free(report->steps[i].what);
		free(report->steps[i].why);
	}
	free(report->steps);
	diagnostics_release(&report->warnings);
	memset(report, 0, sizeof(*report));
}

/* Copy text into out, with each @NAME@ of names[] replaced by values[]. */
static void expand(struct buf *out, const char *text,
		   const char *const *names, const char *const *values)
{
	const char *at;
	size_t i;

	while ((at = strchr(text, '@'))) {
		buf_add(out, text, (size_t)(at - text));
		text = at;
		for (i = 0; names[i]; i++) {
			size_t len = strlen(names[i]);

			if (!strncmp(at + 1, names[i], len) &&
			    at[1 + len] == '@') {
				buf_puts(out, values[i]);
				text = at + len + 2;
				break;
			}
		}
		if (text == at) {
			buf_putc(out, '@');
			text++;
		}
	}
	buf_puts(out, text);
}

/*
 * A path that product.yaml may send a skeleton to: relative, inside the
 * working tree, never into a .git (a submodule's either), with no empty,
 * "." or ".." component.
 */
static int safe_path(const char *path)
{
	const char *p = path, *end;

	if (!*path || *path == '/')
		return 0;
	for (;;) {
		size_t len;

		end = strchr(p, '/');
		len = end ? (size_t)(end - p) : strlen(p);
		if (!len || (len == 1 && p[0] == '.') ||
		    (len == 2 && p[0] == '.' && p[1] == '.') ||
		    (len == 4 && !strncmp(p, ".git", 4)))
			return 0;
		if (!end)
			return 1;
		p = end + 1;
	}
}

/* Whether anything, even a dangling symlink, is at workdir/path. */
static int exists_in(const char *workdir, const char *path)
{
	struct buf full = BUF_INIT;
	struct stat st;
	int r;

	buf_printf(&full, "%s%s", workdir, path);
	r = !lstat(buf_cstr(&full), &st);
	buf_release(&full);
	return r;
}

/*
 * Make the missing directories leading to path. A symlink or a file in
 * the way is not followed nor replaced: *why says which, and 1 is
 * returned, so that nothing is written outside the working tree.
 */
static int make_parents(char **why, const char *workdir, const char *path)
{
	struct buf dir = BUF_INIT;
	const char *slash;
	struct buf msg = BUF_INIT;
	int r = 0;

	*why = NULL;
	for (slash = strchr(path, '/'); slash; slash = strchr(slash + 1, '/')) {
		struct stat st;

		buf_reset(&dir);
		buf_printf(&dir, "%s%.*s", workdir, (int)(slash - path), path);
		if (!lstat(buf_cstr(&dir), &st)) {
			if (S_ISDIR(st.st_mode))
				continue;
			buf_printf(&msg, "%.*s is %s", (int)(slash - path),
				   path, S_ISLNK(st.st_mode) ?
				   "a symbolic link" : "not a directory");
			*why = buf_detach(&msg, NULL);
			r = 1;
			goto done;
		}
		if (errno != ENOENT || mkdir(buf_cstr(&dir), 0777) < 0) {
			r = error_set("cannot create '%.*s': %s",
				      (int)(slash - path), path,
				      strerror(errno));
			goto done;
		}
	}
done:
	buf_release(&dir);
	buf_release(&msg);
	return r;
}

/*
 * Create workdir/path holding text, unless something is there already
 * or the index still tracks it (deleted by hand, to be restored rather
 * than replaced by a skeleton). O_EXCL makes "never overwrite" hold even
 * against a file that appears meanwhile.
 */
static int create_file(struct scaffold_report *report, const char *workdir,
		       git_index *index, const char *path, const char *text)
{
	struct buf full = BUF_INIT;
	char *why = NULL;
	int fd, r = 0;

	if (exists_in(workdir, path)) {
		add_step(report, SCAFFOLD_LEFT_ALONE, path, "it exists");
		return 0;
	}
	if (index && git_index_get_bypath(index, path, 0)) {
		add_step(report, SCAFFOLD_LEFT_ALONE, path,
			 "deleted from the working tree but still in the "
			 "index");
		return 0;
	}
	r = make_parents(&why, workdir, path);
	if (r) {
		if (r > 0)
			add_step(report, SCAFFOLD_LEFT_ALONE, path, why);
		free(why);
		return r < 0 ? -1 : 0;
	}
	buf_printf(&full, "%s%s", workdir, path);
	fd = open(buf_cstr(&full), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
		  O_CLOEXEC, 0666);
	if (fd < 0 && errno == EEXIST) {
		add_step(report, SCAFFOLD_LEFT_ALONE, path, "it exists");
		goto done;
	}
	if (fd < 0) {
		r = error_set("cannot create '%s': %s", path, strerror(errno));
		goto done;
	}
	if (write_all(fd, text, strlen(text)) < 0) {
		r = error_set("cannot write '%s': %s", path, strerror(errno));
		close(fd);
		unlink(buf_cstr(&full));
		goto done;
	}
	if (close(fd) < 0) {
		r = error_set("cannot write '%s': %s", path, strerror(errno));
		unlink(buf_cstr(&full));
		goto done;
	}
	add_step(report, SCAFFOLD_CREATED, path, NULL);
done:
	buf_release(&full);
	return r;
}

struct evidence_paths {
	char *security_txt;
	char *cvd_policy;
	char *risk_assessment;
};

static void evidence_paths_release(struct evidence_paths *p)
{
	free(p->security_txt);
	free(p->cvd_policy);
	free(p->risk_assessment);
}

/* A path named in product.yaml, when it is filled in and safe. */
static char *named_path(const struct product *p, const char *key)
{
	const char *s;
	size_t len;

	if (!p->present || !p->doc.root)
		return NULL;
	s = ynode_str(ynode_path(p->doc.root, key));
	if (!s)
		return NULL;
	len = strlen(s);
	if (!len || (s[0] == '<' && s[len - 1] == '>') || !safe_path(s))
		return NULL;
	return xstrdup(s);
}

/*
 * Where each skeleton goes: where an existing product.yaml says the
 * evidence is, else the default places. A CVD policy already kept in one
 * of the places the cvd-policy rule looks counts as there: another
 * SECURITY.md would shadow it.
 */
static void find_evidence_paths(struct evidence_paths *out,
				struct scaffold_report *report,
				git_repository *repo, const char *workdir)
{
	/* Unknown keys and the like are for check to report, not init. */
	struct diagnostics shape = { NULL, 0 };
	struct snapshot s;
	struct product p;
	size_t i;

	memset(out, 0, sizeof(*out));
	memset(&p, 0, sizeof(p));
	if (snapshot_open(&s, repo, SNAPSHOT_WORKTREE, NULL) < 0) {
		diagnostics_add(&report->warnings, "", 0, 0,
				"%s; using the default paths", error_last());
		error_clear();
	} else {
		if (product_load(&p, &s, &shape) < 0) {
			diagnostics_add(&report->warnings, "", 0, 0,
					"%s; using the default paths",
					error_last());
			error_clear();
		} else {
			out->security_txt = named_path(&p,
					"evidence.security_txt");
			out->cvd_policy = named_path(&p,
					"evidence.cvd_policy");
			out->risk_assessment = named_path(&p,
					"evidence.risk_assessment");
		}
		product_release(&p);
		snapshot_release(&s);
		diagnostics_release(&shape);
	}
	if (!out->security_txt)
		out->security_txt = xstrdup(".well-known/security.txt");
	for (i = 0; !out->cvd_policy && cvd_policy_candidates[i]; i++)
		if (exists_in(workdir, cvd_policy_candidates[i]))
			out->cvd_policy = xstrdup(cvd_policy_candidates[i]);
	if (!out->cvd_policy)
		out->cvd_policy = xstrdup(cvd_policy_candidates[0]);
	if (!out->risk_assessment)
		out->risk_assessment = xstrdup(".cra/risk-assessment.yaml");
}

static int is_yaml_name(const char *path)
{
	size_t len = strlen(path);

	return (len > 5 && !strcmp(path + len - 5, ".yaml")) ||
		(len > 4 && !strcmp(path + len - 4, ".yml"));
}

static void risk_assessment_text(struct buf *out)
{
	const struct requirement *r;

	buf_puts(out, risk_assessment_head);
	for (r = requirements; r->id; r++)
		buf_printf(out,
			   "  # %s: %s\n"
			   "  \"%s\":\n"
			   "    applicable: \"<true or false>\"\n"
			   "    evidence: []\n"
			   "    summary: \"<how the product meets it>\"\n"
			   "    # justification: \"<why it does not apply>\"\n",
			   r->locus, r->text, r->id);
}

int scaffold_files(struct scaffold_report *report, git_repository *repo)
{
	static const char *const names[] = {
		"SECURITY_TXT", "CVD_POLICY", "RISK_ASSESSMENT", NULL,
	};
	const char *workdir = git_repository_workdir(repo);
	struct evidence_paths paths;
	struct buf text = BUF_INIT;
	git_index *index = NULL;
	int r = -1;

	if (!workdir)
		return error_set("a bare repository has no working tree to "
				 "scaffold");
	/* Without an index nothing is tracked: create what is missing. */
	if (git_repository_index(&index, repo) < 0) {
		git_error_clear();
		index = NULL;
	}
	find_evidence_paths(&paths, report, repo, workdir);
	{
		const char *values[] = {
			paths.security_txt, paths.cvd_policy,
			paths.risk_assessment, NULL,
		};

		expand(&text, product_template, names, values);
		if (create_file(report, workdir, index, PRODUCT_PATH,
				buf_cstr(&text)) < 0)
			goto done;
		buf_reset(&text);
		expand(&text, security_txt_template, names, values);
		if (create_file(report, workdir, index, paths.security_txt,
				buf_cstr(&text)) < 0)
			goto done;
	}
	if (create_file(report, workdir, index, paths.cvd_policy,
			cvd_policy_template) < 0)
		goto done;
	if (!is_yaml_name(paths.risk_assessment) &&
	    !exists_in(workdir, paths.risk_assessment)) {
		add_step(report, SCAFFOLD_LEFT_ALONE, paths.risk_assessment,
			 "product.yaml names it, and only a YAML skeleton "
			 "can be written");
	} else {
		buf_reset(&text);
		risk_assessment_text(&text);
		if (create_file(report, workdir, index, paths.risk_assessment,
				buf_cstr(&text)) < 0)
			goto done;
	}
	r = 0;
done:
	buf_release(&text);
	evidence_paths_release(&paths);
	git_index_free(index);
	return r;
}

/*
 * Only notes.cra.mergeStrategy: with cat_sort_uniq a plain `git notes
 * merge` unions the attestation lines as `git cra fetch` does. The rule
 * code notes never reach it: two sides that store the same blob store
 * the same note, which git merges without a strategy.
 *
 * notes.rewriteRef is left out on purpose: the notes hang on tag objects
 * and blobs, which a rebase never rewrites, and copying an attestation to
 * a rewritten commit would only file it under an object it does not name.
 */
int scaffold_config(struct scaffold_report *report, git_repository *repo)
{
	static const char key[] = "notes.cra.mergeStrategy";
	static const char value[] = "cat_sort_uniq";
	git_config *config = NULL, *local = NULL;
	git_buf current = { NULL, 0, 0 };
	struct buf what = BUF_INIT;
	int r = -1, got;

	if (git_repository_config(&config, repo) < 0)
		return error_from_git("cannot read the configuration");
	got = git_config_get_string_buf(&current, config, key);
	if (!got) {
		buf_printf(&what, "%s=%s", key, current.ptr);
		add_step(report, SCAFFOLD_LEFT_ALONE, buf_cstr(&what),
			 "already set");
		r = 0;
		goto done;
	}
	if (got != GIT_ENOTFOUND) {
		error_from_git("cannot read notes.cra.mergeStrategy");
		goto done;
	}
	git_error_clear();
	if (git_config_open_level(&local, config, GIT_CONFIG_LEVEL_LOCAL) < 0 ||
	    git_config_set_string(local, key, value) < 0) {
		error_from_git("cannot set notes.cra.mergeStrategy");
		goto done;
	}
	buf_printf(&what, "%s=%s", key, value);
	add_step(report, SCAFFOLD_SET, buf_cstr(&what), NULL);
	r = 0;
done:
	buf_release(&what);
	git_buf_dispose(&current);
	git_config_free(local);
	git_config_free(config);
	return r;
}

static int read_file(struct buf *out, const char *path)
{
	char chunk[8192];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(out, chunk, n);
		if (out->len > MAX_HOOK_SIZE) {
			fclose(f);
			errno = EFBIG;
			return -1;
		}
	}
	if (ferror(f)) {
		fclose(f);
		errno = EIO;
		return -1;
	}
	fclose(f);
	return 0;
}

static int mkdir_p(const char *dir)
{
	struct buf path = BUF_INIT;
	const char *slash = dir;
	int r = 0;

	for (;;) {
		slash = strchr(slash + 1, '/');
		buf_reset(&path);
		if (slash)
			buf_add(&path, dir, (size_t)(slash - dir));
		else
			buf_puts(&path, dir);
		if (path.len && mkdir(buf_cstr(&path), 0777) < 0 &&
		    errno != EEXIST) {
			r = error_set("cannot create '%s': %s", buf_cstr(&path),
				      strerror(errno));
			break;
		}
		if (!slash)
			break;
	}
	buf_release(&path);
	return r;
}

/*
 * The directory git runs hooks from, as `git rev-parse --git-path hooks`
 * says: core.hooksPath, relative to the top of the working tree where
 * hooks run, or the hooks of the common git directory (shared by every
 * worktree).
 */
static int hooks_dir(struct buf *out, git_repository *repo)
{
	git_config *config = NULL;
	git_buf path = { NULL, 0, 0 };
	int got;

	if (git_repository_config_snapshot(&config, repo) < 0)
		return error_from_git("cannot read the configuration");
	got = git_config_get_path(&path, config, "core.hooksPath");
	git_config_free(config);
	if (!got && path.ptr && *path.ptr) {
		if (path.ptr[0] != '/')
			buf_puts(out, git_repository_workdir(repo));
		buf_puts(out, path.ptr);
		git_buf_dispose(&path);
		return 0;
	}
	git_buf_dispose(&path);
	if (got < 0 && got != GIT_ENOTFOUND)
		return error_from_git("cannot read core.hooksPath");
	git_error_clear();
	if (git_repository_item_path(&path, repo,
				     GIT_REPOSITORY_ITEM_HOOKS) < 0)
		return error_from_git("cannot find the hooks directory");
	buf_puts(out, path.ptr);
	git_buf_dispose(&path);
	return 0;
}

/* A path as the user knows it: from the top of the working tree. */
static void shown_path(struct buf *out, git_repository *repo,
		       const char *path)
{
	const char *workdir = git_repository_workdir(repo);
	size_t len = workdir ? strlen(workdir) : 0;

	buf_reset(out);
	buf_puts(out, len && !strncmp(path, workdir, len) ? path + len : path);
}

/* Our marker in the first kilobyte; a binary hook may hold NUL bytes. */
static int is_ours(const struct buf *text)
{
	size_t head = text->len < 1024 ? text->len : 1024;
	size_t len = strlen(HOOK_MARKER), i;

	for (i = 0; i + len <= head; i++)
		if (!memcmp(text->ptr + i, HOOK_MARKER, len))
			return 1;
	return 0;
}

/* Replace dest by an executable file holding text, in one rename. */
static int write_hook(const char *dest, const struct buf *text)
{
	struct buf tmp = BUF_INIT, dir = BUF_INIT;
	const char *slash = strrchr(dest, '/');
	int fd, r = -1;

	/* In the hooks directory itself, so the rename cannot cross devices. */
	buf_add(&dir, dest, (size_t)(slash - dest));
	fd = temp_file_open(&tmp, buf_cstr(&dir), ".git-cra-hook-");
	buf_release(&dir);
	if (fd < 0) {
		error_set("cannot write '%s': %s", dest, strerror(errno));
		goto done;
	}
	if (write_all(fd, text->ptr, text->len) < 0 ||
	    fchmod(fd, 0755) < 0) {
		error_set("cannot write '%s': %s", dest, strerror(errno));
		close(fd);
		unlink(tmp.ptr);
		goto done;
	}
	if (close(fd) < 0 || rename(tmp.ptr, dest) < 0) {
		error_set("cannot write '%s': %s", dest, strerror(errno));
		unlink(tmp.ptr);
		goto done;
	}
	r = 0;
done:
	buf_release(&tmp);
	return r;
}

static int install_hook(struct scaffold_report *report, git_repository *repo,
			const char *dir, const char *datadir, const char *name)
{
	struct buf src = BUF_INIT, ours = BUF_INIT, dest = BUF_INIT;
	struct buf local = BUF_INIT, theirs = BUF_INIT, shown = BUF_INIT;
	struct stat st;
	int r = -1;

	buf_printf(&src, "%s/hooks/%s", datadir, name);
	if (read_file(&ours, buf_cstr(&src)) < 0) {
		error_set("cannot read the hook '%s': %s", buf_cstr(&src),
			  strerror(errno));
		goto done;
	}
	if (!is_ours(&ours)) {
		error_set("'%s' is not a git-cra hook", buf_cstr(&src));
		goto done;
	}
	buf_printf(&dest, "%s/%s", dir, name);
	buf_printf(&local, "%s.local", buf_cstr(&dest));
	shown_path(&shown, repo, buf_cstr(&dest));
	if (lstat(buf_cstr(&dest), &st) < 0) {
		if (errno != ENOENT) {
			error_set("cannot look at '%s': %s", buf_cstr(&dest),
				  strerror(errno));
			goto done;
		}
		if (write_hook(buf_cstr(&dest), &ours) < 0)
			goto done;
		add_step(report, SCAFFOLD_INSTALLED, buf_cstr(&shown), NULL);
		r = 0;
		goto done;
	}
	/* A dangling symlink reads as nothing, hence as not ours. */
	if (read_file(&theirs, buf_cstr(&dest)) < 0)
		buf_reset(&theirs);
	if (is_ours(&theirs)) {
		if (theirs.len == ours.len &&
		    !memcmp(theirs.ptr, ours.ptr, ours.len) &&
		    (st.st_mode & 0111)) {
			add_step(report, SCAFFOLD_LEFT_ALONE, buf_cstr(&shown),
				 "up to date");
			r = 0;
			goto done;
		}
		if (write_hook(buf_cstr(&dest), &ours) < 0)
			goto done;
		add_step(report, SCAFFOLD_UPDATED, buf_cstr(&shown), NULL);
		r = 0;
		goto done;
	}
	if (!lstat(buf_cstr(&local), &st)) {
		error_set("'%s' is not the git-cra hook and '%s' exists too: "
			  "merge them into '%s', then run 'git cra init "
			  "--hooks' again", buf_cstr(&dest), buf_cstr(&local),
			  buf_cstr(&local));
		goto done;
	}
	if (rename(buf_cstr(&dest), buf_cstr(&local)) < 0) {
		error_set("cannot move '%s' aside: %s", buf_cstr(&dest),
			  strerror(errno));
		goto done;
	}
	{
		struct buf kept = BUF_INIT;

		shown_path(&kept, repo, buf_cstr(&local));
		add_step(report, SCAFFOLD_KEPT, buf_cstr(&kept),
			 "the hook that was there; the git-cra hook runs it "
			 "first");
		buf_release(&kept);
	}
	if (write_hook(buf_cstr(&dest), &ours) < 0) {
		/* Put the user's hook back rather than leave none. */
		rename(buf_cstr(&local), buf_cstr(&dest));
		goto done;
	}
	add_step(report, SCAFFOLD_INSTALLED, buf_cstr(&shown), NULL);
	r = 0;
done:
	buf_release(&src);
	buf_release(&ours);
	buf_release(&dest);
	buf_release(&local);
	buf_release(&theirs);
	buf_release(&shown);
	return r;
}

int scaffold_hooks(struct scaffold_report *report, git_repository *repo,
		   const char *datadir)
{
	static const char *const names[] = { "pre-commit", "pre-push", NULL };
	struct buf dir = BUF_INIT;
	size_t i;
	int r = -1;

	if (!git_repository_workdir(repo))
		return error_set("a bare repository runs no commit hooks");
	if (hooks_dir(&dir, repo) < 0)
		goto done;
	while (dir.len > 1 && dir.ptr[dir.len - 1] == '/')
		dir.ptr[--dir.len] = '\0';
	if (mkdir_p(buf_cstr(&dir)) < 0)
		goto done;
	for (i = 0; names[i]; i++)
		if (install_hook(report, repo, buf_cstr(&dir), datadir,
				 names[i]) < 0)
			goto done;
	r = 0;
done:
	buf_release(&dir);
	return r;
}
