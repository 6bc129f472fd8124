#include <stdint.h>
#include <string.h>

#include "rfc3339.h"
#include "tap.h"

static int64_t parse(const char *s)
{
	int64_t t = -1;

	if (rfc3339_parse(&t, s, strlen(s)))
		return INT64_MIN;
	return t;
}

static void test_valid(void)
{
	is_int(parse("1970-01-01T00:00:00Z"), 0, "the epoch");
	is_int(parse("2023-01-01T08:19:03Z"), 1672561143, "a plain utc time");
	is_int(parse("2023-01-01t08:19:03z"), 1672561143,
	       "lower-case t and z are allowed");
	is_int(parse("2023-01-01T09:19:03+01:00"), 1672561143,
	       "a positive offset is subtracted");
	is_int(parse("2023-01-01T03:49:03-04:30"), 1672561143,
	       "a negative offset is added");
	is_int(parse("2023-01-01T08:19:03-00:00"), 1672561143,
	       "-00:00 (offset unknown) is utc");
	is_int(parse("2030-04-12T23:20:50.52Z"), 1902266450,
	       "a fraction is dropped");
	is_int(parse("2023-01-01T08:19:03.123456789012345678901234567890Z"),
	       1672561143, "a fraction may be long");
	is_int(parse("2000-02-29T00:00:00Z"), 951782400,
	       "29 february of a year divisible by 400");
	is_int(parse("2024-02-29T12:00:00Z"), 1709208000,
	       "29 february of a leap year");
	is_int(parse("1969-12-31T23:59:59Z"), -1, "just before the epoch");
	is_int(parse("0000-01-01T00:00:00Z"), -62167219200LL, "year zero");
	is_int(parse("9999-12-31T23:59:59Z"), 253402300799LL,
	       "the last second of year 9999");
	is_int(parse("2016-12-31T23:59:60Z"), 1483228800,
	       "a leap second at 23:59:60 utc");
	is_int(parse("2017-01-01T00:59:60+01:00"), 1483228800,
	       "a leap second given in local time");
}

static void test_invalid(void)
{
	static const char *bad[] = {
		"",
		"2023-01-01",
		"2023-01-01T08:19Z",
		"2023-01-01T08:19:03",
		"2023-01-01 08:19:03Z",
		"2023-01-01X08:19:03Z",
		"23-01-01T08:19:03Z",
		"2023-1-01T08:19:03Z",
		"2023-01-1T08:19:03Z",
		"2023-13-01T08:19:03Z",
		"2023-00-01T08:19:03Z",
		"2023-01-00T08:19:03Z",
		"2023-01-32T08:19:03Z",
		"2023-04-31T08:19:03Z",
		"2023-02-29T08:19:03Z",
		"1900-02-29T08:19:03Z",
		"2100-02-29T08:19:03Z",
		"2023-01-01T24:00:00Z",
		"2023-01-01T23:60:00Z",
		"2023-01-01T23:59:61Z",
		"2023-01-01T12:00:60Z",
		"2023-01-01T08:19:03.Z",
		"2023-01-01T08:19:03+0100",
		"2023-01-01T08:19:03+01",
		"2023-01-01T08:19:03+24:00",
		"2023-01-01T08:19:03+01:60",
		"2023-01-01T08:19:03Z ",
		" 2023-01-01T08:19:03Z",
		"2023-01-01T08:19:03ZZ",
		"2023-01-01T08:19:03UTC",
		"+2023-01-01T08:19:03Z",
		"2023-01-01T08:19:03,5Z",
		"２０２３-01-01T08:19:03Z",
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(*bad); i++)
		is_int(parse(bad[i]), INT64_MIN, "rejects '%s'", bad[i]);
}

static void test_embedded_nul(void)
{
	int64_t t;

	ok(rfc3339_parse(&t, "2023-01-01T08:19:03Z\0", 21) < 0,
	   "a NUL inside the given length is rejected");
	ok(rfc3339_parse(&t, "2023-01-01T08:19:03Zjunk", 20) == 0,
	   "only the given length is read");
}

static void test_format(void)
{
	char out[21];
	int64_t t;

	rfc3339_format(out, 0);
	is_str(out, "1970-01-01T00:00:00Z", "formats the epoch");
	rfc3339_format(out, 1672561143);
	is_str(out, "2023-01-01T08:19:03Z", "formats a time");
	rfc3339_format(out, -1);
	is_str(out, "1969-12-31T23:59:59Z", "formats a time before 1970");
	rfc3339_format(out, 951782400);
	is_str(out, "2000-02-29T00:00:00Z", "formats a leap day");
	rfc3339_format(out, INT64_MAX);
	is_str(out, "9999-12-31T23:59:59Z", "clamps far future times");
	rfc3339_format(out, INT64_MIN);
	is_str(out, "0000-01-01T00:00:00Z", "clamps far past times");

	/* every day of four centuries goes round the formatter */
	for (t = rfc3339_from_civil(1900, 1, 1);
	     t < rfc3339_from_civil(2300, 1, 1); t += 86400 + 3661) {
		int64_t back;

		rfc3339_format(out, t);
		if (rfc3339_parse(&back, out, 20) || back != t)
			break;
	}
	ok(t >= rfc3339_from_civil(2300, 1, 1),
	   "format and parse agree from 1900 to 2300");
}

static void test_date(void)
{
	int64_t t = 0;

	ok(!date_parse(&t, "2023-01-01"), "parses a date");
	is_int(t, 1672531200, "the date is taken at midnight utc");
	ok(!date_parse(&t, "2024-02-29"), "parses a leap day");
	ok(date_parse(&t, "2023-02-29") < 0, "rejects 29 february 2023");
	ok(date_parse(&t, "2023-01-01T00:00:00Z") < 0,
	   "rejects a date-time");
	ok(date_parse(&t, "2023-1-1") < 0, "rejects a short date");
	ok(date_parse(&t, "") < 0, "rejects an empty string");
}

static void test_civil(void)
{
	int64_t y;
	unsigned m, d;

	is_int(rfc3339_from_civil(2023, 1, 32), rfc3339_from_civil(2023, 2, 1),
	       "days past the month's end roll over");
	is_int(rfc3339_from_civil(2023, 2, 29), rfc3339_from_civil(2023, 3, 1),
	       "29 february of a common year is 1 march");
	rfc3339_to_civil(&y, &m, &d, -86400);
	ok(y == 1969 && m == 12 && d == 31, "civil date before the epoch");
	rfc3339_to_civil(&y, &m, &d, 1709208000);
	ok(y == 2024 && m == 2 && d == 29, "civil date of a leap day");
}

int main(void)
{
	test_valid();
	test_invalid();
	test_embedded_nul();
	test_format();
	test_date();
	test_civil();
	return done_testing();
}
