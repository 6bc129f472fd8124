#ifndef CRA_SHA256_H
#define CRA_SHA256_H

#include <stddef.h>
#include <stdint.h>

/*
 * SHA-256 (FIPS 180-4), for the checksums of an evidence bundle that
 * `sha256sum -c` checks and for the content keys of audit replays.
 * libgit2 hashes with SHA-1 and does not export its SHA-256; a few dozen
 * lines spare a dependency on a crypto library.
 */

#define SHA256_DIGEST_SIZE 32
#define SHA256_HEX_SIZE (2 * SHA256_DIGEST_SIZE + 1)

struct sha256 {
	uint32_t state[8];
	uint64_t length;		/* bytes hashed so far */
	unsigned char block[64];
	size_t used;			/* bytes waiting in block */
};

void sha256_init(struct sha256 *c);
void sha256_update(struct sha256 *c, const void *data, size_t len);
void sha256_final(unsigned char out[SHA256_DIGEST_SIZE], struct sha256 *c);

/*
 * Hash one field of a record: its length (64 bits), then its bytes, so
 * that no two different lists of fields hash alike. For content keys.
 */
void sha256_update_field(struct sha256 *c, const void *data, size_t len);

/* The digest of data[len] in lower-case hex, NUL-terminated. */
void sha256_hex(char out[SHA256_HEX_SIZE], const void *data, size_t len);
/* The digest of data[len] in one call. */
void sha256_digest(unsigned char out[SHA256_DIGEST_SIZE], const void *data,
		   size_t len);
/* A finished digest in lower-case hex. */
void sha256_to_hex(char out[SHA256_HEX_SIZE],
		   const unsigned char digest[SHA256_DIGEST_SIZE]);

#endif
