#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "error.h"
#include "cyclonedx_validate.h"
#include "evaluation.h"
#include "product.h"
#include "sbom.h"
#include "spdx_license.h"
#include "vex.h"
#include "securitytxt.h"
#include "validate.h"

static const char *const type_names[] = {
	[EVIDENCE_UNKNOWN] = "unknown",
	[EVIDENCE_SBOM] = "sbom",
	[EVIDENCE_SECURITY_TXT] = "security-txt",
	[EVIDENCE_VEX] = "vex",
	[EVIDENCE_PRODUCT] = "product",
};

const char *evidence_type_name(enum evidence_type type)
{
	return type_names[type];
}

int evidence_type_parse(enum evidence_type *out, const char *name)
{
	size_t i;

	for (i = 1; i < sizeof(type_names) / sizeof(type_names[0]); i++)
		if (!strcmp(type_names[i], name)) {
			*out = (enum evidence_type)i;
			return 0;
		}
	return -1;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcasecmp(s + n - m, suffix);
}

/* The first bytes that are not white space or a byte order mark. */
static const char *skip_space(const char *p, const char *end)
{
	if (end - p >= 3 && !memcmp(p, "\xef\xbb\xbf", 3))
		p += 3;
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' ||
			   *p == '\n'))
		p++;
	return p;
}

static int contains(const char *data, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	/* Only the head: a type shows itself in the first few kilobytes. */
	if (len > 65536)
		len = 65536;
	for (i = 0; i + n <= len; i++)
		if (!memcmp(data + i, needle, n))
			return 1;
	return 0;
}

enum evidence_type evidence_type_guess(const char *path, const char *data,
				       size_t len)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	const char *p = skip_space(data, data + len);

	if (!strcasecmp(base, "security.txt") || ends_with(base, ".stxt"))
		return EVIDENCE_SECURITY_TXT;
	if (!strcmp(base, "product.yaml"))
		return EVIDENCE_PRODUCT;
	if (ends_with(base, ".vex.json") || ends_with(base, ".openvex.json") ||
	    ends_with(base, ".csaf.json"))
		return EVIDENCE_VEX;
	if (ends_with(base, ".cdx.json") || ends_with(base, ".spdx.json") ||
	    ends_with(base, ".spdx.yaml") || ends_with(base, ".spdx.yml") ||
	    !strcmp(base, "bom.json") || ends_with(base, ".jsonld"))
		return EVIDENCE_SBOM;
	if (p < data + len && *p == '{') {
		if (contains(data, len, "openvex") ||
		    contains(data, len, "\"csaf_vex\""))
			return EVIDENCE_VEX;
		if (contains(data, len, "\"bomFormat\"") ||
		    contains(data, len, "\"spdxVersion\"") ||
		    contains(data, len, "spdx.org/rdf/3"))
			return EVIDENCE_SBOM;
		return EVIDENCE_UNKNOWN;
	}
	if (contains(data, len, "spdxVersion:"))
		return EVIDENCE_SBOM;
	if (contains(data, len, "schema:") && contains(data, len, "product:"))
		return EVIDENCE_PRODUCT;
	if (contains(data, len, "Contact:") || contains(data, len, "contact:") ||
	    contains(data, len, "-----BEGIN PGP SIGNED MESSAGE-----"))
		return EVIDENCE_SECURITY_TXT;
	return EVIDENCE_UNKNOWN;
}

static void add_problem(struct validation *v, unsigned line, unsigned column,
			int is_error, const char *code, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

static void add_problem(struct validation *v, unsigned line, unsigned column,
			int is_error, const char *code, const char *fmt, ...)
{
	struct validate_problem *p;
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	v->problems = xrealloc(v->problems, (v->count + 1) *
			       sizeof(*v->problems));
	p = &v->problems[v->count++];
	p->line = line;
	p->column = column;
	p->is_error = is_error;
	p->code = xstrdup(code);
	p->message = xstrdup(msg);
	if (is_error)
		v->errors++;
}

static int validate_security_txt(struct validation *v, const char *data,
				 size_t len,
				 const struct validate_options *opts)
{
	struct securitytxt st;
	struct buf detail = BUF_INIT;
	size_t i;

	securitytxt_init(&st);
	if (securitytxt_parse(&st, data, len, opts->now) < 0)
		return -1;
	if (st.is_signed && opts->verify_signatures &&
	    securitytxt_verify(&st, data, len) < 0) {
		securitytxt_release(&st);
		return -1;
	}
	for (i = 0; i < st.nproblems; i++) {
		const struct sectxt_problem *p = &st.problems[i];

		add_problem(v, p->line, p->column,
			    p->severity == SECTXT_ERROR, p->code, "%s",
			    p->message);
	}
	buf_printf(&detail, "security.txt, %zu field%s%s", st.nfields,
		   st.nfields == 1 ? "" : "s",
		   st.is_signed ? ", OpenPGP cleartext-signed" : "");
	v->detail = buf_detach(&detail, NULL);
	securitytxt_release(&st);
	return 0;
}

/* "path:line:col: message" from the YAML layer, split back apart. */
static void add_located(struct validation *v, const char *text,
			const char *path, const char *code)
{
	size_t plen = strlen(path);
	unsigned line, column;
	const char *p = text;
	int n;

	/* The first "path:line:col: " in the message is where it is. */
	while ((p = strstr(p, path))) {
		n = 0;
		if (p[plen] == ':' &&
		    sscanf(p + plen, ":%u:%u: %n", &line, &column, &n) == 2 &&
		    n) {
			add_problem(v, line, column, 1, code, "%s",
				    p + plen + n);
			return;
		}
		p += plen;
	}
	add_problem(v, 0, 0, 1, code, "%s", text);
}

static int validate_product(struct validation *v, const char *path,
			    const char *data, size_t len)
{
	struct diagnostics warnings = { NULL, 0 };
	struct product product;
	size_t i;

	memset(&product, 0, sizeof(product));
	if (product_parse(&product, path, data, len, &warnings) < 0)
		add_located(v, error_last(), path, "product-yaml");
	for (i = 0; i < warnings.count; i++)
		add_problem(v, warnings.items[i].line,
			    warnings.items[i].column, 0, "product-yaml-key",
			    "%s", warnings.items[i].message);
	v->detail = xstrdup("product metadata, schema 1");
	diagnostics_release(&warnings);
	product_release(&product);
	return 0;
}

/*
 * Licence expressions of an SPDX document, which the CycloneDX schema
 * validator does not see: each against the SPDX lists.
 */
static void check_spdx_licenses(struct validation *v, const struct sbom *sb,
				 const struct spdx_license_list *lists)
{
	int spdx3 = sb->spec_version && sb->spec_version[0] == '3';
	size_t i, k;

	for (i = 0; i < sbom_component_count(sb); i++) {
		const struct sbom_component *c = sbom_component(sb, i);

		for (k = 0; k < c->nlicenses; k++) {
			const struct sbom_license *l = &c->licenses[k];
			struct spdx_license_result r;
			unsigned line, column;

			if (l->kind != SBOM_LICENSE_ID &&
			    l->kind != SBOM_LICENSE_EXPRESSION)
				continue;
			if (!spdx_license_check(&r, lists, l->text,
						strlen(l->text)))
				continue;
			sbom_position(&line, &column, sb, l->loc);
			/*
			 * SPDX 3 names a custom licence by an element of the
			 * document, which the model does not resolve: an id
			 * off the list may be one, so it only warns.
			 */
			add_problem(v, line, column, !(spdx3 &&
				    !strcmp(r.error.code, "license-id")),
				    r.error.code, "%s: %s%s",
				    c->name ? c->name : "a component",
				    r.error.message, spdx3 ? " (or a custom "
				    "licence element of the document)" : "");
		}
	}
}

/* The policy of each SBOM profile `--profile` names. */
static const struct {
	const char *profile;
	const char *policy;
} profiles[] = {
	{ "bsi-tr-03183-2", "sbom-bsi-tr-03183-2" },
	{ "bsi-tr-03183-2-v2.1", "sbom-bsi-tr-03183-2" },
	{ "bsi-tr-03183-2-v2.0", "sbom-bsi-tr-03183-2-v2.0" },
	{ "ntia", "sbom-ntia" },
	{ NULL, NULL },
};

static int known_sbom_name(const char *base)
{
	static const char *const suffixes[] = {
		".cdx.json", ".spdx.json", ".spdx.yaml", ".spdx.yml",
		".spdx.jsonld", NULL,
	};
	size_t i;

	if (!strcmp(base, "bom.json") || !strcmp(base, "sbom.json"))
		return 1;
	for (i = 0; suffixes[i]; i++)
		if (ends_with(base, suffixes[i]))
			return 1;
	return 0;
}

/*
 * A profile is a policy of rules: run it over a snapshot holding only
 * this file, and make each failing finding a problem of the file.
 */
static int check_profile(struct validation *v, const char *path,
			 const char *data, size_t len,
			 const struct validate_options *opts)
{
	const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	struct evaluation_options eopts;
	struct evaluation ev;
	struct snapshot snap;
	size_t i;
	int ret = -1;

	for (i = 0; profiles[i].profile; i++)
		if (!strcmp(profiles[i].profile, opts->profile))
			break;
	if (!profiles[i].profile)
		return error_set("unknown profile '%s' (expected "
				 "bsi-tr-03183-2, bsi-tr-03183-2-v2.0 or ntia)",
				 opts->profile);
	memset(&ev, 0, sizeof(ev));
	snapshot_open_memory(&snap);
	if (snapshot_memory_add(&snap, known_sbom_name(base) ? base :
				"sbom.json", data, len) < 0)
		goto done;
	evaluation_options_init(&eopts);
	eopts.snapshot = &snap;
	eopts.policy = profiles[i].policy;
	eopts.now = opts->now;
	eopts.datadir = opts->datadir;
	if (evaluation_run(&ev, NULL, &eopts) < 0)
		goto done;
	for (i = 0; i < ev.nfindings; i++) {
		const struct finding *f = &ev.findings[i];
		const struct rule *rule = evaluation_rule(&ev, f);

		if (f->status != STATUS_FAIL && f->status != STATUS_ERROR &&
		    f->status != STATUS_UNKNOWN)
			continue;
		add_problem(v, f->line, f->column, f->status != STATUS_UNKNOWN,
			    rule->loaded ? rule->meta.id : "profile-rule",
			    "%s%s", f->status == STATUS_UNKNOWN ?
			    "cannot be judged: " : "", f->message);
	}
	ret = 0;
done:
	evaluation_release(&ev);
	snapshot_release(&snap);
	return ret;
}

static int validate_sbom(struct validation *v, const char *path,
			 const char *data, size_t len,
			 const struct validate_options *opts)
{
	struct spdx_license_list *lists = NULL;
	struct buf detail = BUF_INIT;
	struct sbom *sb = NULL;
	size_t i;
	int ret = -1;

	if (sbom_parse(&sb, path, data, len) < 0) {
		/* XML, tag-value: nothing here can check it. */
		if (strstr(error_last(), "not supported"))
			return -1;
		/* Broken JSON or YAML: the file is invalid, at a place. */
		add_located(v, error_last(), path, "sbom-format");
		v->detail = xstrdup("not a readable SBOM");
		return 0;
	}
	if (spdx_license_list_load(&lists, opts->datadir) < 0)
		goto done;
	for (i = 0; i < sbom_problem_count(sb); i++) {
		const struct sbom_problem *p = sbom_problem(sb, i);

		add_problem(v, p->line, p->column, p->severity == SBOM_ERROR,
			    p->code, "%s", p->message);
	}
	if (sb->format == SBOM_FORMAT_CYCLONEDX && sbom_json(sb)) {
		struct cdx_report report = CDX_REPORT_INIT;

		if (cyclonedx_validate(&report, sbom_json(sb), NULL,
				       lists) < 0) {
			cdx_report_release(&report);
			goto done;
		}
		for (i = 0; i < report.count; i++) {
			const struct cdx_problem *p = &report.problems[i];

			add_problem(v, p->line, p->column,
				    p->severity == CDX_ERROR, p->code,
				    "%s%s%s", p->message,
				    p->pointer && *p->pointer ? " at " : "",
				    p->pointer ? p->pointer : "");
		}
		cdx_report_release(&report);
	} else if (sb->format == SBOM_FORMAT_SPDX) {
		check_spdx_licenses(v, sb, lists);
	}
	if (opts->profile && check_profile(v, path, data, len, opts) < 0)
		goto done;
	buf_printf(&detail, "%s %s %s, %zu components",
		   sb->format == SBOM_FORMAT_CYCLONEDX ? "CycloneDX" : "SPDX",
		   sb->spec_version ? sb->spec_version : "?",
		   sbom_encoding_name(sb->encoding), sbom_component_count(sb));
	v->detail = buf_detach(&detail, NULL);
	ret = 0;
done:
	spdx_license_list_free(lists);
	sbom_free(sb);
	return ret;
}

static int validate_vex(struct validation *v, const char *path,
			const char *data, size_t len)
{
	struct buf detail = BUF_INIT;
	struct vex_doc *doc = NULL;
	size_t i;

	if (vex_parse(&doc, path, data, len) < 0) {
		add_located(v, error_last(), path, "vex-format");
		v->detail = xstrdup("not a readable VEX document");
		return 0;
	}
	for (i = 0; i < vex_problem_count(doc); i++) {
		const struct vex_problem *p = vex_problem_at(doc, i);

		add_problem(v, p->line, p->column, p->severity == VEX_ERROR,
			    p->code, "%s", p->message);
	}
	buf_printf(&detail, "%s VEX, %zu statements",
		   vex_format_name(doc->format), vex_statement_count(doc));
	v->detail = buf_detach(&detail, NULL);
	vex_free(doc);
	return 0;
}

int validate_evidence(struct validation *out, enum evidence_type type,
		      const char *path, const char *data, size_t len,
		      const struct validate_options *opts)
{
	memset(out, 0, sizeof(*out));
	out->type = type;
	switch (type) {
	case EVIDENCE_SECURITY_TXT:
		return validate_security_txt(out, data, len, opts);
	case EVIDENCE_PRODUCT:
		return validate_product(out, path, data, len);
	case EVIDENCE_SBOM:
		return validate_sbom(out, path, data, len, opts);
	case EVIDENCE_VEX:
		return validate_vex(out, path, data, len);
	default:
		return error_set("'%s': cannot tell what kind of evidence this "
				 "is; name it with --type", path);
	}
}

void validation_release(struct validation *v)
{
	size_t i;

	if (!v)
		return;
	for (i = 0; i < v->count; i++) {
		free(v->problems[i].code);
		free(v->problems[i].message);
	}
	free(v->problems);
	free(v->detail);
	memset(v, 0, sizeof(*v));
}
