/* strptime() is XSI: read the times of the allowed signers as ssh-keygen. */
#define _XOPEN_SOURCE 700

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/obj_mac.h>
#include <openssl/param_build.h>
#include <openssl/rsa.h>

#include "base64.h"
#include "error.h"
#include "rfc3339.h"
#include "sshsig.h"

/*
 * Where OpenSSH's behaviour is followed to the letter, the comment names
 * the OpenSSH function whose behaviour it is (sshsig.c, sshkey.c,
 * misc.c, match.c of OpenSSH 9), so that the two can be compared.
 */

/* OpenSSH's limits: the largest bignum and the smallest RSA modulus. */
#define MAX_BIGNUM_BYTES 2048
#define MIN_RSA_BITS 1024
#define ED25519_KEY_BYTES 32
#define ED25519_SIG_BYTES 64

/* ---------------------------------------------------------------------
 * The SSH wire encoding (RFC 4251 section 5), read with every length
 * checked against what is left.
 */

struct reader {
	const unsigned char *p;
	size_t left;
};

static void reader_init(struct reader *r, const void *data, size_t len)
{
	r->p = data;
	r->left = len;
}

static int read_u32(struct reader *r, uint32_t *v)
{
	if (r->left < 4)
		return -1;
	*v = (uint32_t)r->p[0] << 24 | (uint32_t)r->p[1] << 16 |
		(uint32_t)r->p[2] << 8 | r->p[3];
	r->p += 4;
	r->left -= 4;
	return 0;
}

static int read_string(struct reader *r, const unsigned char **s,
		       size_t *len)
{
	uint32_t n;
	struct reader save = *r;

	if (read_u32(r, &n) < 0 || n > r->left) {
		*r = save;
		return -1;
	}
	*s = r->p;
	*len = n;
	r->p += n;
	r->left -= n;
	return 0;
}

/*
 * A string that is text. As sshbuf_get_cstring(): no NUL inside, but one
 * at the very end is dropped. Returns -1 when truncated, -2 on a NUL.
 */
static int read_cstring(struct reader *r, char **out)
{
	const unsigned char *s;
	size_t n;

	if (read_string(r, &s, &n) < 0)
		return -1;
	if (n && memchr(s, '\0', n - 1))
		return -2;
	if (n && !s[n - 1])
		n--;
	*out = xstrndup((const char *)s, n);
	return 0;
}

/*
 * An mpint's magnitude, as sshbuf_get_bignum2(): negative numbers and
 * more than MAX_BIGNUM_BYTES (after one leading zero) are refused, and
 * leading zeros are skipped.
 */
static int read_mpint(struct reader *r, const unsigned char **mag,
		      size_t *len)
{
	const unsigned char *s;
	size_t n;

	if (read_string(r, &s, &n) < 0)
		return -1;
	if (n && (s[0] & 0x80))
		return -1;
	if (n > MAX_BIGNUM_BYTES + 1 || (n == MAX_BIGNUM_BYTES + 1 && s[0]))
		return -1;
	while (n && !s[0]) {
		s++;
		n--;
	}
	*mag = s;
	*len = n;
	return 0;
}

static void put_u32(struct buf *b, uint32_t v)
{
	unsigned char c[4] = { v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff,
			       v & 0xff };

	buf_add(b, c, 4);
}

static void put_string(struct buf *b, const void *s, size_t len)
{
	put_u32(b, (uint32_t)len);
	buf_add(b, s, len);
}

static void put_cstring(struct buf *b, const char *s)
{
	put_string(b, s, strlen(s));
}

/* The shortest mpint of a magnitude without leading zeros. */
static void put_mpint(struct buf *b, const unsigned char *mag, size_t len)
{
	int pad = len && (mag[0] & 0x80);

	put_u32(b, (uint32_t)(len + pad));
	if (pad)
		buf_putc(b, '\0');
	buf_add(b, mag, len);
}

/* Text from a signature, for a message: no control characters. */
static void put_printable(struct buf *b, const char *s, size_t max)
{
	size_t i;

	for (i = 0; s[i] && i < max; i++)
		buf_putc(b, (unsigned char)s[i] < 0x20 || s[i] == 0x7f ?
			 '?' : s[i]);
}

/* ---------------------------------------------------------------------
 * Public keys.
 */

static const struct curve {
	enum sshsig_key_type type;
	const char *key_name;
	const char *curve_name;
	int nid;
	const char *group;
	const EVP_MD *(*md)(void);
} curves[] = {
	{ SSHSIG_KEY_ECDSA_P256, "ecdsa-sha2-nistp256", "nistp256",
	  NID_X9_62_prime256v1, "prime256v1", EVP_sha256 },
	{ SSHSIG_KEY_ECDSA_P384, "ecdsa-sha2-nistp384", "nistp384",
	  NID_secp384r1, "secp384r1", EVP_sha384 },
	{ SSHSIG_KEY_ECDSA_P521, "ecdsa-sha2-nistp521", "nistp521",
	  NID_secp521r1, "secp521r1", EVP_sha512 },
};

static const struct curve *curve_of(enum sshsig_key_type type)
{
	size_t i;

	for (i = 0; i < sizeof(curves) / sizeof(curves[0]); i++)
		if (curves[i].type == type)
			return &curves[i];
	return NULL;
}

/*
 * The key type names OpenSSH knows (sshkey_type_from_name). The ones not
 * handled here still matter: a line of the allowed signers naming one is
 * a key line, not options, as ssh-keygen reads it; it can never hold a
 * key that a handled signature is made with, since types must be equal.
 */
static const struct key_name {
	const char *name;
	enum sshsig_key_type type;
} key_names[] = {
	{ "ssh-ed25519", SSHSIG_KEY_ED25519 },
	{ "ecdsa-sha2-nistp256", SSHSIG_KEY_ECDSA_P256 },
	{ "ecdsa-sha2-nistp384", SSHSIG_KEY_ECDSA_P384 },
	{ "ecdsa-sha2-nistp521", SSHSIG_KEY_ECDSA_P521 },
	{ "ssh-rsa", SSHSIG_KEY_RSA },
	/* Signature algorithms that OpenSSH takes for RSA key types too. */
	{ "rsa-sha2-256", SSHSIG_KEY_RSA },
	{ "rsa-sha2-512", SSHSIG_KEY_RSA },
	{ "ssh-dss", SSHSIG_KEY_OTHER },
	{ "ssh-xmss@openssh.com", SSHSIG_KEY_OTHER },
	{ "sk-ssh-ed25519@openssh.com", SSHSIG_KEY_OTHER },
	{ "sk-ecdsa-sha2-nistp256@openssh.com", SSHSIG_KEY_OTHER },
	{ "webauthn-sk-ecdsa-sha2-nistp256@openssh.com", SSHSIG_KEY_OTHER },
	{ "ssh-ed25519-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "ecdsa-sha2-nistp256-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "ecdsa-sha2-nistp384-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "ecdsa-sha2-nistp521-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "ssh-rsa-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "rsa-sha2-256-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "rsa-sha2-512-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "ssh-dss-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "ssh-xmss-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "sk-ssh-ed25519-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
	{ "sk-ecdsa-sha2-nistp256-cert-v01@openssh.com", SSHSIG_KEY_OTHER },
};

static const struct key_name *key_name_lookup(const char *name, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (strlen(key_names[i].name) == len &&
		    !memcmp(key_names[i].name, name, len))
			return &key_names[i];
	return NULL;
}

/* What ssh-keygen prints for a key type (sshkey_type). */
static const char *key_type_label(enum sshsig_key_type type)
{
	switch (type) {
	case SSHSIG_KEY_ED25519:
		return "ED25519";
	case SSHSIG_KEY_ECDSA_P256:
	case SSHSIG_KEY_ECDSA_P384:
	case SSHSIG_KEY_ECDSA_P521:
		return "ECDSA";
	case SSHSIG_KEY_RSA:
		return "RSA";
	case SSHSIG_KEY_OTHER:
		break;
	}
	return "unknown";
}

/*
 * A point that OpenSSH accepts for a key (get_ec and
 * sshkey_ec_validate_public): uncompressed, on the curve, not at
 * infinity, both coordinates longer than half the order and below the
 * order less one. The curves have cofactor 1, so every such point is of
 * the full order.
 */
static int ec_point_ok(const struct curve *c, const unsigned char *q,
		       size_t len)
{
	EC_GROUP *group = EC_GROUP_new_by_curve_name(c->nid);
	EC_POINT *point = NULL;
	BIGNUM *x = BN_new(), *y = BN_new(), *limit = BN_new();
	const BIGNUM *order;
	int ok = 0;

	if (!group || !x || !y || !limit || !len ||
	    q[0] != POINT_CONVERSION_UNCOMPRESSED)
		goto done;
	point = EC_POINT_new(group);
	if (!point || EC_POINT_oct2point(group, point, q, len, NULL) != 1 ||
	    EC_POINT_is_at_infinity(group, point) ||
	    EC_POINT_get_affine_coordinates(group, point, x, y, NULL) != 1)
		goto done;
	order = EC_GROUP_get0_order(group);
	if (BN_num_bits(x) <= BN_num_bits(order) / 2 ||
	    BN_num_bits(y) <= BN_num_bits(order) / 2)
		goto done;
	if (!BN_sub(limit, order, BN_value_one()) ||
	    BN_cmp(x, limit) >= 0 || BN_cmp(y, limit) >= 0)
		goto done;
	ok = 1;
done:
	ERR_clear_error();
	BN_free(x);
	BN_free(y);
	BN_free(limit);
	EC_POINT_free(point);
	EC_GROUP_free(group);
	return ok;
}

/* The length in bits of a magnitude without leading zeros. */
static size_t magnitude_bits(const unsigned char *mag, size_t len)
{
	size_t bits = len * 8;
	unsigned char top = len ? mag[0] : 0x80;

	while (len && !(top & 0x80)) {
		top <<= 1;
		bits--;
	}
	return bits;
}

/*
 * Read a public key blob as OpenSSH does (sshkey_from_blob). A handled
 * type is checked through and written in its canonical encoding to
 * canon; any other type is only named. Sets *type, and *name when not
 * NULL. Returns 0, or -1 with the reason in *why.
 */
static int key_from_blob(struct buf *canon, enum sshsig_key_type *type,
			 char **name, const unsigned char *blob, size_t len,
			 const char **why)
{
	struct reader r;
	const struct key_name *kn;
	const struct curve *c;
	const unsigned char *a, *b;
	size_t alen, blen;
	char *tname = NULL, *cname = NULL;
	int ret = -1;

	reader_init(&r, blob, len);
	*type = SSHSIG_KEY_OTHER;
	if (read_cstring(&r, &tname) < 0) {
		*why = "no key type";
		return -1;
	}
	kn = key_name_lookup(tname, strlen(tname));
	buf_reset(canon);
	/* A type unknown here may be known to a later ssh-keygen. */
	if (!kn || kn->type == SSHSIG_KEY_OTHER) {
		ret = 0;
		goto done;
	}
	*type = kn->type;
	switch (kn->type) {
	case SSHSIG_KEY_OTHER:
		break;
	case SSHSIG_KEY_ED25519:
		if (read_string(&r, &a, &alen) < 0 ||
		    alen != ED25519_KEY_BYTES) {
			*why = "invalid Ed25519 key";
			goto done;
		}
		put_cstring(canon, "ssh-ed25519");
		put_string(canon, a, alen);
		break;
	case SSHSIG_KEY_ECDSA_P256:
	case SSHSIG_KEY_ECDSA_P384:
	case SSHSIG_KEY_ECDSA_P521:
		c = curve_of(kn->type);
		if (read_cstring(&r, &cname) < 0 ||
		    strcmp(cname, c->curve_name)) {
			*why = "the curve does not match the key type";
			goto done;
		}
		if (read_string(&r, &a, &alen) < 0 || !ec_point_ok(c, a, alen)) {
			*why = "invalid ECDSA point";
			goto done;
		}
		put_cstring(canon, c->key_name);
		put_cstring(canon, c->curve_name);
		put_string(canon, a, alen);
		break;
	case SSHSIG_KEY_RSA:
		if (read_mpint(&r, &a, &alen) < 0 ||
		    read_mpint(&r, &b, &blen) < 0) {
			*why = "invalid RSA key";
			goto done;
		}
		if (magnitude_bits(b, blen) < MIN_RSA_BITS) {
			*why = "the RSA modulus is shorter than 1024 bits";
			goto done;
		}
		put_cstring(canon, "ssh-rsa");
		put_mpint(canon, a, alen);
		put_mpint(canon, b, blen);
		break;
	}
	if (r.left) {
		*why = "trailing data after the key";
		goto done;
	}
	ret = 0;
done:
	if (ret < 0)
		buf_reset(canon);
	if (name && ret == 0)
		*name = tname;
	else
		free(tname);
	free(cname);
	return ret;
}

/* ---------------------------------------------------------------------
 * The armor and its base64.
 */

static const char begin_line[] = "-----BEGIN SSH SIGNATURE-----";
static const char end_line[] = "\n-----END SSH SIGNATURE-----";

static int is_b64_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' ||
		c == '\f' || c == '\r';
}

static int is_b64_char(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= '0' && c <= '9') || c == '+' || c == '/';
}

/*
 * Base64 as OpenSSH decodes it (b64_pton): the standard alphabet only,
 * white space anywhere, padding required, nothing but padding after
 * the first '=' and no stray bits in the last character.
 */
static int b64_strict(struct buf *out, const char *text, size_t len)
{
	struct buf clean = BUF_INIT;
	size_t i, data, pad;
	int ret = -1;

	for (i = 0; i < len; i++)
		if (!is_b64_space(text[i]))
			buf_putc(&clean, text[i]);
	for (data = 0; data < clean.len && is_b64_char(clean.ptr[data]);
	     data++)
		;
	pad = clean.len - data;
	if (clean.len % 4 || pad > 2 || (pad && data % 4 != 4 - pad))
		goto done;
	for (i = data; i < clean.len; i++)
		if (clean.ptr[i] != '=')
			goto done;
	/* The bits after the last whole byte must be zero. */
	if (pad) {
		char last = clean.ptr[data - 1];
		const char *alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
			"abcdefghijklmnopqrstuvwxyz0123456789+/";
		unsigned v = (unsigned)(strchr(alphabet, last) - alphabet);

		if (v & (pad == 2 ? 0x0f : 0x03))
			goto done;
	}
	ret = base64_decode(out, clean.ptr, clean.len);
done:
	buf_release(&clean);
	return ret;
}

static const char *find_bytes(const char *hay, size_t len, const char *needle)
{
	size_t n = strlen(needle), i;

	for (i = 0; n <= len && i <= len - n; i++)
		if (hay[i] == needle[0] && !memcmp(hay + i, needle, n))
			return hay + i;
	return NULL;
}

/* The binary signature between the armor lines (sshsig_dearmor). */
static int dearmor(struct buf *out, const char *text, size_t len)
{
	size_t i = sizeof(begin_line) - 1, n;
	const char *body, *end;

	if (len < i || memcmp(text, begin_line, i))
		return error_set("cannot parse the SSH signature: it does not "
				 "start with %s", begin_line);
	/* Current OpenSSH takes the line's end as LF or CR LF. */
	if (i + 1 < len && text[i] == '\r' && text[i + 1] == '\n')
		i += 2;
	else if (i < len && text[i] == '\n')
		i++;
	else if (i < len)
		return error_set("cannot parse the SSH signature: more text "
				 "on the line of %s", begin_line);
	else
		return error_set("cannot parse the SSH signature: nothing "
				 "after %s", begin_line);
	body = text + i;
	end = find_bytes(body, len - i, end_line);
	if (!end)
		return error_set("cannot parse the SSH signature: no line "
				 "%s", end_line + 1);
	n = (size_t)(end - body);
	/* OpenSSH reads the base64 as a C string: a NUL may end it only. */
	if (n && !body[n - 1])
		n--;
	if (memchr(body, '\0', n))
		return error_set("cannot parse the SSH signature: a NUL byte "
				 "in its base64");
	if (b64_strict(out, body, n) < 0)
		return error_set("cannot parse the SSH signature: invalid "
				 "base64");
	return 0;
}

/* ---------------------------------------------------------------------
 * The signature blob (PROTOCOL.sshsig).
 */

static void read_tail(struct sshsig *sig, struct reader *r)
{
	const unsigned char *reserved, *s;
	size_t reserved_len, n;
	char *ns = NULL, *hash = NULL;
	int e;

	if ((e = read_cstring(r, &ns)) < 0) {
		buf_puts(&sig->problem, e == -2 ?
			 "the signature's namespace holds a NUL byte" :
			 "the signature is truncated in its namespace");
		goto fail;
	}
	/* Reserved, and ignored: the signed data has it empty. */
	if (read_string(r, &reserved, &reserved_len) < 0) {
		buf_puts(&sig->problem,
			 "the signature is truncated in its reserved field");
		goto fail;
	}
	if ((e = read_cstring(r, &hash)) < 0) {
		buf_puts(&sig->problem, e == -2 ?
			 "the signature's hash algorithm holds a NUL byte" :
			 "the signature is truncated in its hash algorithm");
		goto fail;
	}
	if (read_string(r, &s, &n) < 0) {
		buf_puts(&sig->problem,
			 "the signature is truncated in its signature field");
		goto fail;
	}
	/* ssh-keygen's own words, as for what follows. */
	if (strcmp(hash, "sha256") && strcmp(hash, "sha512")) {
		buf_puts(&sig->problem, "unsupported hash algorithm \"");
		put_printable(&sig->problem, hash, 100);
		buf_putc(&sig->problem, '"');
		goto fail;
	}
	if (r->left) {
		buf_puts(&sig->problem, "Signature contains trailing data");
		goto fail;
	}
	sig->namespace = ns;
	sig->hash_alg = hash;
	sig->signature = s;
	sig->signature_len = n;
	return;
fail:
	free(ns);
	free(hash);
}

int sshsig_parse(struct sshsig *out, const char *armored, size_t len)
{
	struct reader r;
	const unsigned char *key;
	size_t key_len;
	const char *why = NULL;

	memset(out, 0, sizeof(*out));
	buf_init(&out->blob);
	buf_init(&out->key);
	buf_init(&out->problem);
	if (dearmor(&out->blob, armored, len) < 0)
		return -1;
	reader_init(&r, out->blob.ptr, out->blob.len);
	if (r.left < 6 || memcmp(r.p, "SSHSIG", 6))
		return error_set("cannot parse the SSH signature: no SSHSIG "
				 "magic");
	r.p += 6;
	r.left -= 6;
	if (read_u32(&r, &out->version) < 0)
		return error_set("cannot parse the SSH signature: truncated "
				 "in its version");
	/* Version 0 was never written, and OpenSSH still reads it. */
	if (out->version > 1)
		return error_set("cannot parse the SSH signature: version %lu "
				 "is not supported (only 1)",
				 (unsigned long)out->version);
	if (read_string(&r, &key, &key_len) < 0)
		return error_set("cannot parse the SSH signature: truncated "
				 "in its public key");
	if (key_from_blob(&out->key, &out->type, &out->key_type, key, key_len,
			  &why) < 0)
		return error_set("cannot parse the SSH signature: %s", why);
	read_tail(out, &r);
	return 0;
}

void sshsig_release(struct sshsig *sig)
{
	if (!sig)
		return;
	buf_release(&sig->blob);
	buf_release(&sig->key);
	buf_release(&sig->problem);
	free(sig->key_type);
	free(sig->namespace);
	free(sig->hash_alg);
	memset(sig, 0, sizeof(*sig));
}

/* The last second of 9999: ssh-keygen's time format has four digits. */
#define LAST_TIME INT64_C(253402300799)

int sshsig_handled(const struct sshsig *sig, int64_t when)
{
	return sig->type != SSHSIG_KEY_OTHER && when > 0 && when <= LAST_TIME;
}

/* ---------------------------------------------------------------------
 * Patterns (OpenSSH's match.c).
 */

/* `*` matches any run of characters and `?` any one; no escapes. */
static int match_pattern(const char *s, const char *p)
{
	const char *star = NULL, *mark = NULL;

	while (*s) {
		if (*p == '*') {
			star = ++p;
			mark = s;
		} else if (*p && (*p == '?' || *p == *s)) {
			p++;
			s++;
		} else if (star) {
			p = star;
			s = ++mark;
		} else {
			return 0;
		}
	}
	while (*p == '*')
		p++;
	return !*p;
}

int sshsig_match_list(const char *string, const char *patterns)
{
	/* match_pattern_list's buffer: a longer pattern fails the list. */
	char sub[1024];
	size_t i = 0, k, len = strlen(patterns);
	int negated, positive = 0;

	while (i < len) {
		negated = patterns[i] == '!';
		if (negated)
			i++;
		for (k = 0; i < len && k < sizeof(sub) - 1 &&
		     patterns[i] != ','; k++, i++)
			sub[k] = patterns[i];
		if (k >= sizeof(sub) - 1)
			return 0;
		if (i < len && patterns[i] == ',')
			i++;
		sub[k] = '\0';
		if (match_pattern(string, sub)) {
			if (negated)
				return -1;
			positive = 1;
		}
	}
	return positive;
}

/* ---------------------------------------------------------------------
 * The allowed signers file (ssh-keygen(1), ALLOWED SIGNERS), read line
 * by line as OpenSSH's parse_principals_key_and_options() does.
 */

enum entry_state {
	ENTRY_BAD_LINE,		/* not even the principals could be read */
	ENTRY_BAD,		/* principals, then something invalid */
	ENTRY_OK,
};

struct entry {
	unsigned long line;
	enum entry_state state;
	char *principals;	/* unless ENTRY_BAD_LINE */
	char *error;		/* unless ENTRY_OK: ssh-keygen's message */
	int ca;
	char *namespaces;	/* NULL: any namespace */
	uint64_t valid_after, valid_before;	/* 0: no limit */
	enum sshsig_key_type type;
	struct buf key;		/* canonical, when the type is handled */
};

struct sshsig_allowed {
	char *path;
	struct entry *entries;	/* blank and comment lines left out */
	size_t nr, alloc;
};

#define WHITESPACE " \t\r\n"

/*
 * The principals, as OpenSSH's strdelimw(): up to white space, or a
 * quoted part; then *s is past the white space that follows, or NULL
 * when nothing follows at all. NULL for an unterminated quote.
 */
static char *next_word(char **s)
{
	char *word = *s, *p = strpbrk(word, WHITESPACE "\"");

	if (!p) {
		*s = NULL;
		return word;
	}
	if (*p == '"') {
		memmove(p, p + 1, strlen(p + 1) + 1);
		p = strchr(p, '"');
		if (!p) {
			*s = NULL;
			return NULL;
		}
	}
	*p = '\0';
	*s = p + 1 + strspn(p + 1, WHITESPACE);
	return word;
}

/* Past options that may hold quoted spaces (sshkey_advance_past_options). */
static int skip_options(char **cpp)
{
	char *cp = *cpp;
	int quoted = 0;

	for (; *cp && (quoted || (*cp != ' ' && *cp != '\t')); cp++) {
		if (*cp == '\\' && cp[1] == '"')
			cp++;
		else if (*cp == '"')
			quoted = !quoted;
	}
	*cpp = cp;
	return *cp == '\0' && quoted ? -1 : 0;
}

/*
 * "type base64 [comment]" as OpenSSH's sshkey_read() reads it. On success
 * *cpp moves past the key and 0 is returned; -1 leaves it.
 */
static int read_key_text(struct entry *e, char **cpp)
{
	char *cp = *cpp;
	size_t n = strcspn(cp, " \t");
	const struct key_name *kn;
	struct buf blob = BUF_INIT;
	enum sshsig_key_type blob_type;
	const char *why;
	int ret = -1;

	if (!cp[n])
		return -1;
	kn = key_name_lookup(cp, n);
	if (!kn)
		return -1;
	cp += n;
	cp += strspn(cp, " \t");
	if (!*cp)
		return -1;
	n = strcspn(cp, " \t");
	if (b64_strict(&blob, cp, n) < 0)
		goto done;
	if (kn->type != SSHSIG_KEY_OTHER &&
	    (key_from_blob(&e->key, &blob_type, NULL, (unsigned char *)blob.ptr,
			   blob.len, &why) < 0 || blob_type != kn->type))
		goto done;
	e->type = kn->type;
	cp += n;
	cp += strspn(cp, " \t");
	*cpp = cp;
	ret = 0;
done:
	if (ret < 0)
		buf_reset(&e->key);
	buf_release(&blob);
	return ret;
}

/* name="value" (opt_match, then opt_dequote); NULL with *why. */
static int option_is(const char **opts, const char *name)
{
	size_t n = strlen(name);

	if (strncasecmp(*opts, name, n) || (*opts)[n] != '=')
		return 0;
	*opts += n + 1;
	return 1;
}

static char *option_value(const char **opts, const char **why)
{
	const char *s = *opts;
	struct buf v = BUF_INIT;

	if (*s != '"') {
		*why = "missing start quote";
		return NULL;
	}
	for (s++; *s && *s != '"'; s++) {
		if (s[0] == '\\' && s[1] == '"')
			s++;
		buf_putc(&v, *s);
	}
	if (!*s) {
		buf_release(&v);
		*why = "missing end quote";
		return NULL;
	}
	*opts = s + 1;
	return buf_detach(&v, NULL);
}

/*
 * YYYYMMDD[HHMM[SS]], then Z or UTC for UTC, local time without: as
 * OpenSSH's parse_absolute_time(), which builds a string for strptime()
 * so that the same library reads the same odd input the same way.
 */
static int parse_time(const char *s, uint64_t *out)
{
	size_t len = strlen(s);
	int utc = 0;
	char text[32];
	const char *format, *end;
	struct tm tm;
	int64_t t;

	if (len > 1 && !strcasecmp(s + len - 1, "Z")) {
		utc = 1;
		len--;
	} else if (len > 3 && !strcasecmp(s + len - 3, "UTC")) {
		utc = 1;
		len -= 3;
	}
	switch (len) {
	case 8:
		format = "%Y-%m-%d";
		snprintf(text, sizeof(text), "%.4s-%.2s-%.2s", s, s + 4, s + 6);
		break;
	case 12:
		format = "%Y-%m-%dT%H:%M";
		snprintf(text, sizeof(text), "%.4s-%.2s-%.2sT%.2s:%.2s",
			 s, s + 4, s + 6, s + 8, s + 10);
		break;
	case 14:
		format = "%Y-%m-%dT%H:%M:%S";
		snprintf(text, sizeof(text), "%.4s-%.2s-%.2sT%.2s:%.2s:%.2s",
			 s, s + 4, s + 6, s + 8, s + 10, s + 12);
		break;
	default:
		return -1;
	}
	memset(&tm, 0, sizeof(tm));
	end = strptime(text, format, &tm);
	if (!end || *end)
		return -1;
	if (utc) {
		/* timegm(), which is not POSIX; days may overflow months. */
		t = rfc3339_from_civil((int64_t)tm.tm_year + 1900,
				       (unsigned)tm.tm_mon + 1,
				       (unsigned)tm.tm_mday) +
			(int64_t)tm.tm_hour * 3600 + tm.tm_min * 60 +
			tm.tm_sec;
	} else {
		t = (int64_t)mktime(&tm);
	}
	if (t < 0)
		return -1;
	*out = (uint64_t)t;
	return 0;
}

/* The options of a line (sshsigopt_parse). Returns 0, or -1 with *why. */
static int parse_options(struct entry *e, const char *opts, const char **why)
{
	uint64_t *limit;
	char *value;

	if (!opts)
		return 0;
	while (*opts && *opts != ' ' && *opts != '\t') {
		limit = NULL;
		if (!strncasecmp(opts, "cert-authority", 14)) {
			e->ca = 1;
			opts += 14;
		} else if (option_is(&opts, "namespaces")) {
			if (e->namespaces) {
				*why = "multiple \"namespaces\" clauses";
				return -1;
			}
			e->namespaces = option_value(&opts, why);
			if (!e->namespaces)
				return -1;
		} else if (option_is(&opts, "valid-after")) {
			limit = &e->valid_after;
			*why = "invalid \"valid-after\" time";
		} else if (option_is(&opts, "valid-before")) {
			limit = &e->valid_before;
			*why = "invalid \"valid-before\" time";
		}
		if (limit) {
			const char *bad = *why;

			if (*limit) {
				*why = limit == &e->valid_after ?
					"multiple \"valid-after\" clauses" :
					"multiple \"valid-before\" clauses";
				return -1;
			}
			value = option_value(&opts, why);
			if (!value)
				return -1;
			if (parse_time(value, limit) < 0 || !*limit) {
				free(value);
				*why = bad;
				return -1;
			}
			free(value);
		}
		if (!*opts || *opts == ' ' || *opts == '\t')
			break;
		if (*opts != ',') {
			*why = "unknown key option";
			return -1;
		}
		if (!*++opts) {
			*why = "unexpected end-of-options";
			return -1;
		}
	}
	if (e->valid_after && e->valid_before &&
	    e->valid_before <= e->valid_after) {
		*why = "\"valid-before\" time is before \"valid-after\"";
		return -1;
	}
	return 0;
}

static void entry_fail(struct entry *e, const char *path, const char *what,
		       const char *why)
{
	struct buf b = BUF_INIT;

	buf_printf(&b, "%s:%lu: %s%s%s", path, e->line, what,
		   why ? ": " : "", why ? why : "");
	e->error = buf_detach(&b, NULL);
	if (e->state != ENTRY_BAD_LINE)
		e->state = ENTRY_BAD;
	buf_release(&e->key);
	free(e->namespaces);
	e->namespaces = NULL;
}

/* One line, NUL-terminated, with its newline. Returns 0 for a blank. */
static int parse_line(struct entry *e, const char *path, char *line)
{
	char *cp = line + strspn(line, WHITESPACE), *word, *opts = NULL;
	const char *why = NULL;

	if (*cp == '#' || !*cp)
		return 0;
	word = next_word(&cp);
	if (!word || !cp) {
		e->state = ENTRY_BAD_LINE;
		entry_fail(e, path, "invalid line", NULL);
		return 1;
	}
	e->principals = xstrdup(word);
	e->state = ENTRY_OK;
	if (read_key_text(e, &cp) < 0) {
		opts = cp;
		if (skip_options(&cp) < 0) {
			entry_fail(e, path, "invalid options", NULL);
			return 1;
		}
		if (!*cp) {
			entry_fail(e, path, "missing key", NULL);
			return 1;
		}
		*cp++ = '\0';
		cp += strspn(cp, " \t");
		if (read_key_text(e, &cp) < 0) {
			entry_fail(e, path, "invalid key", NULL);
			return 1;
		}
	}
	if (parse_options(e, opts, &why) < 0) {
		entry_fail(e, path, "bad options", why);
		return 1;
	}
	return 1;
}

void sshsig_allowed_parse(struct sshsig_allowed **out, const char *path,
			  const char *text, size_t len)
{
	struct sshsig_allowed *a = xcalloc(1, sizeof(*a));
	unsigned long line = 0;
	size_t start = 0, end;
	char *copy;

	a->path = xstrdup(path);
	while (start < len) {
		const char *nl = memchr(text + start, '\n', len - start);
		struct entry e;

		end = nl ? (size_t)(nl - text) + 1 : len;
		/* As getline() gives it, newline and all, read as a string. */
		copy = xstrndup(text + start, end - start);
		start = end;
		memset(&e, 0, sizeof(e));
		buf_init(&e.key);
		e.line = ++line;
		if (parse_line(&e, path, copy)) {
			if (a->nr == a->alloc) {
				a->alloc = a->alloc ? 2 * a->alloc : 16;
				a->entries = xrealloc(a->entries, a->alloc *
						      sizeof(*a->entries));
			}
			a->entries[a->nr++] = e;
		}
		free(copy);
	}
	*out = a;
}

int sshsig_allowed_load(struct sshsig_allowed **out, const char *path)
{
	struct buf text = BUF_INIT;
	char chunk[8192];
	FILE *f = fopen(path, "rb");
	size_t n;
	int failed;

	*out = NULL;
	if (!f)
		return error_set("cannot read the allowed signers file '%s': "
				 "%s", path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(&text, chunk, n);
	failed = ferror(f);
	fclose(f);
	if (failed) {
		buf_release(&text);
		return error_set("cannot read the allowed signers file '%s'",
				 path);
	}
	sshsig_allowed_parse(out, path, text.ptr ? text.ptr : "", text.len);
	buf_release(&text);
	return 0;
}

void sshsig_allowed_free(struct sshsig_allowed *a)
{
	size_t i;

	if (!a)
		return;
	for (i = 0; i < a->nr; i++) {
		free(a->entries[i].principals);
		free(a->entries[i].error);
		free(a->entries[i].namespaces);
		buf_release(&a->entries[i].key);
	}
	free(a->entries);
	free(a->path);
	free(a);
}

const char *sshsig_allowed_path(const struct sshsig_allowed *a)
{
	return a->path;
}

/* ---------------------------------------------------------------------
 * Matching the file, as ssh-keygen's check_allowed_keys_line().
 */

static void add_message(struct buf *msgs, const char *msg)
{
	if (msgs->len)
		buf_puts(msgs, "; ");
	buf_puts(msgs, msg);
}

/* As OpenSSH's format_absolute_time(): local time. */
static void format_time(char out[32], uint64_t t)
{
	time_t tt = (time_t)t;
	struct tm tm;

	if (!localtime_r(&tt, &tm) ||
	    !strftime(out, 32, "%Y-%m-%dT%H:%M:%S", &tm))
		snprintf(out, 32, "%llu", (unsigned long long)t);
}

static int same_key(const struct entry *e, const struct sshsig *sig)
{
	return !e->ca && e->type == sig->type && e->key.len == sig->key.len &&
		!memcmp(e->key.ptr, sig->key.ptr, sig->key.len);
}

static int valid_at(struct buf *msgs, const struct sshsig_allowed *a,
		    const struct entry *e, int64_t when)
{
	char at[32], limit[32];
	struct buf m = BUF_INIT;
	uint64_t t = (uint64_t)when;
	int valid;

	if (e->valid_after && t < e->valid_after) {
		format_time(at, t);
		format_time(limit, e->valid_after);
		buf_printf(&m, "%s:%lu: key is not yet valid: verify time %s "
			   "< valid-after %s", a->path, e->line, at, limit);
	} else if (e->valid_before && t > e->valid_before) {
		format_time(at, t);
		format_time(limit, e->valid_before);
		buf_printf(&m, "%s:%lu: key has expired: verify time %s "
			   "> valid-before %s", a->path, e->line, at, limit);
	}
	valid = !m.len;
	if (!valid)
		add_message(msgs, buf_cstr(&m));
	buf_release(&m);
	return valid;
}

/*
 * `ssh-keygen -Y find-principals`: the first line with the key, valid
 * at `when`, whatever its principals and namespaces.
 */
static const struct entry *find_line(struct buf *msgs,
				     const struct sshsig_allowed *a,
				     const struct sshsig *sig, int64_t when)
{
	size_t i;

	for (i = 0; i < a->nr; i++) {
		const struct entry *e = &a->entries[i];

		if (e->state != ENTRY_OK) {
			add_message(msgs, e->error);
			continue;
		}
		if (same_key(e, sig) && valid_at(msgs, a, e, when))
			return e;
	}
	return NULL;
}

/*
 * `ssh-keygen -Y verify -I principal`: a line whose principals match
 * `principal` (the pattern list is the line's), with the key, the
 * namespace allowed and valid at `when`.
 */
static int allowed_for(struct buf *msgs, const struct sshsig_allowed *a,
		       const struct sshsig *sig, const char *principal,
		       const char *namespace, int64_t when)
{
	struct buf m = BUF_INIT;
	size_t i;

	for (i = 0; i < a->nr; i++) {
		const struct entry *e = &a->entries[i];

		if (e->state == ENTRY_BAD_LINE) {
			add_message(msgs, e->error);
			continue;
		}
		if (sshsig_match_list(principal, e->principals) != 1)
			continue;
		if (e->state == ENTRY_BAD) {
			add_message(msgs, e->error);
			continue;
		}
		if (!same_key(e, sig))
			continue;
		if (e->namespaces &&
		    sshsig_match_list(namespace, e->namespaces) != 1) {
			buf_reset(&m);
			buf_printf(&m, "%s:%lu: key is not permitted for use "
				   "in signature namespace \"%s\"", a->path,
				   e->line, namespace);
			add_message(msgs, buf_cstr(&m));
			continue;
		}
		if (valid_at(msgs, a, e, when)) {
			buf_release(&m);
			return 1;
		}
	}
	buf_release(&m);
	return 0;
}

/* ---------------------------------------------------------------------
 * The signature itself, with libcrypto.
 */

/* 1 when the signature verifies, 0 when not; why says what failed. */
static int digest_verify(struct buf *why, EVP_PKEY *key, const EVP_MD *md,
			 int rsa, const unsigned char *sig, size_t sig_len,
			 const struct buf *msg)
{
	EVP_MD_CTX *ctx = EVP_MD_CTX_new();
	EVP_PKEY_CTX *pctx = NULL;
	int r = -1;

	if (ctx && key && EVP_DigestVerifyInit(ctx, &pctx, md, NULL, key) == 1 &&
	    (!rsa || EVP_PKEY_CTX_set_rsa_padding(pctx,
						  RSA_PKCS1_PADDING) == 1))
		r = EVP_DigestVerify(ctx, sig, sig_len,
				     (const unsigned char *)msg->ptr,
				     msg->len);
	EVP_MD_CTX_free(ctx);
	if (r == 1)
		return 1;
	/* A bad signature may leave errors behind: forget them. */
	ERR_clear_error();
	buf_puts(why, "Signature verification failed: incorrect signature");
	return 0;
}

static EVP_PKEY *key_from_params(const char *type, OSSL_PARAM *params)
{
	EVP_PKEY_CTX *ctx = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
	EVP_PKEY *key = NULL;

	if (!ctx || EVP_PKEY_fromdata_init(ctx) != 1 ||
	    EVP_PKEY_fromdata(ctx, &key, EVP_PKEY_PUBLIC_KEY, params) != 1)
		key = NULL;
	EVP_PKEY_CTX_free(ctx);
	return key;
}

/* The signature field of an SSH signature: string type, string blob. */
static int split_sig(struct buf *why, const struct sshsig *sig,
		     const char *want, struct reader *inner)
{
	struct reader r;
	const unsigned char *s;
	size_t n;
	char *type = NULL;
	int ret = -1;

	reader_init(&r, sig->signature, sig->signature_len);
	if (read_cstring(&r, &type) < 0 || read_string(&r, &s, &n) < 0)
		buf_puts(why, "Signature verification failed: invalid format");
	else if (strcmp(type, want))
		buf_puts(why, "Signature verification failed: key type does "
			 "not match");
	else if (r.left)
		buf_puts(why, "Signature verification failed: unexpected "
			 "bytes remain after decoding");
	else
		ret = 0;
	free(type);
	if (!ret)
		reader_init(inner, s, n);
	return ret;
}

static int verify_ed25519(struct buf *why, const struct sshsig *sig,
			  const struct buf *msg)
{
	struct reader r, k;
	const unsigned char *pk, *skip;
	size_t pk_len, skip_len;
	EVP_PKEY *key;
	int ok;

	if (split_sig(why, sig, "ssh-ed25519", &r) < 0)
		return 0;
	if (r.left > ED25519_SIG_BYTES) {
		buf_puts(why, "Signature verification failed: invalid format");
		return 0;
	}
	reader_init(&k, sig->key.ptr, sig->key.len);
	read_string(&k, &skip, &skip_len);
	read_string(&k, &pk, &pk_len);
	key = EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, NULL, pk, pk_len);
	ok = digest_verify(why, key, NULL, 0, r.p, r.left, msg);
	EVP_PKEY_free(key);
	return ok;
}

static int verify_ecdsa(struct buf *why, const struct sshsig *sig,
			const struct buf *msg)
{
	const struct curve *c = curve_of(sig->type);
	struct reader r, k;
	const unsigned char *skip, *q, *rm, *sm;
	size_t skip_len, q_len, r_len, s_len;
	unsigned char point[256], *der = NULL, *p;
	char group[32];
	OSSL_PARAM params[3];
	ECDSA_SIG *es = NULL;
	BIGNUM *br = NULL, *bs = NULL;
	EVP_PKEY *key = NULL;
	int der_len, ok = 0;

	if (split_sig(why, sig, c->key_name, &r) < 0)
		return 0;
	if (read_mpint(&r, &rm, &r_len) < 0 || read_mpint(&r, &sm, &s_len) < 0) {
		buf_puts(why, "Signature verification failed: invalid format");
		return 0;
	}
	if (r.left) {
		buf_puts(why, "Signature verification failed: unexpected "
			 "bytes remain after decoding");
		return 0;
	}
	reader_init(&k, sig->key.ptr, sig->key.len);
	read_string(&k, &skip, &skip_len);
	read_string(&k, &skip, &skip_len);
	read_string(&k, &q, &q_len);
	/* OSSL_PARAM wants writable pointers; the point was checked. */
	if (q_len > sizeof(point))
		q_len = 0;
	memcpy(point, q, q_len);
	snprintf(group, sizeof(group), "%s", c->group);
	params[0] = OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME,
						     group, 0);
	params[1] = OSSL_PARAM_construct_octet_string(OSSL_PKEY_PARAM_PUB_KEY,
						      point, q_len);
	params[2] = OSSL_PARAM_construct_end();
	key = key_from_params("EC", params);
	/* libcrypto verifies DER: (r, s) as an ECDSA-Sig-Value. */
	es = ECDSA_SIG_new();
	br = BN_bin2bn(rm, (int)r_len, NULL);
	bs = BN_bin2bn(sm, (int)s_len, NULL);
	if (es && br && bs && ECDSA_SIG_set0(es, br, bs)) {
		br = bs = NULL;
		der_len = i2d_ECDSA_SIG(es, NULL);
		if (der_len > 0) {
			der = xmalloc((size_t)der_len);
			p = der;
			der_len = i2d_ECDSA_SIG(es, &p);
		}
		if (der && der_len > 0) {
			ok = digest_verify(why, key, c->md(), 0, der,
					   (size_t)der_len, msg);
			goto done;
		}
	}
	ERR_clear_error();
	buf_puts(why, "Signature verification failed: error in libcrypto");
done:
	free(der);
	BN_free(br);
	BN_free(bs);
	ECDSA_SIG_free(es);
	EVP_PKEY_free(key);
	return ok;
}

static int verify_rsa(struct buf *why, const struct sshsig *sig,
		      const struct buf *msg)
{
	struct reader r, k;
	const unsigned char *skip, *e, *n, *s;
	size_t skip_len, e_len, n_len, s_len, mod_len;
	unsigned char *padded = NULL;
	const EVP_MD *md;
	OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
	OSSL_PARAM *params = NULL;
	BIGNUM *be = NULL, *bn = NULL;
	EVP_PKEY *key = NULL;
	char *type = NULL;
	int ok = 0;

	/*
	 * ssh-keygen names the algorithm first, and takes only the SHA-2
	 * ones: a SHA-1 "ssh-rsa" signature is refused, not checked.
	 */
	reader_init(&r, sig->signature, sig->signature_len);
	if (read_cstring(&r, &type) < 0) {
		buf_puts(why, "Couldn't verify signature: unable to get "
			 "signature type: invalid format");
		goto done;
	}
	if (!strcmp(type, "rsa-sha2-256")) {
		md = EVP_sha256();
	} else if (!strcmp(type, "rsa-sha2-512")) {
		md = EVP_sha512();
	} else {
		buf_puts(why, "Couldn't verify signature: unsupported RSA "
			 "signature algorithm ");
		put_printable(why, type, 100);
		goto done;
	}
	if (read_string(&r, &s, &s_len) < 0) {
		buf_puts(why, "Signature verification failed: invalid format");
		goto done;
	}
	if (r.left) {
		buf_puts(why, "Signature verification failed: unexpected "
			 "bytes remain after decoding");
		goto done;
	}
	reader_init(&k, sig->key.ptr, sig->key.len);
	read_string(&k, &skip, &skip_len);
	read_mpint(&k, &e, &e_len);
	read_mpint(&k, &n, &n_len);
	be = BN_bin2bn(e, (int)e_len, NULL);
	bn = BN_bin2bn(n, (int)n_len, NULL);
	if (bld && be && bn &&
	    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_N, bn) &&
	    OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_RSA_E, be))
		params = OSSL_PARAM_BLD_to_param(bld);
	if (params)
		key = key_from_params("RSA", params);
	if (!key) {
		ERR_clear_error();
		buf_puts(why, "Signature verification failed: error in "
			 "libcrypto");
		goto done;
	}
	/* As OpenSSH: a short signature is padded to the modulus' size. */
	mod_len = (size_t)EVP_PKEY_get_size(key);
	if (s_len > mod_len) {
		buf_puts(why, "Signature verification failed: key bits do "
			 "not match");
		goto done;
	}
	padded = xcalloc(1, mod_len);
	memcpy(padded + (mod_len - s_len), s, s_len);
	ok = digest_verify(why, key, md, 1, padded, mod_len, msg);
done:
	free(type);
	free(padded);
	EVP_PKEY_free(key);
	OSSL_PARAM_free(params);
	OSSL_PARAM_BLD_free(bld);
	BN_free(be);
	BN_free(bn);
	return ok;
}

/*
 * The signed data of PROTOCOL.sshsig: the magic, the expected namespace,
 * an empty reserved string, the hash algorithm and the message's hash.
 * ssh-keygen's checks come first, in its order (sshsig_wrap_verify).
 */
static int verify_signature(struct buf *why, const struct sshsig *sig,
			    const char *namespace, const void *data,
			    size_t len)
{
	unsigned char hash[EVP_MAX_MD_SIZE];
	unsigned hash_len = 0;
	struct buf msg = BUF_INIT;
	const EVP_MD *md = strcmp(sig->hash_alg, "sha256") ? EVP_sha512() :
		EVP_sha256();
	int ok = 0;

	if (strcmp(namespace, sig->namespace)) {
		buf_puts(why, "Couldn't verify signature: namespace does not "
			 "match (expected \"");
		put_printable(why, namespace, 100);
		buf_puts(why, "\", signed for \"");
		put_printable(why, sig->namespace, 100);
		buf_puts(why, "\")");
		return 0;
	}
	if (EVP_Digest(data, len, hash, &hash_len, md, NULL) != 1) {
		ERR_clear_error();
		buf_puts(why, "Signature verification failed: error in "
			 "libcrypto");
		return 0;
	}
	buf_add(&msg, "SSHSIG", 6);
	put_cstring(&msg, namespace);
	put_string(&msg, "", 0);
	put_cstring(&msg, sig->hash_alg);
	put_string(&msg, hash, hash_len);
	switch (sig->type) {
	case SSHSIG_KEY_ED25519:
		ok = verify_ed25519(why, sig, &msg);
		break;
	case SSHSIG_KEY_ECDSA_P256:
	case SSHSIG_KEY_ECDSA_P384:
	case SSHSIG_KEY_ECDSA_P521:
		ok = verify_ecdsa(why, sig, &msg);
		break;
	case SSHSIG_KEY_RSA:
		ok = verify_rsa(why, sig, &msg);
		break;
	case SSHSIG_KEY_OTHER:
		buf_puts(why, "unsupported key type");
		break;
	}
	buf_release(&msg);
	return ok;
}

/* SHA256:<base64 of the key blob's SHA-256, unpadded>, as ssh-keygen. */
static void fingerprint(struct buf *out, const struct buf *key)
{
	unsigned char hash[EVP_MAX_MD_SIZE];
	unsigned hash_len = 0;
	struct buf b64 = BUF_INIT;

	if (EVP_Digest(key->ptr, key->len, hash, &hash_len, EVP_sha256(),
		       NULL) != 1) {
		ERR_clear_error();
		buf_puts(out, "SHA256:?");
		return;
	}
	base64_encode(&b64, hash, hash_len);
	while (b64.len && b64.ptr[b64.len - 1] == '=')
		b64.ptr[--b64.len] = '\0';
	buf_printf(out, "SHA256:%s", buf_cstr(&b64));
	buf_release(&b64);
}

enum sshsig_verdict sshsig_check(struct buf *signer, struct buf *detail,
				 const struct sshsig *sig,
				 const struct sshsig_allowed *allowed,
				 const char *namespace, const void *data,
				 size_t len, int64_t when)
{
	struct buf msgs = BUF_INIT, principal = BUF_INIT;
	const struct entry *found;
	enum sshsig_verdict verdict = SSHSIG_BAD;

	found = find_line(&msgs, allowed, sig, when);
	if (!found) {
		add_message(&msgs, "No principal matched.");
		buf_add(detail, msgs.ptr, msgs.len);
		verdict = SSHSIG_UNTRUSTED;
		goto done;
	}
	/* ssh-keygen prints the line's principals one a line: the first. */
	buf_add(&principal, found->principals,
		strcspn(found->principals, ","));
	if (!principal.len) {
		buf_puts(detail, "no principal matched");
		verdict = SSHSIG_UNTRUSTED;
		goto done;
	}
	buf_add(signer, principal.ptr, principal.len);
	buf_reset(&msgs);
	if (sig->problem.len) {
		buf_add(detail, sig->problem.ptr, sig->problem.len);
		goto done;
	}
	if (!verify_signature(&msgs, sig, namespace, data, len)) {
		buf_add(detail, msgs.ptr, msgs.len);
		goto done;
	}
	if (!allowed_for(&msgs, allowed, sig, buf_cstr(&principal), namespace,
			 when)) {
		if (!msgs.len)
			buf_puts(&msgs, "Could not verify signature.");
		buf_add(detail, msgs.ptr, msgs.len);
		goto done;
	}
	buf_printf(detail, "Good \"%s\" signature for %s with %s key ",
		   namespace, buf_cstr(&principal), key_type_label(sig->type));
	fingerprint(detail, &sig->key);
	verdict = SSHSIG_GOOD;
done:
	buf_release(&msgs);
	buf_release(&principal);
	return verdict;
}
