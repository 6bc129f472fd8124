#include <string.h>

#include "rfc3339.h"

#define SECONDS_PER_DAY 86400

static int is_leap(int64_t year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

static unsigned days_in_month(int64_t year, unsigned month)
{
	static const unsigned char days[] = {
		31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31
	};

	if (month == 2 && is_leap(year))
		return 29;
	return days[month - 1];
}

/*
 * Days since 1970-01-01 counted in 400-year eras of 146097 days, with the
 * year starting in March so that the leap day falls at its end: then the
 * day of the year follows from the month by one linear formula.
 */
static int64_t days_from_civil(int64_t year, unsigned month, unsigned day)
{
	int64_t era, y = year - (month <= 2);
	unsigned yoe, doy, doe, mp = month > 2 ? month - 3 : month + 9;

	era = (y >= 0 ? y : y - 399) / 400;
	yoe = (unsigned)(y - era * 400);
	doy = (153 * mp + 2) / 5 + day - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + (int64_t)doe - 719468;
}

int64_t rfc3339_from_civil(int64_t year, unsigned month, unsigned day)
{
	return days_from_civil(year, month, day) * SECONDS_PER_DAY;
}

void rfc3339_to_civil(int64_t *year, unsigned *month, unsigned *day,
		      int64_t t)
{
	int64_t z, era, y;
	unsigned doe, yoe, doy, mp;

	z = t / SECONDS_PER_DAY - (t % SECONDS_PER_DAY < 0);
	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (unsigned)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	y = (int64_t)yoe + era * 400;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*day = doy - (153 * mp + 2) / 5 + 1;
	*month = mp < 10 ? mp + 3 : mp - 9;
	*year = y + (*month <= 2);
}

/* Exactly n ASCII digits; isdigit() would depend on the locale. */
static int parse_digits(unsigned *out, const char *s, size_t n)
{
	unsigned v = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return -1;
		v = v * 10 + (unsigned)(s[i] - '0');
	}
	*out = v;
	return 0;
}

static int parse_full_date(int64_t *out, const char *s)
{
	unsigned y, m, d;

	if (parse_digits(&y, s, 4) || s[4] != '-' ||
	    parse_digits(&m, s + 5, 2) || s[7] != '-' ||
	    parse_digits(&d, s + 8, 2))
		return -1;
	if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
		return -1;
	*out = rfc3339_from_civil(y, m, d);
	return 0;
}

int rfc3339_parse(int64_t *out, const char *s, size_t len)
{
	unsigned hh, mm, ss, oh = 0, om = 0;
	int64_t day, offset = 0, t;
	size_t i;

	/* "YYYY-MM-DDTHH:MM:SS" and at least "Z" */
	if (len < 20 || memchr(s, '\0', len))
		return -1;
	if (parse_full_date(&day, s) || (s[10] != 'T' && s[10] != 't'))
		return -1;
	if (parse_digits(&hh, s + 11, 2) || s[13] != ':' ||
	    parse_digits(&mm, s + 14, 2) || s[16] != ':' ||
	    parse_digits(&ss, s + 17, 2))
		return -1;
	if (hh > 23 || mm > 59 || ss > 60)
		return -1;

	i = 19;
	if (s[i] == '.') {
		size_t start = ++i;

		while (i < len && s[i] >= '0' && s[i] <= '9')
			i++;
		if (i == start)
			return -1;
	}
	if (i >= len)
		return -1;
	if (s[i] == 'Z' || s[i] == 'z') {
		i++;
	} else if (s[i] == '+' || s[i] == '-') {
		if (len - i < 6 || parse_digits(&oh, s + i + 1, 2) ||
		    s[i + 3] != ':' || parse_digits(&om, s + i + 4, 2))
			return -1;
		if (oh > 23 || om > 59)
			return -1;
		offset = (int64_t)(oh * 3600 + om * 60);
		if (s[i] == '-')
			offset = -offset;
		i += 6;
	} else {
		return -1;
	}
	if (i != len)
		return -1;

	t = day + hh * 3600 + mm * 60 + ss - offset;
	if (ss == 60) {
		/* the leap second itself is 23:59:60 UTC, i.e. just
		 * before a UTC midnight */
		int64_t utc = t - 1;
		int64_t sod = utc % SECONDS_PER_DAY;

		if (sod < 0)
			sod += SECONDS_PER_DAY;
		if (sod != SECONDS_PER_DAY - 1)
			return -1;
	}
	*out = t;
	return 0;
}

/* Write v as n decimal digits; the caller has bounded v. */
static void put_digits(char *out, unsigned v, int n)
{
	while (n-- > 0) {
		out[n] = (char)('0' + v % 10);
		v /= 10;
	}
}

void rfc3339_format(char out[21], int64_t t)
{
	int64_t min = rfc3339_from_civil(0, 1, 1);
	int64_t max = rfc3339_from_civil(10000, 1, 1) - 1;
	int64_t year;
	unsigned month, day, sod;

	if (t < min)
		t = min;
	if (t > max)
		t = max;
	rfc3339_to_civil(&year, &month, &day, t);
	sod = (unsigned)(t - rfc3339_from_civil(year, month, day));
	memcpy(out, "0000-00-00T00:00:00Z", 21);
	put_digits(out, (unsigned)year, 4);
	put_digits(out + 5, month, 2);
	put_digits(out + 8, day, 2);
	put_digits(out + 11, sod / 3600, 2);
	put_digits(out + 14, sod / 60 % 60, 2);
	put_digits(out + 17, sod % 60, 2);
}

int date_parse(int64_t *out, const char *s)
{
	if (strlen(s) != 10)
		return -1;
	return parse_full_date(out, s);
}
