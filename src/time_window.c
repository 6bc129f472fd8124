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

/* A window only ever shrinks: clamping an extreme bound loses nothing. */
static int64_t clamp_add(int64_t a, int64_t b)
{
	if (b > 0 && a > INT64_MAX - b)
		return INT64_MAX;
	if (b < 0 && a < INT64_MIN - b)
		return INT64_MIN;
	return a + b;
}

/* -a, with INT64_MIN taken as INT64_MIN + 1: close enough out there. */
static int64_t clamp_neg(int64_t a)
{
	return a == INT64_MIN ? INT64_MAX : -a;
}

/* Times this far out are not dates: judge them, but reuse nothing. */
static int beyond_dates(int64_t a, int64_t b)
{
	return a < INT64_MIN / 4 || a > INT64_MAX / 4 ||
		b < INT64_MIN / 4 || b > INT64_MAX / 4;
}

int64_t time_window_since(struct time_window *w, int64_t t, int64_t unit)
{
	int64_t k;

	if (unit <= 0 || beyond_dates(w->now, t)) {
		time_window_exact(w);
		return unit > 0 ? floor_div(clamp_add(w->now, clamp_neg(t)),
					    unit) : 0;
	}
	k = floor_div(w->now - t, unit);
	narrow(w, clamp_add(t, k * unit), clamp_add(t, (k + 1) * unit - 1));
	return k;
}

int64_t time_window_until(struct time_window *w, int64_t t, int64_t unit)
{
	int64_t k;

	if (unit <= 0 || beyond_dates(w->now, t)) {
		time_window_exact(w);
		return unit > 0 ? floor_div(clamp_add(t, clamp_neg(w->now)),
					    unit) : 0;
	}
	k = floor_div(t - w->now, unit);
	/* t - now in [k*unit, (k+1)*unit): now in (t-(k+1)*unit, t-k*unit] */
	narrow(w, clamp_add(t, -(k + 1) * unit + 1), clamp_add(t, -k * unit));
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
