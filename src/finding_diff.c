#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "finding_diff.h"

/*
 * Pairing findings across two evaluations. A rule may word the same
 * finding differently at each side (a count, a date, a line number in
 * the message), so the message alone is no identity; and a rule that
 * reports one finding without a subject, failing at base and passing at
 * head, has been fixed, not replaced. So a finding is identified by its
 * rule, its subject and the class of its status, and within that the
 * findings of both sides are paired in three rounds, each on those that
 * are still alone: same path and message (nothing changed but perhaps
 * the line), same path, then in the order the rule reported them.
 */

enum finding_class finding_class_of(enum finding_status status)
{
	switch (status) {
	case STATUS_FAIL:
		return CLASS_FAIL;
	case STATUS_ERROR:
	case STATUS_COUNT:
		break;
	case STATUS_UNKNOWN:
		return CLASS_UNKNOWN;
	case STATUS_PASS:
	case STATUS_NOT_APPLICABLE:
	case STATUS_WAIVED:
		return CLASS_PASSING;
	}
	return CLASS_ERROR;
}

static int is_failing(enum finding_status status)
{
	enum finding_class c = finding_class_of(status);

	return c == CLASS_FAIL || c == CLASS_ERROR;
}

const char *change_kind_name(enum change_kind kind)
{
	switch (kind) {
	case CHANGE_NEW:
		return "new";
	case CHANGE_FIXED:
		return "fixed";
	case CHANGE_UNCHANGED:
		return "unchanged";
	case CHANGE_DROPPED:
	case CHANGE_KIND_COUNT:
		break;
	}
	return "dropped";
}

/* A rule that took an id already used is not that rule (evaluation.c). */
static int is_duplicate(const struct evaluation *ev, size_t rule)
{
	const struct rule *r = &ev->rules.rules[rule];
	size_t j;

	if (!r->loaded)
		return 0;
	for (j = 0; j < rule; j++)
		if (ev->rules.rules[j].loaded &&
		    !strcmp(ev->rules.rules[j].meta.id, r->meta.id))
			return 1;
	return 0;
}

const char *finding_diff_rule_key(const struct evaluation *ev, size_t rule)
{
	const struct rule *r = &ev->rules.rules[rule];

	if (r->loaded && !is_duplicate(ev, rule))
		return r->meta.id;
	return r->source.file;
}

/* Where each rule's findings are: they come in rule order. */
struct rule_range {
	size_t start, end;
};

static struct rule_range *rule_ranges(const struct evaluation *ev)
{
	struct rule_range *ranges = xcalloc(ev->rules.count ?
					    ev->rules.count : 1,
					    sizeof(*ranges));
	size_t i;

	for (i = 0; i < ev->nfindings; i++) {
		struct rule_range *r = &ranges[ev->findings[i].rule];

		if (r->start == r->end)
			r->start = i;
		r->end = i + 1;
	}
	return ranges;
}

static const char **rule_keys(const struct evaluation *ev)
{
	const char **keys = xcalloc(ev->rules.count ? ev->rules.count : 1,
				    sizeof(*keys));
	size_t i;

	for (i = 0; i < ev->rules.count; i++)
		keys[i] = finding_diff_rule_key(ev, i);
	return keys;
}

/*
 * The rule at head that is the base rule `b`: the same key, or, when
 * either side's rule did not load (and so has no id), the same file.
 */
static long head_rule_for(const struct evaluation *base, size_t b,
			  const char *const *base_keys,
			  const struct evaluation *head,
			  const char *const *head_keys, const char *taken)
{
	const struct rule *rb = &base->rules.rules[b];
	size_t h;

	for (h = 0; h < head->rules.count; h++)
		if (!taken[h] && head->outcomes[h].selected &&
		    !strcmp(head_keys[h], base_keys[b]))
			return (long)h;
	for (h = 0; h < head->rules.count; h++) {
		const struct rule *rh = &head->rules.rules[h];

		if (!taken[h] && head->outcomes[h].selected &&
		    (!rb->loaded || !rh->loaded) &&
		    !strcmp(rb->source.file, rh->source.file))
			return (long)h;
	}
	return -1;
}

/* How closely two findings are compared in a round of pairing. */
enum pairing_round {
	SAME_PATH_AND_MESSAGE,
	SAME_PATH,
	IN_ORDER,
};

struct candidate {
	const struct finding *f;
	size_t index;		/* in its evaluation's findings */
};

static int compare_strings(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int compare_identity(const struct candidate *a,
			    const struct candidate *b, enum pairing_round round)
{
	enum finding_class ca = finding_class_of(a->f->status);
	enum finding_class cb = finding_class_of(b->f->status);
	int c;

	if (ca != cb)
		return ca < cb ? -1 : 1;
	c = compare_strings(a->f->subject, b->f->subject);
	if (c || round == IN_ORDER)
		return c;
	c = compare_strings(a->f->path, b->f->path);
	if (c || round == SAME_PATH)
		return c;
	return compare_strings(a->f->message, b->f->message);
}

/* qsort has no context argument: one comparator per round. */
static int sort_order(const struct candidate *a, const struct candidate *b,
		      enum pairing_round round)
{
	int c = compare_identity(a, b, round);

	if (c)
		return c;
	return a->index < b->index ? -1 : a->index > b->index;
}

static int sort_round0(const void *a, const void *b)
{
	return sort_order(a, b, SAME_PATH_AND_MESSAGE);
}

static int sort_round1(const void *a, const void *b)
{
	return sort_order(a, b, SAME_PATH);
}

static int sort_round2(const void *a, const void *b)
{
	return sort_order(a, b, IN_ORDER);
}

static int (*const sorters[])(const void *, const void *) = {
	sort_round0, sort_round1, sort_round2,
};

/* The findings of one rule that are still alone, as candidates. */
static size_t alone(struct candidate *out, const struct evaluation *ev,
		    struct rule_range range, const long *match)
{
	size_t n = 0, i;

	for (i = range.start; i < range.end; i++)
		if (match[i] < 0) {
			out[n].f = &ev->findings[i];
			out[n].index = i;
			n++;
		}
	return n;
}

static void pair_rule(struct finding_diff *d, struct rule_range rb,
		      struct rule_range rh)
{
	size_t nb = rb.end - rb.start, nh = rh.end - rh.start;
	struct candidate *cb, *ch;
	int round;

	if (!nb || !nh)
		return;
	cb = xcalloc(nb, sizeof(*cb));
	ch = xcalloc(nh, sizeof(*ch));
	for (round = SAME_PATH_AND_MESSAGE; round <= IN_ORDER; round++) {
		size_t i = 0, j = 0;

		nb = alone(cb, d->base, rb, d->base_match);
		nh = alone(ch, d->head, rh, d->head_match);
		qsort(cb, nb, sizeof(*cb), sorters[round]);
		qsort(ch, nh, sizeof(*ch), sorters[round]);
		/* Equal identities pair up in the order they came. */
		while (i < nb && j < nh) {
			int c = compare_identity(&cb[i], &ch[j],
						 (enum pairing_round)round);

			if (c < 0) {
				i++;
			} else if (c > 0) {
				j++;
			} else {
				d->base_match[cb[i].index] = (long)ch[j].index;
				d->head_match[ch[j].index] = (long)cb[i].index;
				i++;
				j++;
			}
		}
	}
	free(cb);
	free(ch);
}

static struct finding_change *add_change(struct finding_diff *d,
					 enum change_kind kind,
					 const struct finding *base,
					 const struct finding *head)
{
	struct finding_change *c;

	d->changes = xrealloc(d->changes, (d->nchanges + 1) *
			      sizeof(*d->changes));
	c = &d->changes[d->nchanges++];
	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->base = base;
	c->head = head;
	d->counts[kind]++;
	return c;
}

/*
 * What became of a base failure the head no longer reports: a finding of
 * the same rule and subject in another class, the one on the same file
 * first, or NULL.
 */
static const struct finding *now_reported(const struct evaluation *head,
					  struct rule_range range,
					  const struct finding *was)
{
	const struct finding *found = NULL;
	size_t i;

	for (i = range.start; i < range.end; i++) {
		const struct finding *f = &head->findings[i];

		if (is_failing(f->status) ||
		    compare_strings(f->subject, was->subject))
			continue;
		if (!compare_strings(f->path, was->path))
			return f;
		if (!found)
			found = f;
	}
	return found;
}

static void push_index(size_t **list, size_t *n, size_t index)
{
	*list = xrealloc(*list, (*n + 1) * sizeof(**list));
	(*list)[(*n)++] = index;
}

static int rule_broke(const struct evaluation *ev, struct rule_range range)
{
	size_t i;

	for (i = range.start; i < range.end; i++)
		if (ev->findings[i].status == STATUS_ERROR)
			return 1;
	return 0;
}

void finding_diff_compute(struct finding_diff *out,
			  const struct evaluation *base,
			  const struct evaluation *head)
{
	struct rule_range *base_ranges, *head_ranges;
	const char **base_keys, **head_keys;
	struct finding_change *c;
	long *rule_at_head;
	char *taken;
	size_t i, b;

	memset(out, 0, sizeof(*out));
	out->base = base;
	out->head = head;
	out->base_match = xcalloc(base->nfindings ? base->nfindings : 1,
				  sizeof(long));
	out->head_match = xcalloc(head->nfindings ? head->nfindings : 1,
				  sizeof(long));
	for (i = 0; i < base->nfindings; i++)
		out->base_match[i] = -1;
	for (i = 0; i < head->nfindings; i++)
		out->head_match[i] = -1;
	base_ranges = rule_ranges(base);
	head_ranges = rule_ranges(head);
	rule_at_head = xcalloc(base->rules.count ? base->rules.count : 1,
			       sizeof(*rule_at_head));
	taken = xcalloc(head->rules.count ? head->rules.count : 1, 1);
	base_keys = rule_keys(base);
	head_keys = rule_keys(head);

	for (b = 0; b < base->rules.count; b++) {
		long h = -1;

		if (base->outcomes[b].selected)
			h = head_rule_for(base, b, base_keys, head,
					  head_keys, taken);
		rule_at_head[b] = h;
		if (h < 0) {
			if (base->outcomes[b].selected)
				push_index(&out->rules_removed,
					   &out->nrules_removed, b);
			continue;
		}
		taken[h] = 1;
		pair_rule(out, base_ranges[b], head_ranges[h]);
	}
	for (i = 0; i < head->rules.count; i++) {
		if (taken[i] || !head->outcomes[i].selected)
			continue;
		push_index(&out->rules_added, &out->nrules_added, i);
	}

	for (i = 0; i < head->nfindings; i++) {
		const struct finding *f = &head->findings[i];

		if (is_failing(f->status) && out->head_match[i] < 0)
			add_change(out, CHANGE_NEW, NULL, f);
	}
	for (i = 0; i < base->nfindings; i++) {
		const struct finding *f = &base->findings[i];
		long h = rule_at_head[f->rule];
		struct rule_range range;

		if (!is_failing(f->status) || out->base_match[i] >= 0 || h < 0)
			continue;
		range = head_ranges[h];
		/*
		 * A rule that broke at head reports nothing else there: its
		 * silence about a failure is no fix.
		 */
		if (f->status == STATUS_FAIL && rule_broke(head, range))
			continue;
		add_change(out, CHANGE_FIXED, f, now_reported(head, range, f));
	}
	for (i = 0; i < head->nfindings; i++) {
		const struct finding *f = &head->findings[i];
		long m = out->head_match[i];

		if (is_failing(f->status) && m >= 0)
			add_change(out, CHANGE_UNCHANGED, &base->findings[m],
				   f);
	}
	for (i = 0; i < base->nfindings; i++) {
		const struct finding *f = &base->findings[i];
		long h = rule_at_head[f->rule];

		if (!is_failing(f->status) || out->base_match[i] >= 0)
			continue;
		if (h < 0) {
			add_change(out, CHANGE_DROPPED, f, NULL);
		} else if (f->status == STATUS_FAIL &&
			   rule_broke(head, head_ranges[h])) {
			c = add_change(out, CHANGE_DROPPED, f, NULL);
			c->rule_broke = 1;
		}
	}

	free(base_keys);
	free(head_keys);
	free(taken);
	free(rule_at_head);
	free(base_ranges);
	free(head_ranges);
}

void finding_diff_release(struct finding_diff *d)
{
	if (!d)
		return;
	free(d->base_match);
	free(d->head_match);
	free(d->changes);
	free(d->rules_added);
	free(d->rules_removed);
	memset(d, 0, sizeof(*d));
}

int finding_diff_changed(const struct finding_diff *d)
{
	return d->counts[CHANGE_NEW] || d->counts[CHANGE_FIXED] ||
		d->counts[CHANGE_DROPPED] || d->nrules_added ||
		d->nrules_removed;
}

int finding_diff_exit_code(const struct finding_diff *d)
{
	return d->counts[CHANGE_NEW] ? 1 : 0;
}
