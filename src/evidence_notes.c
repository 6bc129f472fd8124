#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "evidence_notes.h"
#include "identity.h"

/* Attempts at moving the ref before giving up: enough for many writers. */
#define MAX_ATTEMPTS 200

int notes_read(struct buf *out, git_repository *repo, const char *ref,
	       const git_oid *target, int *found)
{
	git_note *note = NULL;
	int r = git_note_read(&note, repo, ref, target);

	*found = 0;
	if (r == GIT_ENOTFOUND) {
		git_error_clear();
		return 0;
	}
	if (r < 0)
		return error_from_git("cannot read the evidence notes");
	*found = 1;
	buf_puts(out, git_note_message(note));
	git_note_free(note);
	return 0;
}

static int note_in_commit(struct buf *out, int *found, git_repository *repo,
			  git_commit *commit, const git_oid *target)
{
	git_note *note = NULL;
	int r;

	*found = 0;
	if (!commit)
		return 0;
	r = git_note_commit_read(&note, repo, commit, target);
	if (r == GIT_ENOTFOUND) {
		git_error_clear();
		return 0;
	}
	if (r < 0)
		return error_from_git("cannot read the evidence notes");
	*found = 1;
	buf_puts(out, git_note_message(note));
	git_note_free(note);
	return 0;
}

/* Whether text holds `line` as one of its lines. */
static int has_line(const char *text, const char *line, size_t len)
{
	const char *p = text;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		if (n == len && !memcmp(p, line, len))
			return 1;
		if (!nl)
			break;
		p = nl + 1;
	}
	return 0;
}

/* Append to text each line of `more` it does not hold yet. */
static int union_lines(struct buf *text, const char *more)
{
	const char *p = more;
	int changed = 0;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);

		if (n && !has_line(buf_cstr(text), p, n)) {
			if (text->len && text->ptr[text->len - 1] != '\n')
				buf_putc(text, '\n');
			buf_add(text, p, n);
			buf_putc(text, '\n');
			changed = 1;
		}
		if (!nl)
			break;
		p = nl + 1;
	}
	return changed;
}

static void backoff(int attempt)
{
	struct timespec ts = { 0, 0 };
	long ms = 1 + (rand() % (2 + (attempt < 10 ? attempt : 10) * 3));

	ts.tv_nsec = ms * 1000000L;
	nanosleep(&ts, NULL);
}

static int is_race(int r)
{
	return r == GIT_EMODIFIED || r == GIT_ELOCKED || r == GIT_EEXISTS;
}

/*
 * Write one note into the notes commit *cur (which may be NULL),
 * replacing *cur with the new commit. libgit2 builds the tree (with
 * fan-out); the intermediate commits are never referenced.
 */
static int put_note(git_commit **cur, git_repository *repo,
		    const git_signature *who, const git_oid *target,
		    const char *text)
{
	git_oid commit_id, blob_id;
	git_commit *next = NULL;

	if (git_note_commit_create(&commit_id, &blob_id, repo, *cur, who, who,
				   target, text, 1) < 0 ||
	    git_commit_lookup(&next, repo, &commit_id) < 0)
		return error_from_git("cannot write an evidence note");
	git_commit_free(*cur);
	*cur = next;
	return 0;
}

/* Commit tree with parents, signed the way the user signs commits. */
static int signed_commit(git_oid *out, git_repository *repo,
			 const struct signer *signer,
			 const git_signature *who, const char *message,
			 const git_tree *tree, size_t nparents,
			 const git_commit **parents)
{
	git_buf content = { NULL, 0, 0 };
	struct buf sig = BUF_INIT;
	int ret = -1;

	if (git_commit_create_buffer(&content, repo, who, who, NULL, message,
				     tree, nparents, parents) < 0) {
		error_from_git("cannot build the notes commit");
		goto done;
	}
	if (signer_sign(&sig, signer, "git", content.ptr, content.size) < 0) {
		error_prefix("cannot sign the notes commit");
		goto done;
	}
	if (git_commit_create_with_signature(out, repo, content.ptr,
					     buf_cstr(&sig), NULL) < 0) {
		error_from_git("cannot write the notes commit");
		goto done;
	}
	ret = 0;
done:
	git_buf_dispose(&content);
	buf_release(&sig);
	return ret;
}

static int identity(git_signature **out, git_repository *repo)
{
	return identity_committer(out, repo);
}

/* Move ref from old (NULL: it must not exist) to new; GIT_E* on a race. */
static int move_ref(git_repository *repo, const char *ref,
		    const git_oid *old, const git_oid *new_id,
		    const char *message)
{
	git_reference *r = NULL;
	int ret;

	if (old)
		ret = git_reference_create_matching(&r, repo, ref, new_id, 1,
						    old, message);
	else
		ret = git_reference_create(&r, repo, ref, new_id, 0, message);
	git_reference_free(r);
	return ret;
}

static int current_commit(git_commit **out, git_oid *id, int *exists,
			  git_repository *repo, const char *ref)
{
	int r = git_reference_name_to_id(id, repo, ref);

	*out = NULL;
	*exists = 0;
	if (r == GIT_ENOTFOUND) {
		git_error_clear();
		return 0;
	}
	if (r < 0 || git_commit_lookup(out, repo, id) < 0)
		return error_from_git("cannot read the evidence notes ref");
	*exists = 1;
	return 0;
}

int notes_append(git_repository *repo, const struct signer *signer,
		 const git_oid *target, const char *line,
		 const struct notes_blob *blobs, size_t nblobs,
		 const char *message)
{
	git_signature *who = NULL;
	int attempt, ret = -1;
	size_t i;

	if (identity(&who, repo) < 0)
		return -1;
	for (i = 0; i < nblobs; i++)
		if (memchr(blobs[i].data, '\0', blobs[i].len)) {
			error_set("cannot record a file that holds a NUL byte");
			goto done;
		}
	for (attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
		git_commit *parent = NULL, *cur = NULL;
		const git_commit *parents[1];
		struct buf text = BUF_INIT;
		git_tree *tree = NULL;
		git_oid old, new_id;
		int exists, found, changed = 0, r = -1;

		if (current_commit(&parent, &old, &exists, repo,
				   NOTES_REF) < 0)
			goto done;
		if (note_in_commit(&text, &found, repo, parent, target) < 0)
			goto next;
		if (parent)
			git_object_dup((git_object **)&cur,
				       (git_object *)parent);
		if (union_lines(&text, line)) {
			changed = 1;
			if (put_note(&cur, repo, who, target,
				     buf_cstr(&text)) < 0)
				goto next;
		}
		for (i = 0; i < nblobs; i++) {
			struct buf existing = BUF_INIT;
			char *copy;
			git_oid id;

			git_odb_hash(&id, blobs[i].data, blobs[i].len,
				     GIT_OBJECT_BLOB);
			if (note_in_commit(&existing, &found, repo, cur,
					   &id) < 0) {
				buf_release(&existing);
				goto next;
			}
			buf_release(&existing);
			if (found)
				continue;
			copy = xstrndup(blobs[i].data, blobs[i].len);
			r = put_note(&cur, repo, who, &id, copy);
			free(copy);
			if (r < 0)
				goto next;
			changed = 1;
		}
		if (!changed) {
			r = 0;	/* everything was there already */
			goto next;
		}
		parents[0] = parent;
		if (git_commit_tree(&tree, cur) < 0) {
			error_from_git("cannot read the notes tree");
			goto next;
		}
		if (signed_commit(&new_id, repo, signer, who, message, tree,
				  parent ? 1 : 0, parents) < 0)
			goto next;
		r = move_ref(repo, NOTES_REF, exists ? &old : NULL, &new_id,
			     message);
		if (r < 0 && !is_race(r))
			error_from_git("cannot update " NOTES_REF);
next:
		git_tree_free(tree);
		git_commit_free(cur);
		git_commit_free(parent);
		buf_release(&text);
		if (r == 0) {
			ret = 0;
			goto done;
		}
		if (!is_race(r))
			goto done;
		git_error_clear();
		backoff(attempt);
	}
	error_set("cannot update " NOTES_REF ": other writers kept moving it");
done:
	git_signature_free(who);
	return ret;
}

struct merge_state {
	git_repository *repo;
	git_commit *theirs;
	git_commit **cur;
	const git_signature *who;
	int changed;
	int failed;
};

static int merge_one(const git_oid *blob, const git_oid *target, void *data)
{
	struct merge_state *m = data;
	struct buf ours = BUF_INIT, theirs = BUF_INIT;
	int found_ours, found_theirs;

	(void)blob;
	if (note_in_commit(&theirs, &found_theirs, m->repo, m->theirs,
			   target) < 0 ||
	    note_in_commit(&ours, &found_ours, m->repo, *m->cur, target) < 0)
		goto fail;
	if (union_lines(&ours, buf_cstr(&theirs))) {
		if (put_note(m->cur, m->repo, m->who, target,
			     buf_cstr(&ours)) < 0)
			goto fail;
		m->changed = 1;
	}
	buf_release(&ours);
	buf_release(&theirs);
	return 0;
fail:
	buf_release(&ours);
	buf_release(&theirs);
	m->failed = 1;
	return -1;
}

int notes_merge(git_repository *repo, const struct signer *signer,
		const char *ref, const git_oid *theirs_id, int *changed)
{
	git_signature *who = NULL;
	int attempt, ret = -1;

	*changed = 0;
	for (attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
		git_commit *ours = NULL, *theirs = NULL, *cur = NULL;
		git_note_iterator *it = NULL;
		git_tree *tree = NULL;
		git_oid old, new_id, note_id, target;
		struct merge_state m;
		const git_commit *parents[2];
		int exists, r = -1;

		if (current_commit(&ours, &old, &exists, repo, ref) < 0)
			goto done;
		if (exists && (git_oid_equal(&old, theirs_id) ||
			       git_graph_descendant_of(repo, &old,
						       theirs_id) == 1)) {
			r = 0;	/* nothing new on their side */
			goto next;
		}
		if (!exists || git_graph_descendant_of(repo, theirs_id,
						       &old) == 1) {
			r = move_ref(repo, ref, exists ? &old : NULL,
				     theirs_id, "git cra: fast-forward");
			if (r == 0)
				*changed = 1;
			else if (!is_race(r))
				error_from_git("cannot update the notes ref");
			goto next;
		}
		if (!who && identity(&who, repo) < 0)
			goto done;
		if (git_commit_lookup(&theirs, repo, theirs_id) < 0) {
			error_from_git("cannot read the fetched notes");
			goto next;
		}
		git_object_dup((git_object **)&cur, (git_object *)ours);
		memset(&m, 0, sizeof(m));
		m.repo = repo;
		m.theirs = theirs;
		m.cur = &cur;
		m.who = who;
		if (git_note_commit_iterator_new(&it, theirs) < 0) {
			error_from_git("cannot read the fetched notes");
			goto next;
		}
		while (!git_note_next(&note_id, &target, it))
			if (merge_one(&note_id, &target, &m) < 0)
				break;
		git_error_clear();
		if (m.failed)
			goto next;
		parents[0] = ours;
		parents[1] = theirs;
		if (git_commit_tree(&tree, cur) < 0) {
			error_from_git("cannot read the notes tree");
			goto next;
		}
		if (signed_commit(&new_id, repo, signer, who,
				  "git cra: merge evidence notes (union of "
				  "lines)", tree, 2, parents) < 0)
			goto next;
		r = move_ref(repo, ref, &old, &new_id, "git cra: merge");
		if (r == 0)
			*changed = 1;
		else if (!is_race(r))
			error_from_git("cannot update the notes ref");
next:
		git_note_iterator_free(it);
		git_tree_free(tree);
		git_commit_free(cur);
		git_commit_free(theirs);
		git_commit_free(ours);
		if (r == 0) {
			ret = 0;
			goto done;
		}
		if (!is_race(r))
			goto done;
		git_error_clear();
		backoff(attempt);
	}
	error_set("cannot update %s: other writers kept moving it", ref);
done:
	git_signature_free(who);
	return ret;
}

int notes_foreach(git_repository *repo, const char *ref,
		  int (*fn)(const git_oid *target, const git_oid *blob,
			    void *data),
		  void *data)
{
	git_note_iterator *it = NULL;
	git_oid note_id, target;
	int r;

	r = git_note_iterator_new(&it, repo, ref);
	if (r == GIT_ENOTFOUND) {
		git_error_clear();
		return 0;
	}
	if (r < 0)
		return error_from_git("cannot read the evidence notes");
	while (!(r = git_note_next(&note_id, &target, it)))
		if (fn(&target, &note_id, data) < 0) {
			git_note_iterator_free(it);
			return -1;
		}
	git_note_iterator_free(it);
	if (r != GIT_ITEROVER)
		return error_from_git("cannot read the evidence notes");
	git_error_clear();
	return 0;
}
