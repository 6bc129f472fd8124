#ifndef CRA_EXPORT_H
#define CRA_EXPORT_H

#include <stddef.h>
#include <stdint.h>
#include <git2.h>

#include "signing.h"

/*
 * The evidence bundle of one release, for a customer or an authority:
 * the files the tag's product metadata names, from the tag's own tree,
 * laid out along Annex VII (a folder per item), the attestations of the
 * tag, its evaluation, a README.md that lists every file with its item,
 * and SHA256SUMS in the format `sha256sum -c` reads.
 *
 * The bundle is built in memory and written as a directory or as a tar
 * archive. Nothing in it depends on when or where it is made: files in
 * a fixed order, no timestamps but the tag's date, so the same tag gives
 * the same bytes every time.
 */

struct export_file {
	char *path;		/* inside the bundle */
	char *data;
	size_t len;
	int item;		/* Annex VII item 1 to 8; 0: the bundle's own */
	char *source;		/* "`path`, blob `<id>`"; NULL when made here */
};

struct export_bundle {
	char *tag;
	int64_t time;		/* the tag's date: mtime in the archive */
	struct export_file *files;	/* sorted by path */
	size_t count;
	char **missing;		/* what product.yaml names and the tree lacks */
	size_t nmissing;
};

/*
 * Build the bundle of `tag`. The attestation chosen for the evaluation
 * is the first that verifies with `signer`; without one, the tag is
 * evaluated at its date with the installed rules (datadir, NULL for the
 * default).
 */
int export_bundle_build(struct export_bundle *out, git_repository *repo,
			const char *tag, const struct signer *signer,
			const char *datadir);
void export_bundle_release(struct export_bundle *b);

/* Write into `dir`, which must be new or empty. */
int export_write_dir(const struct export_bundle *b, const char *dir);
/*
 * Write a POSIX ustar archive (pax records for long names) whose
 * entries sit under one folder, `top`: sorted, owned by root, dated with
 * the tag's date, files 0644 and folders 0755.
 */
int export_write_tar(const struct export_bundle *b, const char *path,
		     const char *top);

/* A tag name as a file name: "release/1.0" gives "release-1.0". */
char *export_safe_name(const char *name);

#endif
