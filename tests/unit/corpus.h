#ifndef CRA_TEST_CORPUS_H
#define CRA_TEST_CORPUS_H

/*
 * Finding the files of the shared conformance corpus for the C unit
 * tests that read it: where the corpus is, every file below a folder
 * whose name ends in one of some suffixes (sorted, so TAP lines come in
 * a stable order), and reading a file as bytes.
 */
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"

struct paths {
	char **v;
	size_t n;
};

/* $CORPUS_DIR, else $GIT_CRA_CORPUS, else ../shared/corpus. */
static const char *corpus_dir(void)
{
	const char *dir = getenv("CORPUS_DIR");

	if (dir && *dir)
		return dir;
	dir = getenv("GIT_CRA_CORPUS");
	return dir && *dir ? dir : "../shared/corpus";
}

static int corpus_name_matches(const char *name, const char *const *suffixes)
{
	size_t n = strlen(name), k;

	for (; *suffixes; suffixes++) {
		k = strlen(*suffixes);
		if (n >= k && !strcmp(name + n - k, *suffixes))
			return 1;
	}
	return 0;
}

static void corpus_walk(struct paths *out, const char *dir,
			const char *const *suffixes)
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
		if (!stat(path.ptr, &sb) && S_ISDIR(sb.st_mode)) {
			corpus_walk(out, path.ptr, suffixes);
		} else if (!stat(path.ptr, &sb) && S_ISREG(sb.st_mode) &&
			   corpus_name_matches(e->d_name, suffixes)) {
			out->v = xrealloc(out->v,
					  (out->n + 1) * sizeof(*out->v));
			out->v[out->n++] = buf_detach(&path, NULL);
		}
		buf_release(&path);
	}
	closedir(d);
}

static int corpus_compare(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every file below dir ending in one of suffixes (NULL-terminated). */
static void corpus_collect(struct paths *out, const char *dir,
			   const char *const *suffixes)
{
	corpus_walk(out, dir, suffixes);
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), corpus_compare);
}

/* Read a whole file as bytes: CR LF must reach the parser untouched. */
static int corpus_read_file(struct buf *out, const char *path)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	n = (size_t)ferror(f);
	fclose(f);
	return n ? -1 : 0;
}

#endif
