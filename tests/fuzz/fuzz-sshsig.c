/*
 * libFuzzer target for the SSH signature reader and the allowed signers
 * parser: any signature and any file must give a verdict or a parse
 * error, never a crash or a read past the input.
 *
 *   make fuzz FUZZ_TIME=120
 *
 * The input is an allowed signers text, a NUL, then the armored
 * signature; without a NUL it is all signature, checked against a file
 * that lists its own key, so that the signature checks are reached too.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "base64.h"
#include "error.h"
#include "sshsig.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define CHECK(cond) do { if (!(cond)) abort(); } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const uint8_t *nul = memchr(data, '\0', size);
	const char *sig = (const char *)data;
	size_t sig_len = size;
	struct sshsig parsed;
	struct sshsig_allowed *allowed;
	struct buf text = BUF_INIT, signer = BUF_INIT, detail = BUF_INIT;
	enum sshsig_verdict v;

	if (nul) {
		buf_add(&text, data, (size_t)(nul - data));
		sig = (const char *)nul + 1;
		sig_len = size - (size_t)(nul - data) - 1;
	}
	if (sshsig_parse(&parsed, sig, sig_len) < 0) {
		CHECK(!strncmp(error_last(), "cannot parse the SSH signature",
			       30));
		goto done;
	}
	CHECK(parsed.key_type);
	CHECK(!parsed.problem.len == !!parsed.namespace);
	if (!sshsig_handled(&parsed, 1700000000))
		goto done;
	CHECK(parsed.key.len);
	if (!nul) {
		buf_puts(&text, "p@x,*@y namespaces=\"fuzz\" ");
		buf_puts(&text, parsed.key_type);
		buf_putc(&text, ' ');
		base64_encode(&text, parsed.key.ptr, parsed.key.len);
		buf_putc(&text, '\n');
	}
	sshsig_allowed_parse(&allowed, "fuzz", buf_cstr(&text), text.len);
	v = sshsig_check(&signer, &detail, &parsed, allowed, "fuzz", "data",
			 4, 1700000000);
	CHECK(v == SSHSIG_GOOD || v == SSHSIG_BAD || v == SSHSIG_UNTRUSTED);
	CHECK(detail.len);
	CHECK(v != SSHSIG_GOOD || signer.len);
	sshsig_allowed_free(allowed);
done:
	sshsig_release(&parsed);
	buf_release(&text);
	buf_release(&signer);
	buf_release(&detail);
	return 0;
}
