#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <dirent.h>
#include <unistd.h>

#include "attestation.h"
#include "buf.h"
#include "error.h"
#include "file_io.h"
#include "evaluation.h"
#include "export.h"
#include "json_write.h"
#include "product.h"
#include "release_evidence.h"
#include "report.h"
#include "rfc3339.h"
#include "sha256.h"

/* Annex VII, item by item (OBLIGATIONS.md, docs/technical-file.md). */
static const struct {
	const char *folder;
	const char *title;
} items[] = {
	{ "", "" },
	{ "01-general-description", "(1) general description of the product" },
	{ "02-design-development-vulnerability-handling",
	  "(2) design, development and vulnerability handling" },
	{ "03-risk-assessment", "(3) cybersecurity risk assessment" },
	{ "04-support-period", "(4) support period" },
	{ "05-harmonised-standards",
	  "(5) harmonised standards and specifications applied" },
	{ "06-test-reports", "(6) test reports" },
	{ "07-eu-declaration-of-conformity",
	  "(7) EU declaration of conformity" },
	{ "08-sbom", "(8) software bill of materials" },
};

/* A directory named as evidence is taken whole, within these bounds. */
#define EXPORT_MAX_DEPTH 8
#define EXPORT_MAX_FILES 10000

struct builder {
	struct export_bundle *b;
	struct snapshot snap;
	const struct ynode *root;	/* product.yaml, or NULL */
};

char *export_safe_name(const char *name)
{
	char *s = xstrdup(name), *p;

	for (p = s; *p; p++)
		if (*p == '/' || *p == '\\' || (unsigned char)*p < 0x20)
			*p = '-';
	if (*s == '.' || !*s) {
		p = xmalloc(strlen(s) + 2);
		p[0] = '_';
		strcpy(p + 1, s);
		free(s);
		s = p;
	}
	return s;
}

/*
 * A repository path inside an item's folder. Leading dots are dropped
 * from each part, so that ".well-known/security.txt" is not hidden from
 * whoever opens the bundle; README.md says where each file came from.
 */
static void bundle_path(struct buf *out, int item, const char *path)
{
	const char *p = path;

	buf_printf(out, "%s/", items[item].folder);
	while (*p) {
		size_t n = strcspn(p, "/"), dots = 0;

		while (dots < n && p[dots] == '.')
			dots++;
		if (dots == n)
			buf_putc(out, '_');
		else
			buf_add(out, p + dots, n - dots);
		p += n;
		if (*p == '/') {
			buf_putc(out, '/');
			p++;
		}
	}
}

static struct export_file *add_file(struct export_bundle *b,
				    const char *path, char *data, size_t len,
				    int item, char *source)
{
	struct export_file *f;
	size_t i;

	for (i = 0; i < b->count; i++)
		if (!strcmp(b->files[i].path, path)) {
			free(data);
			free(source);
			return NULL;
		}
	b->files = xrealloc(b->files, (b->count + 1) * sizeof(*b->files));
	f = &b->files[b->count++];
	f->path = xstrdup(path);
	f->data = data;
	f->len = len;
	f->item = item;
	f->source = source;
	return f;
}

static void add_text(struct export_bundle *b, const char *path,
		     struct buf *text, int item)
{
	size_t len;
	char *data = buf_detach(text, &len);

	add_file(b, path, data ? data : xstrdup(""), len, item, NULL);
}

static void add_missing(struct export_bundle *b, const char *key,
			const char *path, const char *why)
{
	struct buf msg = BUF_INIT;

	buf_printf(&msg, "%s: `%s`: %s", key, path, why);
	b->missing = xrealloc(b->missing, (b->nmissing + 1) *
			      sizeof(*b->missing));
	b->missing[b->nmissing++] = buf_detach(&msg, NULL);
}

static int add_tree_path(struct builder *bl, int item, const char *key,
			 const char *path, int depth)
{
	struct snapshot_file f;
	char **names = NULL;
	size_t n = 0, i;
	int r;

	if (bl->b->count >= EXPORT_MAX_FILES)
		return 0;
	r = snapshot_read(&f, &bl->snap, path);
	if (r == 0) {
		struct buf where = BUF_INIT, src = BUF_INIT;
		char hex[GIT_OID_HEXSZ + 1];
		char *data = xmalloc(f.len + 1);

		memcpy(data, f.data, f.len);
		data[f.len] = '\0';
		git_oid_tostr(hex, sizeof(hex), &f.id);
		buf_printf(&src, "`%s`, blob `%s`", path, hex);
		bundle_path(&where, item, path);
		add_file(bl->b, buf_cstr(&where), data, f.len, item,
			 buf_detach(&src, NULL));
		buf_release(&where);
		snapshot_file_release(&f);
		return 1;
	}
	/* Not a file: a directory of evidence, taken whole. */
	if (depth < EXPORT_MAX_DEPTH &&
	    snapshot_list(&names, &n, &bl->snap, path) == 0 && n) {
		int any = 0;

		for (i = 0; i < n; i++) {
			struct buf child = BUF_INIT;

			buf_printf(&child, "%s/%s", path, names[i]);
			any |= add_tree_path(bl, item, key, buf_cstr(&child),
					     depth + 1);
			buf_release(&child);
			free(names[i]);
		}
		free(names);
		error_clear();
		git_error_clear();
		return any;
	}
	free(names);
	if (depth == 0)
		add_missing(bl->b, key, path, r < 0 ? error_last() :
			    "not in the tag's tree");
	error_clear();
	git_error_clear();
	return 0;
}

/* Each path a key names: one string, or a list of them. */
static void add_named(struct builder *bl, int item, const char *key,
		      const char *fallback)
{
	const struct ynode *n = bl->root ? ynode_path(bl->root, key) : NULL;
	size_t i;

	if (n && n->type == YNODE_SEQUENCE) {
		for (i = 0; i < n->count; i++)
			if (ynode_str(n->items[i]))
				add_tree_path(bl, item, key,
					      ynode_str(n->items[i]), 0);
		return;
	}
	if (ynode_str(n) && !ynode_is_null(n))
		add_tree_path(bl, item, key, ynode_str(n), 0);
	else if (fallback)
		add_tree_path(bl, item, key, fallback, 0);
}

/* The CVD policy where product.yaml or the usual places have it. */
static void add_cvd_policy(struct builder *bl)
{
	static const char *const places[] = {
		"SECURITY.md", ".github/SECURITY.md", "docs/SECURITY.md",
	};
	size_t i;

	if (bl->root && ynode_str(ynode_path(bl->root, "evidence.cvd_policy"))) {
		add_named(bl, 2, "evidence.cvd_policy", NULL);
		return;
	}
	for (i = 0; i < sizeof(places) / sizeof(*places); i++)
		if (snapshot_exists(&bl->snap, places[i])) {
			add_tree_path(bl, 2, "evidence.cvd_policy", places[i],
				      0);
			return;
		}
	add_missing(bl->b, "evidence.cvd_policy", "SECURITY.md",
		    "not in the tag's tree");
}

static void put_value(struct buf *out, const char *label,
		      const struct ynode *n)
{
	size_t i;

	if (!n)
		return;
	if (n->type == YNODE_SEQUENCE) {
		buf_printf(out, "%s:\n\n", label);
		for (i = 0; i < n->count; i++)
			if (ynode_str(n->items[i]))
				buf_printf(out, "- %s\n",
					   ynode_str(n->items[i]));
		buf_putc(out, '\n');
	} else if (ynode_str(n)) {
		buf_printf(out, "%s: %s\n\n", label, ynode_str(n));
	}
}

/*
 * Items (4) and (5) are mostly declarations in product.yaml: written out
 * as short documents, the rationale file added when there is one.
 */
static void add_declarations(struct builder *bl)
{
	struct buf text = BUF_INIT, where = BUF_INIT;
	const struct ynode *rationale;

	buf_puts(&text, "# Support period\n\nAs declared in "
		 "`.cra/product.yaml` (Art.13(8), Art.13(19)).\n\n");
	if (bl->root) {
		put_value(&text, "Start", ynode_path(bl->root,
						     "support.start"));
		put_value(&text, "End", ynode_path(bl->root, "support.end"));
		put_value(&text, "Expected use (years)", ynode_path(
			bl->root, "product.expected_use_years"));
	}
	rationale = bl->root ? ynode_path(bl->root, "support.rationale") :
		NULL;
	if (ynode_str(rationale) && strchr(ynode_str(rationale), ' '))
		put_value(&text, "Rationale", rationale);
	buf_printf(&where, "%s/support-period.md", items[4].folder);
	add_text(bl->b, buf_cstr(&where), &text, 4);
	if (ynode_str(rationale) && !strchr(ynode_str(rationale), ' '))
		add_named(bl, 4, "support.rationale", NULL);

	buf_reset(&where);
	buf_puts(&text, "# Harmonised standards and other specifications\n\n"
		 "As declared in `.cra/product.yaml` (Art.27, Annex VII(5))."
		 "\n\n");
	if (bl->root) {
		put_value(&text, "Harmonised standards", ynode_path(
			bl->root, "conformity.harmonised_standards"));
		put_value(&text, "Common specifications", ynode_path(
			bl->root, "conformity.common_specifications"));
		put_value(&text, "Certification scheme", ynode_path(
			bl->root, "conformity.certification_scheme"));
		put_value(&text, "Conformity assessment route", ynode_path(
			bl->root, "conformity.route"));
		put_value(&text, "Notified body", ynode_path(
			bl->root, "conformity.notified_body"));
	}
	buf_printf(&where, "%s/standards.md", items[5].folder);
	add_text(bl->b, buf_cstr(&where), &text, 5);
	buf_release(&where);
}

static void add_evidence(struct builder *bl)
{
	if (bl->root)
		add_tree_path(bl, 1, "product metadata", PRODUCT_PATH, 0);
	else
		add_missing(bl->b, "product metadata", PRODUCT_PATH,
			    "not in the tag's tree");
	add_named(bl, 1, "evidence.user_information", NULL);
	add_named(bl, 1, "evidence.technical_documentation", NULL);
	add_cvd_policy(bl);
	add_named(bl, 2, "evidence.security_txt", ".well-known/security.txt");
	add_named(bl, 2, "evidence.vex", NULL);
	add_named(bl, 2, "evidence.advisories", NULL);
	add_named(bl, 2, "evidence.release_notes", NULL);
	add_named(bl, 2, "evidence.security_insights", NULL);
	if (snapshot_exists(&bl->snap, ".cra/reports"))
		add_tree_path(bl, 2, "Article 14 records", ".cra/reports", 0);
	add_named(bl, 3, "evidence.risk_assessment", NULL);
	add_declarations(bl);
	add_named(bl, 6, "evidence.test_reports", NULL);
	add_named(bl, 7, "conformity.declaration", NULL);
	add_named(bl, 8, "evidence.sbom", NULL);
}

static char *print_json(const cJSON *tree, size_t *len)
{
	char *data = NULL;
	FILE *f = open_memstream(&data, len);

	if (!f)
		return NULL;
	json_write(f, tree);
	fclose(f);
	return data;
}

/*
 * The attestations as stored and as decoded; the first that verifies
 * gives evaluation.json. Returns which one did (1-based), or 0.
 */
static size_t add_attestations(struct builder *bl, struct buf *readme,
			       git_repository *repo, const char *tag,
			       const struct signer *signer)
{
	struct evidence_index idx;
	struct tag_evidence t;
	struct buf path = BUF_INIT, line = BUF_INIT;
	size_t i, chosen = 0, len;
	char *data;

	if (evidence_index_load(&idx, repo) < 0)
		return 0;
	if (tag_evidence_verify(&t, &idx, repo, tag, signer) < 0) {
		evidence_index_release(&idx);
		return 0;
	}
	buf_puts(readme, "## Attestations\n\n");
	if (!t.count)
		buf_puts(readme, "The release has no attestation in "
			 "`refs/notes/cra`.\n\n");
	for (i = 0; i < t.count; i++) {
		const struct attestation *a = t.atts[i];

		buf_reset(&path);
		buf_printf(&path, "attestations/%zu.dsse.json", i + 1);
		buf_reset(&line);
		buf_printf(&line, "%s\n", a->line);
		add_text(bl->b, buf_cstr(&path), &line, 0);
		buf_printf(readme, "- `%s`", path.ptr);
		if (a->statement)
			buf_printf(readme, " (decoded: "
				   "`attestations/%zu.statement.json`)", i + 1);
		buf_printf(readme, ": attestation %zu, %s", i + 1,
			   attestation_verdict_name(a->verdict));
		if (a->signer.len)
			buf_printf(readme, ", signed by %s",
				   buf_cstr(&a->signer));
		if (a->evaluated_at)
			buf_printf(readme, ", evaluated at %s",
				   a->evaluated_at);
		buf_puts(readme, " when exported\n");
		if (a->statement &&
		    (data = print_json(a->statement, &len))) {
			buf_reset(&path);
			buf_printf(&path, "attestations/%zu.statement.json",
				   i + 1);
			add_file(bl->b, buf_cstr(&path), data, len, 0, NULL);
		}
		if (!chosen && a->verdict == ATTESTATION_OK &&
		    attestation_predicate(a) &&
		    (data = print_json(attestation_predicate(a), &len))) {
			add_file(bl->b, "evaluation.json", data, len, 0, NULL);
			chosen = i + 1;
		}
	}
	if (t.count)
		buf_puts(readme, "\nEach line of `refs/notes/cra` is a DSSE "
			 "envelope around an in-toto statement (the "
			 "`.statement.json` beside it). `git cra verify` "
			 "checks them, or by hand as git-cra's "
			 "docs/attestations.md shows.\n\n");
	buf_release(&path);
	buf_release(&line);
	tag_evidence_release(&t);
	evidence_index_release(&idx);
	return chosen;
}

static int add_fresh_evaluation(struct builder *bl, git_repository *repo,
				const char *tag, int64_t when,
				const char *datadir)
{
	struct evaluation_options opts;
	struct report_options ropts;
	struct evaluation ev;
	struct buf rev = BUF_INIT;
	char *data = NULL;
	size_t len = 0;
	FILE *f;
	int ret = -1;

	evaluation_options_init(&opts);
	buf_printf(&rev, "refs/tags/%s", tag);
	opts.kind = SNAPSHOT_REVISION;
	opts.rev = buf_cstr(&rev);
	opts.now = when;
	opts.datadir = datadir;
	if (evaluation_run(&ev, repo, &opts) < 0)
		goto done;
	memset(&ropts, 0, sizeof(ropts));
	ropts.tool_version = CRA_VERSION;
	if (!(f = open_memstream(&data, &len))) {
		error_set("cannot write the evaluation: %s", strerror(errno));
		goto done;
	}
	report_json(f, &ev, &ropts);
	fclose(f);
	add_file(bl->b, "evaluation.json", data, len, 0, NULL);
	ret = 0;
done:
	evaluation_release(&ev);
	buf_release(&rev);
	return ret;
}

static int compare_files(const void *pa, const void *pb)
{
	const struct export_file *a = pa, *b = pb;

	return strcmp(a->path, b->path);
}

static void add_index(struct export_bundle *b, struct buf *readme,
		      const struct release_tag *tag, const char *product)
{
	struct buf sums = BUF_INIT, text = BUF_INIT;
	char hex[SHA256_HEX_SIZE], id[GIT_OID_HEXSZ + 1], date[21];
	size_t i;
	int item;

	rfc3339_format(date, tag->time);
	buf_printf(&text, "# Evidence bundle: %s %s\n\n", product, tag->name);
	buf_printf(&text, "The technical documentation evidence of the "
		   "release tagged `%s`, dated %s, as kept in the product's "
		   "repository, laid out along Annex VII of Regulation (EU) "
		   "2024/2847. Each file is as it is in the tag's tree.\n\n",
		   tag->name, date);
	if (tag->annotated) {
		git_oid_tostr(id, sizeof(id), &tag->tag_id);
		buf_printf(&text, "- tag object: `%s`\n", id);
	}
	git_oid_tostr(id, sizeof(id), &tag->commit_id);
	buf_printf(&text, "- commit: `%s`\n", id);
	git_oid_tostr(id, sizeof(id), &tag->tree_id);
	buf_printf(&text, "- tree: `%s`\n\n", id);
	buf_puts(&text, "`sha256sum -c SHA256SUMS` checks every file. This "
		 "bundle shows evidence; it does not state conformity.\n\n");
	buf_add(&text, readme->ptr, readme->len);
	buf_puts(&text, "## Files by Annex VII item\n\n");
	qsort(b->files, b->count, sizeof(*b->files), compare_files);
	for (item = 1; item <= 8; item++) {
		buf_printf(&text, "### %s\n\n", items[item].title);
		for (i = 0; i < b->count; i++) {
			const struct export_file *f = &b->files[i];

			if (f->item != item)
				continue;
			buf_printf(&text, "- `%s`", f->path);
			if (f->source)
				buf_printf(&text, ", from %s", f->source);
			else
				buf_puts(&text, ", from the declarations of "
					 "`.cra/product.yaml`");
			buf_putc(&text, '\n');
		}
		if (item == 2)
			buf_printf(&text, "- the SBOM: see %s\n",
				   items[8].folder);
		buf_putc(&text, '\n');
	}
	buf_puts(&text, "### Records\n\n- `evaluation.json`: the evaluation "
		 "of the release (see above)\n- `attestations/`: the signed "
		 "records\n- `SHA256SUMS`: the checksum of every file\n\n");
	if (b->nmissing) {
		buf_puts(&text, "## Named in the product metadata, not found\n\n");
		for (i = 0; i < b->nmissing; i++)
			buf_printf(&text, "- %s\n", b->missing[i]);
		buf_putc(&text, '\n');
	}
	add_text(b, "README.md", &text, 0);
	qsort(b->files, b->count, sizeof(*b->files), compare_files);
	for (i = 0; i < b->count; i++) {
		sha256_hex(hex, b->files[i].data, b->files[i].len);
		buf_printf(&sums, "%s  %s\n", hex, b->files[i].path);
	}
	add_text(b, "SHA256SUMS", &sums, 0);
	qsort(b->files, b->count, sizeof(*b->files), compare_files);
	buf_release(&text);
}

int export_bundle_build(struct export_bundle *b, git_repository *repo,
			const char *name, const struct signer *signer,
			const char *datadir)
{
	struct builder bl;
	struct product product;
	struct diagnostics warnings = { NULL, 0 };
	struct release_tag tag;
	struct buf rev = BUF_INIT, readme = BUF_INIT;
	const char *product_name = "Product";
	size_t chosen;
	int ret = -1;

	memset(b, 0, sizeof(*b));
	memset(&bl, 0, sizeof(bl));
	memset(&product, 0, sizeof(product));
	bl.b = b;
	if (release_tag_lookup(&tag, repo, name) < 0)
		return -1;
	b->tag = xstrdup(tag.name);
	b->time = tag.time;
	buf_printf(&rev, "refs/tags/%s", tag.name);
	if (snapshot_open(&bl.snap, repo, SNAPSHOT_REVISION,
			  buf_cstr(&rev)) < 0)
		goto done;
	if (product_load(&product, &bl.snap, &warnings) < 0)
		goto done;
	if (product.present) {
		bl.root = product.doc.root;
		if (ynode_str(ynode_path(bl.root, "product.name")))
			product_name = ynode_str(ynode_path(bl.root,
							    "product.name"));
	}
	add_evidence(&bl);
	chosen = add_attestations(&bl, &readme, repo, tag.name, signer);
	buf_puts(&readme, "## Evaluation\n\n");
	if (chosen) {
		buf_printf(&readme, "`evaluation.json` holds the results "
			   "recorded by attestation %zu, which verified when "
			   "the bundle was made.\n\n", chosen);
	} else {
		if (add_fresh_evaluation(&bl, repo, tag.name, tag.time,
					 datadir) < 0)
			goto done;
		buf_printf(&readme, "No attestation of the release verified: "
			   "`evaluation.json` is a check of the tag at its "
			   "date with the rules of git-cra %s.\n\n",
			   CRA_VERSION);
	}
	add_index(b, &readme, &tag, product_name);
	ret = 0;
done:
	if (ret < 0)
		error_prefix("cannot export '%s'", name);
	buf_release(&rev);
	buf_release(&readme);
	product_release(&product);
	diagnostics_release(&warnings);
	snapshot_release(&bl.snap);
	release_tag_release(&tag);
	return ret;
}

void export_bundle_release(struct export_bundle *b)
{
	size_t i;

	if (!b)
		return;
	for (i = 0; i < b->count; i++) {
		free(b->files[i].path);
		free(b->files[i].data);
		free(b->files[i].source);
	}
	free(b->files);
	for (i = 0; i < b->nmissing; i++)
		free(b->missing[i]);
	free(b->missing);
	free(b->tag);
	memset(b, 0, sizeof(*b));
}

/* ---- a directory ---- */

static int make_parents(const char *dir, const char *path)
{
	struct buf p = BUF_INIT;
	const char *s;
	int ret = 0;

	for (s = strchr(path, '/'); s; s = strchr(s + 1, '/')) {
		buf_reset(&p);
		buf_printf(&p, "%s/%.*s", dir, (int)(s - path), path);
		if (mkdir(buf_cstr(&p), 0755) < 0 && errno != EEXIST) {
			ret = error_set("cannot create '%s': %s",
					buf_cstr(&p), strerror(errno));
			break;
		}
	}
	buf_release(&p);
	return ret;
}

int export_write_dir(const struct export_bundle *b, const char *dir)
{
	struct buf path = BUF_INIT;
	DIR *d;
	struct dirent *e;
	size_t i;
	int ret = -1;

	if (mkdir(dir, 0755) < 0 && errno != EEXIST)
		return error_set("cannot create '%s': %s", dir,
				 strerror(errno));
	/* Never mix a bundle with what was there before. */
	if (!(d = opendir(dir)))
		return error_set("cannot open '%s': %s", dir, strerror(errno));
	while ((e = readdir(d)))
		if (strcmp(e->d_name, ".") && strcmp(e->d_name, "..")) {
			closedir(d);
			return error_set("'%s' is not empty", dir);
		}
	closedir(d);
	for (i = 0; i < b->count; i++) {
		const struct export_file *f = &b->files[i];
		int fd;

		if (make_parents(dir, f->path) < 0)
			goto done;
		buf_reset(&path);
		buf_printf(&path, "%s/%s", dir, f->path);
		fd = open(buf_cstr(&path), O_WRONLY | O_CREAT | O_EXCL, 0644);
		if (fd < 0 || write_all(fd, f->data, f->len) < 0 ||
		    close(fd) < 0) {
			error_set("cannot write '%s': %s", buf_cstr(&path),
				  strerror(errno));
			goto done;
		}
	}
	ret = 0;
done:
	buf_release(&path);
	return ret;
}

/* ---- a tar archive ---- */

#define TAR_BLOCK 512
#define TAR_RECORD (20 * TAR_BLOCK)

/*
 * size - 1 octal digits and a NUL, as GNU and BSD tar write them. Sizes
 * stay far below the 8 GiB that 11 digits hold: no file over
 * cra.maxFileSize is read.
 */
static void octal(char *field, size_t size, uint64_t value)
{
	size_t i;

	field[size - 1] = '\0';
	for (i = size - 1; i > 0; i--) {
		field[i - 1] = (char)('0' + (value & 7));
		value >>= 3;
	}
}

static void tar_header(struct buf *out, const char *name, size_t len,
		       char type, unsigned mode, int64_t mtime)
{
	unsigned char h[TAR_BLOCK];
	char *c = (char *)h;
	size_t n = strlen(name), split = 0, i;
	unsigned sum = 0;

	memset(h, 0, sizeof(h));
	if (n > 100) {
		/* prefix "/" name, cut at a slash. */
		for (i = n - 1; i > 0; i--)
			if (name[i] == '/' && i <= 155 && n - i - 1 <= 100) {
				split = i;
				break;
			}
		memcpy(c + 345, name, split);
		memcpy(c, name + split + 1, n - split - 1);
	} else {
		memcpy(c, name, n);
	}
	octal(c + 100, 8, mode);
	octal(c + 108, 8, 0);
	octal(c + 116, 8, 0);
	octal(c + 124, 12, len);
	octal(c + 136, 12, (uint64_t)(mtime > 0 ? mtime : 0));
	memset(c + 148, ' ', 8);
	c[156] = type;
	memcpy(c + 257, "ustar", 6);
	memcpy(c + 263, "00", 2);
	memcpy(c + 265, "root", 4);
	memcpy(c + 297, "root", 4);
	for (i = 0; i < TAR_BLOCK; i++)
		sum += h[i];
	snprintf(c + 148, 7, "%06o", sum);
	c[155] = ' ';
	buf_add(out, h, sizeof(h));
}

static void tar_pad(struct buf *out, size_t len)
{
	static const char zeros[TAR_BLOCK];

	if (len % TAR_BLOCK)
		buf_add(out, zeros, TAR_BLOCK - len % TAR_BLOCK);
}

/* Whether ustar's name and prefix fields can hold the name. */
static int fits_ustar(const char *name)
{
	size_t n = strlen(name), i;

	if (n <= 100)
		return 1;
	for (i = n - 1; i > 0; i--)
		if (name[i] == '/' && i <= 155 && n - i - 1 <= 100)
			return 1;
	return 0;
}

static void tar_entry(struct buf *out, const char *name, const char *data,
		      size_t len, char type, unsigned mode, int64_t mtime)
{
	if (!fits_ustar(name)) {
		/* A pax record: "<len> path=<name>\n", len counting itself. */
		struct buf rec = BUF_INIT, pax = BUF_INIT;
		size_t body = strlen(name) + 7, total = body + 1, digits;

		for (;;) {
			char num[32];

			digits = (size_t)snprintf(num, sizeof(num), "%zu",
						  total);
			if (body + digits == total)
				break;
			total = body + digits;
		}
		buf_printf(&rec, "%zu path=%s\n", total, name);
		buf_printf(&pax, "PaxHeaders/%.80s", name);
		tar_header(out, buf_cstr(&pax), rec.len, 'x', 0644, mtime);
		buf_add(out, rec.ptr, rec.len);
		tar_pad(out, rec.len);
		buf_reset(&pax);
		/* The ustar name, cut: readers take the pax path. */
		buf_printf(&pax, "%.99s", name);
		tar_header(out, buf_cstr(&pax), len, type, mode, mtime);
		buf_release(&rec);
		buf_release(&pax);
	} else {
		tar_header(out, name, len, type, mode, mtime);
	}
	if (len) {
		buf_add(out, data, len);
		tar_pad(out, len);
	}
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

int export_write_tar(const struct export_bundle *b, const char *path,
		     const char *top)
{
	struct buf out = BUF_INIT, name = BUF_INIT, tmp = BUF_INIT;
	char **dirs = NULL;
	size_t ndirs = 0, i, j, d;
	int fd = -1, ret = -1;

	/* Every folder, each once, before what it holds. */
	dirs = xcalloc(1, sizeof(*dirs));
	dirs[ndirs++] = xstrdup("");
	for (i = 0; i < b->count; i++) {
		const char *p = b->files[i].path, *s;

		for (s = strchr(p, '/'); s; s = strchr(s + 1, '/')) {
			char *dir = xstrndup(p, (size_t)(s - p + 1));

			for (j = 0; j < ndirs; j++)
				if (!strcmp(dirs[j], dir))
					break;
			if (j < ndirs) {
				free(dir);
				continue;
			}
			dirs = xrealloc(dirs, (ndirs + 1) * sizeof(*dirs));
			dirs[ndirs++] = dir;
		}
	}
	qsort(dirs, ndirs, sizeof(*dirs), compare_strings);
	/* Files are sorted; merge the folders in before their contents. */
	for (i = 0, d = 0; i < b->count || d < ndirs;) {
		buf_reset(&name);
		if (d < ndirs && (i == b->count ||
				  strcmp(dirs[d], b->files[i].path) < 0)) {
			buf_printf(&name, "%s/%s", top, dirs[d++]);
			tar_entry(&out, buf_cstr(&name), NULL, 0, '5', 0755,
				  b->time);
		} else {
			buf_printf(&name, "%s/%s", top, b->files[i].path);
			tar_entry(&out, buf_cstr(&name), b->files[i].data,
				  b->files[i].len, '0', 0644, b->time);
			i++;
		}
	}
	/* Two zero blocks end the archive; a whole record, as tar does. */
	{
		static const char zeros[TAR_BLOCK];

		buf_add(&out, zeros, TAR_BLOCK);
		buf_add(&out, zeros, TAR_BLOCK);
		while (out.len % TAR_RECORD)
			buf_add(&out, zeros, TAR_BLOCK);
	}
	/* Written beside and renamed: never half an archive at `path`. */
	buf_printf(&tmp, "%s.tmp", path);
	fd = open(buf_cstr(&tmp), O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (fd < 0 || write_all(fd, out.ptr, out.len) < 0) {
		error_set("cannot write '%s': %s", buf_cstr(&tmp),
			  strerror(errno));
		goto done;
	}
	if (close(fd) < 0 || rename(buf_cstr(&tmp), path) < 0) {
		fd = -1;
		error_set("cannot write '%s': %s", path, strerror(errno));
		goto done;
	}
	fd = -1;
	ret = 0;
done:
	if (fd >= 0)
		close(fd);
	if (ret < 0)
		unlink(buf_cstr(&tmp));
	for (i = 0; i < ndirs; i++)
		free(dirs[i]);
	free(dirs);
	buf_release(&out);
	buf_release(&name);
	buf_release(&tmp);
	return ret;
}
