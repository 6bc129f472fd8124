#ifndef CRA_RULE_TRACE_H
#define CRA_RULE_TRACE_H

#include <stddef.h>
#include <stdint.h>

#include "sha256.h"
#include "snapshot.h"
#include "time_window.h"

/*
 * What one run of a rule saw: each question it asked of the snapshot
 * (read a file, test a path, list a directory, name the revision) with a
 * digest of the answer, and the evaluation times that would have judged
 * alike. A rule sees nothing else (the sandbox gives it no other file,
 * clock or randomness), so the same rule code under the same policy,
 * asked the same questions and given the same answers, reports the same
 * findings: an audit replays a rule once per distinct answer, not once
 * per release.
 *
 * Answers name contents by object id, so traces mean something only in a
 * revision or the index, never in the working tree.
 */

enum trace_question {
	TRACE_READ = 'r',	/* snapshot_read(): where it leads, what blob */
	TRACE_EXISTS = 'e',	/* snapshot_exists() */
	TRACE_LIST = 'l',	/* snapshot_list(): the names */
	TRACE_REVISION = 'v',	/* a field of cra.snapshot: tag, commit... */
};

struct trace_entry {
	char question;
	char *path;
	unsigned char answer[SHA256_DIGEST_SIZE];
};

struct rule_trace {
	struct trace_entry *entries;
	size_t count;
	int64_t from, until;	/* the time window, inclusive */
};

void rule_trace_init(struct rule_trace *t);
void rule_trace_release(struct rule_trace *t);
void rule_trace_copy(struct rule_trace *dst, const struct rule_trace *src);

/* The answer s gives to a question about path. */
void rule_trace_answer(unsigned char out[SHA256_DIGEST_SIZE],
		       const struct snapshot *s, char question,
		       const char *path);

/* Record a question asked of s with its answer; once per question. */
void rule_trace_ask(struct rule_trace *t, const struct snapshot *s,
		    char question, const char *path);

/* Add an entry already answered (the runner's parent receives them). */
void rule_trace_add(struct rule_trace *t, char question, const char *path,
		    const unsigned char answer[SHA256_DIGEST_SIZE]);

/*
 * Answers about one snapshot, remembered: the rules of one release ask
 * the same few questions many times over.
 */
struct trace_answers {
	const struct snapshot *snapshot;
	struct trace_entry *entries;
	size_t count;
};

void trace_answers_init(struct trace_answers *a, const struct snapshot *s);
void trace_answers_release(struct trace_answers *a);

/* Whether s, at time now, answers everything t asked as t recorded. */
int rule_trace_holds(const struct rule_trace *t, struct trace_answers *a,
		     int64_t now);

#endif
