#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "evaluation.h"
#include "rfc3339.h"
#include "rule_test.h"

#define MAX_TEST_FILE (4 * 1024 * 1024)

static int read_file(struct buf *out, const char *path, int *missing)
{
	char chunk[16384];
	FILE *f = fopen(path, "rb");
	size_t n;

	*missing = 0;
	if (!f) {
		*missing = errno == ENOENT;
		return error_set("cannot open '%s': %s", path, strerror(errno));
	}
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0) {
		buf_add(out, chunk, n);
		if (out->len > MAX_TEST_FILE) {
			fclose(f);
			return error_set("'%s' is larger than %d bytes", path,
					 MAX_TEST_FILE);
		}
	}
	fclose(f);
	return 0;
}

/* "x/y.lua" -> "x/y.test.yaml" */
static void test_path_of(struct buf *out, const char *rule_path)
{
	size_t n = strlen(rule_path);

	if (n > 4 && !strcmp(rule_path + n - 4, ".lua"))
		n -= 4;
	buf_add(out, rule_path, n);
	buf_puts(out, ".test.yaml");
}

/* A YAML scalar written back for a policy text: single-quoted. */
static void put_scalar(struct buf *b, const struct ynode *n)
{
	const char *p;

	if (n->plain) {
		buf_puts(b, n->value);
		return;
	}
	buf_putc(b, '\'');
	for (p = n->value; *p; p++) {
		if (*p == '\'')
			buf_putc(b, '\'');
		buf_putc(b, *p);
	}
	buf_putc(b, '\'');
}

/*
 * The policy a case runs under: the named one (default "default") with
 * the case's scalar params laid over its own.
 */
static int policy_text(struct buf *out, const char *datadir,
		       const struct ynode *tcase, const char *file)
{
	const char *name = ynode_str(ynode_get(tcase, "policy"));
	const struct ynode *params = ynode_get(tcase, "params");
	struct policy base;
	struct buf dir = BUF_INIT;
	size_t i;
	int ret = -1;

	buf_printf(&dir, "%s/policies", datadir);
	if (policy_load(&base, buf_cstr(&dir), name ? name : "default") < 0)
		goto done;
	buf_printf(out, "policy: %s\n", base.name);
	buf_puts(out, "params:\n");
	for (i = 0; base.params && i < base.params->count; i++) {
		const struct ynode *k = base.params->items[2 * i];
		const struct ynode *v = base.params->items[2 * i + 1];

		if (ynode_get(params, k->value) || v->type != YNODE_SCALAR)
			continue;
		buf_printf(out, "  %s: ", k->value);
		put_scalar(out, v);
		buf_putc(out, '\n');
	}
	if (params && params->type != YNODE_MAPPING) {
		error_set("%s:%u:%u: params must be a mapping", file,
			  params->line, params->column);
		goto done;
	}
	for (i = 0; params && i < params->count; i++) {
		const struct ynode *v = params->items[2 * i + 1];

		if (v->type != YNODE_SCALAR) {
			error_set("%s:%u:%u: params must be scalars", file,
				  v->line, v->column);
			goto done;
		}
		buf_printf(out, "  %s: ", params->items[2 * i]->value);
		put_scalar(out, v);
		buf_putc(out, '\n');
	}
	ret = 0;
done:
	policy_release(&base);
	buf_release(&dir);
	return ret;
}

static void describe_finding(struct buf *b, const struct finding *f)
{
	buf_printf(b, "%s", status_name(f->status));
	if (f->path) {
		buf_printf(b, " %s", f->path);
		if (f->line)
			buf_printf(b, ":%u", f->line);
		if (f->column)
			buf_printf(b, ":%u", f->column);
	}
	buf_printf(b, " (%s): %s", basis_name(f->basis), f->message);
}

/* Compare one expected entry with a finding; say why not in why. */
static int matches(const struct ynode *want, const struct finding *f,
		   struct buf *why)
{
	const char *status = ynode_str(ynode_get(want, "status"));
	const char *message = ynode_str(ynode_get(want, "message"));
	const char *basis = ynode_str(ynode_get(want, "basis"));
	const char *path = ynode_str(ynode_get(want, "path"));
	const char *line = ynode_str(ynode_get(want, "line"));
	const char *subject = ynode_str(ynode_get(want, "subject"));

	if (!status)
		buf_puts(why, "an expected finding has no status");
	else if (strcmp(status, status_name(f->status)))
		buf_printf(why, "status %s, expected %s", status_name(f->status),
			   status);
	else if (message && !strstr(f->message, message))
		buf_printf(why, "the message does not contain '%s'", message);
	else if (basis && strcmp(basis, basis_name(f->basis)))
		buf_printf(why, "basis %s, expected %s", basis_name(f->basis),
			   basis);
	else if (path && (!f->path || strcmp(path, f->path)))
		buf_printf(why, "path %s, expected %s",
			   f->path ? f->path : "(none)", path);
	else if (line && (unsigned)strtoul(line, NULL, 10) != f->line)
		buf_printf(why, "line %u, expected %s", f->line, line);
	else if (subject && (!f->subject || strcmp(subject, f->subject)))
		buf_printf(why, "subject %s, expected %s",
			   f->subject ? f->subject : "(none)", subject);
	return why->len == 0;
}

static int run_case(struct buf *why, struct buf *got,
		    const struct rule_test_options *opts,
		    const struct rule_source *rule, const struct ynode *tcase,
		    const char *test_file)
{
	const struct ynode *files = ynode_get(tcase, "files");
	const struct ynode *expect = ynode_get(tcase, "expect");
	const char *now = ynode_str(ynode_get(tcase, "now"));
	const char *tag = ynode_str(ynode_get(tcase, "tag"));
	struct evaluation_options eopts;
	struct evaluation ev;
	struct snapshot snap;
	struct buf policy = BUF_INIT;
	size_t i;
	int ret = -1;

	memset(&ev, 0, sizeof(ev));
	snapshot_open_memory(&snap);
	evaluation_options_init(&eopts);
	if (!now)
		now = RULE_TEST_DEFAULT_NOW;
	if (rfc3339_parse(&eopts.now, now, strlen(now)) < 0) {
		error_set("%s: 'now' is not an RFC 3339 time: %s", test_file,
			  now);
		goto done;
	}
	if (tag)
		snap.tag = xstrdup(tag);
	if (files && files->type != YNODE_MAPPING) {
		error_set("%s:%u:%u: files must map paths to contents",
			  test_file, files->line, files->column);
		goto done;
	}
	for (i = 0; files && i < files->count; i++) {
		const struct ynode *content = files->items[2 * i + 1];

		if (content->type != YNODE_SCALAR) {
			error_set("%s:%u:%u: a file's content must be text",
				  test_file, content->line, content->column);
			goto done;
		}
		if (snapshot_memory_add(&snap, files->items[2 * i]->value,
					content->value, content->len) < 0)
			goto done;
	}
	if (!expect || expect->type != YNODE_SEQUENCE) {
		error_set("%s:%u:%u: a case needs an 'expect' list", test_file,
			  tcase->line, tcase->column);
		goto done;
	}
	if (policy_text(&policy, opts->datadir, tcase, test_file) < 0)
		goto done;
	eopts.snapshot = &snap;
	eopts.rules = rule;
	eopts.nrules = 1;
	eopts.policy_text = policy.ptr;
	eopts.policy_len = policy.len;
	eopts.policy_file = test_file;
	eopts.datadir = opts->datadir;
	if (evaluation_run(&ev, NULL, &eopts) < 0)
		goto done;
	for (i = 0; i < ev.nfindings; i++) {
		buf_puts(got, "#     ");
		describe_finding(got, &ev.findings[i]);
		buf_putc(got, '\n');
	}
	if (ev.nfindings != expect->count) {
		buf_printf(why, "%zu finding%s, expected %zu", ev.nfindings,
			   ev.nfindings == 1 ? "" : "s", expect->count);
	} else {
		for (i = 0; i < ev.nfindings; i++) {
			struct buf one = BUF_INIT;

			if (!matches(expect->items[i], &ev.findings[i], &one))
				buf_printf(why, "%sfinding %zu: %s",
					   why->len ? "; " : "", i + 1,
					   buf_cstr(&one));
			buf_release(&one);
		}
	}
	ret = 0;
done:
	evaluation_release(&ev);
	snapshot_release(&snap);
	buf_release(&policy);
	return ret;
}

int rule_test_run_file(struct rule_test_result *result,
		       const struct rule_test_options *opts,
		       const char *rule_path, const char *label,
		       int origin, unsigned *counter)
{
	struct buf code = BUF_INIT, test_path = BUF_INIT, text = BUF_INIT;
	struct rule_source src;
	const struct ynode *cases;
	struct ydoc doc;
	size_t i;
	int missing, ret = -1;

	memset(&doc, 0, sizeof(doc));
	memset(&src, 0, sizeof(src));
	test_path_of(&test_path, rule_path);
	if (read_file(&code, rule_path, &missing) < 0)
		goto done;
	if (read_file(&text, buf_cstr(&test_path), &missing) < 0) {
		if (missing) {
			fprintf(opts->out, "# %s has no tests (%s)\n", label,
				buf_cstr(&test_path));
			result->untested++;
			ret = 0;
		}
		goto done;
	}
	if (ydoc_parse(&doc, buf_cstr(&test_path), text.ptr, text.len) < 0)
		goto done;
	cases = ynode_get(doc.root, "cases");
	if (!cases || cases->type != YNODE_SEQUENCE || !cases->count) {
		error_set("%s: expected a non-empty 'cases' list",
			  buf_cstr(&test_path));
		goto done;
	}
	src.origin = (enum rule_origin)origin;
	src.file = (char *)(uintptr_t)label;
	src.code = code.ptr;
	src.len = code.len;
	for (i = 0; i < cases->count; i++) {
		const struct ynode *c = cases->items[i];
		const char *name = ynode_str(ynode_get(c, "name"));
		struct buf why = BUF_INIT, got = BUF_INIT;
		int ok;

		if (run_case(&why, &got, opts, &src, c,
			     buf_cstr(&test_path)) < 0) {
			buf_release(&why);
			buf_release(&got);
			goto done;
		}
		ok = why.len == 0;
		fprintf(opts->out, "%s %u - %s: %s\n", ok ? "ok" : "not ok",
			++*counter, label, name ? name : "(unnamed case)");
		if (!ok)
			fprintf(opts->out, "#   %s:%u: %s\n#   the rule gave:\n%s",
				buf_cstr(&test_path), c->line, buf_cstr(&why),
				buf_cstr(&got));
		else if (opts->verbose)
			fputs(buf_cstr(&got), opts->out);
		if (ok)
			result->passed++;
		else
			result->failed++;
		buf_release(&why);
		buf_release(&got);
	}
	ret = 0;
done:
	ydoc_release(&doc);
	buf_release(&code);
	buf_release(&test_path);
	buf_release(&text);
	return ret;
}
