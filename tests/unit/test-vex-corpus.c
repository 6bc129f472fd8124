/*
 * Every document of the external conformance corpus's bom-examples/VEX
 * (CycloneDX VEX for the CISA VEX use cases, and the SBOMs they refer
 * to) must load without a structural error. XML documents, should the
 * corpus gain some, must be refused with the clear not-supported error.
 * The figures (statements per status, warnings per code) are printed so
 * that a change in how the corpus reads shows in the test log.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "vex.h"
#include "corpus.h"
#include "tap.h"

static void show_problems(const struct vex_doc *doc)
{
	size_t i;

	for (i = 0; i < doc->nproblems; i++)
		printf("#   %u:%u: %s: %s [%s]\n", doc->problems[i].line,
		       doc->problems[i].column,
		       vex_severity_name(doc->problems[i].severity),
		       doc->problems[i].message, doc->problems[i].code);
}

/* warning codes seen, with how often */
struct tally {
	const char *code[32];
	size_t count[32];
	size_t n;
};

static void tally_add(struct tally *t, const char *code)
{
	size_t i;

	for (i = 0; i < t->n; i++)
		if (!strcmp(t->code[i], code)) {
			t->count[i]++;
			return;
		}
	if (t->n < 32) {
		t->code[t->n] = code;
		t->count[t->n++] = 1;
	}
}

static const char *const suffixes[] = { ".json", ".xml", NULL };
static const char *const xml_suffix[] = { ".xml", NULL };

int main(void)
{
	struct buf root = BUF_INIT;
	struct paths files = { NULL, 0 };
	struct tally warnings = { { NULL }, { 0 }, 0 };
	size_t status[VEX_STATUS_UNDER_INVESTIGATION + 1] = { 0 };
	size_t i, loaded = 0, statements = 0, products = 0, xml = 0;
	struct stat sb;

	buf_printf(&root, "%s/bom-examples/VEX", corpus_dir());
	if (stat(root.ptr, &sb) || !S_ISDIR(sb.st_mode)) {
		printf("1..0 # SKIP corpus not found at %s\n", root.ptr);
		buf_release(&root);
		return 0;
	}
	corpus_collect(&files, root.ptr, suffixes);

	for (i = 0; i < files.n; i++) {
		const char *name = files.v[i] + root.len + 1;
		struct buf data = BUF_INIT;
		struct vex_doc *doc = NULL;
		size_t k;

		if (corpus_read_file(&data, files.v[i])) {
			ok(0, "%s can be read: %s", name, strerror(errno));
			buf_release(&data);
			continue;
		}
		if (corpus_name_matches(name, xml_suffix)) {
			xml++;
			ok(vex_parse(&doc, name, buf_cstr(&data), data.len) < 0
			   && strstr(error_last(), "XML VEX documents are "
				     "not supported"),
			   "%s: XML is refused as not supported", name);
			vex_free(doc);
			buf_release(&data);
			continue;
		}
		if (!ok(vex_parse(&doc, name, buf_cstr(&data), data.len) == 0,
			"%s loads", name)) {
			printf("#   %s\n", error_last());
			buf_release(&data);
			continue;
		}
		loaded++;
		if (!ok(vex_count_errors(doc) == 0, "%s has no error", name))
			show_problems(doc);
		printf("# %s: %s %s, %zu statements, %zu problems\n", name,
		       vex_format_name(doc->format),
		       doc->spec_version ? doc->spec_version : "?",
		       doc->nstatements, doc->nproblems);
		for (k = 0; k < doc->nstatements; k++) {
			status[doc->statements[k].status]++;
			products += doc->statements[k].nproducts;
		}
		statements += doc->nstatements;
		for (k = 0; k < doc->nproblems; k++)
			if (doc->problems[k].severity == VEX_WARNING)
				tally_add(&warnings, doc->problems[k].code);
		vex_free(doc);
		buf_release(&data);
	}

	printf("# %zu of %zu documents load (%zu XML)\n", loaded, files.n,
	       xml);
	printf("# %zu statements about %zu products:", statements, products);
	for (i = 0; i <= VEX_STATUS_UNDER_INVESTIGATION; i++)
		printf(" %s %zu", vex_status_name((enum vex_status)i),
		       status[i]);
	printf("\n# warnings:");
	for (i = 0; i < warnings.n; i++)
		printf(" %s %zu", warnings.code[i], warnings.count[i]);
	printf("\n");
	/* the corpus is pinned (CycloneDX/bom-examples aaa2471) */
	is_int(files.n, 39, "the corpus holds 39 VEX and SBOM documents");
	is_int(statements, 112, "they make 112 statements");
	is_int(status[VEX_STATUS_UNKNOWN], 0, "all with a known status");
	is_int(status[VEX_STATUS_NOT_AFFECTED], 82, "82 of them not_affected");

	for (i = 0; i < files.n; i++)
		free(files.v[i]);
	free(files.v);
	buf_release(&root);
	return done_testing();
}
