/*
 * Write a large, realistic CycloneDX 1.6 SBOM to stdout, for benchmarking
 * the SBOM checks against real-world sizes (100,000 components make about
 * 90 MB) without shipping such a file.
 *
 *   gen-sbom [components [edges]]     (defaults: 100000 150000)
 *
 * The output is deterministic: every choice comes from a fixed-seed linear
 * congruential generator, seeded per component so that a component's
 * bom-ref can be recomputed for the dependency graph. It is pretty-printed
 * with two spaces, as the CycloneDX tools write it, and holds what a
 * checker has to read: purls, SPDX ids and expressions, SHA-256 and
 * SHA-512 hashes of the right lengths, BSI TR-03183-2 properties, some
 * non-ASCII text and some escapes.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct rng {
	uint64_t state;
};

static void rng_seed(struct rng *r, uint64_t seed)
{
	r->state = seed * 0x9e3779b97f4a7c15ull + 0x2545f4914f6cdd1dull;
}

/* Knuth's MMIX constants; the high bits are the good ones. */
static uint32_t rng_next(struct rng *r)
{
	r->state = r->state * 6364136223846793005ull + 1442695040888963407ull;
	return (uint32_t)(r->state >> 33);
}

static uint32_t rng_below(struct rng *r, uint32_t n)
{
	return rng_next(r) % n;
}

#define COUNT(a) (sizeof(a) / sizeof(*(a)))

static const char *const ecosystems[] = {
	"maven", "npm", "pypi", "golang", "cargo", "deb",
};

static const char *const words[] = {
	"core", "util", "json", "http", "client", "server", "crypto", "log",
	"parser", "async", "stream", "cache", "config", "test", "codec",
	"xml", "yaml", "net", "io", "auth", "tls", "compress", "image",
	"math", "time", "db", "sql", "orm", "cli", "proto",
};

static const char *const vendors[] = {
	"Apache Software Foundation", "Eclipse Foundation", "Acme GmbH",
	"Gr\xc3\xbcn & S\xc3\xb6hne AG", "Example Corp.", "OpenJS Foundation",
	"Python Software Foundation", "The Go Authors", "Debian",
	"Soci\xc3\xa9t\xc3\xa9 G\xc3\xa9n\xc3\xa9rale de Logiciel",
};

static const char *const license_ids[] = {
	"Apache-2.0", "MIT", "BSD-3-Clause", "BSD-2-Clause", "ISC",
	"MPL-2.0", "EPL-2.0", "LGPL-2.1-or-later", "GPL-2.0-only",
	"Unlicense", "Zlib", "BSL-1.0",
};

static const char *const license_expressions[] = {
	"MIT OR Apache-2.0",
	"GPL-2.0-or-later WITH Classpath-exception-2.0",
	"(MIT AND BSD-3-Clause) OR Apache-2.0",
	"LGPL-2.1-only OR MPL-1.1",
	"Apache-2.0 AND (MIT OR BSD-2-Clause)",
};

static const char *const extensions[] = {
	"jar", "tgz", "whl", "zip", "crate", "deb",
};

struct component {
	char name[64];
	char group[64];
	char version[32];
	char purl[256];
	unsigned eco;
};

/* Everything about component i, from i alone. */
static void component_make(struct component *c, size_t i)
{
	struct rng r;
	const char *w1, *w2;

	rng_seed(&r, i);
	c->eco = rng_below(&r, COUNT(ecosystems));
	w1 = words[rng_below(&r, COUNT(words))];
	w2 = words[rng_below(&r, COUNT(words))];
	snprintf(c->name, sizeof(c->name), "%s-%s-%zu", w1, w2, i);
	snprintf(c->group, sizeof(c->group), "org.example.%s%u", w1,
		 rng_below(&r, 50));
	snprintf(c->version, sizeof(c->version), "%u.%u.%u",
		 rng_below(&r, 10), rng_below(&r, 30), rng_below(&r, 100));
	switch (c->eco) {
	case 0:
		snprintf(c->purl, sizeof(c->purl),
			 "pkg:maven/%s/%s@%s?type=jar", c->group, c->name,
			 c->version);
		break;
	case 1:
		snprintf(c->purl, sizeof(c->purl), "pkg:npm/%%40%s/%s@%s", w1,
			 c->name, c->version);
		break;
	case 3:
		snprintf(c->purl, sizeof(c->purl),
			 "pkg:golang/github.com/%s/%s@v%s", w1, c->name,
			 c->version);
		break;
	case 5:
		snprintf(c->purl, sizeof(c->purl),
			 "pkg:deb/debian/%s@%s-1?arch=amd64&distro=debian-12",
			 c->name, c->version);
		break;
	default:
		snprintf(c->purl, sizeof(c->purl), "pkg:%s/%s@%s",
			 ecosystems[c->eco], c->name, c->version);
		break;
	}
}

/*
 * Everything is written through out() in the pretty layout; without -p
 * the whitespace outside strings is dropped, one component per line.
 */
static int pretty;
static int in_string, escaped;

static void put(const char *s)
{
	if (pretty) {
		fputs(s, stdout);
		return;
	}
	for (; *s; s++) {
		if (in_string) {
			if (escaped)
				escaped = 0;
			else if (*s == '\\')
				escaped = 1;
			else if (*s == '"')
				in_string = 0;
		} else if (*s == '"') {
			in_string = 1;
		} else if (*s == ' ' || *s == '\n') {
			continue;
		}
		putchar(*s);
	}
}

__attribute__((format(printf, 1, 2)))
static void out(const char *fmt, ...)
{
	char s[4096];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(s, sizeof(s), fmt, ap);
	va_end(ap);
	put(s);
}

/* A line break in the compact layout only. */
static void raw(const char *s)
{
	if (!pretty)
		fputs(s, stdout);
}

static void put_hex(struct rng *r, unsigned digits)
{
	static const char hex[] = "0123456789abcdef";
	char s[129];
	unsigned i;

	for (i = 0; i < digits; i++)
		s[i] = hex[rng_next(r) & 15];
	s[digits] = '\0';
	put(s);
}

static void put_metadata(void)
{
	put("  \"metadata\": {\n"
	    "    \"timestamp\": \"2025-01-15T10:00:00Z\",\n"
	    "    \"lifecycles\": [\n"
	    "      {\n"
	    "        \"phase\": \"build\"\n"
	    "      }\n"
	    "    ],\n"
	    "    \"tools\": {\n"
	    "      \"components\": [\n"
	    "        {\n"
	    "          \"type\": \"application\",\n"
	    "          \"author\": \"git-cra\",\n"
	    "          \"name\": \"gen-sbom\",\n"
	    "          \"version\": \"1.0.0\"\n"
	    "        }\n"
	    "      ]\n"
	    "    },\n"
	    "    \"authors\": [\n"
	    "      {\n"
	    "        \"name\": \"J\xc3\xbcrgen M\xc3\xbcller\",\n"
	    "        \"email\": \"juergen.mueller@example.com\"\n"
	    "      }\n"
	    "    ],\n"
	    "    \"component\": {\n"
	    "      \"bom-ref\": \"pkg:generic/acme/firmware@4.2.0\",\n"
	    "      \"type\": \"firmware\",\n"
	    "      \"supplier\": {\n"
	    "        \"name\": \"Acme GmbH\",\n"
	    "        \"url\": [\n"
	    "          \"https://acme.example.com\"\n"
	    "        ]\n"
	    "      },\n"
	    "      \"name\": \"firmware\",\n"
	    "      \"version\": \"4.2.0\",\n"
	    "      \"purl\": \"pkg:generic/acme/firmware@4.2.0\"\n"
	    "    },\n"
	    "    \"manufacturer\": {\n"
	    "      \"name\": \"Acme GmbH\",\n"
	    "      \"url\": [\n"
	    "        \"https://acme.example.com\"\n"
	    "      ]\n"
	    "    }\n"
	    "  },\n");
}

static void put_component(size_t i, int last)
{
	struct component c;
	struct rng r;
	const char *vendor;
	unsigned extras;

	component_make(&c, i);
	rng_seed(&r, i + 0x5eed);
	vendor = vendors[rng_below(&r, COUNT(vendors))];
	/* Optional fields, each in about one component of four. */
	extras = rng_next(&r);
	out("    {\n"
	    "      \"bom-ref\": \"%s\",\n"
	    "      \"type\": \"%s\",\n"
	    "      \"supplier\": {\n"
	    "        \"name\": \"%s\"",
	    c.purl, rng_below(&r, 10) ? "library" : "framework", vendor);
	if ((extras >> 12 & 3) == 0)
		out(",\n"
		    "        \"url\": [\n"
		    "          \"https://vendor%u.example.com\"\n"
		    "        ]", rng_below(&r, 1000));
	out("\n"
	    "      },\n");
	if (c.eco == 0)
		out("      \"group\": \"%s\",\n", c.group);
	out("      \"name\": \"%s\",\n"
	    "      \"version\": \"%s\",\n", c.name, c.version);
	/* Some descriptions need escapes, as real ones do. */
	switch (extras & 15) {
	case 0:
		out("      \"description\": \"The \\\"%s\\\" library:\\n"
		    "caf\xc3\xa9-tested\",\n", c.name);
		break;
	case 1:
		out("      \"description\": \"%s \\u2013 helpers for %s\",\n",
		    c.name, words[(i / 7) % COUNT(words)]);
		break;
	case 2:
	case 3:
		out("      \"description\": \"Provides %s support\",\n",
		    words[i % COUNT(words)]);
		break;
	}
	out("      \"hashes\": [\n");
	if (extras >> 14 & 1) {
		out("        {\n"
		    "          \"alg\": \"SHA-256\",\n"
		    "          \"content\": \"");
		put_hex(&r, 64);
		out("\"\n"
		    "        },\n");
	}
	out("        {\n"
	    "          \"alg\": \"SHA-512\",\n"
	    "          \"content\": \"");
	put_hex(&r, 128);
	out("\"\n"
	    "        }\n"
	    "      ],\n"
	    "      \"licenses\": [\n");
	if (rng_below(&r, 5))
		out("        {\n"
		    "          \"license\": {\n"
		    "            \"id\": \"%s\"\n"
		    "          }\n"
		    "        }\n",
		    license_ids[rng_below(&r, COUNT(license_ids))]);
	else
		out("        {\n"
		    "          \"expression\": \"%s\"\n"
		    "        }\n", license_expressions[
			    rng_below(&r, COUNT(license_expressions))]);
	out("      ],\n");
	if ((extras >> 4 & 3) == 0)
		out("      \"copyright\": \"Copyright (c) %u %s\",\n",
		    2010 + rng_below(&r, 15), vendor);
	out("      \"purl\": \"%s\",\n"
	    "      \"externalReferences\": [\n", c.purl);
	if (extras >> 6 & 1)
		out("        {\n"
		    "          \"type\": \"vcs\",\n"
		    "          \"url\": \"https://git.example.com/%s/%s.git\"\n"
		    "        }%s\n", words[i % COUNT(words)], c.name,
		    (extras >> 7 & 1) ? "" : ",");
	if (!(extras >> 6 & 1) || !(extras >> 7 & 1))
		out("        {\n"
		    "          \"type\": \"website\",\n"
		    "          \"url\": \"https://%s.example.org/\"\n"
		    "        }\n", c.name);
	out("      ],\n"
	    "      \"properties\": [\n"
	    "        {\n"
	    "          \"name\": \"bsi:component:filename\",\n"
	    "          \"value\": \"%s-%s.%s\"\n"
	    "        },\n"
	    "        {\n"
	    "          \"name\": \"bsi:component:executable\",\n"
	    "          \"value\": \"%s\"\n"
	    "        }",
	    c.name, c.version, extensions[c.eco],
	    rng_below(&r, 4) ? "nonExecutable" : "executable");
	if ((extras >> 8 & 3) == 0)
		out(",\n"
		    "        {\n"
		    "          \"name\": \"bsi:component:archive\",\n"
		    "          \"value\": \"%s\"\n"
		    "        },\n"
		    "        {\n"
		    "          \"name\": \"bsi:component:structured\",\n"
		    "          \"value\": \"%s\"\n"
		    "        }",
		    c.eco == 3 ? "noArchive" : "archive",
		    rng_below(&r, 3) ? "structured" : "unstructured");
	out("\n"
	    "      ]\n"
	    "    }%s\n", last ? "" : ",");
	raw("\n");
}

static void put_dependencies(size_t n, size_t edges)
{
	struct component c;
	struct rng r;
	size_t i, j, k, m, t, *to = NULL, alloc = 0;

	put("  \"dependencies\": [\n");
	raw("\n");
	put("    {\n"
	    "      \"ref\": \"pkg:generic/acme/firmware@4.2.0\",\n"
	    "      \"dependsOn\": [\n");
	for (i = 0; i < n && i < 10; i++) {
		component_make(&c, i);
		out("        \"%s\"%s\n", c.purl,
		    i + 1 < n && i < 9 ? "," : "");
	}
	put("      ]\n"
	    "    }");
	for (i = 0; i < n; i++) {
		/* Spread the edges evenly, each to a distinct other. */
		m = (size_t)(((unsigned long long)(i + 1) * edges) / n -
			     ((unsigned long long)i * edges) / n);
		if (m > n - 1)
			m = n - 1;
		if (m > alloc) {
			alloc = m;
			to = realloc(to, alloc * sizeof(*to));
			if (!to) {
				perror("gen-sbom");
				exit(1);
			}
		}
		rng_seed(&r, i + 0xde9);
		for (k = 0; k < m; k++) {
			do {
				t = (i + 1 + rng_next(&r) % (n - 1)) % n;
				for (j = 0; j < k && to[j] != t; j++)
					;
			} while (j < k);
			to[k] = t;
		}
		component_make(&c, i);
		out(",\n");
		raw("\n");
		out("    {\n"
		    "      \"ref\": \"%s\",\n"
		    "      \"dependsOn\": [", c.purl);
		for (k = 0; k < m; k++) {
			component_make(&c, to[k]);
			out("%s\n        \"%s\"", k ? "," : "", c.purl);
		}
		out("%s]\n"
		    "    }", m ? "\n      " : "");
	}
	put("\n  ]\n");
	free(to);
}

static void usage(void)
{
	fprintf(stderr, "usage: gen-sbom [-p] [components [edges]]\n");
	exit(2);
}

int main(int argc, char **argv)
{
	static char obuf[1 << 16];
	size_t n = 100000, edges = 150000, i;
	int arg = 1;
	char *end;

	if (arg < argc && !strcmp(argv[arg], "-p")) {
		pretty = 1;
		arg++;
	}
	if (argc - arg > 2)
		usage();
	if (arg < argc) {
		n = strtoul(argv[arg++], &end, 10);
		if (*end)
			usage();
	}
	if (arg < argc) {
		edges = strtoul(argv[arg++], &end, 10);
		if (*end)
			usage();
	}
	if (n < 2)
		edges = 0;
	setvbuf(stdout, obuf, _IOFBF, sizeof(obuf));

	put("{\n"
	    "  \"$schema\": "
	    "\"http://cyclonedx.org/schema/bom-1.6.schema.json\",\n"
	    "  \"bomFormat\": \"CycloneDX\",\n"
	    "  \"specVersion\": \"1.6\",\n"
	    "  \"serialNumber\": "
	    "\"urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79\",\n"
	    "  \"version\": 1,\n");
	put_metadata();
	put("  \"components\": [\n");
	raw("\n");
	for (i = 0; i < n; i++)
		put_component(i, i + 1 == n);
	put("  ],\n");
	put_dependencies(n, edges);
	put("}\n");
	raw("\n");
	if (fflush(stdout) || ferror(stdout)) {
		perror("gen-sbom: write");
		return 1;
	}
	return 0;
}
