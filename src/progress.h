#ifndef CRA_PROGRESS_H
#define CRA_PROGRESS_H

#include <stddef.h>
#include <stdio.h>

/*
 * A progress bar for long commands, drawn on one line of a terminal and
 * redrawn in place: how many items are done, how many are left, and the
 * one at work. It draws only when its stream is a terminal, so logs and
 * pipes stay clean, and it clears its line when finished, so that the
 * command's own output starts on an empty line.
 */

struct progress {
	FILE *out;		/* borrowed */
	int enabled;
	const char *what;	/* "tags" */
	size_t total;
	long long last_ms;	/* when it last drew */
	int drawn;		/* a line is on the screen */
};

/* Draw on `out` only when it is a terminal. */
void progress_init(struct progress *p, FILE *out, const char *what);
/* done of total finished, `current` at work (may be NULL). */
void progress_update(struct progress *p, size_t done, size_t total,
		     const char *current);
/* Clear the line. */
void progress_finish(struct progress *p);

#endif
