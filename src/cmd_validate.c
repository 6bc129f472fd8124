#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "command.h"
#include "error.h"
#include "json_write.h"
#include "options.h"
#include "ruleset.h"
#include "validate.h"

/* Evidence files are read whole; a few hundred megabytes is plenty. */
#define MAX_VALIDATE_SIZE (1024u * 1024 * 1024)

static const char *const validate_usage[] = {
	"git cra validate [--type <type>] [--profile <profile>] [--now <time>] [--format <format>] <file>...",
	NULL,
};

static int read_file(struct buf *out, const char *path)
{
	char chunk[65536];
	struct stat st;
	FILE *f;
	size_t n;

	if (stat(path, &st) < 0)
		return error_set("cannot read '%s': %s", path, strerror(errno));
	if (!S_ISREG(st.st_mode))
		return error_set("'%s' is not a regular file", path);
	if ((unsigned long long)st.st_size > MAX_VALIDATE_SIZE)
		return error_set("'%s' is larger than %u bytes", path,
				 MAX_VALIDATE_SIZE);
	f = fopen(path, "rb");
	if (!f)
		return error_set("cannot read '%s': %s", path, strerror(errno));
	buf_grow(out, (size_t)st.st_size);
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	fclose(f);
	return 0;
}

static void print_text(const char *path, const struct validation *v)
{
	size_t i, warnings = v->count - v->errors;

	printf("%s: %s", path, v->errors ? "invalid" : "valid");
	if (v->detail)
		printf(" (%s)", v->detail);
	if (v->count)
		printf(": %zu error%s, %zu warning%s", v->errors,
		       v->errors == 1 ? "" : "s", warnings,
		       warnings == 1 ? "" : "s");
	putchar('\n');
	for (i = 0; i < v->count; i++) {
		const struct validate_problem *p = &v->problems[i];

		printf("  %s", path);
		if (p->line)
			printf(":%u", p->line);
		if (p->line && p->column)
			printf(":%u", p->column);
		printf(": %s: %s [%s]\n", p->is_error ? "error" : "warning",
		       p->message, p->code);
	}
}

static cJSON *validation_json(const char *path, const struct validation *v)
{
	cJSON *o = cJSON_CreateObject(), *arr;
	size_t i;

	cJSON_AddStringToObject(o, "path", path);
	cJSON_AddStringToObject(o, "type", evidence_type_name(v->type));
	if (v->detail)
		cJSON_AddStringToObject(o, "detail", v->detail);
	cJSON_AddBoolToObject(o, "valid", v->errors == 0);
	arr = cJSON_AddArrayToObject(o, "problems");
	for (i = 0; i < v->count; i++) {
		const struct validate_problem *p = &v->problems[i];
		cJSON *x = cJSON_CreateObject();

		cJSON_AddNumberToObject(x, "line", p->line);
		cJSON_AddNumberToObject(x, "column", p->column);
		cJSON_AddStringToObject(x, "severity",
					p->is_error ? "error" : "warning");
		cJSON_AddStringToObject(x, "code", p->code);
		cJSON_AddStringToObject(x, "message", p->message);
		cJSON_AddItemToArray(arr, x);
	}
	return o;
}

int cmd_validate(int argc, const char **argv)
{
	const char *type_arg = NULL, *profile = NULL, *now = NULL;
	const char *format = "text";
	const struct option options[] = {
		OPT_STRING(0, "type", &type_arg, "type",
			   "sbom, security-txt, vex or product (default: guessed)"),
		OPT_STRING(0, "profile", &profile, "profile",
			   "check an SBOM against bsi-tr-03183-2 or ntia"),
		OPT_STRING(0, "now", &now, "time",
			   "judge dates at this RFC 3339 time"),
		OPT_STRING(0, "format", &format, "format", "text or json"),
		OPT_END(),
	};
	struct validate_options vopts;
	enum evidence_type forced = EVIDENCE_UNKNOWN;
	cJSON *root = NULL, *files = NULL;
	int n, i, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, validate_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (!n) {
		command_error("name at least one file");
		options_usage(stderr, options, validate_usage);
		return EXIT_TROUBLE;
	}
	if (type_arg && evidence_type_parse(&forced, type_arg) < 0)
		return command_error("unknown type '%s' (expected sbom, "
				     "security-txt, vex or product)",
				     type_arg);
	if (strcmp(format, "text") && strcmp(format, "json"))
		return command_error("unknown format '%s' (expected text or "
				     "json)", format);
	memset(&vopts, 0, sizeof(vopts));
	vopts.profile = profile;
	vopts.datadir = ruleset_datadir();
	vopts.verify_signatures = 1;
	if (command_evaluation_time(&vopts.now, now) < 0)
		return command_fail();
	if (!strcmp(format, "json")) {
		root = cJSON_CreateObject();
		cJSON_AddStringToObject(root, "schema", "git-cra/validate/1");
		files = cJSON_AddArrayToObject(root, "files");
	}
	for (i = 0; i < n; i++) {
		struct buf data = BUF_INIT;
		struct validation v;
		enum evidence_type type = forced;

		memset(&v, 0, sizeof(v));
		if (read_file(&data, argv[i]) < 0) {
			command_fail();
			code = EXIT_TROUBLE;
			goto next;
		}
		if (type == EVIDENCE_UNKNOWN)
			type = evidence_type_guess(argv[i], buf_cstr(&data),
						   data.len);
		if (validate_evidence(&v, type, argv[i], buf_cstr(&data),
				      data.len, &vopts) < 0) {
			command_fail();
			code = EXIT_TROUBLE;
			goto next;
		}
		if (files)
			cJSON_AddItemToArray(files, validation_json(argv[i],
								    &v));
		else
			print_text(argv[i], &v);
		if (v.errors && code == EXIT_CLEAN)
			code = EXIT_FINDINGS;
next:
		validation_release(&v);
		buf_release(&data);
	}
	if (root) {
		json_write(stdout, root);
		cJSON_Delete(root);
	}
	return code;
}
