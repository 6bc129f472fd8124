#ifndef CRA_SNAPSHOT_H
#define CRA_SNAPSHOT_H

#include <stddef.h>
#include <stdint.h>
#include <git2.h>

#include "buf.h"

/*
 * One state of a repository's files, read through libgit2: the working
 * tree, the index (what the next commit will hold), or the tree of a
 * revision. Every path is resolved inside the snapshot: a symlink is
 * followed only while it stays inside, ".git" is never part of it, and
 * what is read is bounded in size.
 */

enum snapshot_kind {
	SNAPSHOT_WORKTREE,
	SNAPSHOT_INDEX,
	SNAPSHOT_REVISION,
	SNAPSHOT_MEMORY,	/* files given in memory: rule test fixtures */
};

struct snapshot_memory_file {
	char *path;
	char *data;
	size_t len;
};

#define SNAPSHOT_NOT_FOUND 1
#define SNAPSHOT_DEFAULT_MAX_FILE_SIZE (256u * 1024 * 1024)

struct snapshot {
	enum snapshot_kind kind;
	git_repository *repo;	/* borrowed */
	char *workdir;		/* worktree: its path, with a final '/' */
	git_index *index;	/* index: owned */
	git_tree *tree;		/* revision: owned */
	char *rev;		/* the revision as given */
	char *tag;		/* the tag's short name when rev names a tag */
	int has_tag_object;	/* an annotated tag */
	git_oid tag_id;
	int has_commit;
	git_oid commit_id;	/* revision's commit; HEAD otherwise */
	int has_tree;
	git_oid tree_id;	/* revision's tree; written index's tree */
	int64_t commit_time;	/* committer date of commit_id */
	int64_t tag_time;	/* tagger date, 0 for a lightweight tag */
	size_t max_file_size;
	struct snapshot_memory_file *files;	/* memory: owned */
	size_t nfiles;
};

struct snapshot_file {
	char *path;		/* the path after resolving symlinks */
	const char *data;	/* len bytes; not NUL-terminated */
	size_t len;
	git_oid id;		/* the blob id of the contents */
	git_blob *blob;		/* holds data for index and revision */
	char *owned;		/* holds data for the working tree */
};

/*
 * Open a snapshot of `repo` (borrowed; it must outlive the snapshot). A
 * revision snapshot needs `rev`; the others ignore it.
 */
int snapshot_open(struct snapshot *out, git_repository *repo,
		  enum snapshot_kind kind, const char *rev);
void snapshot_release(struct snapshot *s);

/*
 * A snapshot of files held in memory, for testing rules on fixtures. Add
 * files with snapshot_memory_add(); paths are normalised and must stay
 * inside the snapshot.
 */
void snapshot_open_memory(struct snapshot *out);
int snapshot_memory_add(struct snapshot *s, const char *path,
			const char *data, size_t len);

/* "worktree", "index" or "revision". */
const char *snapshot_kind_name(enum snapshot_kind kind);

/*
 * Read the file at `path`. Returns 0, SNAPSHOT_NOT_FOUND when there is no
 * such file, or -1 with the error set when reading it is refused (a
 * symlink leading out, too large, not a regular file).
 */
int snapshot_read(struct snapshot_file *out, const struct snapshot *s,
		  const char *path);
void snapshot_file_release(struct snapshot_file *f);

/*
 * The names of the entries directly inside directory `dir` (files,
 * symlinks and directories), sorted bytewise. A missing directory gives
 * none. The caller frees each name and the array.
 */
int snapshot_list(char ***out, size_t *count, const struct snapshot *s,
		  const char *dir);

/* Whether a file or directory exists at `path` inside the snapshot. */
int snapshot_exists(const struct snapshot *s, const char *path);

/*
 * Where `path` leads without reading it: the path after symlinks, what
 * is there (SNAPSHOT_ENTRY_*) and, in a revision or the index, its
 * object id. Returns -1 with the error set when the path leads out of
 * the snapshot; a missing path is SNAPSHOT_ENTRY_MISSING, not an error.
 */
enum {
	SNAPSHOT_ENTRY_MISSING,
	SNAPSHOT_ENTRY_FILE,
	SNAPSHOT_ENTRY_DIR,
	SNAPSHOT_ENTRY_OTHER,
};
int snapshot_resolve(struct buf *resolved, int *type, git_oid *id,
		     const struct snapshot *s, const char *path);

#endif
