#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "options.h"

void options_usage(FILE *out, const struct option *opts,
		   const char *const *usage)
{
	const struct option *o;
	int first = 1;

	for (; *usage; usage++, first = 0)
		fprintf(out, "%s%s\n", first ? "usage: " : "   or: ", *usage);
	fputc('\n', out);
	for (o = opts; o && o->type != OPTION_END; o++) {
		char left[64];
		int n = 0;

		if (o->type == OPTION_GROUP) {
			fprintf(out, "\n%s\n", o->help);
			continue;
		}
		if (o->short_name)
			n = snprintf(left, sizeof(left), "-%c%s",
				     o->short_name, o->long_name ? ", " : "");
		if (o->long_name)
			n += snprintf(left + n, sizeof(left) - (size_t)n,
				      "--%s", o->long_name);
		if (o->type == OPTION_STRING)
			snprintf(left + n, sizeof(left) - (size_t)n, " <%s>",
				 o->arg_help);
		if (strlen(left) > 22)
			fprintf(out, "    %s\n%28s%s\n", left, "", o->help);
		else
			fprintf(out, "    %-24s%s\n", left, o->help);
	}
}

static const struct option *find_long(const struct option *opts,
				      const char *name, size_t len,
				      int *negated)
{
	const struct option *o;

	*negated = 0;
	for (o = opts; o->type != OPTION_END; o++)
		if (o->long_name && strlen(o->long_name) == len &&
		    !strncmp(o->long_name, name, len))
			return o;
	if (len > 3 && !strncmp(name, "no-", 3)) {
		for (o = opts; o->type != OPTION_END; o++)
			if (o->type == OPTION_BOOL && o->long_name &&
			    strlen(o->long_name) == len - 3 &&
			    !strncmp(o->long_name, name + 3, len - 3)) {
				*negated = 1;
				return o;
			}
	}
	return NULL;
}

static const struct option *find_short(const struct option *opts, int c)
{
	const struct option *o;

	for (o = opts; o->type != OPTION_END; o++)
		if (o->short_name == c)
			return o;
	return NULL;
}

__attribute__((format(printf, 3, 4)))
static int fail(const struct option *opts, const char *const *usage,
		const char *fmt, ...)
{
	va_list ap;

	fputs("error: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	options_usage(stderr, opts, usage);
	return OPTIONS_ERROR;
}

int options_parse(int argc, const char **argv, const struct option *opts,
		  const char *const *usage)
{
	int i, kept = 0, only_args = 0;

	for (i = 1; i < argc; i++) {
		const char *arg = argv[i];
		const struct option *o;
		const char *value = NULL;
		int negated = 0;

		if (only_args || arg[0] != '-' || !arg[1]) {
			argv[kept++] = arg;
			continue;
		}
		if (!strcmp(arg, "--")) {
			only_args = 1;
			continue;
		}
		if (!strcmp(arg, "-h")) {
			options_usage(stdout, opts, usage);
			return OPTIONS_HELP;
		}
		if (arg[1] == '-') {
			const char *eq = strchr(arg + 2, '=');
			size_t len = eq ? (size_t)(eq - arg - 2) :
				strlen(arg + 2);

			o = find_long(opts, arg + 2, len, &negated);
			if (!o)
				return fail(opts, usage,
					    "unknown option '%s'", arg + 2);
			if (eq)
				value = eq + 1;
		} else {
			o = find_short(opts, arg[1]);
			if (!o)
				return fail(opts, usage,
					    "unknown switch '%s'", arg + 1);
			if (arg[2])
				value = arg + 2;
		}
		if (o->type == OPTION_BOOL) {
			if (value)
				return fail(opts, usage,
					    "option '%s' takes no value", arg);
			*(int *)o->value = !negated;
			continue;
		}
		if (!value) {
			if (i + 1 >= argc)
				return fail(opts, usage,
					    "option '%s' requires a value",
					    arg);
			value = argv[++i];
		}
		*(const char **)o->value = value;
	}
	argv[kept] = NULL;
	return kept;
}
