/* Acme Router X1: end-of-line provisioning of per-device secrets.
 * Copyright (c) 2027 Acme Networks GmbH. All rights reserved.
 *
 * Annex I Part I(2)(b): no shared default password. The administrator
 * password and the Wi-Fi key are random per device, printed on the label
 * and stored only as a PBKDF2 hash and an encrypted key. */
#include "x1.h"

#define ADMIN_PW_LEN 16
#define WIFI_KEY_LEN 20

int provision_device(struct label_data *label)
{
	char admin_pw[ADMIN_PW_LEN + 1];
	char wifi_key[WIFI_KEY_LEN + 1];

	if (random_password(admin_pw, ADMIN_PW_LEN) != 0 ||
	    random_password(wifi_key, WIFI_KEY_LEN) != 0)
		return X1_ERR_ENTROPY;
	if (store_admin_hash(admin_pw) != 0 || store_wifi_key(wifi_key) != 0)
		return X1_ERR_STORAGE;
	label_set(label, admin_pw, wifi_key);
	secure_zero(admin_pw, sizeof(admin_pw));
	secure_zero(wifi_key, sizeof(wifi_key));
	return X1_OK;
}
