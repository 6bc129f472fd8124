#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "snapshot.h"

enum entry_type {
	ENTRY_MISSING,
	ENTRY_FILE,
	ENTRY_DIR,
	ENTRY_LINK,
	ENTRY_OTHER,
};

/* Symlink hops allowed in one path, as Linux allows (MAXSYMLINKS). */
#define MAX_LINK_HOPS 40
#define MAX_PATH_LEN 4096

const char *snapshot_kind_name(enum snapshot_kind kind)
{
	switch (kind) {
	case SNAPSHOT_WORKTREE:
		return "worktree";
	case SNAPSHOT_INDEX:
		return "index";
	case SNAPSHOT_REVISION:
		return "revision";
	case SNAPSHOT_MEMORY:
		return "memory";
	}
	return "?";
}

static int64_t signature_time(const git_signature *sig)
{
	return sig ? (int64_t)sig->when.time : 0;
}

static int open_revision(struct snapshot *s, const char *rev)
{
	git_object *obj = NULL, *peeled = NULL;
	git_reference *ref = NULL;
	git_commit *commit = NULL;
	git_tag *tag = NULL;
	struct buf refname = BUF_INIT;
	int ret = -1;

	if (git_revparse_single(&obj, s->repo, rev) < 0) {
		error_set("not a valid revision: '%s'", rev);
		goto done;
	}
	/* A name that is a tag records the tag, so a release is known. */
	if (!strncmp(rev, "refs/tags/", 10))
		buf_puts(&refname, rev);
	else
		buf_printf(&refname, "refs/tags/%s", rev);
	if (!git_reference_lookup(&ref, s->repo, buf_cstr(&refname))) {
		s->tag = xstrdup(buf_cstr(&refname) + 10);
		if (git_object_type(obj) == GIT_OBJECT_TAG) {
			s->has_tag_object = 1;
			git_oid_cpy(&s->tag_id, git_object_id(obj));
			if (!git_tag_lookup(&tag, s->repo, &s->tag_id))
				s->tag_time = signature_time(
					git_tag_tagger(tag));
		}
	}
	if (git_object_peel(&peeled, obj, GIT_OBJECT_COMMIT) < 0) {
		/* A tag of a tree has no commit, but still a snapshot. */
		if (git_object_peel(&peeled, obj, GIT_OBJECT_TREE) < 0) {
			error_set("'%s' names neither a commit nor a tree",
				  rev);
			goto done;
		}
		s->tree = (git_tree *)peeled;
		peeled = NULL;
	} else {
		commit = (git_commit *)peeled;
		peeled = NULL;
		s->has_commit = 1;
		git_oid_cpy(&s->commit_id, git_commit_id(commit));
		s->commit_time = signature_time(git_commit_committer(commit));
		if (git_commit_tree(&s->tree, commit) < 0) {
			error_from_git("cannot read the tree");
			goto done;
		}
	}
	s->has_tree = 1;
	git_oid_cpy(&s->tree_id, git_tree_id(s->tree));
	ret = 0;
done:
	buf_release(&refname);
	git_reference_free(ref);
	git_tag_free(tag);
	git_commit_free(commit);
	git_object_free(peeled);
	git_object_free(obj);
	return ret;
}

static void note_head(struct snapshot *s)
{
	git_object *head = NULL;

	if (git_revparse_single(&head, s->repo, "HEAD^{commit}") < 0) {
		git_error_clear();
		return;
	}
	s->has_commit = 1;
	git_oid_cpy(&s->commit_id, git_object_id(head));
	s->commit_time = signature_time(
		git_commit_committer((git_commit *)head));
	git_object_free(head);
}

int snapshot_open(struct snapshot *out, git_repository *repo,
		  enum snapshot_kind kind, const char *rev)
{
	const char *workdir;

	memset(out, 0, sizeof(*out));
	out->kind = kind;
	out->repo = repo;
	out->max_file_size = SNAPSHOT_DEFAULT_MAX_FILE_SIZE;
	if (rev)
		out->rev = xstrdup(rev);

	switch (kind) {
	case SNAPSHOT_REVISION:
		if (open_revision(out, rev) < 0)
			goto fail;
		return 0;
	case SNAPSHOT_INDEX:
		if (git_repository_index(&out->index, repo) < 0) {
			error_from_git("cannot read the index");
			goto fail;
		}
		note_head(out);
		return 0;
	case SNAPSHOT_MEMORY:
		return 0;
	case SNAPSHOT_WORKTREE:
		workdir = git_repository_workdir(repo);
		if (!workdir) {
			error_set("this operation must be run in a work tree "
				  "(or name a revision, or use --staged)");
			goto fail;
		}
		out->workdir = xstrdup(workdir);
		note_head(out);
		return 0;
	}
fail:
	snapshot_release(out);
	return -1;
}

void snapshot_release(struct snapshot *s)
{
	size_t i;

	if (!s)
		return;
	for (i = 0; i < s->nfiles; i++) {
		free(s->files[i].path);
		free(s->files[i].data);
	}
	free(s->files);
	git_index_free(s->index);
	git_tree_free(s->tree);
	free(s->workdir);
	free(s->rev);
	free(s->tag);
	memset(s, 0, sizeof(*s));
}

/*
 * Split `path` into normalised components ("." and empty ones dropped,
 * ".." taken back). Fails when ".." climbs above the snapshot's root.
 */
static int normalise(struct buf *out, const char *path)
{
	const char *p = path;

	buf_reset(out);
	while (*p) {
		const char *end = strchr(p, '/');
		size_t n = end ? (size_t)(end - p) : strlen(p);

		if (n == 0 || (n == 1 && p[0] == '.')) {
			/* nothing */
		} else if (n == 2 && p[0] == '.' && p[1] == '.') {
			char *slash;

			if (!out->len)
				return -1;
			slash = strrchr(out->ptr, '/');
			out->len = slash ? (size_t)(slash - out->ptr) : 0;
			out->ptr[out->len] = '\0';
		} else {
			if (out->len)
				buf_putc(out, '/');
			buf_add(out, p, n);
		}
		p += n + (end ? 1 : 0);
	}
	return 0;
}

void snapshot_open_memory(struct snapshot *out)
{
	memset(out, 0, sizeof(*out));
	out->kind = SNAPSHOT_MEMORY;
	out->max_file_size = SNAPSHOT_DEFAULT_MAX_FILE_SIZE;
}

int snapshot_memory_add(struct snapshot *s, const char *path,
			const char *data, size_t len)
{
	struct snapshot_memory_file *f;
	struct buf norm = BUF_INIT;

	if (!*path || path[0] == '/' || normalise(&norm, path) < 0 ||
	    !norm.len) {
		buf_release(&norm);
		return error_set("'%s' is not a path inside the snapshot",
				 path);
	}
	s->files = xrealloc(s->files, (s->nfiles + 1) * sizeof(*s->files));
	f = &s->files[s->nfiles++];
	f->path = buf_detach(&norm, NULL);
	f->data = xmalloc(len + 1);
	memcpy(f->data, data, len);
	f->data[len] = '\0';
	f->len = len;
	return 0;
}

static int is_git_dir_name(const char *name, size_t n)
{
	return n == 4 && !strncasecmp(name, ".git", 4);
}

static enum entry_type lookup_tree(const struct snapshot *s,
				   const char *path, git_oid *id)
{
	git_tree_entry *entry = NULL;
	enum entry_type type = ENTRY_OTHER;

	if (!*path)
		return ENTRY_DIR;
	if (git_tree_entry_bypath(&entry, s->tree, path) < 0) {
		git_error_clear();
		return ENTRY_MISSING;
	}
	git_oid_cpy(id, git_tree_entry_id(entry));
	switch (git_tree_entry_filemode(entry)) {
	case GIT_FILEMODE_TREE:
		type = ENTRY_DIR;
		break;
	case GIT_FILEMODE_BLOB:
	case GIT_FILEMODE_BLOB_EXECUTABLE:
		type = ENTRY_FILE;
		break;
	case GIT_FILEMODE_LINK:
		type = ENTRY_LINK;
		break;
	default:
		type = ENTRY_OTHER;	/* a submodule: not part of this tree */
		break;
	}
	git_tree_entry_free(entry);
	return type;
}

static enum entry_type lookup_index(const struct snapshot *s,
				    const char *path, git_oid *id)
{
	const git_index_entry *e;
	struct buf prefix = BUF_INIT;
	size_t pos;
	int found;

	if (!*path)
		return ENTRY_DIR;
	e = git_index_get_bypath(s->index, path, 0);
	if (e) {
		git_oid_cpy(id, &e->id);
		switch (e->mode & 0170000) {
		case 0100000:
			return ENTRY_FILE;
		case 0120000:
			return ENTRY_LINK;
		default:
			return ENTRY_OTHER;
		}
	}
	/* The index has no directories: one exists when files are in it. */
	buf_printf(&prefix, "%s/", path);
	found = !git_index_find_prefix(&pos, s->index, buf_cstr(&prefix));
	buf_release(&prefix);
	git_error_clear();
	return found ? ENTRY_DIR : ENTRY_MISSING;
}

static enum entry_type lookup_worktree(const struct snapshot *s,
				       const char *path)
{
	struct buf full = BUF_INIT;
	struct stat st;
	int r;

	buf_printf(&full, "%s%s", s->workdir, path);
	r = lstat(buf_cstr(&full), &st);
	buf_release(&full);
	if (r < 0)
		return ENTRY_MISSING;
	if (S_ISLNK(st.st_mode))
		return ENTRY_LINK;
	if (S_ISDIR(st.st_mode))
		return ENTRY_DIR;
	if (S_ISREG(st.st_mode))
		return ENTRY_FILE;
	return ENTRY_OTHER;
}

static enum entry_type lookup_memory(const struct snapshot *s,
				     const char *path)
{
	size_t i, n = strlen(path);

	if (!*path)
		return ENTRY_DIR;
	for (i = 0; i < s->nfiles; i++) {
		const char *f = s->files[i].path;

		if (!strcmp(f, path))
			return ENTRY_FILE;
		if (!strncmp(f, path, n) && f[n] == '/')
			return ENTRY_DIR;
	}
	return ENTRY_MISSING;
}

static enum entry_type lookup(const struct snapshot *s, const char *path,
			      git_oid *id)
{
	switch (s->kind) {
	case SNAPSHOT_MEMORY:
		return lookup_memory(s, path);
	case SNAPSHOT_REVISION:
		return lookup_tree(s, path, id);
	case SNAPSHOT_INDEX:
		return lookup_index(s, path, id);
	case SNAPSHOT_WORKTREE:
		return lookup_worktree(s, path);
	}
	return ENTRY_MISSING;
}

static int read_link(struct buf *out, const struct snapshot *s,
		     const char *path, const git_oid *id)
{
	buf_reset(out);
	if (s->kind == SNAPSHOT_WORKTREE) {
		char target[MAX_PATH_LEN];
		struct buf full = BUF_INIT;
		ssize_t n;

		buf_printf(&full, "%s%s", s->workdir, path);
		n = readlink(buf_cstr(&full), target, sizeof(target));
		buf_release(&full);
		if (n < 0 || (size_t)n >= sizeof(target))
			return error_set("cannot read the symlink '%s'", path);
		buf_add(out, target, (size_t)n);
	} else {
		git_blob *blob = NULL;

		if (git_blob_lookup(&blob, s->repo, id) < 0)
			return error_from_git("cannot read a symlink");
		if (git_blob_rawsize(blob) >= MAX_PATH_LEN) {
			git_blob_free(blob);
			return error_set("the symlink '%s' is too long", path);
		}
		buf_add(out, git_blob_rawcontent(blob),
			(size_t)git_blob_rawsize(blob));
		git_blob_free(blob);
	}
	if (memchr(out->ptr, '\0', out->len))
		return error_set("the symlink '%s' is malformed", path);
	return 0;
}

/*
 * Resolve `path` inside the snapshot, following symlinks only while they
 * stay inside it. On success `resolved` holds the final path and `type`
 * and `id` what is there.
 */
static int resolve(struct buf *resolved, enum entry_type *type, git_oid *id,
		   const struct snapshot *s, const char *path)
{
	struct buf cur = BUF_INIT, cand = BUF_INIT, target = BUF_INIT;
	struct buf next = BUF_INIT;
	size_t done_len = 0;
	int hops = 0, ret = -1;

	if (!*path || path[0] == '/' || strlen(path) >= MAX_PATH_LEN) {
		error_set("'%s' is not a path inside the snapshot", path);
		goto done;
	}
	if (normalise(&cur, path) < 0) {
		error_set("'%s' leads out of the snapshot", path);
		goto done;
	}
	*type = ENTRY_DIR;
	/* Walk the components; on a symlink, splice in its target. */
	while (done_len < cur.len) {
		const char *comp = cur.ptr + done_len + (done_len ? 1 : 0);
		const char *slash = strchr(comp, '/');
		size_t clen = slash ? (size_t)(slash - comp) : strlen(comp);
		size_t end = (size_t)(comp - cur.ptr) + clen;

		if (is_git_dir_name(comp, clen)) {
			*type = ENTRY_MISSING;
			break;
		}
		if (*type != ENTRY_DIR) {
			*type = ENTRY_MISSING;	/* a file used as a directory */
			break;
		}
		buf_reset(&cand);
		buf_add(&cand, cur.ptr, end);
		*type = lookup(s, buf_cstr(&cand), id);
		if (*type == ENTRY_MISSING)
			break;
		if (*type == ENTRY_LINK) {
			const char *last;

			if (++hops > MAX_LINK_HOPS) {
				error_set("'%s': too many levels of symbolic "
					  "links", path);
				goto done;
			}
			if (read_link(&target, s, buf_cstr(&cand), id) < 0)
				goto done;
			if (target.len && target.ptr[0] == '/') {
				error_set("'%s' is a symlink that leads out of "
					  "the snapshot (to '%s')",
					  buf_cstr(&cand), buf_cstr(&target));
				goto done;
			}
			buf_reset(&next);
			last = strrchr(buf_cstr(&cand), '/');
			if (last)
				buf_add(&next, cand.ptr,
					(size_t)(last - cand.ptr) + 1);
			buf_add(&next, target.ptr, target.len);
			buf_puts(&next, cur.ptr + end);
			if (normalise(&cur, buf_cstr(&next)) < 0) {
				error_set("'%s' is a symlink that leads out of "
					  "the snapshot (to '%s')",
					  buf_cstr(&cand), buf_cstr(&target));
				goto done;
			}
			done_len = 0;
			*type = ENTRY_DIR;
			continue;
		}
		done_len = end;
	}
	buf_reset(resolved);
	buf_add(resolved, cur.ptr, cur.len);
	ret = 0;
done:
	buf_release(&cur);
	buf_release(&cand);
	buf_release(&target);
	buf_release(&next);
	return ret;
}

static int read_worktree_file(struct snapshot_file *out,
			      const struct snapshot *s, const char *path)
{
	struct buf full = BUF_INIT;
	struct stat st;
	size_t got = 0;
	int fd, ret = -1;

	buf_printf(&full, "%s%s", s->workdir, path);
	/* O_NOFOLLOW: the path was resolved; a swapped-in link is refused. */
	fd = open(buf_cstr(&full), O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
		  O_CLOEXEC);
	if (fd < 0) {
		error_set("cannot open '%s': %s", path, strerror(errno));
		goto done;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		error_set("'%s' is not a regular file", path);
		goto done;
	}
	if ((uint64_t)st.st_size > s->max_file_size) {
		error_set("'%s' is %lld bytes, more than the limit of %zu "
			  "(cra.maxFileSize)", path, (long long)st.st_size,
			  s->max_file_size);
		goto done;
	}
	out->owned = xmalloc((size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, out->owned + got,
				 (size_t)st.st_size - got);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			break;
		got += (size_t)n;
	}
	if (got != (size_t)st.st_size) {
		error_set("cannot read '%s': it changed while being read",
			  path);
		goto done;
	}
	out->owned[got] = '\0';
	out->data = out->owned;
	out->len = got;
	if (git_odb_hash(&out->id, out->data, out->len, GIT_OBJECT_BLOB) < 0) {
		error_from_git("cannot hash a file");
		goto done;
	}
	ret = 0;
done:
	if (fd >= 0)
		close(fd);
	buf_release(&full);
	return ret;
}

static int read_blob_file(struct snapshot_file *out, const struct snapshot *s,
			  const char *path, const git_oid *id)
{
	git_odb *odb = NULL;
	git_object_t otype;
	size_t size;
	int ret = -1;

	/* Ask the size first, so a huge blob is refused before inflating. */
	if (git_repository_odb(&odb, s->repo) < 0 ||
	    git_odb_read_header(&size, &otype, odb, id) < 0) {
		error_from_git("cannot read a blob");
		goto done;
	}
	if (size > s->max_file_size) {
		error_set("'%s' is %zu bytes, more than the limit of %zu "
			  "(cra.maxFileSize)", path, size, s->max_file_size);
		goto done;
	}
	if (git_blob_lookup(&out->blob, s->repo, id) < 0) {
		error_from_git("cannot read a blob");
		goto done;
	}
	out->data = git_blob_rawcontent(out->blob);
	out->len = (size_t)git_blob_rawsize(out->blob);
	git_oid_cpy(&out->id, id);
	ret = 0;
done:
	git_odb_free(odb);
	return ret;
}

static int read_memory_file(struct snapshot_file *out,
			    const struct snapshot *s, const char *path)
{
	size_t i;

	for (i = 0; i < s->nfiles; i++) {
		const struct snapshot_memory_file *f = &s->files[i];

		if (strcmp(f->path, path))
			continue;
		if (f->len > s->max_file_size)
			return error_set("'%s' is %zu bytes, more than the "
					 "limit of %zu", path, f->len,
					 s->max_file_size);
		out->owned = xmalloc(f->len + 1);
		memcpy(out->owned, f->data, f->len);
		out->owned[f->len] = '\0';
		out->data = out->owned;
		out->len = f->len;
		git_odb_hash(&out->id, out->data, out->len, GIT_OBJECT_BLOB);
		return 0;
	}
	return SNAPSHOT_NOT_FOUND;
}

int snapshot_read(struct snapshot_file *out, const struct snapshot *s,
		  const char *path)
{
	struct buf resolved = BUF_INIT;
	enum entry_type type;
	git_oid id;
	int ret;

	memset(out, 0, sizeof(*out));
	memset(&id, 0, sizeof(id));
	if (resolve(&resolved, &type, &id, s, path) < 0) {
		ret = -1;
		goto done;
	}
	if (type == ENTRY_MISSING) {
		ret = SNAPSHOT_NOT_FOUND;
		goto done;
	}
	if (type != ENTRY_FILE) {
		ret = error_set("'%s' is not a regular file", path);
		goto done;
	}
	if (s->kind == SNAPSHOT_WORKTREE)
		ret = read_worktree_file(out, s, buf_cstr(&resolved));
	else if (s->kind == SNAPSHOT_MEMORY)
		ret = read_memory_file(out, s, buf_cstr(&resolved));
	else
		ret = read_blob_file(out, s, buf_cstr(&resolved), &id);
	if (!ret)
		out->path = buf_detach(&resolved, NULL);
done:
	buf_release(&resolved);
	if (ret)
		snapshot_file_release(out);
	return ret;
}

void snapshot_file_release(struct snapshot_file *f)
{
	if (!f)
		return;
	git_blob_free(f->blob);
	free(f->owned);
	free(f->path);
	memset(f, 0, sizeof(*f));
}

int snapshot_resolve(struct buf *resolved, int *type, git_oid *id,
		     const struct snapshot *s, const char *path)
{
	enum entry_type t = ENTRY_MISSING;

	memset(id, 0, sizeof(*id));
	if (resolve(resolved, &t, id, s, path) < 0)
		return -1;
	switch (t) {
	case ENTRY_MISSING:
		*type = SNAPSHOT_ENTRY_MISSING;
		break;
	case ENTRY_FILE:
		*type = SNAPSHOT_ENTRY_FILE;
		break;
	case ENTRY_DIR:
		*type = SNAPSHOT_ENTRY_DIR;
		break;
	default:
		*type = SNAPSHOT_ENTRY_OTHER;
		break;
	}
	return 0;
}

int snapshot_exists(const struct snapshot *s, const char *path)
{
	struct buf resolved = BUF_INIT;
	enum entry_type type = ENTRY_MISSING;
	git_oid id;
	int r = resolve(&resolved, &type, &id, s, path);

	buf_release(&resolved);
	error_clear();
	return r == 0 && type != ENTRY_MISSING;
}

struct name_list {
	char **names;
	size_t count;
	size_t alloc;
};

static void name_list_add(struct name_list *l, const char *name, size_t n)
{
	if (is_git_dir_name(name, n))
		return;
	if (l->count == l->alloc) {
		l->alloc = l->alloc ? l->alloc * 2 : 16;
		l->names = xrealloc(l->names, l->alloc * sizeof(*l->names));
	}
	l->names[l->count++] = xstrndup(name, n);
}

static int compare_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static int list_tree(struct name_list *l, const struct snapshot *s,
		     const char *dir, const git_oid *id)
{
	git_tree *tree = NULL;
	size_t i, n;

	if (!*dir)
		tree = s->tree;
	else if (git_tree_lookup(&tree, s->repo, id) < 0)
		return error_from_git("cannot read a tree");
	n = git_tree_entrycount(tree);
	for (i = 0; i < n; i++) {
		const char *name = git_tree_entry_name(
			git_tree_entry_byindex(tree, i));
		name_list_add(l, name, strlen(name));
	}
	if (tree != s->tree)
		git_tree_free(tree);
	return 0;
}

static void list_index(struct name_list *l, const struct snapshot *s,
		       const char *dir)
{
	size_t i, n = git_index_entrycount(s->index);
	size_t dlen = strlen(dir);
	char *last = NULL;

	for (i = 0; i < n; i++) {
		const git_index_entry *e = git_index_get_byindex(s->index, i);
		const char *rest, *slash;
		size_t len;

		if (git_index_entry_stage(e) != 0)
			continue;
		if (dlen && (strncmp(e->path, dir, dlen) || e->path[dlen] != '/'))
			continue;
		rest = e->path + (dlen ? dlen + 1 : 0);
		slash = strchr(rest, '/');
		len = slash ? (size_t)(slash - rest) : strlen(rest);
		/* The index is sorted: a directory's files are adjacent. */
		if (last && strlen(last) == len && !strncmp(last, rest, len))
			continue;
		name_list_add(l, rest, len);
		last = l->count ? l->names[l->count - 1] : NULL;
	}
}

static int list_worktree(struct name_list *l, const struct snapshot *s,
			 const char *dir)
{
	struct buf full = BUF_INIT;
	struct dirent *de;
	DIR *d;

	buf_printf(&full, "%s%s", s->workdir, dir);
	d = opendir(buf_cstr(&full));
	buf_release(&full);
	if (!d)
		return error_set("cannot open the directory '%s': %s", dir,
				 strerror(errno));
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		name_list_add(l, de->d_name, strlen(de->d_name));
	}
	closedir(d);
	return 0;
}

static void list_memory(struct name_list *l, const struct snapshot *s,
			const char *dir)
{
	size_t i, j, dlen = strlen(dir);

	for (i = 0; i < s->nfiles; i++) {
		const char *p = s->files[i].path, *rest, *slash;
		size_t len;
		int seen = 0;

		if (dlen && (strncmp(p, dir, dlen) || p[dlen] != '/'))
			continue;
		rest = p + (dlen ? dlen + 1 : 0);
		slash = strchr(rest, '/');
		len = slash ? (size_t)(slash - rest) : strlen(rest);
		for (j = 0; j < l->count; j++)
			if (strlen(l->names[j]) == len &&
			    !strncmp(l->names[j], rest, len))
				seen = 1;
		if (!seen)
			name_list_add(l, rest, len);
	}
}

int snapshot_list(char ***out, size_t *count, const struct snapshot *s,
		  const char *dir)
{
	struct name_list l = { NULL, 0, 0 };
	struct buf resolved = BUF_INIT;
	enum entry_type type = ENTRY_DIR;
	git_oid id;
	int ret = 0;

	*out = NULL;
	*count = 0;
	memset(&id, 0, sizeof(id));
	if (*dir && resolve(&resolved, &type, &id, s, dir) < 0) {
		ret = -1;
		goto done;
	}
	if (type != ENTRY_DIR)
		goto done;
	switch (s->kind) {
	case SNAPSHOT_MEMORY:
		list_memory(&l, s, buf_cstr(&resolved));
		break;
	case SNAPSHOT_REVISION:
		ret = list_tree(&l, s, buf_cstr(&resolved), &id);
		break;
	case SNAPSHOT_INDEX:
		list_index(&l, s, buf_cstr(&resolved));
		break;
	case SNAPSHOT_WORKTREE:
		ret = list_worktree(&l, s, buf_cstr(&resolved));
		break;
	}
	if (ret < 0) {
		while (l.count)
			free(l.names[--l.count]);
		free(l.names);
		goto done;
	}
	if (l.count)
		qsort(l.names, l.count, sizeof(*l.names), compare_names);
	*out = l.names;
	*count = l.count;
done:
	buf_release(&resolved);
	return ret;
}
