#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base64.h"
#include "buf.h"
#include "error.h"
#include "sshsig.h"
#include "tap.h"

/*
 * Signatures made by ssh-keygen 9.2 (`ssh-keygen -Y sign -n test`) over
 * `data`, and two RSA ones made by hand with its key and openssl: one with
 * rsa-sha2-256, which ssh-keygen accepts, and one with SHA-1 ("ssh-rsa"),
 * which it refuses. The expected details are what `ssh-keygen -Y verify`
 * printed for them.
 */
static const char data[] = "attested data\n";
static const int64_t when = 1704067200;	/* 2024-01-01T00:00:00Z */

static const char ed_key[] = "ssh-ed25519 "
	"AAAAC3NzaC1lZDI1NTE5AAAAIL496q1IVOSFo324pc5Iuj2oxvkfdCQH0o4C5/1Wps06";
static const char ed_sig[] =
	"-----BEGIN SSH SIGNATURE-----\n"
	"U1NIU0lHAAAAAQAAADMAAAALc3NoLWVkMjU1MTkAAAAgvj3qrUhU5IWjfbilzki6PajG+R\n"
	"90JAfSjgLn/VamzToAAAAEdGVzdAAAAAAAAAAGc2hhNTEyAAAAUwAAAAtzc2gtZWQyNTUx\n"
	"OQAAAEBMsTQDAZ42zs19ju8y3cQy90bb48M2BPN7yN8eSFmSr+u8vba803GBg07biksl4W\n"
	"Hc0THKdAseaSiOpvqVEMgJ\n"
	"-----END SSH SIGNATURE-----\n";
static const char ed_good[] = "Good \"test\" signature for p@x with ED25519 "
	"key SHA256:Vs/J86J8+ZrybFyHm6r7oDOYam9BK1wizGudD8sRl0U";

static const char ec_key[] = "ecdsa-sha2-nistp256 "
	"AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBFndw65Lzg6zrKWh"
	"aL8vU0Aml3FdCDeAkNMGrGW9ywUZn5rApTp2s/c6zStHANMGf4EdSY95zunLD6dY9RSB"
	"Pq8=";
static const char ec_sig[] =
	"-----BEGIN SSH SIGNATURE-----\n"
	"U1NIU0lHAAAAAQAAAGgAAAATZWNkc2Etc2hhMi1uaXN0cDI1NgAAAAhuaXN0cDI1NgAAAE\n"
	"EEWd3DrkvODrOspaFovy9TQCaXcV0IN4CQ0wasZb3LBRmfmsClOnaz9zrNK0cA0wZ/gR1J\n"
	"j3nO6csPp1j1FIE+rwAAAAR0ZXN0AAAAAAAAAAZzaGE1MTIAAABlAAAAE2VjZHNhLXNoYT\n"
	"ItbmlzdHAyNTYAAABKAAAAIQCc0u0zbteNMFXDJ3bAXaFzm2vo9qwft46QjDeHSv14OAAA\n"
	"ACEAuQTeunHNts1cCn5CdycdEhwJZU70auWBFFjwh+w4Ufc=\n"
	"-----END SSH SIGNATURE-----\n";
static const char ec_good[] = "Good \"test\" signature for p@x with ECDSA "
	"key SHA256:EugUeeViUdX7hDaF8+VLZkpi5sMsTiYZFvRz6z71HLA";

static const char rsa_key[] = "ssh-rsa "
	"AAAAB3NzaC1yc2EAAAADAQABAAAAgQDXK7A6MlD43iRje0gC2HcWBYXIAhWZw4gCN6gs"
	"x3yBh8VVLBH+9M1OXuNnbAeC56g3YVSpZ8iI1j70vDLjdwaHXkc/dtdqSTDpZqkg5p76"
	"9c+X2gjAqvqQ/9AZVhiZlYTqjSMEqivxYwDFtriMeWmatK4YG2G1FYpxJM7lztVkpQ==";
static const char rsa_sig[] =		/* rsa-sha2-512 */
	"-----BEGIN SSH SIGNATURE-----\n"
	"U1NIU0lHAAAAAQAAAJcAAAAHc3NoLXJzYQAAAAMBAAEAAACBANcrsDoyUPjeJGN7SALYdx\n"
	"YFhcgCFZnDiAI3qCzHfIGHxVUsEf70zU5e42dsB4LnqDdhVKlnyIjWPvS8MuN3BodeRz92\n"
	"12pJMOlmqSDmnvr1z5faCMCq+pD/0BlWGJmVhOqNIwSqK/FjAMW2uIx5aZq0rhgbYbUVin\n"
	"EkzuXO1WSlAAAABHRlc3QAAAAAAAAABnNoYTUxMgAAAJQAAAAMcnNhLXNoYTItNTEyAAAA\n"
	"gMM3OxSufCXlL4kuyf7ZpRy2OD7pXP53ElCFmGnabBjQqDR01gGRbOLRGd6FLoixwoRK/3\n"
	"oxRF4RvxMQvLr30IDvDhURDatZklybThtGBgc5nDm9aTqBnOMNTbJqaVpRJRv77nrQKbKH\n"
	"GkC7VPYt7tA0udm4pRSPIImJxZ8oJgNN\n"
	"-----END SSH SIGNATURE-----\n";
static const char rsa256_sig[] =
	"-----BEGIN SSH SIGNATURE-----\n"
	"U1NIU0lHAAAAAQAAAJcAAAAHc3NoLXJzYQAAAAMBAAEAAACBANcrsDoyUPjeJGN7SALYdx\n"
	"YFhcgCFZnDiAI3qCzHfIGHxVUsEf70zU5e42dsB4LnqDdhVKlnyIjWPvS8MuN3BodeRz92\n"
	"12pJMOlmqSDmnvr1z5faCMCq+pD/0BlWGJmVhOqNIwSqK/FjAMW2uIx5aZq0rhgbYbUVin\n"
	"EkzuXO1WSlAAAABHRlc3QAAAAAAAAABnNoYTUxMgAAAJQAAAAMcnNhLXNoYTItMjU2AAAA\n"
	"gM2lq58K6XpwKc6VUZViJQKpOir5dZWf95r6XYmsZpBInggms5lkrFYJM6XHA3qnRN4dRG\n"
	"McLfYdUoq6Zjl3SorqBCPSpeGDAErdyEG0ogzYpm31yKyl06RtsVb0yOkZG99pXZk7P59R\n"
	"cDpKpoGneG7KV5wG27LcI5RaVUR7Al9q\n"
	"-----END SSH SIGNATURE-----\n";
static const char rsa_sha1_sig[] =
	"-----BEGIN SSH SIGNATURE-----\n"
	"U1NIU0lHAAAAAQAAAJcAAAAHc3NoLXJzYQAAAAMBAAEAAACBANcrsDoyUPjeJGN7SALYdx\n"
	"YFhcgCFZnDiAI3qCzHfIGHxVUsEf70zU5e42dsB4LnqDdhVKlnyIjWPvS8MuN3BodeRz92\n"
	"12pJMOlmqSDmnvr1z5faCMCq+pD/0BlWGJmVhOqNIwSqK/FjAMW2uIx5aZq0rhgbYbUVin\n"
	"EkzuXO1WSlAAAABHRlc3QAAAAAAAAABnNoYTUxMgAAAI8AAAAHc3NoLXJzYQAAAICYDL3w\n"
	"SY/xRvC7V6su/R6zVVWf36xD1vRUAp0L6Dq42IS7x5C+gftaD+ntHKy+8NjyBlAFo0TUvF\n"
	"DEsnmlcibcDctwgoEkZMldu4geSWqeMmTBOFJQyGTFSgNXbv8LnJRW8u2thTAvsl2WGQkE\n"
	"gBJHZ0719CCrWpLJ2gvhcVbccQ==\n"
	"-----END SSH SIGNATURE-----\n";
static const char rsa_good[] = "Good \"test\" signature for p@x with RSA "
	"key SHA256:Lnz4kB4+eacmfQZ5LlQhksPMbeGbAVyYo2KudH+l9og";

static const char other_key[] = "ssh-ed25519 "
	"AAAAC3NzaC1lZDI1NTE5AAAAIABLiWxJpoBO9pRBIW0plmqw53OVqED58vM6t5vMvYRc";

enum { PARSE_ERROR = -2, UNHANDLED = -1 };

static struct buf signer, detail;

/*
 * The verdict on sig[len] over msg under namespace ns at t, by the
 * allowed signers text, or
 * PARSE_ERROR or UNHANDLED. signer and detail hold what was said.
 */
static int check_at(const char *sig, size_t len, const char *msg,
		    const char *ns, int64_t t, const char *allowed)
{
	struct sshsig parsed;
	struct sshsig_allowed *a;
	int v;

	buf_reset(&signer);
	buf_reset(&detail);
	if (sshsig_parse(&parsed, sig, len) < 0) {
		buf_puts(&detail, error_last());
		sshsig_release(&parsed);
		return PARSE_ERROR;
	}
	if (!sshsig_handled(&parsed, t)) {
		sshsig_release(&parsed);
		return UNHANDLED;
	}
	sshsig_allowed_parse(&a, "al", allowed, strlen(allowed));
	v = (int)sshsig_check(&signer, &detail, &parsed, a, ns, msg,
			      strlen(msg), t);
	sshsig_allowed_free(a);
	sshsig_release(&parsed);
	return v;
}

static int check(const char *sig, const char *allowed)
{
	return check_at(sig, strlen(sig), data, "test", when, allowed);
}

/* The template with every "KEY" replaced by key. */
static char *line(const char *tmpl, const char *key)
{
	struct buf b = BUF_INIT;
	const char *k;

	while ((k = strstr(tmpl, "KEY"))) {
		buf_add(&b, tmpl, (size_t)(k - tmpl));
		buf_puts(&b, key);
		tmpl = k + 3;
	}
	buf_puts(&b, tmpl);
	return buf_detach(&b, NULL);
}

/* ------------------------------------------------------------------
 * Building signatures: the five strings after magic and version.
 */

struct fields {
	uint32_t version;
	struct buf f[5];	/* key, namespace, reserved, hash, signature */
	struct buf trailing;
};

static void put_u32(struct buf *b, uint32_t v)
{
	unsigned char c[4] = { v >> 24, (v >> 16) & 0xff, (v >> 8) & 0xff,
			       v & 0xff };

	buf_add(b, c, 4);
}

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
		(uint32_t)p[2] << 8 | p[3];
}

static void put_string(struct buf *b, const void *s, size_t len)
{
	put_u32(b, (uint32_t)len);
	buf_add(b, s, len);
}

static void split(struct fields *out, const char *armored)
{
	struct sshsig parsed;
	const unsigned char *p;
	size_t i, off = 10, n;

	memset(out, 0, sizeof(*out));
	sshsig_parse(&parsed, armored, strlen(armored));
	p = (const unsigned char *)parsed.blob.ptr;
	out->version = get_u32(p + 6);
	for (i = 0; i < 5; i++) {
		n = get_u32(p + off);
		buf_add(&out->f[i], p + off + 4, n);
		off += 4 + n;
	}
	sshsig_release(&parsed);
}

static void armor(struct buf *out, const void *blob, size_t len)
{
	struct buf b64 = BUF_INIT;
	size_t i;

	buf_reset(out);
	base64_encode(&b64, blob, len);
	buf_puts(out, "-----BEGIN SSH SIGNATURE-----\n");
	for (i = 0; i < b64.len; i += 70) {
		buf_add(out, b64.ptr + i, b64.len - i < 70 ? b64.len - i : 70);
		buf_putc(out, '\n');
	}
	buf_puts(out, "-----END SSH SIGNATURE-----\n");
	buf_release(&b64);
}

static void join(struct buf *out, const struct fields *f)
{
	struct buf blob = BUF_INIT;
	size_t i;

	buf_add(&blob, "SSHSIG", 6);
	put_u32(&blob, f->version);
	for (i = 0; i < 5; i++)
		put_string(&blob, f->f[i].ptr, f->f[i].len);
	buf_add(&blob, f->trailing.ptr, f->trailing.len);
	armor(out, blob.ptr, blob.len);
	buf_release(&blob);
}

static void fields_release(struct fields *f)
{
	size_t i;

	for (i = 0; i < 5; i++)
		buf_release(&f->f[i]);
	buf_release(&f->trailing);
}

/* The binary signature of an armored one. */
static void blob_of(struct buf *out, const char *armored)
{
	struct sshsig parsed;

	sshsig_parse(&parsed, armored, strlen(armored));
	buf_reset(out);
	buf_add(out, parsed.blob.ptr, parsed.blob.len);
	sshsig_release(&parsed);
}

/* ------------------------------------------------------------------ */

static void test_parse(void)
{
	struct sshsig s;

	is_int(sshsig_parse(&s, ed_sig, strlen(ed_sig)), 0, "an Ed25519 "
	       "signature parses");
	is_int(s.version, 1, "version 1");
	is_str(s.key_type, "ssh-ed25519", "its key type");
	is_int(s.type, SSHSIG_KEY_ED25519, "a handled type");
	is_str(s.namespace, "test", "its namespace");
	is_str(s.hash_alg, "sha512", "its hash algorithm");
	is_int(s.signature_len, 4 + 11 + 4 + 64, "its signature field");
	ok(!s.problem.len, "nothing left unread");
	ok(sshsig_handled(&s, when), "handled here");
	ok(!sshsig_handled(&s, 0), "not at time 0, which ssh-keygen refuses");
	ok(!sshsig_handled(&s, INT64_C(253402300800)),
	   "not after 9999, which ssh-keygen cannot be told");
	sshsig_release(&s);
	is_int(sshsig_parse(&s, ec_sig, strlen(ec_sig)), 0, "ECDSA parses");
	is_int(s.type, SSHSIG_KEY_ECDSA_P256, "as P-256");
	sshsig_release(&s);
	is_int(sshsig_parse(&s, rsa_sig, strlen(rsa_sig)), 0, "RSA parses");
	is_int(s.type, SSHSIG_KEY_RSA, "as RSA");
	sshsig_release(&s);
}

static void test_verdicts(void)
{
	static const struct {
		const char *name, *sig, *key, *good;
	} v[] = {
		{ "Ed25519", ed_sig, ed_key, ed_good },
		{ "ECDSA P-256", ec_sig, ec_key, ec_good },
		{ "RSA rsa-sha2-512", rsa_sig, rsa_key, rsa_good },
		{ "RSA rsa-sha2-256", rsa256_sig, rsa_key, rsa_good },
	};
	size_t i;
	char *al, *both;

	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		al = line("p@x KEY\n", v[i].key);
		both = line("q@x KEY\n", other_key);
		is_int(check(v[i].sig, al), SSHSIG_GOOD, "%s: good",
		       v[i].name);
		is_str(buf_cstr(&signer), "p@x", "%s: the principal",
		       v[i].name);
		is_str(buf_cstr(&detail), v[i].good, "%s: ssh-keygen's words",
		       v[i].name);
		is_int(check_at(v[i].sig, strlen(v[i].sig), "attested dat4\n",
				"test", when, al), SSHSIG_BAD,
		       "%s: other data is bad", v[i].name);
		is_str(buf_cstr(&detail), "Signature verification failed: "
		       "incorrect signature", "%s: saying so", v[i].name);
		is_int(check_at(v[i].sig, strlen(v[i].sig), data, "git", when,
				al), SSHSIG_BAD,
		       "%s: another namespace is bad", v[i].name);
		ok(strstr(buf_cstr(&detail), "namespace does not match"),
		   "%s: saying so", v[i].name);
		is_int(check(v[i].sig, both), SSHSIG_UNTRUSTED,
		       "%s: another key is untrusted", v[i].name);
		is_str(buf_cstr(&detail), "No principal matched.",
		       "%s: as ssh-keygen says", v[i].name);
		ok(!signer.len, "%s: with no signer", v[i].name);
		free(al);
		free(both);
	}
	al = line("p@x KEY\n", rsa_key);
	is_int(check(rsa_sha1_sig, al), SSHSIG_BAD,
	       "a SHA-1 RSA signature is refused, valid as it is");
	is_str(buf_cstr(&detail), "Couldn't verify signature: unsupported RSA "
	       "signature algorithm ssh-rsa", "as ssh-keygen refuses it");
	free(al);
	al = line("p@x KEY\n", ec_key);
	is_int(check(ed_sig, al), SSHSIG_UNTRUSTED,
	       "a key of another type never matches");
	free(al);
}

static void test_times(void)
{
	char *al;

	/* Messages show local time, as ssh-keygen's. */
	setenv("TZ", "UTC", 1);
	tzset();
	al = line("p@x valid-after=\"20240101000000Z\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_GOOD, "valid from the very second");
	free(al);
	al = line("p@x valid-after=\"20240101000001Z\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_UNTRUSTED, "not a second before");
	is_str(buf_cstr(&detail), "al:1: key is not yet valid: verify time "
	       "2024-01-01T00:00:00 < valid-after 2024-01-01T00:00:01; "
	       "No principal matched.", "with ssh-keygen's message");
	free(al);
	al = line("p@x valid-before=\"20240101000000Z\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_GOOD, "valid to the very second");
	free(al);
	al = line("p@x valid-before=\"202312312359Z\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_UNTRUSTED, "expired a minute before");
	ok(strstr(buf_cstr(&detail), "al:1: key has expired: verify time "
		  "2024-01-01T00:00:00 > valid-before 2023-12-31T23:59:00"),
	   "saying so");
	free(al);
	al = line("p@x VALID-AFTER=\"20231231UTC\",Valid-Before=\"20240102\" "
		  "KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_GOOD, "options in any case, UTC");
	free(al);
	al = line("p@x valid-after=\"20240102\",valid-before=\"20240101\" "
		  "KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_UNTRUSTED,
	       "before earlier than after makes the line invalid");
	ok(strstr(buf_cstr(&detail), "al:1: bad options: \"valid-before\" "
		  "time is before \"valid-after\""), "saying so");
	free(al);
	al = line("p@x valid-after=\"20250101\" KEY\nq@x KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_GOOD,
	       "the first line valid at the time gives the signer");
	is_str(buf_cstr(&signer), "q@x", "the second line's");
	free(al);

	/* Without Z: local time. UTC-2 is two hours east of Greenwich. */
	setenv("TZ", "UTC-2", 1);
	tzset();
	al = line("p@x valid-after=\"20240101020000\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_GOOD, "local time, as ssh-keygen");
	free(al);
	al = line("p@x valid-after=\"20240101020001\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_UNTRUSTED, "a second later, not yet");
	ok(strstr(buf_cstr(&detail), "verify time 2024-01-01T02:00:00 < "
		  "valid-after 2024-01-01T02:00:01"), "in local time too");
	free(al);
	al = line("p@x valid-after=\"20240101000001Z\" KEY\n", ed_key);
	is_int(check(ed_sig, al), SSHSIG_UNTRUSTED, "Z is still UTC");
	free(al);
	setenv("TZ", "UTC", 1);
	tzset();
}

static void test_allowed_lines(void)
{
	struct buf b = BUF_INIT;
	static const struct {
		const char *fmt, *title;
		int verdict;
		const char *signer;
	} lines[] = {
		{ "*@x KEY\n", "a pattern is a principal", SSHSIG_GOOD, "*@x" },
		{ "a@x,b@x KEY\n", "the first principal signs", SSHSIG_GOOD,
		  "a@x" },
		/* ssh-keygen prints "!p@x" first, then -I "!p@x" matches *@x */
		{ "!p@x,*@x KEY\n", "a negation first is ssh-keygen's signer",
		  SSHSIG_GOOD, "!p@x" },
		{ ",p@x KEY\n", "an empty first principal matches nobody",
		  SSHSIG_UNTRUSTED, "" },
		{ "  p@x\t KEY  comment\n", "blanks and a comment", SSHSIG_GOOD,
		  "p@x" },
		{ "# p@x KEY\n", "a comment line", SSHSIG_UNTRUSTED, "" },
		{ "p@x namespaces=\"te*,git\" KEY\n", "namespace patterns",
		  SSHSIG_GOOD, "p@x" },
		{ "p@x NameSpaces=\"a b,test\" KEY\n",
		  "quoted blanks in options", SSHSIG_GOOD, "p@x" },
		{ "p@x namespaces=\"git\" KEY\n", "a namespace not allowed",
		  SSHSIG_BAD, "p@x" },
		{ "p@x namespaces=\"*,!test\" KEY\n", "a namespace negated",
		  SSHSIG_BAD, "p@x" },
		{ "p@x cert-authority KEY\n",
		  "a certificate authority is not a signer", SSHSIG_UNTRUSTED,
		  "" },
		{ "p@x namespaces=test KEY\n", "unquoted values are invalid",
		  SSHSIG_UNTRUSTED, "" },
		{ "p@x nosuch KEY\n", "unknown options too", SSHSIG_UNTRUSTED,
		  "" },
		{ "p@x namespaces=\"test\", KEY\n", "so is a last comma",
		  SSHSIG_UNTRUSTED, "" },
		{ "\"p x\"@y KEY\n", "a quote ends the principals there",
		  SSHSIG_UNTRUSTED, "" },
		{ "\"p@x\" KEY\n", "quoted principals", SSHSIG_GOOD, "p@x" },
		{ "p@x ED25519 " "AAAAC3NzaC1lZDI1NTE5AAAAIL496q1IVOSFo324pc5"
		  "Iuj2oxvkfdCQH0o4C5/1Wps06\n", "no short type names",
		  SSHSIG_UNTRUSTED, "" },
		{ "p@x KEY\r\n", "CR LF", SSHSIG_GOOD, "p@x" },
		{ "p@x KEY", "no newline at the end", SSHSIG_GOOD, "p@x" },
		{ "p@x\n", "principals alone", SSHSIG_UNTRUSTED, "" },
	};
	size_t i;

	for (i = 0; i < sizeof(lines) / sizeof(lines[0]); i++) {
		char *al = line(lines[i].fmt, ed_key);

		is_int(check(ed_sig, al), lines[i].verdict, "%s",
		       lines[i].title);
		is_str(buf_cstr(&signer), lines[i].signer, "%s: signer",
		       lines[i].title);
		free(al);
	}
	buf_reset(&b);
	buf_printf(&b, "p@x namespaces=\"git\" %s\np@x %s\n", ed_key, ed_key);
	is_int(check(ed_sig, b.ptr), SSHSIG_GOOD,
	       "another line of the principal may allow the namespace");
	buf_reset(&b);
	buf_printf(&b, "p@x namespaces=\"git\" %s\nq@x %s\n", ed_key, ed_key);
	is_int(check(ed_sig, b.ptr), SSHSIG_BAD,
	       "but not a line of another principal");
	is_str(buf_cstr(&detail), "al:1: key is not permitted for use in "
	       "signature namespace \"test\"", "as ssh-keygen says");
	buf_reset(&b);
	buf_printf(&b, "p@x\n\"unterminated %s\np@x %s\n", ed_key, ed_key);
	is_int(check(ed_sig, b.ptr), SSHSIG_GOOD,
	       "invalid lines are skipped");
	buf_reset(&b);
	buf_printf(&b, "p@x\nq@x nosuch %s\n", ed_key);
	is_int(check(ed_sig, b.ptr), SSHSIG_UNTRUSTED, "and said when "
	       "nothing matched");
	is_str(buf_cstr(&detail), "al:1: missing key; al:2: bad options: "
	       "unknown key option; No principal matched.", "every one");
	buf_release(&b);
}

static void test_patterns(void)
{
	static const struct {
		const char *s, *p;
		int want;
	} t[] = {
		{ "ada@x", "ada@x", 1 },
		{ "ada@x", "*@x", 1 },
		{ "ada@x", "a?a@*", 1 },
		{ "ada@x", "a*a*a@x", 0 },
		{ "aaa@x", "a*a*a@x", 1 },
		{ "ada@x", "bob@x,ada@x", 1 },
		{ "ada@x", "*,!ada@x", -1 },
		{ "ada@x", "!ada@x,*", -1 },
		{ "ada@x", "!bob@x", 0 },
		{ "ada@x", "ADA@x", 0 },
		{ "", "", 0 },
		{ "", ",x", 1 },
		{ "x", "x,", 1 },
		{ "a*b", "a*b", 1 },
		{ "ab", "*?*?*", 1 },
		{ "a", "*?*?*", 0 },
	};
	struct buf longp = BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		is_int(sshsig_match_list(t[i].s, t[i].p), t[i].want,
		       "'%s' against '%s'", t[i].s, t[i].p);
	/* OpenSSH copies each pattern into 1024 bytes: longer ones fail. */
	buf_puts(&longp, "x,");
	for (i = 0; i < 1023; i++)
		buf_putc(&longp, '*');
	is_int(sshsig_match_list("x", longp.ptr), 0,
	       "a pattern of 1023 characters fails the whole list");
	longp.ptr[longp.len - 1] = '\0';
	is_int(sshsig_match_list("x", longp.ptr), 1, "1022 is still read");
	buf_release(&longp);
}

static void test_encoding(void)
{
	struct fields f;
	struct buf sig = BUF_INIT, text = BUF_INIT;
	char *al = line("p@x KEY\n", ed_key);

	split(&f, ed_sig);
	f.version = 0;
	join(&sig, &f);
	is_int(check(sig.ptr, al), SSHSIG_GOOD, "version 0 is read, as "
	       "OpenSSH reads it");
	f.version = 2;
	join(&sig, &f);
	is_int(check(sig.ptr, al), PARSE_ERROR, "version 2 is not");
	ok(strstr(buf_cstr(&detail), "version 2 is not supported"), "saying "
	   "so");
	f.version = 1;
	buf_puts(&f.f[2], "reserved");
	join(&sig, &f);
	is_int(check(sig.ptr, al), SSHSIG_GOOD, "the reserved field is not "
	       "signed");
	buf_reset(&f.f[2]);
	buf_putc(&f.f[1], '\0');
	join(&sig, &f);
	is_int(check(sig.ptr, al), SSHSIG_GOOD, "a NUL ending the namespace "
	       "is dropped, as OpenSSH does");
	buf_reset(&f.f[1]);
	buf_add(&f.f[1], "te\0st", 5);
	join(&sig, &f);
	is_int(check(sig.ptr, al), SSHSIG_BAD, "one inside it is bad");
	buf_reset(&f.f[1]);
	buf_puts(&f.f[1], "test");
	buf_puts(&f.trailing, "x");
	join(&sig, &f);
	is_int(check(sig.ptr, al), SSHSIG_BAD, "trailing data is bad");
	is_str(buf_cstr(&detail), "Signature contains trailing data",
	       "as ssh-keygen says");
	is_str(buf_cstr(&signer), "p@x", "once the signer is known");
	is_int(check(sig.ptr, "q@x nothing\n"), SSHSIG_UNTRUSTED,
	       "without one, untrusted first, as ssh-keygen");
	buf_reset(&f.trailing);
	buf_reset(&f.f[3]);
	buf_puts(&f.f[3], "sha384");
	join(&sig, &f);
	is_int(check(sig.ptr, al), SSHSIG_BAD, "sha384 is not a hash of "
	       "SSHSIG");
	is_str(buf_cstr(&detail), "unsupported hash algorithm \"sha384\"",
	       "saying so");
	buf_reset(&f.f[3]);
	buf_puts(&f.f[3], "sha512");
	buf_putc(&f.f[0], 'x');
	join(&sig, &f);
	is_int(check(sig.ptr, al), PARSE_ERROR, "a key with trailing data "
	       "cannot be read");
	fields_release(&f);

	/* The armor, as OpenSSH reads it. */
	buf_puts(&text, ed_sig);
	buf_puts(&text, "anything after the end\n");
	is_int(check(text.ptr, al), SSHSIG_GOOD, "text after the end");
	buf_reset(&text);
	buf_puts(&text, "-----BEGIN SSH SIGNATURE-----\r\n");
	buf_puts(&text, ed_sig + 30);
	is_int(check(text.ptr, al), SSHSIG_GOOD, "CR LF after the first line");
	buf_reset(&text);
	buf_puts(&text, "-----BEGIN SSH SIGNATURE----- \n");
	buf_puts(&text, ed_sig + 30);
	is_int(check(text.ptr, al), PARSE_ERROR, "not a blank");
	buf_reset(&text);
	buf_add(&text, ed_sig, 100);
	buf_puts(&text, " \t\v\f\r\n");
	buf_puts(&text, ed_sig + 100);
	is_int(check(text.ptr, al), SSHSIG_GOOD, "white space in the base64");
	free(al);
	al = line("p@x KEY\n", ec_key);
	is_int(check(ec_sig, al), SSHSIG_GOOD, "padded base64");
	buf_reset(&text);
	buf_puts(&text, ec_sig);
	memmove(strchr(text.ptr, '='), strchr(text.ptr, '=') + 1,
		strlen(strchr(text.ptr, '=')));
	is_int(check(text.ptr, al), PARSE_ERROR, "padding is required");
	is_str(buf_cstr(&detail), "cannot parse the SSH signature: invalid "
	       "base64", "saying so");
	buf_reset(&text);
	buf_puts(&text, ec_sig);
	*(strchr(text.ptr, '=') - 1) = 'd';
	is_int(check(text.ptr, al), PARSE_ERROR, "stray bits before the "
	       "padding are refused");
	buf_reset(&text);
	buf_puts(&text, ec_sig);
	*strchr(text.ptr, '+') = '-';
	is_int(check(text.ptr, al), PARSE_ERROR, "the URL-safe alphabet too");
	free(al);
	buf_release(&text);
	buf_release(&sig);
}

/* Certificates, security keys and unknown types: ssh-keygen's job. */
static void test_unhandled(void)
{
	static const char *const types[] = {
		"sk-ssh-ed25519@openssh.com",
		"ssh-ed25519-cert-v01@openssh.com",
		"ssh-dss",
		"ssh-future-type",
	};
	struct fields f;
	struct buf sig = BUF_INIT;
	size_t i;

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		split(&f, ed_sig);
		buf_reset(&f.f[0]);
		put_string(&f.f[0], types[i], strlen(types[i]));
		put_string(&f.f[0], "0123456789abcdef0123456789abcdef", 32);
		join(&sig, &f);
		is_int(check(sig.ptr, "p@x nothing\n"), UNHANDLED,
		       "%s is left to ssh-keygen", types[i]);
		fields_release(&f);
	}
	buf_release(&sig);
}

/* Hostile input: never a crash, never an over-read, never GOOD. */
static void test_hostile(void)
{
	static const char nul_sig[] = "-----BEGIN SSH SIGNATURE-----\n"
		"AAAA\0AAAA\n-----END SSH SIGNATURE-----\n";
	struct buf blob = BUF_INIT, sig = BUF_INIT, cut = BUF_INIT;
	char *al = line("p@x KEY\n", rsa_key);
	size_t i, bit, len = strlen(rsa_sig), good = 0, bad = 0;
	int v;

	/*
	 * Every prefix of the armored text, copied so that ASan sees its
	 * end. Only the last newline may go: nothing after the last line
	 * is read.
	 */
	for (i = 0; i < len; i++) {
		char *copy = xmalloc(i ? i : 1);

		memcpy(copy, rsa_sig, i);
		v = check_at(copy, i, data, "test", when, al);
		good += v == SSHSIG_GOOD && i < len - 1;
		free(copy);
	}
	is_int(good, 0, "no shorter prefix of the armored text is good");
	blob_of(&blob, rsa_sig);
	good = bad = 0;
	for (i = 0; i < blob.len; i++) {
		armor(&sig, blob.ptr, i);
		v = check_at(sig.ptr, sig.len, data, "test", when, al);
		good += v == SSHSIG_GOOD;
		bad += v == SSHSIG_BAD || v == PARSE_ERROR;
	}
	is_int(good, 0, "no prefix of the signature is good");
	is_int(bad, blob.len, "every one is bad");
	good = 0;
	for (i = 0; i < blob.len; i++) {
		for (bit = 0; bit < 8; bit++) {
			blob.ptr[i] ^= (char)(1 << bit);
			armor(&sig, blob.ptr, blob.len);
			v = check_at(sig.ptr, sig.len, data, "test", when, al);
			/* Version 1 to 0 is the only harmless change. */
			if (v == SSHSIG_GOOD && !(i == 9 && bit == 0))
				good++;
			blob.ptr[i] ^= (char)(1 << bit);
		}
	}
	is_int(good, 0, "no other one-bit change is good");
	/* Lengths that point far past the end. */
	for (i = 10; i + 4 <= blob.len; i++) {
		buf_reset(&cut);
		buf_add(&cut, blob.ptr, blob.len);
		memcpy(cut.ptr + i, "\xff\xff\xff\xff", 4);
		armor(&sig, cut.ptr, cut.len);
		v = check_at(sig.ptr, sig.len, data, "test", when, al);
		good += v == SSHSIG_GOOD;
	}
	is_int(good, 0, "huge lengths anywhere are never good");
	is_int(check_at(nul_sig, sizeof(nul_sig) - 1, data, "test", when, al),
	       PARSE_ERROR, "a NUL in the base64");
	free(al);
	buf_release(&blob);
	buf_release(&sig);
	buf_release(&cut);
}

int main(void)
{
	buf_init(&signer);
	buf_init(&detail);
	setenv("TZ", "UTC", 1);
	tzset();
	test_parse();
	test_verdicts();
	test_times();
	test_allowed_lines();
	test_patterns();
	test_encoding();
	test_unhandled();
	test_hostile();
	buf_release(&signer);
	buf_release(&detail);
	return done_testing();
}
