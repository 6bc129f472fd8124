#ifndef CRA_EVIDENCE_NOTES_H
#define CRA_EVIDENCE_NOTES_H

#include <stddef.h>
#include <git2.h>

#include "buf.h"
#include "signing.h"

/*
 * The evidence history, refs/notes/cra. A release's note is keyed by the
 * object its tag points to and holds one attestation per line, so that
 * several attestations coexist and two histories merge by taking the
 * union of lines. The rule code and policies an attestation names are
 * kept in the same notes ref, each as a note on its own blob whose
 * content is that blob: they are reachable from the ref, travel with
 * push and fetch, and `git notes --ref=cra show <blob>` prints them.
 *
 * Every change is a new notes commit, signed like the user's commits,
 * and the ref moves by compare-and-swap, retried when another writer
 * moved it first: parallel writers never lose each other's lines.
 */

#define NOTES_REF "refs/notes/cra"

/* The note on target in the notes commit `commit` (NULL: the ref's). */
int notes_read(struct buf *out, git_repository *repo, const char *ref,
	       const git_oid *target, int *found);

struct notes_blob {
	const char *data;	/* content to store as a note on itself */
	size_t len;
};

/*
 * Add `line` to the note on target (unless already there) and keep each
 * of blobs[0..n) reachable; one signed commit, moved into place by
 * compare-and-swap. `message` is the commit message.
 */
int notes_append(git_repository *repo, const struct signer *signer,
		 const git_oid *target, const char *line,
		 const struct notes_blob *blobs, size_t nblobs,
		 const char *message);

/*
 * Merge the notes commit `theirs` into ref by the union of lines; moves
 * ref by compare-and-swap to a signed merge commit (or fast-forwards).
 * *changed says whether the ref moved.
 */
int notes_merge(git_repository *repo, const struct signer *signer,
		const char *ref, const git_oid *theirs, int *changed);

/* Call fn for each (annotated object, note blob) of ref's notes. */
int notes_foreach(git_repository *repo, const char *ref,
		  int (*fn)(const git_oid *target, const git_oid *blob,
			    void *data),
		  void *data);

#endif
