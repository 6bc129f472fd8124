/*
 * Time the JSON parser on a file, to check it against the budget the SBOM
 * checks have (a fraction of one `jq .` pass over the same file).
 *
 *   json-bench [-c] [-r runs] file.json
 *
 * The file is read into memory once per run and handed to json_parse_buf(),
 * as a command would; -c uses json_parse() instead, which copies it. A
 * short walk over a CycloneDX document's components shows what reading
 * the values costs once they are parsed.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "json.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int read_file(struct buf *out, const char *path)
{
	struct stat st;
	ssize_t n;
	int fd = open(path, O_RDONLY), error = -1;

	if (fd < 0 || fstat(fd, &st) < 0) {
		error_set("cannot open '%s'", path);
		goto done;
	}
	buf_grow(out, (size_t)st.st_size);
	for (;;) {
		n = read(fd, out->ptr + out->len, out->alloc - out->len - 1);
		if (n <= 0)
			break;
		out->len += (size_t)n;
		if (out->len + 1 == out->alloc)
			buf_grow(out, 65536);
	}
	out->ptr[out->len] = '\0';
	if (n < 0) {
		error_set("cannot read '%s'", path);
		goto done;
	}
	error = 0;
done:
	if (fd >= 0)
		close(fd);
	return error;
}

/* What a check of every component would read. */
static size_t walk(const struct json_doc *doc)
{
	json_ref comps = json_get(doc, json_root(doc), "components");
	size_t i, j, n = json_count(doc, comps), bytes = 0, len;
	unsigned line, column;

	for (i = 0; i < n; i++) {
		json_ref c = json_at(doc, comps, i), hashes;
		const char *s;

		if ((s = json_get_string(doc, c, "name")))
			bytes += strlen(s);
		if ((s = json_get_string(doc, c, "version")))
			bytes += strlen(s);
		if ((s = json_get_string(doc, c, "purl")))
			bytes += strlen(s);
		hashes = json_get(doc, c, "hashes");
		for (j = 0; j < json_count(doc, hashes); j++) {
			json_string(doc, json_get(doc, json_at(doc, hashes, j),
						  "content"), &len);
			bytes += len;
		}
	}
	/* And the position of the last one, as a finding would. */
	json_position(doc, json_offset(doc, json_at(doc, comps, n - 1)),
		      &line, &column);
	return bytes + line;
}

int main(int argc, char **argv)
{
	struct buf b = BUF_INIT;
	struct json_doc *doc;
	int copy = 0, runs = 1, r, arg = 1;
	double t0, t1, t2, t3, best = 1e9;
	size_t len = 0, values = 0, bytes = 0;

	for (; arg < argc && argv[arg][0] == '-'; arg++) {
		if (!strcmp(argv[arg], "-c"))
			copy = 1;
		else if (!strcmp(argv[arg], "-r") && arg + 1 < argc)
			runs = atoi(argv[++arg]);
		else
			break;
	}
	if (arg + 1 != argc || runs < 1) {
		fprintf(stderr, "usage: json-bench [-c] [-r runs] file\n");
		return 2;
	}
	for (r = 0; r < runs; r++) {
		t0 = now();
		if (read_file(&b, argv[arg]) < 0) {
			fprintf(stderr, "error: %s\n", error_last());
			return 1;
		}
		len = b.len;
		t1 = now();
		if (copy) {
			if (json_parse(&doc, b.ptr, b.len, 0) < 0)
				doc = NULL;
			buf_release(&b);
		} else if (json_parse_buf(&doc, &b, 0) < 0) {
			doc = NULL;
		}
		if (!doc) {
			fprintf(stderr, "error: %s: %s\n", argv[arg],
				error_last());
			return 1;
		}
		t2 = now();
		bytes = walk(doc);
		t3 = now();
		values = json_value_count(doc);
		json_free(doc);
		if (t2 - t1 < best)
			best = t2 - t1;
		printf("read %.3f s  parse %.3f s (%.0f MB/s)  walk %.3f s\n",
		       t1 - t0, t2 - t1, (double)len / 1e6 / (t2 - t1),
		       t3 - t2);
	}
	printf("%s: %zu bytes, %zu values, best parse %.3f s, %zu\n",
	       argv[arg], len, values, best, bytes);
	return 0;
}
