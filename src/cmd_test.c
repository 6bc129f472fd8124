#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "buf.h"
#include "command.h"
#include "error.h"
#include "options.h"
#include "rule_test.h"
#include "ruleset.h"

static const char *const test_usage[] = {
	"git cra test [-v] [<path>...]",
	NULL,
};

struct rule_file {
	char *path;		/* on the file system */
	char *label;		/* as results name it */
	int origin;
};

struct rule_files {
	struct rule_file *items;
	size_t count;
};

static void add_file(struct rule_files *l, const char *path,
		     const char *label, int origin)
{
	l->items = xrealloc(l->items, (l->count + 1) * sizeof(*l->items));
	l->items[l->count].path = xstrdup(path);
	l->items[l->count].label = xstrdup(label);
	l->items[l->count].origin = origin;
	l->count++;
}

static int compare_files(const void *a, const void *b)
{
	return strcmp(((const struct rule_file *)a)->label,
		      ((const struct rule_file *)b)->label);
}

/* Rule files below path (a file or a directory), labelled from label. */
static int collect(struct rule_files *l, const char *path, const char *label,
		   int origin, int depth)
{
	struct stat st;
	struct dirent *de;
	DIR *d;

	if (stat(path, &st) < 0)
		return error_set("cannot read '%s'", path);
	if (S_ISREG(st.st_mode)) {
		size_t n = strlen(path);

		/* NAME.test.yaml stands for its rule NAME.lua. */
		if (n > 10 && !strcmp(path + n - 10, ".test.yaml")) {
			struct buf rule = BUF_INIT, lab = BUF_INIT;

			buf_add(&rule, path, n - 10);
			buf_puts(&rule, ".lua");
			buf_add(&lab, label, strlen(label) - 10);
			buf_puts(&lab, ".lua");
			add_file(l, buf_cstr(&rule), buf_cstr(&lab), origin);
			buf_release(&rule);
			buf_release(&lab);
			return 0;
		}
		if (!ruleset_is_rule_file(strrchr(path, '/') ?
					  strrchr(path, '/') + 1 : path))
			return error_set("'%s' is neither a rule (.lua) nor a "
					 "rule test (.test.yaml)", path);
		add_file(l, path, label, origin);
		return 0;
	}
	if (!S_ISDIR(st.st_mode) || depth > 8)
		return 0;
	d = opendir(path);
	if (!d)
		return error_set("cannot open the directory '%s'", path);
	while ((de = readdir(d))) {
		struct buf child = BUF_INIT, lab = BUF_INIT;

		if (de->d_name[0] == '.' && strcmp(de->d_name, ".cra"))
			continue;
		buf_printf(&child, "%s/%s", path, de->d_name);
		buf_printf(&lab, "%s/%s", label, de->d_name);
		if (stat(buf_cstr(&child), &st) == 0 &&
		    (S_ISDIR(st.st_mode) || ruleset_is_rule_file(de->d_name)))
			collect(l, buf_cstr(&child), buf_cstr(&lab), origin,
				depth + 1);
		buf_release(&child);
		buf_release(&lab);
	}
	closedir(d);
	return 0;
}

/* Without paths: the built-in rules, and this work tree's .cra/rules. */
static int collect_default(struct rule_files *l, const char *datadir)
{
	struct buf path = BUF_INIT;
	git_repository *repo = NULL;
	struct stat st;
	int ret;

	buf_printf(&path, "%s/rules", datadir);
	ret = collect(l, buf_cstr(&path), "rules", RULE_BUILTIN, 0);
	buf_release(&path);
	if (ret < 0)
		return -1;
	if (command_open_repository(&repo) < 0) {
		error_clear();
		return 0;
	}
	if (git_repository_workdir(repo)) {
		buf_printf(&path, "%s%s", git_repository_workdir(repo),
			   LOCAL_RULES_DIR);
		if (!stat(buf_cstr(&path), &st) && S_ISDIR(st.st_mode))
			ret = collect(l, buf_cstr(&path), LOCAL_RULES_DIR,
				      RULE_LOCAL, 0);
		buf_release(&path);
	}
	git_repository_free(repo);
	return ret;
}

int cmd_test(int argc, const char **argv)
{
	int verbose = 0;
	const struct option options[] = {
		OPT_BOOL('v', "verbose", &verbose,
			 "show the findings of passing cases too"),
		OPT_END(),
	};
	struct rule_test_options topts;
	struct rule_test_result result;
	struct rule_files files = { NULL, 0 };
	unsigned counter = 0;
	size_t i;
	int n, code = EXIT_CLEAN;

	n = options_parse(argc, argv, options, test_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	memset(&topts, 0, sizeof(topts));
	memset(&result, 0, sizeof(result));
	topts.out = stdout;
	topts.datadir = ruleset_datadir();
	topts.verbose = verbose;
	if (!n && collect_default(&files, topts.datadir) < 0)
		return command_fail();
	for (i = 0; i < (size_t)n; i++)
		if (collect(&files, argv[i], argv[i], RULE_LOCAL, 0) < 0)
			return command_fail();
	if (files.count)
		qsort(files.items, files.count, sizeof(*files.items),
		      compare_files);
	for (i = 0; i < files.count; i++) {
		/* A rule and its test may both have been named. */
		if (i && !strcmp(files.items[i].label,
				 files.items[i - 1].label))
			continue;
		if (rule_test_run_file(&result, &topts, files.items[i].path,
				       files.items[i].label,
				       files.items[i].origin, &counter) < 0) {
			printf("not ok %u - %s: cannot run its tests\n# %s\n",
			       ++counter, files.items[i].label, error_last());
			result.broken++;
		}
	}
	printf("1..%u\n", counter);
	printf("# %zu passed, %zu failed, %zu broken, %zu rules without "
	       "tests\n", result.passed, result.failed, result.broken,
	       result.untested);
	if (result.broken)
		code = EXIT_TROUBLE;
	else if (result.failed)
		code = EXIT_FINDINGS;
	for (i = 0; i < files.count; i++) {
		free(files.items[i].path);
		free(files.items[i].label);
	}
	free(files.items);
	return code;
}
