/* Acme Thermo Hub firmware: shared declarations.
 * Copyright (c) 2027 Acme Home Systems GmbH. All rights reserved. */
#ifndef HUB_H
#define HUB_H

/* Freestanding build: fixed-width types come from the compiler. */
typedef __UINT8_TYPE__  u8;
typedef __UINT32_TYPE__ u32;
typedef __SIZE_TYPE__   usize;

#define HUB_FW_VERSION "2.1.0"

enum hub_status { HUB_OK = 0, HUB_ERR_VERIFY = -1, HUB_ERR_IO = -2, HUB_ERR_STATE = -3 };

struct update_policy {
	int automatic;          /* Annex I Part I(2)(c): on by default */
	int notify_user;        /* notify before installing */
	u32 postpone_max_days;  /* the user may postpone up to this */
};

/* Board and platform services (acme-board-support, TF-M veneers). */
void board_init(void);
void watchdog_start(u32 timeout_ms);
void watchdog_kick(void);
int  secure_storage_erase_all(void);
int  secure_keys_destroy(void);
int  flash_fs_format(void);
int  image_verify_signature(const u8 *image, usize len);
int  image_version_is_newer(const u8 *image, usize len);
int  slot_write_inactive(const u8 *image, usize len);
int  slot_mark_pending(void);
void security_log(const char *event);
void system_reset(void);

/* Application modules. */
int  update_apply(const struct update_policy *policy, const u8 *image, usize len);
int  factory_reset(void);
void heating_loop(void);

#endif
