#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "command.h"
#include "diagnostic.h"
#include "error.h"
#include "report.h"
#include "rfc3339.h"

int command_error(const char *fmt, ...)
{
	va_list ap;

	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return EXIT_TROUBLE;
}

int command_fail(void)
{
	return command_error("%s", error_last());
}

void command_warning(const char *fmt, ...)
{
	va_list ap;

	fputs("warning: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

void command_warn_diagnostics(const struct diagnostics *warnings)
{
	size_t i;

	for (i = 0; i < warnings->count; i++) {
		const struct diagnostic *d = &warnings->items[i];

		if (!*d->path)
			command_warning("%s", d->message);
		else if (d->line && d->column)
			command_warning("%s:%u:%u: %s", d->path, d->line,
					d->column, d->message);
		else if (d->line)
			command_warning("%s:%u: %s", d->path, d->line,
					d->message);
		else
			command_warning("%s: %s", d->path, d->message);
	}
}

int command_open_repository(git_repository **out)
{
	if (git_repository_open_ext(out, ".", GIT_REPOSITORY_OPEN_FROM_ENV,
				    NULL) < 0)
		return error_set("not a git repository (or any of the parent "
				 "directories)");
	return 0;
}

int command_evaluation_time(int64_t *out, const char *now_arg)
{
	if (!now_arg) {
		*out = (int64_t)time(NULL);
		return 0;
	}
	if (!rfc3339_parse(out, now_arg, strlen(now_arg)) ||
	    !date_parse(out, now_arg))
		return 0;
	return error_set("--now: '%s' is not an RFC 3339 time such as "
			 "2027-03-01T10:00:00Z", now_arg);
}

int command_report_options(struct report_options *out, const char *format,
			   const char *color_when, int verbose)
{
	memset(out, 0, sizeof(*out));
	out->verbose = verbose;
	out->tool_version = CRA_VERSION;
	if (command_use_color(color_when, stdout, &out->color) < 0)
		return -1;
	if (strcmp(format, "text"))
		out->color = 0;
	return 0;
}

int command_use_color(const char *when, FILE *out, int *color)
{
	const char *no_color = getenv("NO_COLOR");
	const char *term = getenv("TERM");

	if (!when || !strcmp(when, "auto")) {
		*color = isatty(fileno(out)) && !(no_color && *no_color) &&
			!(term && !strcmp(term, "dumb"));
		return 0;
	}
	if (!strcmp(when, "always")) {
		*color = 1;
		return 0;
	}
	if (!strcmp(when, "never")) {
		*color = 0;
		return 0;
	}
	return error_set("--color: expected auto, always or never, not '%s'",
			 when);
}
