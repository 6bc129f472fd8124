/*
 * libFuzzer target for the SBOM readers: any input must either load into
 * a model whose every index, list and position is in range, or be refused
 * with a message that names the file.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *     src/sbom*.c src/json.c src/yaml_tree.c src/error.c src/buf.c \
 *     tests/fuzz/fuzz-sbom.c $(pkg-config --cflags --libs libgit2 \
 *     yaml-0.1) -o /tmp/fuzz-sbom
 *   /tmp/fuzz-sbom -max_total_time=180 corpus/
 *
 * Seed it with the shared corpus (spdx-examples, bom-examples/SBOM,
 * cyclonedx-spec): the readers are only reached by inputs that get past
 * the format detection.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "sbom.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do { if (!(cond)) abort(); } while (0)

static void check_loc(const struct sbom *sb, sbom_loc loc)
{
	unsigned line, column;

	sbom_position(&line, &column, sb, loc);
	CHECK(loc == SBOM_NO_LOC ? line == 0 : line >= 1 && column >= 1);
}

static void check_entity(const struct sbom *sb, const struct sbom_entity *e)
{
	CHECK(e->kind != SBOM_ENTITY_NONE || (!e->name && !e->email));
	check_loc(sb, e->loc);
}

static void check_component(const struct sbom *sb, size_t i)
{
	const struct sbom_component *c = sbom_component(sb, i);
	const struct sbom_edge *edges;
	const uint32_t *deps;
	size_t k, n;

	CHECK(c && c == &sb->components[i]);
	CHECK(c->parent == SBOM_NONE || (size_t)c->parent < i);
	check_loc(sb, c->loc);
	check_entity(sb, &c->supplier);
	check_entity(sb, &c->manufacturer);
	if (c->bom_ref)
		CHECK(sbom_find_ref(sb, c->bom_ref) >= 0 &&
		      (size_t)sbom_find_ref(sb, c->bom_ref) <= i);
	for (k = 0; k < c->nhashes; k++)
		CHECK(c->hashes[k].owner == i && c->hashes[k].alg &&
		      c->hashes[k].value);
	for (k = 0; k < c->nlicenses; k++)
		CHECK(c->licenses[k].owner == i && c->licenses[k].text);
	for (k = 0; k < c->nrefs; k++)
		CHECK(c->refs[k].owner == i);
	for (k = 0; k < c->nproperties; k++)
		CHECK(c->properties[k].owner == i);
	for (k = 0; k < c->nauthors; k++) {
		CHECK(c->authors[k].owner == i);
		check_entity(sb, &c->authors[k]);
	}
	n = sbom_dependencies(&deps, sb, i);
	for (k = 0; k < n; k++)
		CHECK(deps[k] < sb->ncomponents);
	n = sbom_dependents(&deps, sb, i);
	for (k = 0; k < n; k++)
		CHECK(deps[k] < sb->ncomponents);
	n = sbom_edges_from(&edges, sb, i);
	for (k = 0; k < n; k++) {
		CHECK(edges[k].from == i && edges[k].to < sb->ncomponents);
		CHECK(edges[k].type != NULL);
		check_loc(sb, edges[k].loc);
	}
	(void)sbom_property(c, "bsi:component:filename");
}

static void check_model(const struct sbom *sb)
{
	const struct sbom_vulnerability *v;
	size_t i, k, edges = 0;
	const struct sbom_edge *e;

	CHECK(sb->primary == SBOM_NONE ||
	      (size_t)sb->primary < sb->ncomponents);
	for (i = 0; i < sb->nroots; i++)
		CHECK(sb->roots[i] < sb->ncomponents);
	for (i = 0; i < sb->ncomponents; i++) {
		check_component(sb, i);
		edges += sbom_edges_from(&e, sb, i);
	}
	CHECK(edges == sb->nedges);
	CHECK(!sbom_component(sb, sb->ncomponents));
	for (i = 0; i < sb->nvulnerabilities; i++) {
		v = sbom_vulnerability(sb, i);
		for (k = 0; k < v->naffects; k++)
			CHECK(v->affects[k].owner == i &&
			      (v->affects[k].component == SBOM_NONE ||
			       (size_t)v->affects[k].component <
			       sb->ncomponents));
		for (k = 0; k < v->nratings; k++)
			CHECK(v->ratings[k].owner == i);
		for (k = 0; k < v->nresponses; k++)
			CHECK(v->responses[k].owner == i);
	}
	for (i = 0; i < sb->nauthors; i++)
		check_entity(sb, &sb->authors[i]);
	for (i = 0; i < sb->nlicenses; i++)
		CHECK(sb->licenses[i].text);
	for (i = 0; i < sb->ntools; i++)
		check_loc(sb, sb->tools[i].loc);
	check_entity(sb, &sb->supplier);
	check_entity(sb, &sb->manufacturer);
	CHECK(sb->nproblems <= SBOM_MAX_PROBLEMS);
	for (i = 0; i < sb->nproblems; i++) {
		CHECK(sb->problems[i].code && sb->problems[i].message);
		if (i)
			CHECK(sb->problems[i - 1].line <
			      sb->problems[i].line ||
			      (sb->problems[i - 1].line ==
			       sb->problems[i].line &&
			       sb->problems[i - 1].column <=
			       sb->problems[i].column));
	}
	CHECK(sbom_count_errors(sb) <= sb->nproblems);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct sbom *sb = NULL;

	if (sbom_parse(&sb, "fuzz", (const char *)data, size) < 0) {
		CHECK(!sb && !strncmp(error_last(), "fuzz", 4));
		return 0;
	}
	check_model(sb);
	sbom_free(sb);
	return 0;
}
