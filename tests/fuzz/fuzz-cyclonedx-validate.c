/*
 * libFuzzer target for the CycloneDX validator: whatever JSON comes in,
 * validation ends, and every problem it reports has a code, a message, a
 * position inside the input and a JSON pointer, in document order.
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc \
 *	src/cyclonedx_validate.c src/cyclonedx_schema.c src/spdx_license.c \
 *	src/json.c src/error.c src/buf.c \
 *	tests/fuzz/fuzz-cyclonedx-validate.c \
 *	$(pkg-config --cflags --libs libgit2) -o /tmp/fuzz-cdx
 *   mkdir -p /tmp/fuzz-cdx-corpus
 *   /tmp/fuzz-cdx -max_total_time=180 /tmp/fuzz-cdx-corpus \
 *	../shared/corpus/cyclonedx-spec
 *
 * Run from the top of the checkout, so that data/spdx/ is found; a small
 * built-in list stands in otherwise. The input's last byte, when it is
 * below 8, picks the version asked for (0: the document's own), so that
 * documents are also judged against schemas they were not written for.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cyclonedx_validate.h"
#include "json.h"
#include "spdx_license.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
int LLVMFuzzerInitialize(int *argc, char ***argv);

#define CHECK(cond) do { if (!(cond)) abort(); } while (0)

static struct spdx_license_list *lists;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	static const char licenses[] = "# SPDX License List 0.0, fuzz\n"
		"MIT\nApache-2.0\nGPL-2.0 deprecated\nGPL-2.0+ deprecated\n";
	static const char exceptions[] = "LLVM-exception\n"
		"Nokia-Qt-exception-1.1 deprecated\n";

	if (spdx_license_list_load(&lists, ".") < 0 &&
	    spdx_license_list_parse(&lists, licenses, strlen(licenses),
				    exceptions, strlen(exceptions)) < 0)
		abort();
	return 0;
}

static void check_report(const struct cdx_report *r, size_t size)
{
	size_t i, errors = 0;

	for (i = 0; i < r->count; i++) {
		const struct cdx_problem *p = &r->problems[i];

		CHECK(p->code && p->message && p->pointer);
		CHECK(p->line >= 1 && p->column >= 1);
		CHECK(p->offset < size);
		CHECK(!p->pointer[0] || p->pointer[0] == '/');
		CHECK(i == 0 || r->problems[i - 1].offset <= p->offset);
		errors += p->severity == CDX_ERROR;
	}
	CHECK(errors == r->errors && r->count - errors == r->warnings);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static const char *const versions[] = {
		NULL, "1.2", "1.3", "1.4", "1.5", "1.6", "1.7", NULL,
	};
	struct cdx_report report = CDX_REPORT_INIT;
	struct json_doc *doc;
	const char *version = NULL;

	if (size && data[size - 1] < 8)
		version = versions[data[size - 1]];
	if (json_parse(&doc, (const char *)data, size, 64) < 0)
		return 0;
	CHECK(cyclonedx_validate(&report, doc, version, lists) == 0);
	check_report(&report, size);
	cdx_report_release(&report);
	/* Without lists too: the id checks step aside, nothing else. */
	CHECK(cyclonedx_validate(&report, doc, version, NULL) == 0);
	check_report(&report, size);
	cdx_report_release(&report);
	json_free(doc);
	return 0;
}
