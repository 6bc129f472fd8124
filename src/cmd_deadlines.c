#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "article14.h"
#include "buf.h"
#include "command.h"
#include "error.h"
#include "json_write.h"
#include "options.h"
#include "policy.h"
#include "product.h"
#include "rfc3339.h"
#include "ruleset.h"
#include "snapshot.h"

static const char *const deadlines_usage[] = {
	"git cra deadlines [--now <time>] [--format <format>] [--staged | <rev>]",
	NULL,
};

#define REPORTS_DIR ".cra/reports"

struct open_clock {
	const struct a14_record *rec;
	const struct a14_clock *clock;
};

static int by_due(const void *a, const void *b)
{
	const struct open_clock *x = a, *y = b;

	if (x->clock->due != y->clock->due)
		return x->clock->due < y->clock->due ? -1 : 1;
	return strcmp(x->rec->id, y->rec->id);
}

/* The policy's reading of "without undue delay" (Art.14(8)), in hours. */
static unsigned users_hours(const struct snapshot *s)
{
	struct diagnostics warnings = { NULL, 0 };
	struct product product;
	struct policy policy;
	struct buf dir = BUF_INIT;
	const char *v;
	unsigned hours = 72;

	memset(&product, 0, sizeof(product));
	if (product_load(&product, s, &warnings) < 0)
		error_clear();
	buf_printf(&dir, "%s/policies", ruleset_datadir());
	if (!policy_load(&policy, buf_cstr(&dir),
			 policy_for_class(product.product_class))) {
		v = ynode_str(ynode_get(policy.params,
					"users_informed_within_hours"));
		if (v)
			hours = (unsigned)strtoul(v, NULL, 10);
		policy_release(&policy);
	}
	error_clear();
	buf_release(&dir);
	product_release(&product);
	diagnostics_release(&warnings);
	return hours;
}

static void hours_text(char *out, size_t n, int64_t seconds)
{
	snprintf(out, n, "%lld h", (long long)(seconds / 3600));
}

int cmd_deadlines(int argc, const char **argv)
{
	const char *now_arg = NULL, *format = "text";
	int staged = 0;
	const struct option options[] = {
		OPT_STRING(0, "now", &now_arg, "time",
			   "judge the clocks at this RFC 3339 time"),
		OPT_STRING(0, "format", &format, "format", "text or json"),
		OPT_BOOL(0, "staged", &staged, "read the records in the index"),
		OPT_END(),
	};
	struct a14_record *recs = NULL;
	struct open_clock *open = NULL;
	size_t nrecs = 0, nopen = 0, overdue = 0, i, k;
	git_repository *repo = NULL;
	struct snapshot snap;
	char **names = NULL;
	size_t nnames = 0;
	int64_t now;
	unsigned hours;
	int n, code = EXIT_CLEAN;

	memset(&snap, 0, sizeof(snap));
	n = options_parse(argc, argv, options, deadlines_usage);
	if (n == OPTIONS_HELP)
		return EXIT_CLEAN;
	if (n < 0)
		return EXIT_TROUBLE;
	if (n > 1 || (n && staged)) {
		command_error(staged ? "--staged takes no revision" :
			      "too many arguments");
		options_usage(stderr, options, deadlines_usage);
		return EXIT_TROUBLE;
	}
	if (strcmp(format, "text") && strcmp(format, "json"))
		return command_error("unknown format '%s' (expected text or "
				     "json)", format);
	if (command_evaluation_time(&now, now_arg) < 0)
		return command_fail();
	if (command_open_repository(&repo) < 0)
		return command_fail();
	if (snapshot_open(&snap, repo, n ? SNAPSHOT_REVISION : staged ?
			  SNAPSHOT_INDEX : SNAPSHOT_WORKTREE,
			  n ? argv[0] : NULL) < 0 ||
	    snapshot_list(&names, &nnames, &snap, REPORTS_DIR) < 0) {
		code = command_fail();
		goto done;
	}
	hours = users_hours(&snap);
	recs = xcalloc(nnames + 1, sizeof(*recs));
	for (i = 0; i < nnames; i++) {
		struct snapshot_file f;
		struct buf path = BUF_INIT;
		size_t len = strlen(names[i]);

		if (!(len > 5 && !strcmp(names[i] + len - 5, ".yaml")) &&
		    !(len > 4 && !strcmp(names[i] + len - 4, ".yml")))
			continue;
		buf_printf(&path, "%s/%s", REPORTS_DIR, names[i]);
		if (snapshot_read(&f, &snap, buf_cstr(&path)) != 0) {
			code = command_fail();
			buf_release(&path);
			continue;
		}
		if (article14_parse(&recs[nrecs], f.path, f.data, f.len, now,
				    hours) < 0)
			code = command_fail();
		else if (recs[nrecs].applies)
			nrecs++;
		else
			article14_release(&recs[nrecs]);
		snapshot_file_release(&f);
		buf_release(&path);
	}
	open = xcalloc(nrecs * A14_STEPS + 1, sizeof(*open));
	for (i = 0; i < nrecs; i++)
		for (k = 0; k < A14_STEPS; k++) {
			const struct a14_clock *c = &recs[i].clocks[k];

			if (c->state != A14_OPEN && c->state != A14_OVERDUE)
				continue;
			open[nopen].rec = &recs[i];
			open[nopen++].clock = c;
			if (c->state == A14_OVERDUE)
				overdue++;
		}
	qsort(open, nopen, sizeof(*open), by_due);
	if (!strcmp(format, "json")) {
		cJSON *root = cJSON_CreateObject(), *arr;
		char when[21];

		cJSON_AddStringToObject(root, "schema", "git-cra/deadlines/1");
		rfc3339_format(when, now);
		cJSON_AddStringToObject(root, "evaluated_at", when);
		arr = cJSON_AddArrayToObject(root, "clocks");
		for (i = 0; i < nopen; i++) {
			const struct open_clock *o = &open[i];
			cJSON *x = cJSON_CreateObject();

			cJSON_AddStringToObject(x, "record", o->rec->id);
			cJSON_AddStringToObject(x, "path", o->rec->path);
			cJSON_AddStringToObject(x, "kind",
						article14_kind_name(o->rec->kind));
			cJSON_AddStringToObject(x, "step",
						article14_step_name(o->clock->step));
			cJSON_AddStringToObject(x, "locus", o->clock->locus);
			cJSON_AddStringToObject(x, "state",
						article14_state_name(o->clock->state));
			rfc3339_format(when, o->clock->due);
			cJSON_AddStringToObject(x, "due", when);
			cJSON_AddNumberToObject(x, "hours_left",
						(double)((o->clock->due - now) / 3600));
			cJSON_AddItemToArray(arr, x);
		}
		json_write(stdout, root);
		cJSON_Delete(root);
	} else if (!nopen) {
		printf("no open Article 14 clock\n");
	} else {
		for (i = 0; i < nopen; i++) {
			const struct open_clock *o = &open[i];
			char due[21], left[32];

			rfc3339_format(due, o->clock->due);
			hours_text(left, sizeof(left),
				   o->clock->state == A14_OVERDUE ?
				   now - o->clock->due : o->clock->due - now);
			printf("%-8s %s  %-14s %-13s due %s  %s %s  (%s:%u)\n",
			       o->clock->state == A14_OVERDUE ? "OVERDUE" :
			       "open", o->rec->id,
			       article14_step_name(o->clock->step),
			       o->clock->locus, due, left,
			       o->clock->state == A14_OVERDUE ? "overdue" :
			       "left", o->rec->path, o->clock->line);
		}
	}
	if (overdue && code == EXIT_CLEAN)
		code = EXIT_FINDINGS;
done:
	for (i = 0; i < nrecs; i++)
		article14_release(&recs[i]);
	free(recs);
	free(open);
	for (i = 0; i < nnames; i++)
		free(names[i]);
	free(names);
	snapshot_release(&snap);
	git_repository_free(repo);
	return code;
}
