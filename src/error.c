#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <git2.h>

#include "error.h"

static char last_message[2048];

int error_set(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(last_message, sizeof(last_message), fmt, ap);
	va_end(ap);
	return -1;
}

int error_prefix(const char *fmt, ...)
{
	char prefix[1024], old[sizeof(last_message)];
	va_list ap;

	memcpy(old, last_message, sizeof(old));
	va_start(ap, fmt);
	vsnprintf(prefix, sizeof(prefix), fmt, ap);
	va_end(ap);
	snprintf(last_message, sizeof(last_message), "%s: %s", prefix, old);
	return -1;
}

int error_from_git(const char *what)
{
	const git_error *e = git_error_last();

	return error_set("%s: %s", what,
			 e && e->message ? e->message : "unknown libgit2 error");
}

const char *error_last(void)
{
	return last_message[0] ? last_message : "unknown error";
}

void error_clear(void)
{
	last_message[0] = '\0';
}
