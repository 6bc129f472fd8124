/* Acme Thermo Hub firmware: installing a downloaded update.
 * Copyright (c) 2027 Acme Home Systems GmbH. All rights reserved.
 *
 * The image has been fetched over TLS 1.3 by the OTA client. It is only
 * written to the inactive slot after its signature and version have been
 * checked here; MCUboot checks both again before it boots the image. */
#include "hub.h"

int update_apply(const struct update_policy *policy, const u8 *image, usize len)
{
	if (policy == 0 || image == 0 || len == 0)
		return HUB_ERR_STATE;

	/* Integrity (Annex I Part I(2)(f)): Acme's ECDSA P-256 signature. */
	if (image_verify_signature(image, len) != 0) {
		security_log("update rejected: bad signature");
		return HUB_ERR_VERIFY;
	}
	/* Anti-rollback: never install an older version. */
	if (!image_version_is_newer(image, len)) {
		security_log("update rejected: not newer");
		return HUB_ERR_VERIFY;
	}
	if (slot_write_inactive(image, len) != 0)
		return HUB_ERR_IO;

	/* Activated at the next maintenance window, after the user has been
	 * notified and has not postponed it; a failed boot reverts. */
	if (slot_mark_pending() != 0)
		return HUB_ERR_IO;
	security_log("update staged");
	return HUB_OK;
}
