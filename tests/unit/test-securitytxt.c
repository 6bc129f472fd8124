#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "openpgp_clearsign.h"
#include "rfc3339.h"
#include "securitytxt.h"
#include "tap.h"

#define NOW 1672561143		/* 2023-01-01T08:19:03Z */

#define VALID \
	"Contact: mailto:security@example.org\n" \
	"Expires: 2023-06-01T00:00:00Z\n"

static struct securitytxt st;

static void parse_at(const char *data, size_t len, int64_t now)
{
	securitytxt_release(&st);
	if (securitytxt_parse(&st, data, len, now))
		printf("# parse failed: %s\n", error_last());
}

static void parse_n(const char *data, size_t len)
{
	parse_at(data, len, NOW);
}

static void parse(const char *data)
{
	parse_n(data, strlen(data));
}

static const struct sectxt_problem *find(const char *code)
{
	size_t i;

	for (i = 0; i < st.nproblems; i++)
		if (!strcmp(st.problems[i].code, code))
			return &st.problems[i];
	return NULL;
}

static size_t count(const char *code)
{
	size_t i, n = 0;

	for (i = 0; i < st.nproblems; i++)
		n += !strcmp(st.problems[i].code, code);
	return n;
}

static void show(void)
{
	size_t i;

	for (i = 0; i < st.nproblems; i++)
		printf("#   %u:%u: %s: %s [%s]\n", st.problems[i].line,
		       st.problems[i].column,
		       securitytxt_severity_name(st.problems[i].severity),
		       st.problems[i].message, st.problems[i].code);
}

/* Exactly one problem, with this code, line and column. */
static void only(const char *code, unsigned line, unsigned column,
		 const char *what)
{
	const struct sectxt_problem *p = find(code);
	int good = st.nproblems == 1 && p && p->line == line &&
		p->column == column;

	if (!ok(good, "%s: %s at %u:%u", what, code, line, column))
		show();
}

static void clean(const char *what)
{
	if (!ok(st.nproblems == 0, "%s: no problem", what))
		show();
}

static void test_minimal(void)
{
	const struct sectxt_field *f;

	parse(VALID);
	clean("a minimal file");
	is_int(st.nfields, 2, "two fields");
	ok(st.has_expires, "expires is known");
	is_int(st.expires, 1685577600, "expires is 2023-06-01");
	ok(!st.is_signed && st.signature == SECTXT_UNSIGNED, "not signed");

	f = securitytxt_field(&st, "contact", 0);
	ok(f != NULL, "fields are found by any case");
	if (f) {
		is_str(f->name, "Contact", "the name is kept as written");
		is_str(f->value, "mailto:security@example.org", "the value");
		is_int(f->line, 1, "the field's line");
		is_int(f->name_column, 1, "the name's column");
		is_int(f->column, 10, "the value's column");
	}
	ok(securitytxt_field(&st, "CONTACT", 1) == NULL,
	   "no second Contact");

	parse("Contact: mailto:security@example.org\r\n"
	      "Expires: 2023-06-01T00:00:00Z\r\n");
	clean("crlf line endings");
	is_str(st.fields[1].value, "2023-06-01T00:00:00Z",
	       "no carriage return in values");

	parse("cONTACT: mailto:security@example.org\r\n"
	      "\t \r\n"
	      "# a comment\n"
	      "#\n"
	      "eXpIrEs: 2023-06-01T00:00:00Z \t\r\n"
	      "contact: tel:+1-201-555-0123\n"
	      "contact: https://example.org/report \n"
	      "\n");
	clean("mixed case names, blank lines, mixed line endings");
	f = securitytxt_field(&st, "Contact", 2);
	ok(f && !strcmp(f->value, "https://example.org/report"),
	   "contacts keep their order and lose trailing blanks");
}

static void test_all_fields(void)
{
	parse("# Our security address\n"
	      "Contact: mailto:security@example.org\n"
	      "Contact: https://example.org/security\n"
	      "Expires: 2023-12-31T18:37:07z\n"
	      "Encryption: https://example.org/pgp-key.txt\n"
	      "Encryption: openpgp4fpr:"
	      "5f2de5521c63a801ab59ccb603d49de44b29100f\n"
	      "Encryption: dns:5d2d37ab76d47d36._openpgpkey.example.com"
	      "?type=OPENPGPKEY\n"
	      "Acknowledgments: https://example.org/hall-of-fame.html\n"
	      "Policy: https://example.org/policy.html\n"
	      "Hiring: https://example.org/jobs.html\n"
	      "Canonical: https://example.org/.well-known/security.txt\n"
	      "Canonical: https://www.example.org/.well-known/security.txt\n"
	      "CSAF: https://example.org/.well-known/csaf/"
	      "provider-metadata.json\n"
	      "Preferred-Languages: en, fr-CA, zh-Hant-TW\n"
	      "X-Extension: anything at all: even colons\n");
	clean("every field of the rfc");
	is_int(st.nfields, 14, "all fields kept");
	ok(securitytxt_field(&st, "x-extension", 0) != NULL,
	   "unknown fields are kept");
}

static void test_required(void)
{
	parse("Expires: 2023-06-01T00:00:00Z\n");
	only("missing-contact", 0, 0, "no Contact");
	is_str(st.problems[0].message, "no Contact field", "its message");
	is_int(st.problems[0].severity, SECTXT_ERROR, "it is an error");

	parse("Contact: mailto:security@example.org\n");
	only("missing-expires", 0, 0, "no Expires");
	ok(!st.has_expires && st.expires == 0, "no expiry time");

	parse_n("", 0);
	is_int(st.nproblems, 2, "an empty file: two problems");
	ok(find("missing-contact") && find("missing-expires"),
	   "an empty file misses Contact and Expires");

	parse("\n\n# only comments\n");
	is_int(securitytxt_count_errors(&st), 2, "comments only: 2 errors");
}

static void test_expires(void)
{
	parse(VALID "Expires: 2023-07-01T00:00:00Z\n");
	only("expires-multiple", 3, 1, "two Expires");
	is_int(st.expires, 1685577600, "the first Expires counts");

	parse("Contact: mailto:a@example.org\nExpires: 2023-02-29T00:00:00Z\n");
	only("expires-invalid", 2, 10, "29 february 2023");
	ok(!st.has_expires, "an invalid Expires sets no time");
	parse("Contact: mailto:a@example.org\nExpires: tomorrow\n");
	only("expires-invalid", 2, 10, "a word");
	parse("Contact: mailto:a@example.org\nExpires: 2023-06-01\n");
	only("expires-invalid", 2, 10, "a date without a time");
	parse("Contact: mailto:a@example.org\nExpires: 2023-06-01T00:00Z\n");
	only("expires-invalid", 2, 10, "a time without seconds");
	parse("Contact: mailto:a@example.org\nExpires: 2023-06-01T00:00:00\n");
	only("expires-invalid", 2, 10, "a time without an offset");
	parse("Contact: mailto:a@example.org\n"
	      "Expires: Thu, 01 Jun 2023 00:00:00 GMT\n");
	only("expires-invalid", 2, 10, "an http date");
	parse_at("Contact: mailto:a@example.org\n"
		 "Expires: 2024-02-29T00:00:00Z\n",
		 strlen("Contact: mailto:a@example.org\n"
			"Expires: 2024-02-29T00:00:00Z\n"), 1704067200);
	clean("29 february 2024");
	parse("Contact: mailto:a@example.org\n"
	      "Expires: 2023-06-01T02:00:00+02:00\n");
	clean("an offset");
	is_int(st.expires, 1685577600, "the offset is applied");

	parse("Contact: mailto:a@example.org\nExpires: 2022-12-31T23:59:59Z\n");
	only("expired", 2, 10, "a past date");
	is_str(st.problems[0].message, "expired on 2022-12-31T23:59:59Z",
	       "the message says when");
	is_int(st.problems[0].severity, SECTXT_ERROR, "expired is an error");
	parse("Contact: mailto:a@example.org\nExpires: 2023-01-01T08:19:03Z\n");
	only("expired", 2, 10, "expiring at the evaluation time itself");
	parse("Contact: mailto:a@example.org\nExpires: 2023-01-01T08:19:04Z\n");
	clean("expiring one second after the evaluation time");

	parse("Contact: mailto:a@example.org\nExpires: 2024-01-01T08:19:03Z\n");
	clean("exactly a year ahead");
	parse("Contact: mailto:a@example.org\nExpires: 2024-01-01T08:19:04Z\n");
	only("expires-far", 2, 10, "a year and a second ahead");
	is_int(st.problems[0].severity, SECTXT_WARNING, "far is a warning");

	/* from 29 february a year on is 1 march */
	parse_at("Contact: mailto:a@example.org\n"
		 "Expires: 2025-03-01T12:00:00Z\n",
		 strlen("Contact: mailto:a@example.org\n"
			"Expires: 2025-03-01T12:00:00Z\n"), 1709208000);
	clean("a year after 29 february 2024");
	parse_at("Contact: mailto:a@example.org\n"
		 "Expires: 2025-03-01T12:00:01Z\n",
		 strlen("Contact: mailto:a@example.org\n"
			"Expires: 2025-03-01T12:00:01Z\n"), 1709208000);
	only("expires-far", 2, 10, "a year and a second after 29 february");

	parse("Contact: mailto:a@example.org\n"
	      "Expires: 2023-06-07 13:08:19+00:00\n");
	only("expires-space-separator", 2, 20, "a space for the T");
	is_int(st.problems[0].severity, SECTXT_WARNING,
	       "the space is only a warning");
	ok(st.has_expires, "and the time is still read");

	parse("Contact: mailto:a@example.org\n"
	      "Expires: 2023-06-07  13:08:19+00:00\n");
	only("expires-invalid", 2, 10, "two spaces for the T");
}

static void test_uris(void)
{
	parse("Contact: http://example.org/security\n"
	      "Expires: 2023-06-01T00:00:00Z\n");
	only("not-https", 1, 10, "an http Contact");
	is_str(st.problems[0].message, "Contact must use https",
	       "its message");
	parse(VALID "Policy: http://example.org/policy\n");
	only("not-https", 3, 9, "an http Policy");
	parse(VALID "Encryption: HTTP://example.org/key\n");
	only("not-https", 3, 13, "an http Encryption, upper case");
	parse(VALID "Canonical: http://example.org/.well-known/security.txt\n");
	only("not-https", 3, 12, "an http Canonical");
	parse(VALID "Hiring: http://example.org/jobs\n");
	only("not-https", 3, 9, "an http Hiring");
	parse(VALID "Acknowledgments: http://example.org/thanks\n");
	only("not-https", 3, 18, "an http Acknowledgments");
	parse(VALID "Policy: HTTPS://EXAMPLE.ORG/policy\n");
	clean("an upper-case https scheme");

	parse(VALID "Contact: xmpp:security@example.org\n");
	only("unexpected-scheme", 3, 10, "an xmpp Contact");
	is_int(st.problems[0].severity, SECTXT_WARNING, "it is a warning");
	parse(VALID "Policy: ftp://example.org/policy.txt\n");
	only("unexpected-scheme", 3, 9, "an ftp Policy");

	parse(VALID "Contact: not a uri\n");
	only("invalid-uri", 3, 13, "words");
	parse(VALID "Contact: security@example.org\n");
	only("invalid-uri", 3, 18, "a bare e-mail address");
	parse(VALID "Policy: https://exa mple.org/\n");
	only("invalid-uri", 3, 20, "a space in the host");
	parse(VALID "Policy: https://example.org/a b\n");
	only("invalid-uri", 3, 30, "a space in the path");
	parse(VALID "Policy: https://\n");
	only("invalid-uri", 3, 9, "https without a host");
	parse(VALID "Policy: https:/example.org\n");
	only("invalid-uri", 3, 9, "https without an authority");
	parse(VALID "Policy: https://example.org/%zz\n");
	only("invalid-uri", 3, 29, "a bad percent-encoding");
	parse(VALID "Policy: https://example.org/%4\n");
	only("invalid-uri", 3, 29, "a short percent-encoding");
	parse(VALID "Policy: https://example.org:80x/\n");
	only("invalid-uri", 3, 9 + 22, "a bad port");
	parse(VALID "Policy: https://example.org/a#b#c\n");
	only("invalid-uri", 3, 9 + 23, "two fragments");
	parse(VALID "Policy: https://example.org/caf\xc3\xa9\n");
	only("invalid-uri", 3, 9 + 23, "a non-ascii character");
	parse(VALID "Policy: https://example.org/<x>\n");
	only("invalid-uri", 3, 9 + 20, "angle brackets");
	parse(VALID "Policy: 1https://example.org/\n");
	only("invalid-uri", 3, 9, "a scheme starting with a digit");
	parse(VALID "Contact: mailto:\n");
	only("invalid-uri", 3, 10, "mailto without an address");
	is_str(st.problems[0].message,
	       "invalid Contact uri: mailto without an address",
	       "its message");
	parse(VALID "Contact: tel:\n");
	only("invalid-uri", 3, 10, "tel without a number");
	parse(VALID "Policy: \n");
	only("invalid-uri", 3, 9, "an empty value");

	parse(VALID
	      "Policy: https://user:pw@example.org:8443/a/b;c=d?q=1&r=/?#f/?\n"
	      "Policy: https://[::1]/\n"
	      "Policy: https://[2001:db8::7]:443/x\n"
	      "Policy: https://[2001:db8:0:0:0:0:0:7]/\n"
	      "Policy: https://[::ffff:192.0.2.1]/\n"
	      "Policy: https://[v1.fe80::a+en1]/\n"
	      "Policy: https://192.0.2.1/\n"
	      "Policy: https://example.org/%C3%A9\n"
	      "Policy: https://example.org\n"
	      "Policy: https://example.org:/\n"
	      "Contact: mailto:security@example.org?subject=report\n"
	      "Contact: tel:+1-201-555-0123\n");
	clean("rfc 3986 uris of every shape");

	parse(VALID "Policy: https://[1:2:3]/\n");
	only("invalid-uri", 3, 9 + 8, "a short ipv6 address");
	parse(VALID "Policy: https://[1::2::3]/\n");
	only("invalid-uri", 3, 9 + 8, "two '::' in ipv6");
	parse(VALID "Policy: https://[::1/\n");
	only("invalid-uri", 3, 9 + 8, "an unclosed '['");
	parse(VALID "Policy: https://[::ffff:192.0.2.256]/\n");
	only("invalid-uri", 3, 9 + 8, "an ipv4 octet over 255");

	parse(VALID "CSAF: https://example.org/.well-known/csaf/"
	      "provider-metadata.json\n");
	clean("a CSAF provider-metadata.json");
	parse(VALID "CSAF: https://example.org/csaf/provider-metadata.json"
	      "?v=2\n");
	clean("a CSAF provider-metadata.json with a query");
	parse(VALID "CSAF: https://example.org/csaf/index.json\n");
	only("csaf-not-provider-metadata", 3, 7, "a CSAF index.json");
	parse(VALID "CSAF: https://example.org/x-provider-metadata.json\n");
	only("csaf-not-provider-metadata", 3, 7,
	     "a CSAF path that only ends like one");
	parse(VALID "CSAF: http://example.org/provider-metadata.json\n");
	only("not-https", 3, 7, "an http CSAF");
	parse(VALID "CSAF: ftp://example.org/provider-metadata.json\n");
	only("not-https", 3, 7, "an ftp CSAF");
}

static void test_languages(void)
{
	parse(VALID "Preferred-Languages: en, fr-CA,de-CH-1996 ,\tsr-Latn-RS,"
	      "zh-Hant-TW, x-private, i-klingon, en-a-bbb-x-a-ccc, "
	      "zh-yue-HK, es-419, art-lojban, en-GB-oed, "
	      "hy-Latn-IT-arevela, de-DE-u-co-phonebk\n");
	clean("bcp 47 tags of every shape");

	parse(VALID "Preferred-Languages: en\nPreferred-Languages: fr\n");
	only("multiple-preferred-languages", 4, 1,
	     "two Preferred-Languages");
	parse(VALID "Preferred-Languages: en_US\n");
	only("bad-language-tag", 3, 22, "an underscore");
	parse(VALID "Preferred-Languages: en, e1\n");
	only("bad-language-tag", 3, 26, "a word");
	parse(VALID "Preferred-Languages: en,,fr\n");
	only("bad-language-tag", 3, 25, "an empty tag");
	parse(VALID "Preferred-Languages: en,\n");
	only("bad-language-tag", 3, 25, "a trailing comma");
	parse(VALID "Preferred-Languages: en fr\n");
	only("bad-language-tag", 3, 25, "a missing comma");
	parse(VALID "Preferred-Languages: en-\n");
	only("bad-language-tag", 3, 22, "a trailing hyphen");
	parse(VALID "Preferred-Languages: 12\n");
	only("bad-language-tag", 3, 22, "digits");
	parse(VALID "Preferred-Languages: x\n");
	only("bad-language-tag", 3, 22, "a lone x");
	parse(VALID "Preferred-Languages: en-a\n");
	only("bad-language-tag", 3, 22, "an extension without subtags");
	parse(VALID "Preferred-Languages: en-abcdefghi\n");
	only("bad-language-tag", 3, 22, "a subtag over 8 characters");
	parse(VALID "Preferred-Languages: en;q=0.5\n");
	only("bad-language-tag", 3, 22, "an http quality value");
}

static void test_syntax(void)
{
	parse(VALID "Policy https://example.org/policy\n");
	only("bad-field-syntax", 3, 7, "a space for the colon");
	is_str(st.problems[0].message, "expected ':' after the field name",
	       "its message");
	parse(VALID "Policy\n");
	only("bad-field-syntax", 3, 1, "no colon");
	is_str(st.problems[0].message,
	       "expected 'name: value', a comment or a blank line",
	       "its message");
	parse(VALID ": https://example.org/policy\n");
	only("bad-field-syntax", 3, 1, "no name");
	parse(VALID "Po licy: https://example.org/policy\n");
	only("bad-field-syntax", 3, 3, "a space in the name");
	parse(VALID "Policy : https://example.org/policy\n");
	only("bad-field-syntax", 3, 7, "a space before the colon");
	parse("Contact:mailto:a@example.org\nExpires: 2023-06-01T00:00:00Z\n");
	only("bad-field-syntax", 1, 9, "no space after the colon");
	ok(securitytxt_field(&st, "Contact", 0) != NULL,
	   "the field is kept all the same");
	parse("Contact:\tmailto:a@example.org\n"
	      "Expires: 2023-06-01T00:00:00Z\n");
	only("bad-field-syntax", 1, 9, "a tab after the colon");
	parse("Contact:  mailto:a@example.org\n"
	      "Expires: 2023-06-01T00:00:00Z\n");
	only("bad-field-syntax", 1, 10, "two spaces after the colon");
	parse(VALID "X-Empty: \n");
	clean("an empty extension field");
	parse(VALID "X-Empty:\n");
	only("bad-field-syntax", 3, 9, "an extension field without its space");
	parse(VALID " # indented comment\n");
	only("bad-continuation", 3, 1, "an indented line after a field");
	parse(VALID "\n  text\n");
	only("bad-continuation", 4, 1, "an indented line after a blank");
	is_str(st.problems[0].message,
	       "line starts with a blank but continues no field",
	       "its message");
	parse(VALID "Policy: https://example.org/\n  policy.html\n");
	only("bad-continuation", 4, 1, "a folded uri");
	is_str(st.problems[0].message,
	       "Policy cannot continue on a folded line", "its message");
}

static void test_extension_fields(void)
{
	const struct sectxt_field *f;

	parse(VALID "X-Note: first part\n \tsecond part\n\tthird\n"
	      "X-Other: o\n");
	clean("a folded extension field");
	f = securitytxt_field(&st, "x-note", 0);
	ok(f && !strcmp(f->value, "first part \tsecond part\tthird"),
	   "folded lines are joined without their line breaks");
	f = securitytxt_field(&st, "X-Other", 0);
	ok(f && f->line == 6, "the next field keeps its line");

	parse(VALID "!#$%&'*+-.^_`|~: odd but legal name\n");
	clean("an rfc 5322 field name of symbols");
	parse(VALID "X-Unicode: caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\x92\n");
	clean("utf-8 in an extension field");
	parse(VALID "# caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x94\x92\n");
	clean("utf-8 in a comment");
}

static void test_bytes(void)
{
	static const char nul[] = VALID "# a\0b\n";

	parse_n(nul, sizeof(nul) - 1);
	only("control-character", 3, 4, "a NUL in a comment");
	is_str(st.problems[0].message, "control character 0x00",
	       "its message");

	{
		static const char nul_contact[] =
			"Contact: mailto:a@example.org\0\n"
			"Expires: 2023-06-01T00:00:00Z\n";

		parse_n(nul_contact, sizeof(nul_contact) - 1);
		ok(find("control-character") && find("missing-contact"),
		   "a line with a NUL is not taken as a field");
	}
	{
		char zeros[4096];

		memset(zeros, 0, sizeof(zeros));
		parse_n(zeros, sizeof(zeros));
		ok(find("control-character") && find("no-final-newline"),
		   "4 KiB of NULs: reported, no crash");
	}

	parse(VALID "# bell\a\n");
	only("control-character", 3, 7, "a bell");
	parse(VALID "# del\x7f\n");
	only("control-character", 3, 6, "a delete");
	parse(VALID "# vt\v\n");
	only("control-character", 3, 5, "a vertical tab");
	parse(VALID "# form feed\f\n");
	only("control-character", 3, 12, "a form feed");
	parse(VALID "# old mac\rline\n");
	only("bare-cr", 3, 10, "a carriage return inside a line");
	parse(VALID "# cr cr lf\r\r\n");
	only("bare-cr", 3, 11, "two carriage returns before the lf");

	parse(VALID "# latin-1 caf\xe9\n");
	only("invalid-utf8", 3, 14, "a latin-1 byte");
	is_str(st.problems[0].message, "invalid utf-8 byte 0xe9",
	       "its message");
	parse(VALID "# overlong \xc0\xaf\n");
	only("invalid-utf8", 3, 12, "an overlong slash");
	parse(VALID "# overlong \xe0\x80\xaf\n");
	only("invalid-utf8", 3, 12, "a three-byte overlong slash");
	parse(VALID "# surrogate \xed\xa0\x80\n");
	only("invalid-utf8", 3, 13, "a utf-16 surrogate");
	parse(VALID "# beyond \xf4\x90\x80\x80\n");
	only("invalid-utf8", 3, 10, "a code point past U+10FFFF");
	parse(VALID "# \xf5\x80\x80\x80\n");
	only("invalid-utf8", 3, 3, "an f5 lead byte");
	parse(VALID "# cut \xe2\x82\n");
	only("invalid-utf8", 3, 7, "a truncated sequence");
	parse(VALID "# lone \x80\n");
	only("invalid-utf8", 3, 8, "a lone continuation byte");
	parse_n(VALID "# end \xe2", strlen(VALID) + 7);
	ok(find("invalid-utf8") && find("no-final-newline") &&
	   st.nproblems == 2, "a sequence cut by the end of the file");

	parse("Contact: mailto:a@exampl\xe9.org\n"
	      "Expires: 2023-06-01T00:00:00Z\n");
	ok(find("invalid-utf8") && find("missing-contact"),
	   "a line that is not utf-8 is not taken as a field");

	parse("\xef\xbb\xbf" VALID);
	only("utf8-bom", 1, 1, "a byte order mark");
	ok(st.nfields == 2 && st.fields[0].column == 13 &&
	   st.fields[0].name_column == 4,
	   "the fields after a bom are still read, at their columns");
}

static void test_line_endings(void)
{
	parse("Contact: mailto:a@example.org\nExpires: 2023-06-01T00:00:00Z");
	only("no-final-newline", 2, 30, "a last line without its line feed");
	is_str(st.problems[0].message, "last line has no line ending",
	       "its message");
	ok(st.has_expires, "the last line is still read");

	parse(VALID "# comment\r");
	ok(find("no-final-newline") && find("bare-cr") && st.nproblems == 2,
	   "a final carriage return alone");

	parse("Contact: mailto:a@example.org");
	ok(find("no-final-newline") && find("missing-expires") &&
	   st.nproblems == 2, "no line feed at all");

	parse("\r\n\r\n" VALID "\r\n");
	clean("leading and trailing blank lines");
}

static void test_limits(void)
{
	struct buf b = BUF_INIT;
	size_t i;

	buf_puts(&b, VALID);
	while (b.len < SECTXT_MAX_SIZE - 1)
		buf_puts(&b, "#");
	buf_puts(&b, "\n");
	parse_n(b.ptr, b.len);
	if (!ok(b.len == SECTXT_MAX_SIZE && find("field-too-long") == NULL &&
		find("too-large") == NULL && !securitytxt_count_errors(&st),
		"exactly 32 KiB is accepted"))
		show();

	buf_puts(&b, "\n");
	parse_n(b.ptr, b.len);
	only("too-large", 0, 0, "32 KiB and a byte");
	is_str(st.problems[0].message,
	       "file of 32769 bytes is larger than 32768 bytes",
	       "its message");

	buf_reset(&b);
	for (i = 0; i < 1024 * 1024; i++)
		buf_putc(&b, (char)("Contact: \n\0\xff#"[i % 13]));
	parse_n(b.ptr, b.len);
	only("too-large", 0, 0, "a megabyte of mixed bytes");

	buf_reset(&b);
	buf_puts(&b, VALID "X-Long: ");
	for (i = 0; i < 100000; i++)
		buf_putc(&b, 'a');
	buf_puts(&b, "\n");
	parse_n(b.ptr, b.len);
	only("too-large", 0, 0, "a line of 100k characters");

	buf_reset(&b);
	buf_puts(&b, VALID "X-Long: ");
	for (i = 0; i < 30000; i++)
		buf_putc(&b, 'a');
	buf_puts(&b, "\n");
	parse_n(b.ptr, b.len);
	only("field-too-long", 3, 1, "a field of 30k characters");
	is_int(st.problems[0].severity, SECTXT_WARNING,
	       "a long field is a warning");

	buf_reset(&b);
	for (i = 0; i < 30000; i++)
		buf_putc(&b, 'x');
	parse_n(b.ptr, b.len);
	ok(find("no-final-newline") && find("bad-field-syntax") &&
	   find("missing-contact") && find("missing-expires"),
	   "30k characters without a line feed");

	buf_reset(&b);
	buf_puts(&b, VALID "X-Fold: a\n");
	for (i = 0; i < 1500; i++)
		buf_puts(&b, " bcdefghij\n");
	parse_n(b.ptr, b.len);
	ok(find("field-too-long") && find("too-many-lines") &&
	   !securitytxt_count_errors(&st),
	   "a field folded over 1500 lines");
	ok(find("too-many-lines") && find("too-many-lines")->line == 1001,
	   "too many lines is reported at line 1001");

	buf_reset(&b);
	buf_puts(&b, VALID);
	for (i = 0; i < 10000; i++)
		buf_puts(&b, "\n");
	parse_n(b.ptr, b.len);
	only("too-many-lines", 1001, 0, "10000 blank lines");

	buf_reset(&b);
	for (i = 0; i < 16000; i++)
		buf_puts(&b, ":\n");
	parse_n(b.ptr, b.len);
	ok(count("bad-field-syntax") == 16000,
	   "16000 bad lines are each reported");

	buf_release(&b);
}

#define SIGNATURE \
	"-----BEGIN PGP SIGNATURE-----\n" \
	"\n" \
	"iHUEARYKAB0WIQSsP2kEdoKDVFpSg6u3rK+YCkjapwUCY9qRaQAKCRC3rK+YCkja\n" \
	"MTHYHajOzjwpwlQVrjkK419igx4imgk=\n" \
	"=KONn\n" \
	"-----END PGP SIGNATURE-----\n"

#define SIGNED_HEAD \
	"-----BEGIN PGP SIGNED MESSAGE-----\n" \
	"Hash: SHA256\n" \
	"\n"

#define SIGNED SIGNED_HEAD VALID SIGNATURE

static void test_signed_structure(void)
{
	const struct sectxt_field *f;
	size_t i;

	parse(SIGNED);
	ok(st.is_signed, "a cleartext-signed file is recognised");
	is_int(st.signature, SECTXT_SIG_UNCHECKED, "its signature unchecked");
	ok(find("signature-unverified") && find("signed-without-canonical") &&
	   st.nproblems == 2 && !securitytxt_count_errors(&st),
	   "only warnings: unchecked signature, no Canonical");
	is_int(find("signature-unverified")->line, 6,
	       "the signature warning points at the signature");
	f = securitytxt_field(&st, "Expires", 0);
	ok(f && f->line == 5 && f->column == 10,
	   "fields are placed at the lines of the file");

	parse(SIGNED_HEAD VALID
	      "Canonical: https://example.org/.well-known/security.txt\n"
	      "- -X-Dash: escaped\n"
	      "- # escaped comment\n"
	      SIGNATURE);
	only("signature-unverified", 9, 1, "dash-escaped lines");
	f = securitytxt_field(&st, "-X-Dash", 0);
	ok(f && f->line == 7 && f->name_column == 3 && f->column == 12,
	   "a dash-escaped field is read without its escape");

	parse("-----BEGIN PGP SIGNED MESSAGE-----\r\n"
	      "Hash: SHA512\r\n"
	      "\r\n"
	      "Contact: mailto:a@example.org\r\n"
	      "Expires: 2023-06-01T00:00:00Z\r\n"
	      "Canonical: https://example.org/.well-known/security.txt\r\n"
	      "-----BEGIN PGP SIGNATURE-----\r\n"
	      "Version: GnuPG v2.2\r\n"
	      "Comment: a comment\r\n"
	      "\r\n"
	      "iHUEARYKAB0WIQSsP2kEdoKDVFpSg6u3rK+Y"
	      "CkjapwUCY9qRaQAKCRC3rK+YCkja\r\n"
	      "=KONn\r\n"
	      "-----END PGP SIGNATURE-----\r\n");
	only("signature-unverified", 7, 1, "crlf and signature headers");

	parse("-----BEGIN PGP SIGNED MESSAGE-----\n\n" VALID SIGNATURE);
	ok(!securitytxt_count_errors(&st), "no Hash header (rfc 9580)");

	parse("# before\n" SIGNED);
	ok(find("outside-signed-block") &&
	   find("outside-signed-block")->line == 1 &&
	   securitytxt_count_errors(&st) == 1, "content before the message");
	parse("Contact: https://evil.example/\n" SIGNED);
	ok(find("outside-signed-block") &&
	   securitytxt_count_errors(&st) == 1 &&
	   securitytxt_field(&st, "Contact", 1) == NULL,
	   "a field before the message is not read");
	parse("\n" SIGNED);
	ok(find("outside-signed-block") != NULL,
	   "a blank line before the message");
	parse(SIGNED "Contact: https://evil.example/\n");
	ok(find("outside-signed-block") &&
	   find("outside-signed-block")->line == 12 &&
	   securitytxt_count_errors(&st) == 1 &&
	   securitytxt_field(&st, "Contact", 1) == NULL,
	   "a field after the signature is an error, and not read");
	parse(SIGNED "\n");
	ok(find("outside-signed-block") != NULL,
	   "a blank line after the signature");
	parse(SIGNED SIGNED);
	ok(find("outside-signed-block") != NULL, "two signed messages");

	parse(SIGNED_HEAD VALID "-X-Dash: not escaped\n" SIGNATURE);
	ok(find("bad-dash-escape") && find("bad-dash-escape")->line == 6,
	   "a line starting with '-' that is not escaped");
	parse(SIGNED_HEAD VALID "-----END PGP SIGNATURE-----\n" SIGNATURE);
	ok(find("bad-dash-escape") != NULL, "an unescaped armor line");

	parse("-----BEGIN PGP SIGNED MESSAGE-----\n"
	      "Hash: SHA256\nComment: unsigned\n\n" VALID SIGNATURE);
	ok(find("bad-armor") && find("bad-armor")->line == 3,
	   "an armor header other than Hash");
	parse("-----BEGIN PGP SIGNED MESSAGE-----\nHash: SHA256\n"
	      "# no blank line\n" VALID SIGNATURE);
	ok(find("bad-armor") && find("bad-armor")->line == 3 &&
	   securitytxt_field(&st, "Contact", 0),
	   "no blank line after the headers; the text is still read");
	parse(SIGNED_HEAD VALID
	      "-----BEGIN PGP SIGNATURE-----\n\n"
	      "iHUEARYKAB0WIQSsP2k*doKDVFpSg6u3rK+Y"
	      "CkjapwUCY9qRaQAKCRC3rK+YCkja\n"
	      "-----END PGP SIGNATURE-----\n");
	ok(find("bad-armor") && find("bad-armor")->line == 8 &&
	   find("bad-armor")->column == 20,
	   "an invalid character in the signature");
	parse(SIGNED_HEAD VALID
	      "-----BEGIN PGP SIGNATURE-----\n\n"
	      "-----END PGP SIGNATURE-----\n");
	ok(find("bad-armor") != NULL, "an empty signature");
	parse(SIGNED_HEAD VALID
	      "-----BEGIN PGP SIGNATURE-----\n"
	      "iHUEARYKAB0WIQSsP2kEdoKDVFpSg6u3rK+Y"
	      "CkjapwUCY9qRaQAKCRC3rK+YCkja\n"
	      "-----END PGP SIGNATURE-----\n");
	ok(find("bad-armor") != NULL, "no blank line before the signature");
	parse(SIGNED_HEAD VALID
	      "-----BEGIN PGP SIGNATURE-----\n\nabc\n\ndef\n"
	      "-----END PGP SIGNATURE-----\n");
	ok(count("bad-armor") == 1, "a blank line inside the signature");
	parse(SIGNED_HEAD VALID
	      "-----BEGIN PGP SIGNATURE-----\n\nabc\n=KONn\ndef\n"
	      "-----END PGP SIGNATURE-----\n");
	ok(count("bad-armor") == 1, "data after the checksum");

	/* every prefix of a signed file: truncated armor anywhere */
	{
		const char *full = SIGNED_HEAD VALID
			"Canonical: https://example.org/.well-known/"
			"security.txt\n" SIGNATURE;
		size_t n = strlen(full), bad = 0;

		for (i = 1; i < n; i++) {
			parse_n(full, i);
			if (!securitytxt_count_errors(&st))
				bad++;
		}
		is_int(bad, 0, "each of %zu truncations is an error", n - 1);
		parse_n(full, n);
		ok(!securitytxt_count_errors(&st), "the whole is not");
	}
	parse(SIGNED_HEAD VALID);
	ok(find("bad-armor") &&
	   !strcmp(find("bad-armor")->message,
		   "missing '-----BEGIN PGP SIGNATURE-----'"),
	   "a signed message without a signature");
	ok(find("signature-unverified") == NULL,
	   "no signature warning without a signature");
	parse(SIGNED_HEAD VALID "-----BEGIN PGP SIGNATURE-----\n\nabc\n");
	ok(find("bad-armor") &&
	   !strcmp(find("bad-armor")->message,
		   "missing '-----END PGP SIGNATURE-----'"),
	   "a signature without its end");
	parse("-----BEGIN PGP SIGNED MESSAGE-----");
	ok(find("bad-armor") && find("no-final-newline"),
	   "only the first armor line");
	parse("-----BEGIN PGP SIGNATURE-----\nabc\n");
	ok(!st.is_signed && find("bad-field-syntax"),
	   "a signature without a signed message is just bad lines");
}

/*
 * Found by fuzzing: armor headers ending in a blank last line, with no
 * signature after them, put "missing END" on a line past the end.
 */
static void test_signature_cut_after_headers(void)
{
	/* The fuzzer's input, as it was found. */
	static const char cut[] =
		"\xef""\xbb""\xbf""-----BEGIN PGP SIGNED MESSAGE-----\n"
		"E-\x00""IN \n"
		"\x02""\n"
		"-----BEGIN PGP SIGNATURE-----\n"
		"----: \n"
		" ";
	unsigned lines = 1;
	size_t i;
	int inside = 1;

	for (i = 0; i < sizeof(cut) - 1; i++)
		lines += cut[i] == '\n';
	parse_n(cut, sizeof(cut) - 1);
	ok(find("bad-armor") != NULL,
	   "a signature cut after its headers is bad armor");
	for (i = 0; i < st.nproblems; i++)
		if (st.problems[i].line > lines)
			inside = 0;
	ok(inside, "every problem is on one of its %u lines", lines);
}

static void test_sorted(void)
{
	size_t i;
	int sorted = 1;

	parse("Policy: http://example.org/\n"
	      "Expires: 2020-01-01T00:00:00Z\n"
	      "Preferred-Languages: en_GB\n"
	      "Expires: x\n"
	      "bad line\n");
	for (i = 1; i < st.nproblems; i++)
		if (st.problems[i - 1].line > st.problems[i].line)
			sorted = 0;
	ok(sorted && st.nproblems == 7, "problems come in line order");
	is_str(st.problems[0].code, "missing-contact",
	       "whole-file problems first");
	for (i = 0; i < st.nproblems; i++)
		ok(st.problems[i].message[0] &&
		   st.problems[i].message[strlen(st.problems[i].message) - 1]
		   != '.', "message %zu has no full stop", i);

	/* problems found in two passes, interleaved line by line */
	{
		struct buf b = BUF_INIT;

		for (i = 0; i < SECTXT_MAX_LINES; i++)
			buf_puts(&b, i % 2 ? ":\n" : "Policy: a b\n");
		parse_n(b.ptr, b.len);
		for (i = 1; i < st.nproblems; i++)
			if (st.problems[i - 1].line > st.problems[i].line)
				sorted = 0;
		ok(sorted && st.nproblems == SECTXT_MAX_LINES + 2,
		   "1002 interleaved problems are put in order");
		ok(!strcmp(st.problems[0].code, "missing-contact") &&
		   !strcmp(st.problems[1].code, "missing-expires"),
		   "problems at the same place keep the order found");
		buf_release(&b);
	}
}

/* Mutate a valid signed file at random: nothing may crash or leak. */
static void test_mutations(void)
{
	const char *seed = SIGNED_HEAD VALID
		"Preferred-Languages: en, fr\n"
		"Policy: https://[::1]:8/p?q#f\n"
		"X-Fold: a\n b\n" SIGNATURE;
	size_t n = strlen(seed), i, k;
	unsigned long r = 12345;
	char *copy = xmalloc(n + 64);

	for (i = 0; i < 20000; i++) {
		size_t len = n;

		memcpy(copy, seed, n);
		for (k = 0; k < 1 + i % 4; k++) {
			r = r * 6364136223846793005UL + 1442695040888963407UL;
			switch ((r >> 33) % 3) {
			case 0:
				copy[(r >> 8) % len] = (char)(r >> 40);
				break;
			case 1:
				len = (r >> 8) % len + 1;
				break;
			default:
				copy[(r >> 8) % len] = "-\n\r: #\t,[]%"[
					(r >> 40) % 11];
				break;
			}
		}
		parse_n(copy, len);
	}
	free(copy);
	ok(1, "20000 mutated files parsed");
}

/* Open file descriptors, to see that running gpg leaks none; -1 when
 * the system cannot tell. */
static int count_fds(void)
{
	DIR *d = opendir("/proc/self/fd");
	int n = 0;

	if (!d)
		return -1;
	while (readdir(d))
		n++;
	closedir(d);
	return n;
}

static void test_no_gpg(void)
{
	const char *path = getenv("PATH");
	char *saved = path ? xstrdup(path) : NULL;
	enum clearsign_verdict v = CLEARSIGN_VALID;
	const char *reason = NULL;
	int rc;

	setenv("PATH", "/nonexistent", 1);
	rc = clearsign_verify(&v, &reason, SIGNED, strlen(SIGNED));
	ok(rc == 0 && v == CLEARSIGN_UNVERIFIED && reason &&
	   !strcmp(reason, "gpg not found"),
	   "without gpg the signature is unverified");
	parse(SIGNED);
	ok(!securitytxt_verify(&st, SIGNED, strlen(SIGNED)) &&
	   st.signature == SECTXT_SIG_UNVERIFIED &&
	   find("signature-unverified") &&
	   !strcmp(find("signature-unverified")->message,
		   "signature not verified: gpg not found") &&
	   !securitytxt_count_errors(&st),
	   "without gpg: a warning that says why");
	if (saved)
		setenv("PATH", saved, 1);
	else
		unsetenv("PATH");
	free(saved);
}

static int run(const char *cmd)
{
	return system(cmd) == 0 ? 0 : -1;
}

static int read_all(struct buf *out, const char *path)
{
	FILE *f = fopen(path, "rb");
	char chunk[4096];
	size_t n;

	if (!f)
		return -1;
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
	return 0;
}

static void test_gpg(void)
{
	char home[] = "/tmp/git-cra-test-gnupg-XXXXXX";
	char empty[] = "/tmp/git-cra-test-gnupg-empty-XXXXXX";
	struct buf cmd = BUF_INIT, signed_text = BUF_INIT;
	const char *text = VALID
		"Canonical: https://example.org/.well-known/security.txt\n"
		"-X-Dash: escaped by gpg\n";
	char *p;
	FILE *f;
	int fds;

	if (run("gpg --version >/dev/null 2>&1")) {
		ok(1, "# SKIP gpg not installed");
		return;
	}
	if (!mkdtemp(home) || !mkdtemp(empty)) {
		ok(0, "temporary directories");
		return;
	}
	setenv("GNUPGHOME", home, 1);
	buf_printf(&cmd, "%s/in.txt", home);
	f = fopen(cmd.ptr, "wb");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
	buf_reset(&cmd);
	buf_printf(&cmd,
		   "gpg --batch --passphrase '' --quick-gen-key "
		   "test@example.org ed25519 sign never >/dev/null 2>&1 && "
		   "gpg --batch --yes --pinentry-mode loopback --passphrase '' "
		   "--clearsign -o '%s/out.asc' '%s/in.txt' >/dev/null 2>&1",
		   home, home);
	if (!ok(!run(cmd.ptr), "a throw-away key signs a file"))
		goto done;
	buf_reset(&cmd);
	buf_printf(&cmd, "%s/out.asc", home);
	read_all(&signed_text, cmd.ptr);

	parse_n(signed_text.ptr, signed_text.len);
	ok(st.is_signed && !securitytxt_count_errors(&st),
	   "gpg's cleartext signature parses");
	ok(securitytxt_field(&st, "-X-Dash", 0) != NULL,
	   "gpg's dash-escaping is undone");
	fds = count_fds();
	ok(!securitytxt_verify(&st, signed_text.ptr, signed_text.len),
	   "verification runs");
	is_int(count_fds(), fds, "no file descriptor is left open");
	is_int(st.signature, SECTXT_SIG_VALID, "the signature is valid");
	if (!ok(st.nproblems == 0, "and no problem is left"))
		show();
	ok(!securitytxt_verify(&st, signed_text.ptr, signed_text.len) &&
	   st.signature == SECTXT_SIG_VALID && st.nproblems == 0,
	   "verifying twice changes nothing");

	p = strstr(signed_text.ptr, "2023-06-01");
	if (p)
		p[9] = '2';
	parse_n(signed_text.ptr, signed_text.len);
	ok(!securitytxt_verify(&st, signed_text.ptr, signed_text.len),
	   "verification of an altered file runs");
	is_int(st.signature, SECTXT_SIG_BAD, "an altered text: bad signature");
	ok(find("signature-bad") && find("signature-bad")->severity ==
	   SECTXT_ERROR && !find("signature-unverified"),
	   "a bad signature is an error");
	if (p)
		p[9] = '1';

	setenv("GNUPGHOME", empty, 1);
	parse_n(signed_text.ptr, signed_text.len);
	ok(!securitytxt_verify(&st, signed_text.ptr, signed_text.len) &&
	   st.signature == SECTXT_SIG_UNVERIFIED,
	   "without the key: unverified");
	ok(find("signature-unverified") &&
	   !strcmp(find("signature-unverified")->message,
		   "signature not verified: no public key") &&
	   !securitytxt_count_errors(&st),
	   "a warning naming the missing key, not an error");

	parse(SIGNED);
	ok(!securitytxt_verify(&st, SIGNED, strlen(SIGNED)) &&
	   st.signature == SECTXT_SIG_UNVERIFIED,
	   "a signature of the wrong text with no key: unverified");

	parse(VALID);
	ok(!securitytxt_verify(&st, VALID, strlen(VALID)) &&
	   st.signature == SECTXT_UNSIGNED && st.nproblems == 0,
	   "verifying an unsigned file does nothing");

done:
	setenv("GNUPGHOME", home, 1);
	buf_reset(&cmd);
	buf_printf(&cmd, "gpgconf --kill all >/dev/null 2>&1; "
		   "rm -rf '%s' '%s'", home, empty);
	run(cmd.ptr);
	unsetenv("GNUPGHOME");
	buf_release(&cmd);
	buf_release(&signed_text);
}

int main(void)
{
	securitytxt_init(&st);
	test_minimal();
	test_all_fields();
	test_required();
	test_expires();
	test_uris();
	test_languages();
	test_syntax();
	test_extension_fields();
	test_bytes();
	test_line_endings();
	test_limits();
	test_signed_structure();
	test_signature_cut_after_headers();
	test_sorted();
	test_mutations();
	test_no_gpg();
	test_gpg();
	securitytxt_release(&st);
	securitytxt_release(&st);
	securitytxt_release(NULL);
	return done_testing();
}
