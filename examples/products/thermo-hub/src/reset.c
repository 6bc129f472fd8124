/* Acme Thermo Hub firmware: factory reset.
 * Copyright (c) 2027 Acme Home Systems GmbH. All rights reserved.
 *
 * Annex I Part I(2)(m) and Annex II(8)(d): removes all user data and
 * settings and returns the hub to its original, secure state. */
#include "hub.h"

int factory_reset(void)
{
	int rc = HUB_OK;

	security_log("factory reset");
	/* Schedules, history, Wi-Fi credentials, paired controllers. */
	if (flash_fs_format() != 0)
		rc = HUB_ERR_IO;
	/* Thread network key and tokens in TF-M Internal Trusted Storage. */
	if (secure_storage_erase_all() != 0)
		rc = HUB_ERR_IO;
	/* Operational device keys; the factory identity key stays, so the
	 * hub can be paired again. */
	if (secure_keys_destroy() != 0)
		rc = HUB_ERR_IO;
	system_reset();
	return rc;
}
