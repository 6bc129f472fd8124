#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "article14.h"
#include "error.h"
#include "rfc3339.h"
#include "securitytxt.h"
#include "tap.h"
#include "time_window.h"

#define DAY 86400

static void test_reached(void)
{
	struct time_window w;

	time_window_init(&w, 1000);
	ok(time_window_reached(&w, 1000), "a time is reached at itself");
	is_int(w.from, 1000, "reached: the window starts at the date");
	is_int(w.until, INT64_MAX, "reached: and never ends");
	time_window_init(&w, 999);
	ok(!time_window_reached(&w, 1000), "not reached a second before");
	is_int(w.from, INT64_MIN, "not reached: open to the past");
	is_int(w.until, 999, "not reached: up to the second before");
	ok(!time_window_reached(&w, 2000) && w.until == 999,
	   "a later date leaves the narrower window");
	ok(time_window_reached(&w, 0) && w.from == 0 && w.until == 999,
	   "two judgements keep the times both agree on");
}

static void test_since_until(void)
{
	struct time_window w;
	int64_t k;

	time_window_init(&w, 10 * DAY + 5);
	k = time_window_since(&w, 0, DAY);
	is_int(k, 10, "ten whole days since");
	ok(w.from == 10 * DAY && w.until == 11 * DAY - 1,
	   "since: the window is that day");
	time_window_init(&w, -1);
	is_int(time_window_since(&w, 0, DAY), -1,
	       "a second before is day -1 (floor)");
	ok(w.from == -DAY && w.until == -1, "day -1 ends at -1");
	time_window_init(&w, 5);
	k = time_window_until(&w, 2 * DAY, DAY);
	is_int(k, 1, "one whole day until, and some");
	ok(w.from == 1 && w.until == DAY,
	   "until: the window keeps the same count of whole days");
	time_window_init(&w, 7);
	ok(time_window_holds(&w, INT64_MIN) && time_window_holds(&w, 7),
	   "a fresh window holds everywhere");
	is_int(time_window_exact(&w), 7, "exact gives now");
	ok(time_window_holds(&w, 7) && !time_window_holds(&w, 8) &&
	   !time_window_holds(&w, 6), "exact: that second only");
	time_window_init(&w, INT64_MAX);
	time_window_since(&w, INT64_MIN, DAY);
	ok(w.from == INT64_MAX && w.until == INT64_MAX,
	   "times beyond any date: judged, but exactly");
}

static void test_day(void)
{
	struct time_window w;
	char day[11];

	time_window_init(&w, 1709208000);	/* 2024-02-29T12:00:00Z */
	time_window_day(&w, day);
	is_str(day, "2024-02-29", "today");
	ok(w.from == 1709164800 && w.until == 1709164800 + DAY - 1,
	   "today: the window is the UTC day");
}

/* Parse a security.txt expiring at `expires` judged at now. */
static struct time_window judge(const char *expires, int64_t now,
				const char **code)
{
	struct securitytxt st;
	struct time_window w;
	char text[128];

	snprintf(text, sizeof(text),
		 "Contact: mailto:a@example.org\nExpires: %s\n", expires);
	time_window_init(&w, now);
	securitytxt_parse_at(&st, text, strlen(text), &w);
	*code = st.nproblems ? st.problems[0].code : "";
	*code = !strcmp(*code, "expired") ? "expired" :
		!strcmp(*code, "expires-far") ? "expires-far" : "";
	securitytxt_release(&st);
	return w;
}

static void test_securitytxt(void)
{
	/* 2024-06-01T00:00:00Z, judged a month before */
	int64_t t = 1717200000, now = t - 30 * DAY, b;
	const char *code;
	struct time_window w = judge("2024-06-01T00:00:00Z", now, &code);

	is_str(code, "", "a month ahead: neither expired nor far");
	ok(w.until == t - 1, "the window ends where it expires");
	b = w.from;
	ok(b > t - 367 * DAY && b < t - 364 * DAY,
	   "and starts about a year before");
	judge("2024-06-01T00:00:00Z", b, &code);
	is_str(code, "", "at its start it is not far");
	judge("2024-06-01T00:00:00Z", b - 1, &code);
	is_str(code, "expires-far", "a second before it is far");
	w = judge("2024-06-01T00:00:00Z", t, &code);
	is_str(code, "expired", "at the time it expired");
	ok(w.from == t && w.until == INT64_MAX, "expired from then on");
	w = judge("2024-06-01T00:00:00Z", b - 1, &code);
	ok(w.until == b - 1 && w.from == INT64_MIN,
	   "far: every time before the boundary");

	/* one_year_after goes back at 1 March after a 29 February */
	w = judge("2025-03-01T12:00:00Z", 1709208000, &code);
	is_str(code, "", "a year after 29 february: not far");
	ok(w.from == 1709208000 && w.until == 1709208000,
	   "near a 29 February the judgement holds for its second only");
	w = judge("2025-03-01T12:00:00Z", 1709251200, &code);
	is_str(code, "expires-far", "1 march 00:00 is far again");
}

static int64_t at(const char *s)
{
	int64_t t = 0;

	rfc3339_parse(&t, s, strlen(s));
	return t;
}

/* Judge a record at now; the window it leaves. */
static struct time_window judge14(const char *yaml, int64_t now,
				  struct a14_record *rec)
{
	struct time_window w;

	time_window_init(&w, now);
	if (article14_parse_at(rec, "r.yaml", yaml, strlen(yaml), &w, 72) < 0)
		printf("# %s\n", error_last());
	return w;
}

static void test_article14(void)
{
	const char *open_clock =
		"kind: actively-exploited-vulnerability\n"
		"aware_at: 2027-05-10T08:00:00Z\n";
	const char *warned =
		"kind: actively-exploited-vulnerability\n"
		"aware_at: 2027-05-10T08:00:00Z\n"
		"early_warning_at: 2027-05-10T20:00:00Z\n"
		"notification_at: 2027-05-12T08:00:00Z\n"
		"final_report_at: 2027-05-20T08:00:00Z\n"
		"corrective_measure_at: 2027-05-11T08:00:00Z\n"
		"users_informed_at: 2027-05-11T09:00:00Z\n";
	int64_t due = at("2027-05-11T08:00:00Z");
	struct a14_record rec;
	struct time_window w;

	w = judge14(open_clock, due - 3600, &rec);
	ok(rec.clocks[A14_EARLY_WARNING].state == A14_OPEN,
	   "an hour before the deadline the clock is open");
	ok(w.until == due - 1, "open until the second before it is due");
	article14_release(&rec);
	w = judge14(open_clock, due, &rec);
	ok(rec.clocks[A14_EARLY_WARNING].state == A14_OVERDUE,
	   "at the deadline it is overdue");
	ok(w.from == due, "overdue from then on");
	article14_release(&rec);

	w = judge14(warned, at("2028-01-01T00:00:00Z"), &rec);
	ok(rec.clocks[A14_EARLY_WARNING].state == A14_DONE_IN_TIME &&
	   rec.clocks[A14_FINAL_REPORT].state == A14_DONE_IN_TIME,
	   "long after, every report was made");
	ok(w.from == at("2027-05-20T08:00:00Z") && w.until == INT64_MAX,
	   "and stays so from the last report on");
	article14_release(&rec);
	w = judge14(warned, at("2027-05-10T21:00:00Z"), &rec);
	ok(rec.clocks[A14_EARLY_WARNING].state == A14_DONE_IN_TIME &&
	   rec.clocks[A14_NOTIFICATION].state == A14_OPEN,
	   "between the early warning and the notification");
	ok(w.from == at("2027-05-10T20:00:00Z") &&
	   w.until == at("2027-05-11T08:00:00Z") - 1,
	   "the window runs from the warning to the next event");
	article14_release(&rec);
}

int main(void)
{
	test_reached();
	test_since_until();
	test_day();
	test_securitytxt();
	test_article14();
	return done_testing();
}
