#ifndef CRA_RFC3339_H
#define CRA_RFC3339_H

#include <stddef.h>
#include <stdint.h>

/*
 * Timestamps as RFC 3339 (section 5.6) writes them, converted to seconds
 * since the epoch in UTC. The arithmetic is done on the proleptic
 * Gregorian calendar by hand, so the result never depends on the locale,
 * on TZ or on the C library's idea of time_t.
 */

/*
 * Parse a date-time: full-date "T" partial-time time-offset, for example
 * "2023-12-31T18:37:07.25+01:00". Strict: four-digit year, two-digit
 * fields, real calendar dates (leap years included), seconds required,
 * a fraction of any length (dropped), "Z" or a numeric offset. "t" and
 * "z" may be lower case (RFC 3339 section 5.6, note). Second 60 is taken
 * only at 23:59 UTC, where leap seconds are inserted. The whole of
 * s[0..len) must match. Return 0 and set *out, or -1.
 */
int rfc3339_parse(int64_t *out, const char *s, size_t len);

/*
 * Write t as "YYYY-MM-DDTHH:MM:SSZ" and a NUL. Times before year 0 or
 * after year 9999 are clamped to those years' ends, which the format
 * cannot go beyond.
 */
void rfc3339_format(char out[21], int64_t t);

/* Parse a NUL-terminated "YYYY-MM-DD" as that day at 00:00:00Z. */
int date_parse(int64_t *out, const char *s);

/* Seconds since the epoch of year-month-day at 00:00:00Z; day may run
 * past the end of the month (day 32 of January is February 1). */
int64_t rfc3339_from_civil(int64_t year, unsigned month, unsigned day);

/* Split t into a calendar date, the inverse of rfc3339_from_civil(). */
void rfc3339_to_civil(int64_t *year, unsigned *month, unsigned *day,
		      int64_t t);

#endif
