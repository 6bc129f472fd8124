/* Acme Router X1: shared declarations.
 * Copyright (c) 2027 Acme Networks GmbH. All rights reserved. */
#ifndef X1_H
#define X1_H

enum x1_status {
	X1_OK = 0, X1_ERR_FORMAT = -1, X1_ERR_SIGNATURE = -2, X1_ERR_ROLLBACK = -3,
	X1_ERR_ENTROPY = -4, X1_ERR_STORAGE = -5,
};

#define KEEP_CONFIG 1

struct fw_header {
	unsigned int magic;
	unsigned int rollback_index;
	unsigned int payload_len;
	unsigned char signature[384];
};

struct label_data;

int  fw_read_header(const char *path, struct fw_header *hdr);
int  fw_verify_signature(const char *path, const struct fw_header *hdr);
unsigned int otp_rollback_index(void);
int  update_window_now(void);
int  schedule_install(const char *path, const struct fw_header *hdr);
int  sysupgrade(const char *path, int keep_config);
void log_event(const char *facility, const char *message);

int  random_password(char *out, int len);
int  store_admin_hash(const char *password);
int  store_wifi_key(const char *key);
void label_set(struct label_data *label, const char *admin_pw, const char *wifi_key);
void secure_zero(void *p, unsigned long n);

int  fw_update_stage(const char *path, int automatic);
int  provision_device(struct label_data *label);

#endif
