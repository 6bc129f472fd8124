/* Acme Thermo Hub firmware: start-up.
 * Copyright (c) 2027 Acme Home Systems GmbH. All rights reserved. */
#include "hub.h"

/* Secure defaults (Annex I Part I(2)(b)): remote access and telemetry are
 * off until the user turns them on in the app; automatic security updates
 * are on, with notification and postponement. */
static const struct update_policy default_update_policy = {
	.automatic = 1,
	.notify_user = 1,
	.postpone_max_days = 7,
};

const struct update_policy *update_policy_default(void)
{
	return &default_update_policy;
}

int main(void)
{
	board_init();
	/* Availability of the essential function (Annex I Part I(2)(h)):
	 * a hung task restarts the hub within 8 seconds, and the valves keep
	 * their frost-protection setpoint meanwhile. */
	watchdog_start(8000);
	security_log("boot " HUB_FW_VERSION);
	heating_loop();
	return 0;
}
