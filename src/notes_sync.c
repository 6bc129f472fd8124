#include <stdio.h>
#include <string.h>
#include <time.h>

#include "error.h"
#include "evidence_notes.h"
#include "notes_sync.h"
#include "run_command.h"

#define PUSH_ATTEMPTS 5

static int valid_remote_name(const char *remote)
{
	/* It becomes part of a ref name and an argument: keep it plain. */
	return *remote && remote[0] != '-' && !strstr(remote, "..") &&
		strcspn(remote, " \t\n:~^?*[\\") == strlen(remote);
}

static const char *last_line(struct buf *b)
{
	while (b->len && (b->ptr[b->len - 1] == '\n'))
		b->ptr[--b->len] = '\0';
	{
		char *nl = strrchr(buf_cstr(b), '\n');

		return nl ? nl + 1 : buf_cstr(b);
	}
}

int notes_sync_fetch(git_repository *repo, const struct signer *signer,
		     const char *remote, int *fetched, int *changed)
{
	struct buf tracking = BUF_INIT, refspec = BUF_INIT;
	struct run_command cmd;
	git_oid theirs;
	int ret = -1;

	*fetched = *changed = 0;
	if (!valid_remote_name(remote))
		return error_set("'%s' is not a remote name", remote);
	buf_printf(&tracking, "refs/notes/remotes/%s/cra", remote);
	buf_printf(&refspec, "%s:%s", NOTES_REF, buf_cstr(&tracking));
	{
		const char *argv[] = { "git", "fetch", "--no-tags",
				       "--no-write-fetch-head", remote,
				       buf_cstr(&refspec), NULL };

		run_command_init(&cmd, argv);
		cmd.timeout_ms = 600000;
		if (run_command(&cmd) < 0)
			goto done;
	}
	if (cmd.status) {
		const char *why = last_line(&cmd.err);

		if (strstr(why, "couldn't find remote ref")) {
			ret = 0;	/* the remote has no evidence yet */
			goto release;
		}
		if (strstr(buf_cstr(&cmd.err), "non-fast-forward") ||
		    strstr(buf_cstr(&cmd.err), "rejected"))
			error_set("the remote's %s was rewritten, not only "
				  "added to; refusing to follow it (%s)",
				  NOTES_REF, why);
		else
			error_set("git fetch %s failed: %s", remote, why);
		goto release;
	}
	*fetched = 1;
	if (git_reference_name_to_id(&theirs, repo, buf_cstr(&tracking)) < 0) {
		error_from_git("cannot read the fetched notes");
		goto release;
	}
	ret = notes_merge(repo, signer, NOTES_REF, &theirs, changed);
release:
	run_command_release(&cmd);
done:
	buf_release(&tracking);
	buf_release(&refspec);
	return ret;
}

int notes_sync_push(git_repository *repo, const struct signer *signer,
		    const char *remote)
{
	static const char refspec[] = NOTES_REF ":" NOTES_REF;
	int attempt;

	for (attempt = 0; attempt < PUSH_ATTEMPTS; attempt++) {
		struct run_command cmd;
		const char *argv[] = { "git", "push", "--quiet", remote,
				       refspec, NULL };
		int fetched, changed, rejected;

		if (notes_sync_fetch(repo, signer, remote, &fetched,
				     &changed) < 0)
			return -1;
		run_command_init(&cmd, argv);
		cmd.timeout_ms = 600000;
		if (run_command(&cmd) < 0) {
			run_command_release(&cmd);
			return -1;
		}
		if (!cmd.status) {
			run_command_release(&cmd);
			return 0;
		}
		/* Someone pushed between our fetch and push: go again. */
		rejected = strstr(buf_cstr(&cmd.err), "rejected") ||
			strstr(buf_cstr(&cmd.err), "fetch first") ||
			strstr(buf_cstr(&cmd.err), "non-fast-forward");
		if (!rejected) {
			error_set("git push %s failed: %s", remote,
				  last_line(&cmd.err));
			run_command_release(&cmd);
			return -1;
		}
		run_command_release(&cmd);
	}
	return error_set("the remote's %s kept moving; try again", NOTES_REF);
}
