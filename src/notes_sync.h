#ifndef CRA_NOTES_SYNC_H
#define CRA_NOTES_SYNC_H

#include <git2.h>

#include "signing.h"

/*
 * Moving refs/notes/cra between repositories without losing anyone's
 * attestations. git itself does the transport (so remotes, credentials
 * and protocols behave as the user set them up); nothing is ever forced:
 *
 *   fetch: the remote's notes go to refs/notes/remotes/<remote>/cra, a
 *          fast-forward only, then merge into refs/notes/cra by the
 *          union of lines;
 *   push:  fetch and merge, push without force, and when the remote
 *          moved in between, do it all again.
 */

/* Fetch and merge; *fetched is 0 when the remote has no evidence yet. */
int notes_sync_fetch(git_repository *repo, const struct signer *signer,
		     const char *remote, int *fetched, int *changed);

/* Push, fetching and merging first; retried when the remote moved. */
int notes_sync_push(git_repository *repo, const struct signer *signer,
		    const char *remote);

#endif
