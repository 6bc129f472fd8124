/*
 * The CycloneDX specification's own test documents (cyclonedx-spec/ of
 * the shared conformance corpus, 1.4 to 1.7): every valid-*.json must
 * validate with no error, and at least 90% of the invalid-*.json must be
 * rejected. Each valid file is a test of its own, so that a failure names
 * it; the figures per version are printed as TAP comments, with the
 * invalid files that pass and why they were expected to fail.
 *
 * The corpus is $GIT_CRA_CORPUS, else ../shared/corpus from the top of the
 * checkout; the SPDX lists come from $GIT_CRA_DATADIR, else ".".
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "cyclonedx_validate.h"
#include "error.h"
#include "json.h"
#include "spdx_license.h"
#include "tap.h"

static const char *const versions[] = { "1.4", "1.5", "1.6", "1.7" };

struct names {
	char **v;
	size_t n;
};

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_json(struct names *out, const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d)
		return -1;
	while ((e = readdir(d)) != NULL) {
		size_t len = strlen(e->d_name);

		if (len < 5 || strcmp(e->d_name + len - 5, ".json"))
			continue;
		out->v = xrealloc(out->v, (out->n + 1) * sizeof(*out->v));
		out->v[out->n++] = xstrdup(e->d_name);
	}
	closedir(d);
	qsort(out->v, out->n, sizeof(*out->v), cmp_str);
	return 0;
}

static int read_file(struct buf *out, const char *path)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
	return 0;
}

/* Validate one file; -1 when it cannot be read or parsed. */
static int validate_file(struct cdx_report *report, const char *path,
			 const struct spdx_license_list *lists)
{
	struct buf text = BUF_INIT;
	struct json_doc *doc = NULL;
	int ret = -1;

	if (read_file(&text, path) < 0 ||
	    json_parse_buf(&doc, &text, 0) < 0)
		goto done;
	ret = cyclonedx_validate(report, doc, NULL, lists);
done:
	json_free(doc);
	buf_release(&text);
	return ret;
}

static const struct cdx_problem *first_error(const struct cdx_report *r)
{
	size_t i;

	for (i = 0; i < r->count; i++)
		if (r->problems[i].severity == CDX_ERROR)
			return &r->problems[i];
	return NULL;
}

static void run_version(const char *corpus, const char *version,
			const struct spdx_license_list *lists)
{
	struct names files = { NULL, 0 };
	struct buf dir = BUF_INIT, path = BUF_INIT;
	size_t i, valid = 0, accepted = 0, invalid = 0, rejected = 0;

	buf_printf(&dir, "%s/cyclonedx-spec/%s", corpus, version);
	if (list_json(&files, dir.ptr) < 0 || !files.n) {
		ok(0, "%s holds CycloneDX %s test documents", dir.ptr,
		   version);
		goto done;
	}
	for (i = 0; i < files.n; i++) {
		struct cdx_report report = CDX_REPORT_INIT;
		const struct cdx_problem *p;
		int is_valid = !strncmp(files.v[i], "valid-", 6);
		int r;

		if (!is_valid && strncmp(files.v[i], "invalid-", 8))
			continue;
		buf_reset(&path);
		buf_printf(&path, "%s/%s", dir.ptr, files.v[i]);
		r = validate_file(&report, path.ptr, lists);
		p = first_error(&report);
		if (is_valid) {
			valid++;
			accepted += r == 0 && !report.errors;
			if (!ok(r == 0 && !report.errors, "%s %s validates",
				version, files.v[i])) {
				if (r < 0)
					printf("#   %s\n", error_last());
				else if (p)
					printf("#   %u:%u [%s] %s: %s\n",
					       p->line, p->column, p->code,
					       p->pointer, p->message);
			}
		} else {
			invalid++;
			if (r < 0 || report.errors)
				rejected++;
			else
				printf("# %s %s is not rejected\n", version,
				       files.v[i]);
		}
		cdx_report_release(&report);
	}
	printf("# CycloneDX %s: valid accepted: %zu/%zu\n", version,
	       accepted, valid);
	printf("# CycloneDX %s: invalid rejected: %zu/%zu\n", version,
	       rejected, invalid);
	ok(invalid && rejected * 10 >= invalid * 9,
	   "%s rejects at least 90%% of the invalid files (%zu/%zu)",
	   version, rejected, invalid);
done:
	for (i = 0; i < files.n; i++)
		free(files.v[i]);
	free(files.v);
	buf_release(&dir);
	buf_release(&path);
}

int main(void)
{
	const char *corpus = getenv("GIT_CRA_CORPUS");
	const char *datadir = getenv("GIT_CRA_DATADIR");
	struct spdx_license_list *lists = NULL;
	struct buf probe = BUF_INIT;
	DIR *d;
	size_t i;

	if (!corpus || !*corpus)
		corpus = "../shared/corpus";
	if (!datadir || !*datadir)
		datadir = ".";
	buf_printf(&probe, "%s/cyclonedx-spec", corpus);
	d = opendir(probe.ptr);
	buf_release(&probe);
	if (!d) {
		printf("1..0 # SKIP corpus not found at %s\n", corpus);
		return 0;
	}
	closedir(d);
	if (spdx_license_list_load(&lists, datadir) < 0) {
		printf("Bail out! %s\n", error_last());
		return 1;
	}
	printf("# SPDX License List %s\n", spdx_license_list_version(lists));
	for (i = 0; i < sizeof(versions) / sizeof(*versions); i++)
		run_version(corpus, versions[i], lists);
	spdx_license_list_free(lists);
	return done_testing();
}
