#ifndef CRA_TIME_WINDOW_H
#define CRA_TIME_WINDOW_H

#include <stdint.h>

/*
 * The evaluation time, and the times around it that a judgement does not
 * tell apart. A rule that only asks whether a date has passed gives the
 * same result at every time on the same side of that date; one that
 * prints "3 days ago" gives the same result for a whole day. Asking
 * through these functions narrows [from, until] to the times that would
 * have answered alike, so an audit can reuse a rule's outcome for every
 * release evaluated inside that window instead of running it again.
 * Reading `now` directly narrows the window to that one second.
 */

struct time_window {
	int64_t now;
	int64_t from;		/* earliest time that answers alike */
	int64_t until;		/* latest, inclusive */
};

void time_window_init(struct time_window *w, int64_t now);

/* now itself: the window shrinks to that second. */
int64_t time_window_exact(struct time_window *w);

/* Whether now is at or after t. */
int time_window_reached(struct time_window *w, int64_t t);

/*
 * Whole units (floor; unit a positive number of seconds, an hour or a
 * day) from t to now: negative when now is before t. The window keeps
 * the times that fall into the same unit.
 */
int64_t time_window_since(struct time_window *w, int64_t t, int64_t unit);

/* Whole units (floor) from now to t: negative when t is past. */
int64_t time_window_until(struct time_window *w, int64_t t, int64_t unit);

/* The UTC day of now, "YYYY-MM-DD"; the window keeps that day. */
void time_window_day(struct time_window *w, char out[11]);

/* Whether t lies in the window: the judgement at t is the same. */
int time_window_holds(const struct time_window *w, int64_t t);

#endif
