#include <stdio.h>
#include <string.h>

#include "attestation.h"
#include "base64.h"
#include "tap.h"

/*
 * Reading a note line without a JSON parser, and reading its subject
 * before the rest, must give what the full parse gives, for the lines
 * attestation_create() writes and for every other.
 */

#define STATEMENT_HEAD \
	"{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":" \
	"[{\"name\":\""

/* A line holding statement, in the canonical form or with a gap. */
static void make_line(struct buf *line, const char *statement, int spaced)
{
	struct buf b64 = BUF_INIT;

	buf_reset(line);
	base64_encode(&b64, statement, strlen(statement));
	buf_printf(line, "{\"payloadType\":%s\"application/vnd.in-toto+json\","
		   "\"payload\":\"%s\",\"signatures\":[{\"sig\":\"c2ln\"}]}",
		   spaced ? " " : "", buf_cstr(&b64));
	buf_release(&b64);
}

static const char good[] =
	STATEMENT_HEAD "refs/tags/v1.0.0\",\"digest\":{\"gitCommit\":"
	"\"e51be026897c892baf3d785f4c8c830489f3f642\"}}],"
	"\"predicateType\":\"p\",\"predicate\":{\"evaluated_at\":"
	"\"2027-04-26T08:00:00Z\"}}";

static int same_bytes(const struct buf *a, const struct buf *b)
{
	return a->len == b->len && (!a->len || !memcmp(a->ptr, b->ptr, a->len));
}

/* Every way of reading line ends alike. */
static void same_as_full(const char *line, size_t len, const char *what)
{
	struct attestation full, later, parser;
	int same;

	attestation_parse_by_parser(&parser, line, len);
	attestation_parse(&full, line, len);
	ok(parser.verdict == full.verdict &&
	   !strcmp(buf_cstr(&parser.detail), buf_cstr(&full.detail)) &&
	   same_bytes(&parser.payload, &full.payload) &&
	   same_bytes(&parser.sig, &full.sig),
	   "%s: the shortcut reads as the parser does", what);
	attestation_release(&parser);
	attestation_parse_later(&later, line, len);
	attestation_settle(&later);
	same = full.verdict == later.verdict &&
		!strcmp(buf_cstr(&full.detail), buf_cstr(&later.detail)) &&
		(full.subject_name && later.subject_name ?
		 !strcmp(full.subject_name, later.subject_name) :
		 full.subject_name == later.subject_name) &&
		full.evaluated == later.evaluated &&
		same_bytes(&full.payload, &later.payload) &&
		same_bytes(&full.sig, &later.sig);
	ok(same, "%s: read later, settled, as read at once", what);
	attestation_release(&full);
	attestation_release(&later);
}

/* A hand-made line: the verdict's detail, and the same read later. */
static void expect_detail(const char *line, const char *detail,
			  const char *what)
{
	struct attestation a;

	attestation_parse(&a, line, strlen(line));
	is_str(buf_cstr(&a.detail), detail, "%s", what);
	attestation_release(&a);
	same_as_full(line, strlen(line), what);
}

static void test_canonical(void)
{
	struct buf line = BUF_INIT;
	struct attestation a;

	make_line(&line, good, 0);
	attestation_parse(&a, line.ptr, line.len);
	is_int(a.verdict, ATTESTATION_OK, "a canonical line is read");
	is_str(a.subject_name, "refs/tags/v1.0.0", "its subject");
	is_str(a.evaluated_at, "2027-04-26T08:00:00Z", "its time");
	ok(a.sig.len == 3 && !memcmp(a.sig.ptr, "sig", 3), "its signature");
	attestation_release(&a);
	same_as_full(line.ptr, line.len, "canonical");

	make_line(&line, good, 1);
	attestation_parse(&a, line.ptr, line.len);
	is_str(a.subject_name, "refs/tags/v1.0.0",
	       "another spacing goes through the parser, same subject");
	attestation_release(&a);
	same_as_full(line.ptr, line.len, "spaced");

	expect_detail("{\"payloadType\":\"application/vnd.in-toto+json\","
		      "\"payload\":\"eyJf!\",\"signatures\":"
		      "[{\"sig\":\"c2ln\"}]}",
		      "the payload or signature is not base64",
		      "a character outside base64 is tampering, as before");
	/* An escaped letter: the same string to a parser, not canonical. */
	buf_reset(&line);
	buf_puts(&line, "{\"payloadType\":\"application/vnd.in-toto+json\","
		 "\"payload\":\"c2ln\\u0051UFB\",\"signatures\":"
		 "[{\"sig\":\"c2ln\"}]}");
	attestation_parse(&a, line.ptr, line.len);
	ok(a.payload.len == 6 && !memcmp(a.payload.ptr, "sigAAA", 6),
	   "an escape goes through the parser, which reads it");
	attestation_release(&a);
	expect_detail(buf_cstr(&line), "the payload is not a JSON statement",
		      "an escaped letter goes on to the statement");
	/* An escaped quote that makes the rest look canonical. */
	expect_detail("{\"payloadType\":\"application/vnd.in-toto+json\","
		      "\"payload\":\"c2ln\\\",\"signatures\":"
		      "[{\"sig\":\"c2ln\"}]}",
		      "the note line is not JSON",
		      "a quote escaped inside the payload is read as JSON "
		      "reads it");

	/* Trailing bytes after the envelope. */
	make_line(&line, good, 0);
	buf_puts(&line, " ");
	same_as_full(line.ptr, line.len, "trailing space");
	buf_release(&line);
}

static void test_later(void)
{
	struct buf line = BUF_INIT, st = BUF_INIT;
	struct attestation a;

	make_line(&line, good, 0);
	attestation_parse_later(&a, line.ptr, line.len);
	ok(a.later != NULL, "a canonical line waits to be parsed");
	is_str(a.subject_name, "refs/tags/v1.0.0", "its subject is known");
	ok(a.statement == NULL && a.payload.len == 0, "nothing else is");
	attestation_settle(&a);
	ok(a.later == NULL && a.statement != NULL, "settled, it is parsed");
	is_str(a.subject_name, "refs/tags/v1.0.0", "the same subject");
	attestation_release(&a);

	/* The subject reads well; what follows is not JSON. */
	buf_puts(&st, STATEMENT_HEAD "refs/tags/v2.0.0\",\"digest\":{");
	make_line(&line, buf_cstr(&st), 0);
	attestation_parse_later(&a, line.ptr, line.len);
	is_str(a.subject_name, "refs/tags/v2.0.0",
	       "a broken statement names a tag until settled");
	attestation_settle(&a);
	ok(a.verdict == ATTESTATION_TAMPERED && a.subject_name == NULL,
	   "settled, it is tampered and names none");
	attestation_release(&a);
	same_as_full(line.ptr, line.len, "broken statement");

	/* An escape in the name: parsed at once. */
	buf_reset(&st);
	buf_puts(&st, STATEMENT_HEAD "refs/tags/v\\u0031\"}]}");
	make_line(&line, buf_cstr(&st), 0);
	attestation_parse_later(&a, line.ptr, line.len);
	ok(a.later == NULL, "an escaped name is parsed at once");
	attestation_release(&a);
	same_as_full(line.ptr, line.len, "escaped name");

	/* Another first key: parsed at once. */
	make_line(&line, "{\"subject\":[{\"name\":\"refs/tags/x\"}]}", 0);
	attestation_parse_later(&a, line.ptr, line.len);
	ok(a.later == NULL, "another order is parsed at once");
	attestation_release(&a);

	/* Spent before it was ever settled. */
	make_line(&line, good, 0);
	attestation_parse_later(&a, line.ptr, line.len);
	attestation_spend(&a);
	ok(a.later == NULL && a.spent, "spending drops the waiting line");
	attestation_release(&a);
	buf_release(&line);
	buf_release(&st);
}

int main(void)
{
	test_canonical();
	test_later();
	return done_testing();
}
