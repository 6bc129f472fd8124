#ifndef CRA_SCAFFOLD_H
#define CRA_SCAFFOLD_H

#include <stddef.h>
#include <git2.h>

#include "diagnostic.h"

/*
 * What `git cra init` puts into a repository: the evidence files it lacks
 * (product metadata, security.txt, a CVD policy, a risk assessment), each
 * a skeleton whose values to fill in are placeholders in angle brackets
 * so that every rule reports them as missing; the notes configuration;
 * and, on request, the pre-commit and pre-push hooks.
 *
 * Nothing that exists is overwritten or modified: a file is created with
 * O_EXCL, a configuration key is set only when no level of the
 * configuration has it, and a hook that is not ours is moved aside to
 * "<name>.local", which ours runs first. Each step is recorded, so that
 * the command can say what it did and what it left alone.
 */

enum scaffold_outcome {
	SCAFFOLD_CREATED,	/* a file written */
	SCAFFOLD_LEFT_ALONE,	/* it exists, or cannot be written safely */
	SCAFFOLD_SET,		/* a configuration key set */
	SCAFFOLD_INSTALLED,	/* a hook written where there was none */
	SCAFFOLD_KEPT,		/* a hook that was there, moved aside */
	SCAFFOLD_UPDATED,	/* an older copy of our own hook replaced */
};

struct scaffold_step {
	enum scaffold_outcome outcome;
	char *what;		/* a path, or "key=value" for configuration */
	char *why;		/* for LEFT_ALONE and KEPT; else NULL */
};

struct scaffold_report {
	struct scaffold_step *steps;
	size_t count;
	/* Problems that did not stop the scaffolding (an unreadable
	 * product.yaml whose evidence paths could not be used). */
	struct diagnostics warnings;
};

/* The files, at the top of the working tree of repo (not bare). */
int scaffold_files(struct scaffold_report *report, git_repository *repo);

/* notes.cra.mergeStrategy, in the repository's own configuration. */
int scaffold_config(struct scaffold_report *report, git_repository *repo);

/*
 * The hooks of datadir/hooks (pre-commit, pre-push) into the directory
 * git runs hooks from: core.hooksPath (relative to the top of the
 * working tree) or the common git directory's "hooks".
 */
int scaffold_hooks(struct scaffold_report *report, git_repository *repo,
		   const char *datadir);

void scaffold_report_release(struct scaffold_report *report);

#endif
