#ifndef CRA_ARTICLE14_H
#define CRA_ARTICLE14_H

#include <stddef.h>
#include <stdint.h>

#include "diagnostic.h"
#include "time_window.h"

/*
 * The Article 14 reporting clocks of one record, `.cra/reports/<id>.yaml`:
 *
 *   actively exploited vulnerability        severe incident
 *   early warning   24 h after awareness    24 h after awareness
 *                   Art.14(2)(a)            Art.14(4)(a)
 *   notification    72 h after awareness    72 h after awareness
 *                   Art.14(2)(b)            Art.14(4)(b)
 *   final report    14 days after the       one month after the
 *                   corrective measure      notification
 *                   Art.14(2)(c)            Art.14(4)(c)
 *   users informed  Art.14(8): without undue delay, read here as a
 *                   number of hours after awareness the policy sets
 *
 * One module computes them, so the rules and `git cra deadlines` can
 * never disagree. Article 14 applies from 11 September 2026: a record of
 * an earlier awareness has no clocks.
 */

#define ARTICLE14_APPLIES_FROM 1789084800	/* 2026-09-11T00:00:00Z */

enum a14_kind {
	A14_VULNERABILITY,
	A14_INCIDENT,
};

enum a14_step {
	A14_EARLY_WARNING,
	A14_NOTIFICATION,
	A14_FINAL_REPORT,
	A14_USERS_INFORMED,
	A14_STEPS
};

enum a14_state {
	A14_DONE_IN_TIME,
	A14_DONE_LATE,
	A14_OPEN,		/* due later than the evaluation time */
	A14_OVERDUE,		/* due, not done */
	A14_NOT_STARTED,	/* its start (e.g. the corrective measure) is
				 * not there yet */
};

struct a14_clock {
	enum a14_step step;
	const char *locus;	/* "Art.14(2)(a)" ... */
	const char *field;	/* the record's key: "early_warning_at" ... */
	enum a14_state state;
	int64_t start;		/* when the clock started (0: not started) */
	int64_t due;		/* 0: not started */
	int64_t done;		/* 0: not done */
	unsigned line;		/* of the field, or of the record */
	unsigned column;
};

struct a14_record {
	char *path;
	char *id;		/* the record's id, or its file name */
	enum a14_kind kind;
	int applies;		/* awareness on or after 11 September 2026 */
	int64_t aware;
	struct a14_clock clocks[A14_STEPS];
};

/*
 * Read one record and judge its clocks at `now`. users_hours is the
 * policy's reading of "without undue delay". Problems with the record
 * (a missing kind, a time that is not RFC 3339) are returned as -1 with
 * the error set as "path:line:col: message".
 */
int article14_parse(struct a14_record *out, const char *path,
		    const char *data, size_t len, int64_t now,
		    unsigned users_hours);
/* The same, judged in a time window, which it narrows (time_window.h). */
int article14_parse_at(struct a14_record *out, const char *path,
		       const char *data, size_t len, struct time_window *now,
		       unsigned users_hours);
void article14_release(struct a14_record *r);

const char *article14_step_name(enum a14_step step);
const char *article14_state_name(enum a14_state state);
const char *article14_kind_name(enum a14_kind kind);

#endif
