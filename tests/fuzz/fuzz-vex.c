/*
 * libFuzzer target for the VEX reader (CycloneDX, OpenVEX, CSAF) and the
 * Security Insights reader: any input either fails cleanly or gives a
 * model whose invariants hold.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *	src/vex*.c src/security_insights.c src/json.c src/yaml_tree.c \
 *	src/error.c src/buf.c tests/fuzz/fuzz-vex.c \
 *	$(pkg-config --cflags --libs libgit2 yaml-0.1) -o /tmp/fuzz-vex
 *   mkdir -p /tmp/fuzz-vex-corpus
 *   cp -r ../shared/corpus/bom-examples/VEX /tmp/fuzz-vex-corpus/
 *   /tmp/fuzz-vex -max_total_time=150 /tmp/fuzz-vex-corpus
 *
 * Seeding it with the corpus and an OpenVEX, a CSAF and a Security
 * Insights file gets it past format detection quickly.
 */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "security_insights.h"
#include "vex.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static unsigned count_lines(const char *s, size_t n)
{
	unsigned lines = 1;
	size_t i;

	for (i = 0; i < n; i++)
		lines += s[i] == '\n';
	return lines;
}

static int blank(const char *s)
{
	if (!s)
		return 1;
	while (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r')
		s++;
	return !*s;
}

static void check_product(const struct vex_product *p, unsigned lines,
			  int sub)
{
	size_t i;

	if ((unsigned)p->kind > VEX_REF_CSAF_PRODUCT_ID ||
	    (p->kind == VEX_REF_NONE) != (p->ref == NULL) ||
	    p->line > lines || (sub && p->nsubcomponents) ||
	    (p->nversions && !p->versions) ||
	    (p->nsubcomponents && !p->subcomponents))
		__builtin_trap();
	if (p->kind == VEX_REF_BOM_LINK && p->bom_serial &&
	    strncmp(p->bom_serial, "urn:uuid:", 9))
		__builtin_trap();
	for (i = 0; i < p->nsubcomponents; i++)
		check_product(vex_subcomponent_at(p, i), lines, 1);
	if (vex_subcomponent_at(p, p->nsubcomponents) ||
	    vex_version_at(p, p->nversions))
		__builtin_trap();
}

/* What every model must satisfy, whatever the input. */
static void check_vex(const struct vex_doc *doc, const char *s, size_t n)
{
	unsigned lines = count_lines(s, n);
	size_t i, k, unjustified = 0, reported = 0;

	if ((unsigned)doc->format > VEX_FORMAT_CSAF)
		__builtin_trap();
	for (i = 0; i < vex_problem_count(doc); i++) {
		const struct vex_problem *p = vex_problem_at(doc, i);

		if (!p->code || !p->message || !p->message[0] ||
		    p->line > lines || p->offset > n ||
		    (i && p->offset < doc->problems[i - 1].offset))
			__builtin_trap();
		reported += !strcmp(p->code,
				    "not-affected-without-justification");
	}
	for (i = 0; i < vex_statement_count(doc); i++) {
		const struct vex_statement *st = vex_statement_at(doc, i);

		if ((unsigned)st->status > VEX_STATUS_UNDER_INVESTIGATION ||
		    (unsigned)st->justification > VEX_JUST_UNKNOWN ||
		    st->line > lines || st->offset > n ||
		    (st->status_raw == NULL &&
		     st->status != VEX_STATUS_UNKNOWN) ||
		    (st->justification_raw == NULL &&
		     st->justification != VEX_JUST_NONE))
			__builtin_trap();
		/* the CRA rule relies on every such statement being flagged */
		unjustified += st->status == VEX_STATUS_NOT_AFFECTED &&
			st->justification == VEX_JUST_NONE &&
			blank(st->impact);
		for (k = 0; k < st->nproducts; k++)
			check_product(vex_product_at(st, k), lines, 0);
		for (k = 0; k < st->naliases; k++)
			if (!vex_alias_at(st, k))
				__builtin_trap();
		for (k = 0; k < st->nresponses; k++)
			if (!vex_response_at(st, k))
				__builtin_trap();
		if (vex_product_at(st, st->nproducts) ||
		    vex_alias_at(st, st->naliases) ||
		    vex_response_at(st, st->nresponses))
			__builtin_trap();
	}
	if (unjustified != reported || vex_count_errors(doc) > doc->nproblems)
		__builtin_trap();
}

static void check_si(const struct security_insights *si, size_t n)
{
	/*
	 * YAML also breaks lines at CR, NEL, LS and PS, so a line number
	 * is only bounded by the size.
	 */
	size_t lines = n + 1, i;

	if ((si->major != 1 && si->major != 2) || !si->schema_version ||
	    si->reports_accepted < -1 || si->reports_accepted > 1)
		__builtin_trap();
	for (i = 0; i < si->nproblems; i++)
		if (!si->problems[i].code || !si->problems[i].message[0] ||
		    si->problems[i].line > lines)
			__builtin_trap();
	for (i = 0; i < si->ncontacts; i++)
		if (!si->contacts[i].source || si->contacts[i].line > lines)
			__builtin_trap();
	for (i = 0; i < si->nlinks; i++)
		if (!si->links[i].url || si->links[i].line > lines)
			__builtin_trap();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct vex_doc *doc;
	struct security_insights si;

	if (vex_parse(&doc, "fuzz.json", s, size) == 0) {
		check_vex(doc, s, size);
		vex_free(doc);
	} else if (doc) {
		__builtin_trap();
	}
	if (security_insights_parse(&si, "fuzz.yml", s, size) == 0)
		check_si(&si, size);
	else if (si.doc.root || si.nproblems || si.ncontacts)
		__builtin_trap();
	security_insights_release(&si);
	return 0;
}
