/*
 * libFuzzer target for reading note lines: attestation_parse() must
 * read an envelope as the JSON parser does (its shortcut for the form git
 * cra attest writes changes nothing), the tag attestation_parse_later()
 * reads ahead must be the one a good statement names, and settling must
 * give what attestation_parse() gives. Each input is tried as a
 * whole line, as the text of a canonical envelope's payload, as that
 * payload's content, and as the rest of a payload that begins as a
 * statement does, so that the fuzzer reaches the shortcuts without
 * having to find the frame first.
 *
 *   make fuzz FUZZ_TIME=60
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "attestation.h"
#include "base64.h"
#include "buf.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static int same_text(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

static int same_bytes(const struct buf *a, const struct buf *b)
{
	return a->len == b->len && (!a->len || !memcmp(a->ptr, b->ptr, a->len));
}

static int same_reading(const struct attestation *a,
			const struct attestation *b)
{
	return a->verdict == b->verdict && same_bytes(&a->detail, &b->detail) &&
		same_text(a->subject_name, b->subject_name) &&
		a->evaluated == b->evaluated &&
		same_bytes(&a->payload, &b->payload) &&
		same_bytes(&a->sig, &b->sig) &&
		(a->statement == NULL) == (b->statement == NULL);
}

static void both_readings(const char *line, size_t len)
{
	struct attestation full, parser, later;

	attestation_parse(&full, line, len);
	attestation_parse_by_parser(&parser, line, len);
	attestation_parse_later(&later, line, len);
	/* The shortcut reads as the parser does. */
	if (!same_reading(&full, &parser))
		abort();
	/* A tag named ahead is the one a good statement names. */
	if (later.later && full.verdict != ATTESTATION_TAMPERED &&
	    !same_text(later.subject_name, full.subject_name))
		abort();
	attestation_settle(&later);
	if (!same_reading(&full, &later))
		abort();
	attestation_release(&full);
	attestation_release(&parser);
	attestation_release(&later);
}

/* {"payloadType":...,"payload":"<base64 of head + data>",...} */
static void as_payload(const char *head, const uint8_t *data, size_t size)
{
	struct buf payload = BUF_INIT, line = BUF_INIT;

	buf_puts(&payload, head);
	buf_add(&payload, data, size);
	buf_puts(&line, "{\"payloadType\":\"" ATTESTATION_PAYLOAD_TYPE
		 "\",\"payload\":\"");
	base64_encode(&line, payload.ptr, payload.len);
	buf_puts(&line, "\",\"signatures\":[{\"sig\":\"c2ln\"}]}");
	both_readings(line.ptr, line.len);
	buf_release(&payload);
	buf_release(&line);
}

/* The same frame with data as the payload's text, escapes and all. */
static void as_payload_text(const uint8_t *data, size_t size)
{
	struct buf line = BUF_INIT;

	buf_puts(&line, "{\"payloadType\":\"" ATTESTATION_PAYLOAD_TYPE
		 "\",\"payload\":\"");
	buf_add(&line, data, size);
	buf_puts(&line, "\",\"signatures\":[{\"sig\":\"c2ln\"}]}");
	both_readings(line.ptr, line.len);
	buf_release(&line);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	both_readings((const char *)data, size);
	as_payload_text(data, size);
	as_payload("", data, size);
	as_payload("{\"_type\":\"https://in-toto.io/Statement/v1\","
		   "\"subject\":[{\"name\":\"", data, size);
	return 0;
}
