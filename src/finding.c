#include <stdlib.h>
#include <string.h>

#include "finding.h"

static const char *const status_names[STATUS_COUNT] = {
	"pass", "fail", "unknown", "not-applicable", "waived", "error",
};

const char *status_name(enum finding_status status)
{
	return (unsigned)status < STATUS_COUNT ? status_names[status] : "?";
}

int status_parse(enum finding_status *out, const char *name)
{
	int i;

	for (i = 0; i < STATUS_COUNT; i++) {
		if (!strcmp(status_names[i], name)) {
			*out = (enum finding_status)i;
			return 0;
		}
	}
	return -1;
}

const char *basis_name(enum finding_basis basis)
{
	return basis == BASIS_DECLARED ? "declared" : "observed";
}

int basis_parse(enum finding_basis *out, const char *name)
{
	if (!strcmp(name, "observed"))
		*out = BASIS_OBSERVED;
	else if (!strcmp(name, "declared"))
		*out = BASIS_DECLARED;
	else
		return -1;
	return 0;
}

const char *severity_name(enum severity severity)
{
	switch (severity) {
	case SEVERITY_ERROR:
		return "error";
	case SEVERITY_WARNING:
		return "warning";
	case SEVERITY_INFO:
		return "info";
	}
	return "?";
}

int severity_parse(enum severity *out, const char *name)
{
	if (!strcmp(name, "error"))
		*out = SEVERITY_ERROR;
	else if (!strcmp(name, "warning"))
		*out = SEVERITY_WARNING;
	else if (!strcmp(name, "info"))
		*out = SEVERITY_INFO;
	else
		return -1;
	return 0;
}

void finding_release(struct finding *f)
{
	if (!f)
		return;
	free(f->message);
	free(f->subject);
	free(f->path);
	free(f->waiver_reason);
	free(f->waiver_owner);
	free(f->waiver_expires);
	memset(f, 0, sizeof(*f));
}
