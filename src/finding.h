#ifndef CRA_FINDING_H
#define CRA_FINDING_H

#include <stddef.h>

/*
 * What a rule concluded about one subject of a snapshot. Findings are the
 * single currency between the rule runner and every reporter.
 */

enum finding_status {
	STATUS_PASS,
	STATUS_FAIL,
	STATUS_UNKNOWN,		/* the evidence cannot be observed */
	STATUS_NOT_APPLICABLE,
	STATUS_WAIVED,
	STATUS_ERROR,		/* the rule itself broke */
	STATUS_COUNT
};

enum finding_basis {
	BASIS_OBSERVED,		/* read from evidence files */
	BASIS_DECLARED,		/* the manufacturer's statement only */
};

enum severity {
	SEVERITY_ERROR,
	SEVERITY_WARNING,
	SEVERITY_INFO,
};

struct finding {
	size_t rule;		/* index into the evaluation's rules */
	enum finding_status status;
	enum finding_basis basis;
	char *message;
	char *subject;		/* what the finding is about; may be NULL */
	char *path;		/* file the finding points at; may be NULL */
	unsigned line;		/* 1-based; 0 when unknown */
	unsigned column;	/* 1-based; 0 when unknown */
	char *waiver_reason;	/* set for waived findings */
	char *waiver_owner;
	char *waiver_expires;
};

const char *status_name(enum finding_status status);
int status_parse(enum finding_status *out, const char *name);
const char *basis_name(enum finding_basis basis);
int basis_parse(enum finding_basis *out, const char *name);
const char *severity_name(enum severity severity);
int severity_parse(enum severity *out, const char *name);

void finding_release(struct finding *f);

#endif
