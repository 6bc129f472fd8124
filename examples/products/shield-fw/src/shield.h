/* Acme Shield FW: shared declarations.
 * Copyright (c) 2027 Acme Secure Networks B.V. All rights reserved. */
#ifndef SHIELD_H
#define SHIELD_H

enum shield_status {
	SHIELD_OK = 0, SHIELD_ERR_POLICY = -1, SHIELD_ERR_SIGNATURE = -2,
	SHIELD_ERR_DIGEST = -3, SHIELD_ERR_ROLLBACK = -4,
};

enum audit_level { AUDIT_INFO, AUDIT_ERROR };

struct nft_session;

struct image {
	const unsigned char *manifest;
	unsigned long manifest_len;
	const unsigned char *signature;
	const unsigned char *rootfs;
	unsigned long rootfs_len;
	const unsigned char *rootfs_digest;
	unsigned int security_version;
};

int  nft_run(struct nft_session *nft, const char *ruleset);
void audit_log(enum audit_level level, const char *message);
const void *trust_anchor_update(void);
int  ecdsa_p384_verify(const unsigned char *msg, unsigned long len,
		       const unsigned char *sig, const void *key);
int  sha512_matches(const unsigned char *data, unsigned long len,
		    const unsigned char *digest);
unsigned int tpm_min_security_version(void);

int  policyd_apply_base(struct nft_session *nft);
int  verify_update_image(const struct image *img);

#endif
