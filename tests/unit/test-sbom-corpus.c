/*
 * Every SBOM of the external conformance corpus must load into the model:
 *
 *   spdx-examples/         SPDX 2.2, 2.3 (JSON, YAML) and 3.0 (JSON-LD)
 *   bom-examples/SBOM/     real CycloneDX 1.2-1.4 SBOMs, defects and all
 *   cyclonedx-spec/<ver>/  valid-*.json of the CycloneDX test suite
 *
 * The spec suite's valid files and the SPDX examples must also load
 * without any error-severity problem; the real SBOMs may have problems
 * (they are what generators emit), which are counted. An XML file must be
 * refused with the message that says XML is not supported.
 *
 * The corpus is $GIT_CRA_CORPUS, else ../shared/corpus from the top of
 * the checkout; without it the test skips.
 *
 * Given files as arguments, it loads those instead and prints the time
 * each took, which is how the big generated SBOMs are measured:
 *
 *   build/unit/test-sbom-corpus /tmp/sbom-100000.json
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

#include "buf.h"
#include "error.h"
#include "sbom.h"
#include "tap.h"

struct paths {
	char **v;
	size_t n;
};

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && !strcmp(s + n - k, suffix);
}

static int is_sbom_name(const char *name)
{
	return ends_with(name, ".json") || ends_with(name, ".yaml") ||
		ends_with(name, ".yml") || ends_with(name, ".xml");
}

static void collect(struct paths *out, const char *dir, const char *prefix)
{
	DIR *d = opendir(dir);
	struct dirent *e;

	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		struct buf path = BUF_INIT;
		struct stat sb;

		if (e->d_name[0] == '.')
			continue;
		buf_printf(&path, "%s/%s", dir, e->d_name);
		if (stat(path.ptr, &sb)) {
			buf_release(&path);
			continue;
		}
		if (S_ISDIR(sb.st_mode)) {
			collect(out, path.ptr, prefix);
			buf_release(&path);
		} else if (S_ISREG(sb.st_mode) && is_sbom_name(e->d_name) &&
			   (!prefix || !strncmp(e->d_name, prefix,
						strlen(prefix)))) {
			out->v = xrealloc(out->v,
					  (out->n + 1) * sizeof(*out->v));
			out->v[out->n++] = buf_detach(&path, NULL);
		} else {
			buf_release(&path);
		}
	}
	closedir(d);
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void paths_release(struct paths *p)
{
	size_t i;

	for (i = 0; i < p->n; i++)
		free(p->v[i]);
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

/* Read a whole file into out, sized once from its length. */
static int read_file(struct buf *out, const char *path)
{
	FILE *f = fopen(path, "rb");
	struct stat st;
	size_t n;
	int error;

	if (!f)
		return -1;
	buf_grow(out, !fstat(fileno(f), &st) && st.st_size > 0 ?
		 (size_t)st.st_size : 65536);
	while ((n = fread(out->ptr + out->len, 1, out->alloc - out->len - 1,
			  f)) > 0) {
		out->len += n;
		out->ptr[out->len] = '\0';
		if (out->len + 1 == out->alloc)
			buf_grow(out, 65536);
	}
	error = ferror(f) ? -1 : 0;
	fclose(f);
	return error;
}

static void show_problems(const struct sbom *sb, size_t max)
{
	size_t i;

	for (i = 0; i < sb->nproblems && i < max; i++) {
		const struct sbom_problem *p = &sb->problems[i];

		printf("#   %u:%u: %s: %s [%s]\n", p->line, p->column,
		       sbom_severity_name(p->severity), p->message, p->code);
	}
	if (sb->nproblems > max)
		printf("#   ... and %zu more\n", sb->nproblems - max);
}

struct tally {
	size_t files, loaded, components, edges, vulns, problems, errors;
	size_t xml;
};

/*
 * Load one file: it must load (an .xml must be refused as XML), and with
 * strict set it must have no error-severity problem.
 */
static void check_file(struct tally *t, const char *path, int strict)
{
	struct buf data = BUF_INIT;
	struct sbom *sb = NULL;
	int rc;

	t->files++;
	if (read_file(&data, path) < 0) {
		ok(0, "%s is readable", path);
		buf_release(&data);
		return;
	}
	rc = sbom_parse_buf(&sb, path, &data);
	if (ends_with(path, ".xml")) {
		t->xml++;
		ok(rc < 0 && strstr(error_last(), "XML") &&
		   strstr(error_last(), "not supported"),
		   "%s is refused as XML", path);
		sbom_free(sb);
		return;
	}
	if (!ok(rc == 0, "%s loads", path)) {
		printf("#   %s\n", error_last());
		return;
	}
	t->loaded++;
	t->components += sb->ncomponents;
	t->edges += sb->nedges;
	t->vulns += sb->nvulnerabilities;
	t->problems += sb->nproblems;
	t->errors += sbom_count_errors(sb);
	if (strict && !ok(sbom_count_errors(sb) == 0,
			  "%s has no structural error", path))
		show_problems(sb, 10);
	sbom_free(sb);
}

static void check_folder(const char *corpus, const char *folder,
			 const char *prefix, int strict)
{
	struct paths p = { NULL, 0 };
	struct tally t;
	struct buf dir = BUF_INIT;
	size_t i;

	memset(&t, 0, sizeof(t));
	buf_printf(&dir, "%s/%s", corpus, folder);
	collect(&p, dir.ptr, prefix);
	qsort(p.v, p.n, sizeof(*p.v), cmp_str);
	ok(p.n > 0, "%s has files", folder);
	for (i = 0; i < p.n; i++)
		check_file(&t, p.v[i], strict);
	printf("# %s: %zu files, %zu loaded, %zu XML refused; %zu "
	       "components, %zu edges, %zu vulnerabilities; %zu problems "
	       "(%zu errors)\n", folder, t.files, t.loaded, t.xml,
	       t.components, t.edges, t.vulns, t.problems, t.errors);
	paths_release(&p);
	buf_release(&dir);
}

/*
 * The invalid files are the validator's business: they must load (or
 * be refused cleanly), never crash; how many the model flags is a
 * figure, not a requirement.
 */
static void count_invalid(const char *corpus, const char *version)
{
	struct paths p = { NULL, 0 };
	struct buf dir = BUF_INIT, data = BUF_INIT;
	struct sbom *sb;
	size_t i, loaded = 0, flagged = 0;

	buf_printf(&dir, "%s/cyclonedx-spec/%s", corpus, version);
	collect(&p, dir.ptr, "invalid-");
	for (i = 0; i < p.n; i++) {
		buf_reset(&data);
		if (read_file(&data, p.v[i]) < 0 ||
		    sbom_parse_buf(&sb, p.v[i], &data) < 0)
			continue;
		loaded++;
		flagged += sb->nproblems > 0;
		sbom_free(sb);
	}
	printf("# cyclonedx-spec/%s: %zu invalid files, %zu loaded, %zu "
	       "with a problem of the model's own\n", version, p.n, loaded,
	       flagged);
	buf_release(&data);
	buf_release(&dir);
	paths_release(&p);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Load the files given, timing each: read, then parse and model. */
static int time_files(int argc, char **argv)
{
	struct buf data = BUF_INIT;
	struct sbom *sb;
	double t0, t1, t2;
	const uint32_t *deps;
	size_t edges = 0, i;
	int k;

	for (k = 1; k < argc; k++) {
		t0 = now();
		if (!ok(read_file(&data, argv[k]) == 0, "%s is readable",
			argv[k]))
			continue;
		t1 = now();
		if (!ok(sbom_parse_buf(&sb, argv[k], &data) == 0, "%s loads",
			argv[k])) {
			printf("#   %s\n", error_last());
			continue;
		}
		t2 = now();
		for (i = 0; i < sb->ncomponents; i++)
			edges += sbom_dependencies(&deps, sb, i);
		printf("# %s: read %.3f s, parse and model %.3f s; %zu "
		       "components, %zu edges (%zu distinct dependencies), "
		       "%zu problems\n", argv[k], t1 - t0, t2 - t1,
		       sb->ncomponents, sb->nedges, edges, sb->nproblems);
		sbom_free(sb);
	}
	return done_testing();
}

int main(int argc, char **argv)
{
	static const char *const versions[] = { "1.4", "1.5", "1.6", "1.7" };
	const char *corpus = getenv("GIT_CRA_CORPUS");
	struct stat st;
	struct buf folder = BUF_INIT;
	size_t i;

	if (argc > 1)
		return time_files(argc, argv);
	if (!corpus || !*corpus)
		corpus = "../shared/corpus";
	if (stat(corpus, &st) || !S_ISDIR(st.st_mode)) {
		printf("1..0 # SKIP corpus not found at %s\n", corpus);
		return 0;
	}
	check_folder(corpus, "spdx-examples", NULL, 1);
	check_folder(corpus, "bom-examples/SBOM", NULL, 0);
	for (i = 0; i < sizeof(versions) / sizeof(*versions); i++) {
		buf_reset(&folder);
		buf_printf(&folder, "cyclonedx-spec/%s", versions[i]);
		check_folder(corpus, folder.ptr, "valid-", 1);
		count_invalid(corpus, versions[i]);
	}
	buf_release(&folder);
	return done_testing();
}
