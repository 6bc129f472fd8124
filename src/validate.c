#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "buf.h"
#include "error.h"
#include "product.h"
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
