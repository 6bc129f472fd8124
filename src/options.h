#ifndef CRA_OPTIONS_H
#define CRA_OPTIONS_H

#include <stdio.h>

/*
 * Command-line options as data, in the manner of git's parse-options:
 * each command declares a usage array and an option table, and the same
 * table prints its help, so -h and the man page's synopsis stay in step.
 */

enum option_type {
	OPTION_END,
	OPTION_BOOL,		/* --flag, --no-flag: int */
	OPTION_STRING,		/* --name value, --name=value: const char * */
	OPTION_GROUP,		/* a heading in the help */
};

struct option {
	enum option_type type;
	int short_name;
	const char *long_name;
	void *value;
	const char *arg_help;
	const char *help;
};

#define OPT_END() { OPTION_END, 0, NULL, NULL, NULL, NULL }
#define OPT_BOOL(s, l, v, h) { OPTION_BOOL, (s), (l), (v), NULL, (h) }
#define OPT_STRING(s, l, v, a, h) { OPTION_STRING, (s), (l), (v), (a), (h) }
#define OPT_GROUP(h) { OPTION_GROUP, 0, NULL, NULL, NULL, (h) }

#define OPTIONS_HELP -1		/* -h was given: usage printed */
#define OPTIONS_ERROR -2	/* bad option: error and usage printed */

/*
 * Parse argv[1..argc) in place: options are taken out, the other
 * arguments are moved to the front of argv. Returns how many remain, or
 * OPTIONS_HELP / OPTIONS_ERROR. "--" ends the options.
 */
int options_parse(int argc, const char **argv, const struct option *opts,
		  const char *const *usage);

void options_usage(FILE *out, const struct option *opts,
		   const char *const *usage);

#endif
