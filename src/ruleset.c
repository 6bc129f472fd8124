#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "ruleset.h"

/* A rule file larger than this is not a rule but a mistake or an attack. */
#define MAX_RULE_SIZE (1024 * 1024)
#define MAX_RULE_DEPTH 8

static int has_rules(const char *dir)
{
	struct buf path = BUF_INIT;
	struct stat st;
	int r;

	buf_printf(&path, "%s/rules", dir);
	r = !stat(buf_cstr(&path), &st) && S_ISDIR(st.st_mode);
	buf_release(&path);
	return r;
}

/*
 * GIT_CRA_DATADIR, else the installed directory; and when nothing is
 * installed there, the source tree the binary was built in (build/git-cra
 * sits one level below it), so that a fresh build works before
 * `make install`.
 */
const char *ruleset_datadir(void)
{
	static char source_tree[4096];
	const char *d = getenv("GIT_CRA_DATADIR");
	ssize_t n;
	char *slash;
	int i;

	if (d && *d)
		return d;
	if (has_rules(CRA_DATADIR))
		return CRA_DATADIR;
	n = readlink("/proc/self/exe", source_tree, sizeof(source_tree) - 1);
	if (n <= 0)
		return CRA_DATADIR;
	source_tree[n] = '\0';
	for (i = 0; i < 2; i++) {
		slash = strrchr(source_tree, '/');
		if (!slash)
			return CRA_DATADIR;
		*slash = '\0';
	}
	return has_rules(source_tree) ? source_tree : CRA_DATADIR;
}

static int ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), m = strlen(suffix);

	return n >= m && !strcmp(s + n - m, suffix);
}

int ruleset_is_rule_file(const char *name)
{
	return ends_with(name, ".lua") && !ends_with(name, "_test.lua") &&
		name[0] != '.';
}

static struct rule *add(struct ruleset *set, enum rule_origin origin,
			const char *file, size_t len, const git_oid *id)
{
	struct rule *r;

	set->rules = xrealloc(set->rules, (set->count + 1) * sizeof(*r));
	r = &set->rules[set->count++];
	memset(r, 0, sizeof(*r));
	r->source.origin = origin;
	r->source.file = xstrdup(file);
	r->source.len = len;
	if (id)
		git_oid_cpy(&r->source.id, id);
	return r;
}

void ruleset_add_borrowed(struct ruleset *set, enum rule_origin origin,
			  const char *file, const char *code, size_t len,
			  const git_oid *id)
{
	struct rule *r = add(set, origin, file, len, id);

	r->source.code = code;
}

void ruleset_add(struct ruleset *set, enum rule_origin origin,
		 const char *file, const char *code, size_t len,
		 const git_oid *id)
{
	struct rule *r = add(set, origin, file, len, id);

	r->source.owned = xstrndup(code, len);
	r->source.code = r->source.owned;
	if (!id)
		git_odb_hash(&r->source.id, code, len, GIT_OBJECT_BLOB);
}

static int read_whole(struct buf *out, const char *path)
{
	char chunk[16384];
	FILE *f = fopen(path, "rb");
	size_t n;

	if (!f)
		return error_set("cannot open '%s': %s", path,
				 strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(out, chunk, n);
		if (out->len > MAX_RULE_SIZE) {
			fclose(f);
			return error_set("'%s' is larger than %d bytes", path,
					 MAX_RULE_SIZE);
		}
	}
	fclose(f);
	return 0;
}

static int compare_strings(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Collect rule files below dir, as paths relative to base. */
static int walk(char ***paths, size_t *n, const char *base,
		const char *rel, int depth)
{
	struct buf full = BUF_INIT;
	struct dirent *de;
	DIR *d;

	if (depth > MAX_RULE_DEPTH)
		return 0;
	buf_printf(&full, "%s/%s", base, rel);
	d = opendir(buf_cstr(&full));
	buf_release(&full);
	if (!d)
		return error_set("cannot open the rules directory '%s/%s': %s",
				 base, rel, strerror(errno));
	while ((de = readdir(d))) {
		struct buf child = BUF_INIT;
		struct stat st;

		if (de->d_name[0] == '.')
			continue;
		buf_printf(&child, "%s/%s", rel, de->d_name);
		buf_printf(&full, "%s/%s", base, buf_cstr(&child));
		if (stat(buf_cstr(&full), &st) == 0) {
			if (S_ISDIR(st.st_mode)) {
				walk(paths, n, base, buf_cstr(&child),
				     depth + 1);
			} else if (S_ISREG(st.st_mode) &&
				   ruleset_is_rule_file(de->d_name)) {
				*paths = xrealloc(*paths, (*n + 1) *
						  sizeof(**paths));
				(*paths)[(*n)++] = buf_detach(&child, NULL);
			}
		}
		buf_release(&child);
		buf_release(&full);
	}
	closedir(d);
	return 0;
}

int ruleset_add_builtin(struct ruleset *set, const char *datadir)
{
	char **paths = NULL;
	size_t n = 0, i;
	int ret = 0;

	if (walk(&paths, &n, datadir, "rules", 0) < 0)
		return -1;
	qsort(paths, n, sizeof(*paths), compare_strings);
	for (i = 0; i < n; i++) {
		struct buf full = BUF_INIT, code = BUF_INIT;

		buf_printf(&full, "%s/%s", datadir, paths[i]);
		if (!ret && read_whole(&code, buf_cstr(&full)) < 0)
			ret = -1;
		else if (!ret)
			ruleset_add(set, RULE_BUILTIN, paths[i],
				    buf_cstr(&code), code.len, NULL);
		buf_release(&full);
		buf_release(&code);
		free(paths[i]);
	}
	free(paths);
	return ret;
}

int ruleset_add_local(struct ruleset *set, const struct snapshot *s)
{
	char **names = NULL;
	size_t n = 0, i;
	int ret = 0;

	if (snapshot_list(&names, &n, s, LOCAL_RULES_DIR) < 0)
		return error_prefix("cannot list '%s'", LOCAL_RULES_DIR);
	for (i = 0; i < n; i++) {
		struct buf path = BUF_INIT;
		struct snapshot_file f;
		int r;

		if (ret || !ruleset_is_rule_file(names[i]))
			goto next;
		buf_printf(&path, "%s/%s", LOCAL_RULES_DIR, names[i]);
		r = snapshot_read(&f, s, buf_cstr(&path));
		if (r == SNAPSHOT_NOT_FOUND)
			goto next;	/* a directory named *.lua */
		if (r < 0) {
			ret = error_prefix("cannot read the rule '%s'",
					   buf_cstr(&path));
			goto next;
		}
		if (f.len > MAX_RULE_SIZE)
			ret = error_set("the rule '%s' is larger than %d bytes",
					buf_cstr(&path), MAX_RULE_SIZE);
		else
			ruleset_add(set, RULE_LOCAL, buf_cstr(&path), f.data,
				    f.len, &f.id);
		snapshot_file_release(&f);
next:
		buf_release(&path);
		free(names[i]);
	}
	free(names);
	return ret;
}

void ruleset_release(struct ruleset *set)
{
	size_t i;

	if (!set)
		return;
	for (i = 0; i < set->count; i++)
		rule_release(&set->rules[i]);
	free(set->rules);
	set->rules = NULL;
	set->count = 0;
}
