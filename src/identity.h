#ifndef CRA_IDENTITY_H
#define CRA_IDENTITY_H

#include <git2.h>

/*
 * The committer identity, as git finds it: GIT_COMMITTER_NAME,
 * GIT_COMMITTER_EMAIL and GIT_COMMITTER_DATE ("<seconds> <+hhmm>", with an
 * optional '@') first, then user.name and user.email; the current time
 * otherwise. libgit2 1.5 reads only the configuration.
 */
int identity_committer(git_signature **out, git_repository *repo);

#endif
