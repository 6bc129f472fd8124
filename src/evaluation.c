#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "evaluation.h"
#include "evidence_memo.h"
#include "sha256.h"

void evaluation_options_init(struct evaluation_options *opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->kind = SNAPSHOT_WORKTREE;
}

/*
 * What a repository may set in its git configuration:
 *   cra.maxFileSize   bytes of one evidence file (default 256 MiB)
 *   cra.ruleTimeout   milliseconds one rule may run (default 10000)
 *   cra.policy        a policy name or file, instead of the product
 *                     class's (--policy still wins)
 */
static int config_int(int64_t *out, git_config *config, const char *key,
		      int64_t min, int64_t max)
{
	int r = git_config_get_int64(out, config, key);

	if (r == GIT_ENOTFOUND) {
		git_error_clear();
		return 0;
	}
	if (r < 0)
		return error_from_git("bad value in the git configuration");
	if (*out < min || *out > max)
		return error_set("%s must be between %lld and %lld", key,
				 (long long)min, (long long)max);
	return 1;
}

static int read_limits(struct evaluation *ev, git_repository *repo,
		       struct rule_runner_options *run, char **policy)
{
	git_config *config = NULL;
	git_buf name = { NULL, 0, 0 };
	int64_t v;
	int r, ret = -1;

	if (git_repository_config_snapshot(&config, repo) < 0)
		return error_from_git("cannot read the git configuration");
	/* cra.policy: the repository's choice over its product class's. */
	if (!git_config_get_string_buf(&name, config, "cra.policy"))
		*policy = xstrdup(name.ptr);
	git_buf_dispose(&name);
	git_error_clear();
	r = config_int(&v, config, "cra.maxFileSize", 1, INT64_MAX);
	if (r < 0)
		goto done;
	if (r)
		ev->snapshot.max_file_size = (size_t)v;
	r = config_int(&v, config, "cra.ruleTimeout", 1, 3600000);
	if (r < 0)
		goto done;
	if (r)
		run->timeout_ms = (unsigned)v;
	ret = 0;
done:
	git_config_free(config);
	return ret;
}

static int select_by_policy(void *data, const char *rule_id,
			    enum rule_origin origin)
{
	return policy_selects(data, rule_id, origin);
}

static void add_input(struct evaluation *ev, const char *path,
		      const git_oid *id)
{
	size_t i;

	for (i = 0; i < ev->ninputs; i++)
		if (!strcmp(ev->inputs[i].path, path))
			return;
	ev->inputs = xrealloc(ev->inputs, (ev->ninputs + 1) *
			      sizeof(*ev->inputs));
	ev->inputs[ev->ninputs].path = xstrdup(path);
	git_oid_cpy(&ev->inputs[ev->ninputs].id, id);
	ev->ninputs++;
}

static int compare_inputs(const void *a, const void *b)
{
	return strcmp(((const struct rule_input *)a)->path,
		      ((const struct rule_input *)b)->path);
}

static struct finding *new_finding(struct evaluation *ev)
{
	struct finding *f;

	ev->findings = xrealloc(ev->findings, (ev->nfindings + 1) *
				sizeof(*ev->findings));
	f = &ev->findings[ev->nfindings++];
	memset(f, 0, sizeof(*f));
	return f;
}

struct rule_id_at {
	const char *id;
	size_t at;
};

static int compare_rule_ids(const void *pa, const void *pb)
{
	const struct rule_id_at *a = pa, *b = pb;
	int c = strcmp(a->id, b->id);

	return c ? c : (a->at > b->at) - (a->at < b->at);
}

/*
 * A second rule with an id already taken is an error, not an override:
 * each rule after the first with its id, in rule order, names the first.
 * Sorted by id, not compared pair by pair: an audit checks every release.
 */
static void check_duplicate_ids(struct evaluation *ev)
{
	struct rule_id_at *ids = xcalloc(ev->rules.count + 1, sizeof(*ids));
	size_t i, n = 0, first = 0;

	for (i = 0; i < ev->rules.count; i++)
		if (ev->rules.rules[i].loaded) {
			ids[n].id = ev->rules.rules[i].meta.id;
			ids[n++].at = i;
		}
	qsort(ids, n, sizeof(*ids), compare_rule_ids);
	for (i = 0; i < n; i++) {
		const struct rule *r = &ev->rules.rules[ids[i].at];
		struct rule_outcome *o = &ev->outcomes[ids[i].at];
		struct buf msg = BUF_INIT;

		if (!i || strcmp(ids[i].id, ids[first].id)) {
			first = i;
			continue;
		}
		if (o->error)
			continue;
		buf_printf(&msg, "rule id '%s' is already used by '%s'",
			   r->meta.id, ev->rules.rules[ids[first].at].source.file);
		o->error = buf_detach(&msg, NULL);
		o->error_path = xstrdup(r->source.file);
		o->selected = 1;
	}
	free(ids);
}

/* Flatten the outcomes: findings in rule order, errors as findings. */
static void collect(struct evaluation *ev)
{
	size_t i, j;

	for (i = 0; i < ev->rules.count; i++) {
		struct rule_outcome *o = &ev->outcomes[i];
		const struct rule *r = &ev->rules.rules[i];

		for (j = 0; j < o->ninputs; j++)
			add_input(ev, o->inputs[j].path, &o->inputs[j].id);
		if (!o->selected)
			continue;
		if (o->error) {
			/* What a broken rule reported before is not trusted. */
			struct finding *f = new_finding(ev);

			f->rule = i;
			f->status = STATUS_ERROR;
			f->message = xstrdup(o->error);
			f->path = xstrdup(o->error_path ? o->error_path :
					  r->source.file);
			f->line = o->error_line;
			continue;
		}
		for (j = 0; j < o->nfindings; j++) {
			struct finding *f = new_finding(ev);

			*f = o->findings[j];
			memset(&o->findings[j], 0, sizeof(o->findings[j]));
			f->rule = i;
			waivers_apply(&ev->waivers, f, r->meta.id, ev->now);
		}
	}
	for (i = 0; i < ev->nfindings; i++)
		ev->counts[ev->findings[i].status]++;
	if (ev->ninputs)
		qsort(ev->inputs, ev->ninputs, sizeof(*ev->inputs),
		      compare_inputs);
}

/*
 * Everything besides a rule's code and what it asks of the snapshot that
 * decides its outcome: the policy (its selection, severities, params and
 * name), where product.yaml is, and the limits a rule runs under.
 */
static void cache_context(unsigned char out[SHA256_DIGEST_SIZE],
			  const struct evaluation *ev,
			  const struct evaluation_options *opts,
			  const struct rule_runner_options *run)
{
	unsigned char policy[SHA256_DIGEST_SIZE];
	struct sha256 h;
	uint64_t limits[3] = {
		(uint64_t)ev->snapshot.max_file_size,
		(uint64_t)run->memory_limit,
		(uint64_t)run->instruction_limit,
	};

	/* The policy by its digest, which the memo keeps with the text. */
	if (opts->memo)
		memcpy(policy, opts->memo->policy_digest, sizeof(policy));
	else
		sha256_digest(policy, opts->policy_text, opts->policy_len);
	sha256_init(&h);
	sha256_update_field(&h, policy, sizeof(policy));
	sha256_update_field(&h, PRODUCT_PATH, strlen(PRODUCT_PATH));
	sha256_update_field(&h, limits, sizeof(limits));
	sha256_update_field(&h, &opts->metadata_only, sizeof(opts->metadata_only));
	sha256_final(out, &h);
}

int evaluation_prepare(struct evaluation *ev, git_repository *repo,
		       const struct evaluation_options *opts)
{
	const char *datadir = opts->datadir ? opts->datadir :
		ruleset_datadir();
	struct rule_runner_options *run = &ev->run_options;
	struct rule_context *ctx = &ev->ctx;
	struct buf dir = BUF_INIT;
	const char *policy_name;
	char *configured_policy = NULL;
	size_t i;
	int ret = -1;

	memset(ev, 0, sizeof(*ev));
	ev->now = opts->now;
	ev->metadata_only = opts->metadata_only;
	rule_runner_options_init(run);
	if (opts->snapshot) {
		ev->snapshot = *opts->snapshot;
		memset(opts->snapshot, 0, sizeof(*opts->snapshot));
	} else if (snapshot_open(&ev->snapshot, repo, opts->kind,
				 opts->rev) < 0) {
		goto done;
	}
	if (repo && read_limits(ev, repo, run, &configured_policy) < 0)
		goto done;
	if (opts->memo) {
		struct product *p;

		/* Borrowed from the memo: evaluation_release leaves it. */
		if (evidence_memo_product(&p, opts->memo, &ev->snapshot,
					  &ev->warnings) < 0)
			goto done;
		ev->product = *p;
		ev->borrowed_product = 1;
	} else if (product_load(&ev->product, &ev->snapshot,
				&ev->warnings) < 0) {
		goto done;
	}
	if (ev->product.present)
		add_input(ev, PRODUCT_PATH, &ev->product.id);

	policy_name = opts->policy ? opts->policy : configured_policy ?
		configured_policy : policy_for_class(ev->product.product_class);
	buf_printf(&dir, "%s/policies", datadir);
	if (opts->policy_text && opts->memo) {
		struct policy *p;

		if (evidence_memo_policy(&p, opts->memo, opts->policy_file ?
					 opts->policy_file : "policy",
					 opts->policy_text,
					 opts->policy_len) < 0)
			goto done;
		ev->policy = *p;
		ev->borrowed_policy = 1;
	} else if (opts->policy_text) {
		if (policy_parse(&ev->policy, opts->policy_file ?
				 opts->policy_file : "policy",
				 opts->policy_text, opts->policy_len) < 0)
			goto done;
	} else if (policy_load(&ev->policy, buf_cstr(&dir), policy_name) < 0) {
		goto done;
	}

	if (waivers_load(&ev->waivers, &ev->snapshot, &ev->warnings) < 0)
		goto done;
	if (ev->waivers.present)
		add_input(ev, WAIVERS_PATH, &ev->waivers.id);

	if (opts->rules) {
		for (i = 0; i < opts->nrules; i++)
			(opts->rules_outlive ? ruleset_add_borrowed :
			 ruleset_add)(&ev->rules, opts->rules[i].origin,
				      opts->rules[i].file, opts->rules[i].code,
				      opts->rules[i].len,
				      opts->rules_known_ids ?
				      &opts->rules[i].id : NULL);
	} else {
		if (ruleset_add_builtin(&ev->rules, datadir) < 0)
			goto done;
		if (!opts->no_local_rules &&
		    ruleset_add_local(&ev->rules, &ev->snapshot) < 0)
			goto done;
	}
	ev->outcomes = xcalloc(ev->rules.count ? ev->rules.count : 1,
			       sizeof(*ev->outcomes));

	ctx->snapshot = &ev->snapshot;
	ctx->product = ev->product.present ? &ev->product.doc : NULL;
	ctx->product_path = PRODUCT_PATH;
	ctx->params = ev->policy.params;
	ctx->policy = ev->policy.name;
	ctx->now = ev->now;

	run->select = select_by_policy;
	run->select_data = &ev->policy;
	run->metadata_only = opts->metadata_only;
	if (opts->cache && opts->policy_text &&
	    ev->snapshot.kind == SNAPSHOT_REVISION) {
		run->cache = opts->cache;
		cache_context(run->cache_context, ev, opts, run);
		run->server = opts->server;
		/* The caller keeps the text until evaluation_finish. */
		run->policy_text = opts->policy_text;
		run->policy_len = opts->policy_len;
		run->policy_label = opts->policy_file ? opts->policy_file :
			"policy";
	}
	ev->prepared = 1;
	ret = 0;
done:
	free(configured_policy);
	buf_release(&dir);
	return ret;
}

int evaluation_start_ahead(struct evaluation *ev,
			   const struct evaluation *before)
{
	if (!ev->prepared)
		return error_set("the evaluation was not prepared");
	return rule_runner_start_ahead(&ev->run, ev->rules.rules, ev->outcomes,
				       ev->rules.count, &ev->ctx,
				       &ev->run_options,
				       before && before->started ?
				       &before->run : NULL);
}

int evaluation_start(struct evaluation *ev)
{
	if (!ev->prepared)
		return error_set("the evaluation was not prepared");
	ev->started = 1;
	return rule_runner_start(&ev->run, ev->rules.rules, ev->outcomes,
				 ev->rules.count, &ev->ctx, &ev->run_options);
}

int evaluation_wait(struct evaluation *ev)
{
	long ran;

	if (ev->waited)
		return 0;
	if (!ev->started)
		return error_set("the evaluation was not started");
	ev->started = 0;
	ran = rule_runner_finish(&ev->run);
	if (ran < 0)
		return -1;
	ev->rules_run = (size_t)ran;
	ev->waited = 1;
	return 0;
}

int evaluation_finish(struct evaluation *ev)
{
	size_t i;

	if (evaluation_wait(ev) < 0)
		return -1;
	check_duplicate_ids(ev);
	collect(ev);
	for (i = 0; i < ev->waivers.count; i++)
		if (!ev->waivers.items[i].used && !ev->metadata_only)
			diagnostics_add(&ev->warnings, WAIVERS_PATH,
					ev->waivers.items[i].line, 0,
					"the waiver for '%s' matches no failing "
					"finding", ev->waivers.items[i].rule);
	return 0;
}

int evaluation_run(struct evaluation *ev, git_repository *repo,
		   const struct evaluation_options *opts)
{
	if (evaluation_prepare(ev, repo, opts) < 0)
		return -1;
	/* A failed start is reported by finish, which frees what it made. */
	evaluation_start(ev);
	return evaluation_finish(ev);
}

void evaluation_release(struct evaluation *ev)
{
	size_t i;

	if (!ev)
		return;
	/* Started and never finished: collect what runs, and drop it. */
	if (ev->started)
		rule_runner_finish(&ev->run);
	else if (ev->run.ahead && !ev->waited)
		rule_runner_abandon(&ev->run);
	for (i = 0; ev->outcomes && i < ev->rules.count; i++)
		rule_outcome_release(&ev->outcomes[i]);
	free(ev->outcomes);
	for (i = 0; i < ev->nfindings; i++)
		finding_release(&ev->findings[i]);
	free(ev->findings);
	for (i = 0; i < ev->ninputs; i++)
		free(ev->inputs[i].path);
	free(ev->inputs);
	ruleset_release(&ev->rules);
	waivers_release(&ev->waivers);
	if (!ev->borrowed_policy)
		policy_release(&ev->policy);
	if (!ev->borrowed_product)
		product_release(&ev->product);
	snapshot_release(&ev->snapshot);
	diagnostics_release(&ev->warnings);
	memset(ev, 0, sizeof(*ev));
}

const struct rule *evaluation_rule(const struct evaluation *ev,
				   const struct finding *f)
{
	return &ev->rules.rules[f->rule];
}

enum severity evaluation_severity(const struct evaluation *ev,
				  const struct rule *rule)
{
	if (!rule->loaded)
		return SEVERITY_ERROR;
	return policy_severity(&ev->policy, &rule->meta);
}

int evaluation_exit_code(const struct evaluation *ev)
{
	if (ev->counts[STATUS_ERROR])
		return 2;
	return ev->counts[STATUS_FAIL] ? 1 : 0;
}
