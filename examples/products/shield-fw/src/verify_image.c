/* Acme Shield FW: verification of an update image before installation.
 * Copyright (c) 2027 Acme Secure Networks B.V. All rights reserved. */
#include "shield.h"

int verify_update_image(const struct image *img)
{
	/* ECDSA P-384 over the image manifest; the public keys are compiled
	 * into the updater and enrolled in UEFI secure boot. */
	if (ecdsa_p384_verify(img->manifest, img->manifest_len,
			      img->signature, trust_anchor_update()) != 0) {
		audit_log(AUDIT_ERROR, "update: bad signature");
		return SHIELD_ERR_SIGNATURE;
	}
	/* The manifest carries the SHA-512 of the root file system image,
	 * which dm-verity checks again at every boot. */
	if (sha512_matches(img->rootfs, img->rootfs_len, img->rootfs_digest) != 1) {
		audit_log(AUDIT_ERROR, "update: root file system digest mismatch");
		return SHIELD_ERR_DIGEST;
	}
	/* Security version number: refuse images older than the installed
	 * minimum, recorded in a TPM NV index. */
	if (tpm_min_security_version() > img->security_version) {
		audit_log(AUDIT_ERROR, "update: downgrade refused");
		return SHIELD_ERR_ROLLBACK;
	}
	return SHIELD_OK;
}
