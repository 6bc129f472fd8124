#include <stdlib.h>

#include <string.h>

#include "sha256.h"
#include "tap.h"

/* The FIPS 180-4 examples and the NIST long-message vector. */
static void vector(const char *data, size_t len, const char *want,
		   const char *what)
{
	char hex[SHA256_HEX_SIZE];

	sha256_hex(hex, data, len);
	is_str(hex, want, "%s", what);
}

/* Fed in pieces of every size, the digest is the same as in one go. */
static void pieces(const char *data, size_t len, const char *want)
{
	unsigned char digest[SHA256_DIGEST_SIZE];
	char hex[SHA256_HEX_SIZE];
	struct sha256 c;
	size_t step, off, n;
	int same = 1;

	for (step = 1; step <= 130; step++) {
		sha256_init(&c);
		for (off = 0; off < len; off += n) {
			n = len - off < step ? len - off : step;
			sha256_update(&c, data + off, n);
		}
		sha256_final(digest, &c);
		sha256_to_hex(hex, digest);
		same &= !strcmp(hex, want);
	}
	ok(same, "any split of the input gives the same digest");
}

/* Digest of a list of fields. */
static void fields(unsigned char out[SHA256_DIGEST_SIZE], const char *a,
		   const char *b)
{
	struct sha256 c;

	sha256_init(&c);
	sha256_update_field(&c, a, strlen(a));
	sha256_update_field(&c, b, strlen(b));
	sha256_final(out, &c);
}

static void test_fields(void)
{
	unsigned char x[SHA256_DIGEST_SIZE], y[SHA256_DIGEST_SIZE];

	fields(x, "ab", "c");
	fields(y, "a", "bc");
	ok(memcmp(x, y, sizeof(x)), "fields split elsewhere hash apart");
	fields(y, "ab", "c");
	ok(!memcmp(x, y, sizeof(x)), "the same fields hash alike");
	fields(x, "", "");
	fields(y, "", "x");
	ok(memcmp(x, y, sizeof(x)), "an empty field still counts");
}

int main(void)
{
	static const char two_blocks[] =
		"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	char *million = malloc(1000000);
	char block[128];
	size_t i;

	vector("", 0, "e3b0c44298fc1c149afbf4c8996fb924"
	       "27ae41e4649b934ca495991b7852b855", "the empty string");
	vector("abc", 3, "ba7816bf8f01cfea414140de5dae2223"
	       "b00361a396177a9cb410ff61f20015ad", "abc");
	vector(two_blocks, sizeof(two_blocks) - 1,
	       "248d6a61d20638b8e5c026930c3e6039"
	       "a33ce45964ff2167f6ecedd419db06c1",
	       "448 bits: the padding spills into a second block");
	memset(block, 'a', sizeof(block));
	vector(block, 55, "9f4390f8d30c2dd92ec9f095b65e2b9a"
	       "e9b0a925a5258e241c9f1e910f734318",
	       "55 bytes: the length fits in the same block");
	vector(block, 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f"
	       "590ce20f1bde7090ef7970686ec6738a",
	       "56 bytes: the length needs a new block");
	vector(block, 64, "ffe054fe7ae0cb6dc65c3af9b61d5209"
	       "f439851db43d0ba5997337df154668eb", "one whole block");
	for (i = 0; i < 1000000; i++)
		million[i] = 'a';
	vector(million, 1000000, "cdc76e5c9914fb9281a1c7e284d73e67"
	       "f1809a48a497200e046d39ccc7112cd0", "a million a");
	pieces(two_blocks, sizeof(two_blocks) - 1,
	       "248d6a61d20638b8e5c026930c3e6039"
	       "a33ce45964ff2167f6ecedd419db06c1");
	free(million);
	test_fields();
	return done_testing();
}
