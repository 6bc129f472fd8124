#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>
#include <string.h>

#include "options.h"
#include "tap.h"

static const char *const usage[] = { "test [<options>] <arg>", NULL };

int main(void)
{
	int flag = 0, other = 1, n;
	const char *value = NULL;
	const struct option opts[] = {
		OPT_BOOL('f', "flag", &flag, "a flag"),
		OPT_BOOL(0, "other", &other, "another"),
		OPT_STRING(0, "value", &value, "v", "a value"),
		OPT_END(),
	};
	const char *argv1[] = { "cmd", "a", "--flag", "--value", "x", "b",
				"--no-other", NULL };
	const char *argv2[] = { "cmd", "--value=y", "--", "--flag", NULL };
	const char *argv3[] = { "cmd", "--nope", NULL };
	const char *argv4[] = { "cmd", "--value", NULL };
	const char *argv5[] = { "cmd", "-f", NULL };
	int saved_fd, null_fd;

	n = options_parse(7, argv1, opts, usage);
	is_int(n, 2, "two arguments remain");
	is_str(argv1[0], "a", "the first argument moved to the front");
	is_str(argv1[1], "b", "then the second");
	ok(argv1[2] == NULL, "and the list ends");
	is_int(flag, 1, "--flag sets");
	is_int(other, 0, "--no-other clears");
	is_str(value, "x", "--value takes the next argument");

	flag = 0;
	n = options_parse(4, argv2, opts, usage);
	is_int(n, 1, "-- ends the options");
	is_str(argv2[0], "--flag", "what follows -- is an argument");
	is_str(value, "y", "--value=y");
	is_int(flag, 0, "--flag after -- is not an option");

	/* The errors and usage go to stderr: keep them out of the TAP. */
	fflush(stderr);
	saved_fd = dup(2);
	null_fd = open("/dev/null", O_WRONLY);
	dup2(null_fd, 2);
	is_int(options_parse(2, argv3, opts, usage), OPTIONS_ERROR,
	       "an unknown option is an error");
	is_int(options_parse(2, argv4, opts, usage), OPTIONS_ERROR,
	       "a missing value is an error");
	fflush(stderr);
	dup2(saved_fd, 2);
	close(saved_fd);
	close(null_fd);
	n = options_parse(2, argv5, opts, usage);
	is_int(flag, 1, "a short option");
	return done_testing();
}
