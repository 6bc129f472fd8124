#include <string.h>

#include "base64.h"
#include "tap.h"

static int decodes(const char *text, const char *want, size_t want_len)
{
	struct buf out = BUF_INIT;
	int good = base64_decode(&out, text, strlen(text)) == 0 &&
		out.len == want_len && !memcmp(out.ptr, want, want_len) &&
		out.ptr[out.len] == '\0';

	buf_release(&out);
	return good;
}

static int refuses(const char *text)
{
	struct buf out = BUF_INIT;
	int r = base64_decode(&out, text, strlen(text));

	buf_release(&out);
	return r < 0;
}

static void test_round_trip(void)
{
	unsigned char all[256];
	struct buf enc = BUF_INIT, dec = BUF_INIT;
	size_t n, i;

	for (i = 0; i < sizeof(all); i++)
		all[i] = (unsigned char)(255 - i);
	for (n = 0; n <= sizeof(all); n += 37) {
		buf_reset(&enc);
		buf_reset(&dec);
		base64_encode(&enc, all, n);
		ok(base64_decode(&dec, enc.ptr, enc.len) == 0 &&
		   dec.len == n && !memcmp(dec.ptr, all, n),
		   "%zu bytes come back", n);
	}
	buf_release(&enc);
	buf_release(&dec);
}

int main(void)
{
	ok(decodes("", "", 0), "nothing");
	ok(decodes("Zm9vYmFy", "foobar", 6), "RFC 4648 10: foobar");
	ok(decodes("Zm9vYg==", "foob", 4), "two padding characters");
	ok(decodes("Zm9vYmE=", "fooba", 5), "one padding character");
	ok(decodes("Zm9vYmE", "fooba", 5), "padding may be left out");
	ok(decodes("-_8=", "\xfb\xff", 2), "the URL alphabet");
	ok(decodes("+/8=", "\xfb\xff", 2), "the standard alphabet");
	ok(refuses("Zm9v!mFy"), "a byte outside both alphabets");
	ok(refuses("Zm9vY"), "one leftover character encodes no byte");
	ok(refuses("Zm\x80v"), "a byte above 127");
	ok(refuses("Zm9vYmFyZm9vYmFyZm9v=mFy"),
	   "a bad character after whole groups");
	ok(refuses("Zm9vYmFyZm9vYmFyZm9vYmF\n"),
	   "a bad character in the last group");
	test_round_trip();
	return done_testing();
}
