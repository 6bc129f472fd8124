#include <stdlib.h>
#include <string.h>

#include "article14.h"
#include "buf.h"
#include "error.h"
#include "rfc3339.h"
#include "yaml_tree.h"

#define HOUR 3600

static const char *const step_names[A14_STEPS] = {
	"early warning", "notification", "final report", "users informed",
};

const char *article14_step_name(enum a14_step step)
{
	return step_names[step];
}

const char *article14_state_name(enum a14_state state)
{
	switch (state) {
	case A14_DONE_IN_TIME:
		return "done in time";
	case A14_DONE_LATE:
		return "done late";
	case A14_OPEN:
		return "open";
	case A14_OVERDUE:
		return "overdue";
	case A14_NOT_STARTED:
		return "not started";
	}
	return "?";
}

const char *article14_kind_name(enum a14_kind kind)
{
	return kind == A14_INCIDENT ? "severe-incident" :
		"actively-exploited-vulnerability";
}

/* One calendar month later, the day clamped to the month's length. */
static int64_t add_month(int64_t t)
{
	static const unsigned days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
	};
	int64_t year, day_start;
	unsigned month, day, last;

	rfc3339_to_civil(&year, &month, &day, t);
	day_start = rfc3339_from_civil(year, month, day);
	if (++month > 12) {
		month = 1;
		year++;
	}
	last = days[month - 1];
	if (month == 2 && ((year % 4 == 0 && year % 100 != 0) ||
			   year % 400 == 0))
		last = 29;
	if (day > last)
		day = last;
	return rfc3339_from_civil(year, month, day) + (t - day_start);
}

/* A time field: 0 when absent; -1 with the error set when malformed. */
static int read_time(int64_t *out, const struct ynode *map, const char *key,
		     const char *path)
{
	const struct ynode *n = ynode_get(map, key);
	const char *s = ynode_str(n);

	*out = 0;
	if (!n || ynode_is_null(n))
		return 0;
	if (!s || rfc3339_parse(out, s, strlen(s)) < 0)
		return error_set("%s:%u:%u: %s is not an RFC 3339 time such "
				 "as 2027-05-10T08:00:00Z", path, n->line,
				 n->column, key);
	return 0;
}

static void judge(struct a14_clock *c, int64_t start, int64_t due,
		  int64_t done, struct time_window *now)
{
	c->start = start;
	c->due = due;
	c->done = done;
	if (!start)
		c->state = A14_NOT_STARTED;
	else if (done)
		c->state = done <= due ? A14_DONE_IN_TIME : A14_DONE_LATE;
	else
		c->state = time_window_reached(now, due) ? A14_OVERDUE :
			A14_OPEN;
}

int article14_parse(struct a14_record *out, const char *path,
		    const char *data, size_t len, int64_t now,
		    unsigned users_hours)
{
	struct time_window w;

	time_window_init(&w, now);
	return article14_parse_at(out, path, data, len, &w, users_hours);
}

int article14_parse_at(struct a14_record *out, const char *path,
		       const char *data, size_t len, struct time_window *now,
		       unsigned users_hours)
{
	static const char *const fields[A14_STEPS] = {
		"early_warning_at", "notification_at", "final_report_at",
		"users_informed_at",
	};
	static const char *const vuln_loci[A14_STEPS] = {
		"Art.14(2)(a)", "Art.14(2)(b)", "Art.14(2)(c)", "Art.14(8)",
	};
	static const char *const incident_loci[A14_STEPS] = {
		"Art.14(4)(a)", "Art.14(4)(b)", "Art.14(4)(c)", "Art.14(8)",
	};
	int64_t done[A14_STEPS], corrective;
	const struct ynode *root, *kind;
	struct ydoc doc;
	const char *base;
	int i, ret = -1;

	memset(out, 0, sizeof(*out));
	if (ydoc_parse(&doc, path, data, len) < 0)
		return -1;
	root = doc.root;
	if (!root || root->type != YNODE_MAPPING) {
		error_set("%s:1:1: an Article 14 record must be a mapping", path);
		goto done;
	}
	out->path = xstrdup(path);
	base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
	out->id = xstrdup(ynode_str(ynode_get(root, "id")) ?
			  ynode_str(ynode_get(root, "id")) : base);
	kind = ynode_get(root, "kind");
	if (ynode_str(kind) &&
	    !strcmp(ynode_str(kind), "actively-exploited-vulnerability")) {
		out->kind = A14_VULNERABILITY;
	} else if (ynode_str(kind) &&
		   !strcmp(ynode_str(kind), "severe-incident")) {
		out->kind = A14_INCIDENT;
	} else {
		error_set("%s:%u:%u: kind must be actively-exploited-"
			  "vulnerability or severe-incident", path,
			  kind ? kind->line : root->line,
			  kind ? kind->column : root->column);
		goto done;
	}
	if (read_time(&out->aware, root, "aware_at", path) < 0)
		goto done;
	if (!out->aware) {
		error_set("%s:%u:%u: the record has no aware_at: when the "
			  "manufacturer became aware starts every clock",
			  path, root->line, root->column);
		goto done;
	}
	for (i = 0; i < A14_STEPS; i++)
		if (read_time(&done[i], root, fields[i], path) < 0)
			goto done;
	if (read_time(&corrective, root, "corrective_measure_at", path) < 0)
		goto done;
	/*
	 * Judged at a time before an event was recorded (--now in the past,
	 * an audit of an old release), the event has not happened yet.
	 */
	for (i = 0; i < A14_STEPS; i++)
		if (done[i] && !time_window_reached(now, done[i]))
			done[i] = 0;
	if (corrective && !time_window_reached(now, corrective))
		corrective = 0;
	out->applies = out->aware >= ARTICLE14_APPLIES_FROM;
	for (i = 0; i < A14_STEPS; i++) {
		struct a14_clock *c = &out->clocks[i];
		const struct ynode *at = ynode_get(root, fields[i]);

		c->step = (enum a14_step)i;
		c->field = fields[i];
		c->locus = out->kind == A14_VULNERABILITY ? vuln_loci[i] :
			incident_loci[i];
		c->line = at ? at->line : root->line;
		c->column = at ? at->column : root->column;
	}
	judge(&out->clocks[A14_EARLY_WARNING], out->aware,
	      out->aware + 24 * HOUR, done[A14_EARLY_WARNING], now);
	judge(&out->clocks[A14_NOTIFICATION], out->aware,
	      out->aware + 72 * HOUR, done[A14_NOTIFICATION], now);
	if (out->kind == A14_VULNERABILITY)
		/* From the corrective measure, not from awareness. */
		judge(&out->clocks[A14_FINAL_REPORT], corrective,
		      corrective ? corrective + 14 * 24 * HOUR : 0,
		      done[A14_FINAL_REPORT], now);
	else
		judge(&out->clocks[A14_FINAL_REPORT], done[A14_NOTIFICATION],
		      done[A14_NOTIFICATION] ?
		      add_month(done[A14_NOTIFICATION]) : 0,
		      done[A14_FINAL_REPORT], now);
	judge(&out->clocks[A14_USERS_INFORMED], out->aware,
	      out->aware + (int64_t)users_hours * HOUR,
	      done[A14_USERS_INFORMED], now);
	ret = 0;
done:
	ydoc_release(&doc);
	if (ret < 0)
		article14_release(out);
	return ret;
}

void article14_release(struct a14_record *r)
{
	if (!r)
		return;
	free(r->path);
	free(r->id);
	memset(r, 0, sizeof(*r));
}
