#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "identity.h"

static int parse_date(git_time_t *when, int *offset, const char *s)
{
	long long secs;
	int tz, n = 0;
	char sign;

	if (*s == '@')
		s++;
	if (sscanf(s, "%lld %c%4d%n", &secs, &sign, &tz, &n) != 3 ||
	    s[n] || (sign != '+' && sign != '-'))
		return -1;
	*when = (git_time_t)secs;
	*offset = (tz / 100 * 60 + tz % 100) * (sign == '-' ? -1 : 1);
	return 0;
}

int identity_committer(git_signature **out, git_repository *repo)
{
	const char *name = getenv("GIT_COMMITTER_NAME");
	const char *email = getenv("GIT_COMMITTER_EMAIL");
	const char *date = getenv("GIT_COMMITTER_DATE");
	git_signature *config = NULL;
	git_time_t when;
	int offset, r;

	if (!name || !email) {
		if (git_signature_default(&config, repo) < 0) {
			git_error_clear();
			return error_set("cannot tell who writes the evidence: "
					 "set user.name and user.email");
		}
		if (!name)
			name = config->name;
		if (!email)
			email = config->email;
	}
	if (date && !parse_date(&when, &offset, date))
		r = git_signature_new(out, name, email, when, offset);
	else
		r = git_signature_now(out, name, email);
	git_signature_free(config);
	if (r < 0)
		return error_from_git("bad committer identity");
	return 0;
}
