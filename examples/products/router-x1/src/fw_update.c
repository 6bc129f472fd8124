/* Acme Router X1: verify and stage a firmware image.
 * Copyright (c) 2027 Acme Networks GmbH. All rights reserved. */
#include "x1.h"

int fw_update_stage(const char *path, int automatic)
{
	struct fw_header hdr;

	if (fw_read_header(path, &hdr) != 0)
		return X1_ERR_FORMAT;
	/* RSA-3072 signature over header and payload; U-Boot checks it
	 * again at boot (verified boot). */
	if (fw_verify_signature(path, &hdr) != 0) {
		log_event("update", "signature invalid, image rejected");
		return X1_ERR_SIGNATURE;
	}
	/* No downgrade below the rollback index stored in OTP. */
	if (otp_rollback_index() > hdr.rollback_index) {
		log_event("update", "downgrade rejected");
		return X1_ERR_ROLLBACK;
	}
	if (automatic && !update_window_now()) {
		/* Notified in the app; installed in the 03:00 window unless
		 * the user postponed it. */
		return schedule_install(path, &hdr);
	}
	return sysupgrade(path, KEEP_CONFIG);
}
