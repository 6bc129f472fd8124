#include <string.h>

#include "rfc3339.h"
#include "time_window.h"

void time_window_init(struct time_window *w, int64_t now)
{
	w->now = now;
	w->from = INT64_MIN;
	w->until = INT64_MAX;
}

static void narrow(struct time_window *w, int64_t from, int64_t until)
{
	if (from > w->from)
		w->from = from;
	if (until < w->until)
		w->until = until;
}

int64_t time_window_exact(struct time_window *w)
{
	narrow(w, w->now, w->now);
	return w->now;
}

int time_window_reached(struct time_window *w, int64_t t)
{
	if (w->now >= t) {
		narrow(w, t, INT64_MAX);
		return 1;
	}
	narrow(w, INT64_MIN, t - 1);
	return 0;
}

/* floor(a / b) for b > 0, whatever the sign of a. */
static int64_t floor_div(int64_t a, int64_t b)
{
	int64_t q = a / b;

	return (a % b != 0 && a < 0) ? q - 1 : q;
}

/* a - b, held at the int64_t limits where it would overflow. */
static int64_t saturating_diff(int64_t a, int64_t b)
{
	int64_t d;

	if (__builtin_sub_overflow(a, b, &d))
		return a > b ? INT64_MAX : INT64_MIN;
	return d;
}

/*
 * Times this far out are not dates (a rule may pass any integer): judge
 * them, but for that second only. Nearer, the bounds below cannot
 * overflow for the small units the callers use (an hour, a day).
 */
static int beyond_dates(int64_t a, int64_t b)
{
	return a < INT64_MIN / 4 || a > INT64_MAX / 4 ||
		b < INT64_MIN / 4 || b > INT64_MAX / 4;
}

int64_t time_window_since(struct time_window *w, int64_t t, int64_t unit)
{
	int64_t k = floor_div(saturating_diff(w->now, t), unit);

	if (beyond_dates(w->now, t))
		time_window_exact(w);
	else
		narrow(w, t + k * unit, t + (k + 1) * unit - 1);
	return k;
}

int64_t time_window_until(struct time_window *w, int64_t t, int64_t unit)
{
	int64_t k = floor_div(saturating_diff(t, w->now), unit);

	/* t - now in [k*unit, (k+1)*unit): now in (t-(k+1)*unit, t-k*unit] */
	if (beyond_dates(w->now, t))
		time_window_exact(w);
	else
		narrow(w, t - (k + 1) * unit + 1, t - k * unit);
	return k;
}

void time_window_day(struct time_window *w, char out[11])
{
	char full[21];

	time_window_since(w, 0, 86400);
	rfc3339_format(full, w->now);
	memcpy(out, full, 10);
	out[10] = '\0';
}

int time_window_holds(const struct time_window *w, int64_t t)
{
	return t >= w->from && t <= w->until;
}
