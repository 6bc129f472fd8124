/* Acme Shield FW: policy daemon, base rule set.
 * Copyright (c) 2027 Acme Secure Networks B.V. All rights reserved.
 *
 * Annex I Part I(2)(b) and (j): until the administrator has committed a
 * policy, every interface drops all traffic except the management port,
 * which accepts only HTTPS and SSH from its own subnet. */
#include "shield.h"

static const char *const base_ruleset =
	"table inet shield {\n"
	"  chain input {\n"
	"    type filter hook input priority 0; policy drop;\n"
	"    ct state established,related accept\n"
	"    iifname \"lo\" accept\n"
	"    iifname \"mgmt0\" ip saddr @mgmt_subnet tcp dport { 22, 443 } accept\n"
	"  }\n"
	"  chain forward {\n"
	"    type filter hook forward priority 0; policy drop;\n"
	"  }\n"
	"}\n";

int policyd_apply_base(struct nft_session *nft)
{
	int rc = nft_run(nft, base_ruleset);

	if (rc != 0) {
		/* The kernel keeps the previous rule set; never fail open. */
		audit_log(AUDIT_ERROR, "base rule set rejected");
		return SHIELD_ERR_POLICY;
	}
	audit_log(AUDIT_INFO, "base rule set active");
	return SHIELD_OK;
}
