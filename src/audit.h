#ifndef CRA_AUDIT_H
#define CRA_AUDIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <git2.h>

#include "finding.h"
#include "release_evidence.h"
#include "signing.h"

/*
 * An audit of the release history: for every release tag, oldest first,
 * its attestations are found and verified, and each good one is replayed,
 * that is, the tag's snapshot is evaluated again with the rule code and
 * the policy the attestation recorded (read from the git objects, not the
 * installed rules) at the recorded evaluation time, and the results are
 * compared with the recorded ones. See docs/audit.md.
 *
 * The engine never prints: the command shows progress through a callback
 * and hands the finished audit to one of the reporters below.
 */

/*
 * What the audit says of one attestation and of one tag. The order is
 * the order of the summary; audit_status_rank() says which problem a tag
 * with several attestations is shown with.
 */
enum audit_status {
	AUDIT_OK,		/* verified, and the replay gives the record */
	AUDIT_MISSING,		/* (a tag) no attestation at all */
	AUDIT_BAD_SIGNATURE,
	AUDIT_UNTRUSTED,
	AUDIT_MOVED,
	AUDIT_TAMPERED,
	AUDIT_DRIFT,		/* verified, but the replay differs */
	AUDIT_UNREPLAYABLE,	/* verified, but its rule code is gone */
	AUDIT_STATUS_COUNT
};

const char *audit_status_name(enum audit_status s);
/* Higher is worse: the status a tag shows among its attestations'. */
int audit_status_rank(enum audit_status s);

/* One recorded result, as far as people read it. */
struct audit_result {
	char *rule;		/* the rule id, or its file when it had none */
	char *locus;		/* may be NULL */
	char *status;		/* "pass", "fail", ... as recorded */
	char *message;
	char *path;		/* may be NULL */
	unsigned line;		/* 0 when unknown */
};

enum audit_change {
	AUDIT_ADDED,		/* the replay gives a result not recorded */
	AUDIT_REMOVED,		/* a recorded result the replay does not give */
	AUDIT_CHANGED,		/* the same rule and subject, another result */
};

/* A difference between a record and its replay. */
struct audit_difference {
	enum audit_change change;
	char *rule;
	char *locus;		/* may be NULL */
	char *subject;		/* may be NULL */
	char *status_before;	/* NULL when added */
	char *status_after;	/* NULL when removed */
	char *message_before;
	char *message_after;
};

const char *audit_change_name(enum audit_change c);

/* One attestation of a tag and what the audit found of it. */
struct audit_record {
	const struct attestation *att;	/* borrowed from the audit's index */
	/*
	 * What verification said for this tag, copied: a note line that two
	 * tags read is verified for each, and the attestation keeps the
	 * last verdict only.
	 */
	enum attestation_verdict verdict;
	char *signer;		/* NULL when unknown */
	enum audit_status status;
	char *detail;		/* why, when not OK; NULL otherwise */
	/* From the statement, when it could be read; NULL otherwise. */
	char *policy;
	char *tool;		/* "git-cra 0.1.0" */
	char *attested_at;
	int has_summary;
	size_t summary[STATUS_COUNT];
	struct audit_result *results;
	size_t nresults;
	/*
	 * replayed: the recorded code ran again for this record; reused: an
	 * identical replay (same code, policy, snapshot and time) was taken
	 * from an earlier record instead.
	 */
	int replayed;
	int reused;
	struct audit_difference *differences;
	size_t ndifferences;
};

struct audit_tag {
	struct tag_evidence evidence;	/* the tag, and its attestations */
	struct audit_record *records;	/* one per evidence.atts[] */
	size_t nrecords;
	enum audit_status status;
	/*
	 * The release's recorded result: its first attestation that holds
	 * (OK), or NULL. Its failing results are the release's open gaps.
	 */
	const struct audit_record *reference;
	size_t nfailing;	/* obligations (loci) failing in reference */
};

/* One obligation (a locus) across the history of references. */
struct audit_obligation {
	char *locus;
	size_t first_passed;	/* index into tags; valid when passed */
	size_t passed;		/* releases where all its results pass */
	size_t failed;		/* releases where one of them fails */
};

struct audit {
	struct evidence_index index;
	struct audit_tag *tags;		/* oldest first */
	size_t ntags;
	size_t counts[AUDIT_STATUS_COUNT];	/* tags per status */
	struct audit_obligation *obligations;	/* sorted by locus */
	size_t nobligations;
	size_t replays;		/* evaluations run */
	size_t reused;		/* replays taken from an identical one */
	size_t rules_run;	/* rule runs over all replays */
	size_t rules_reused;	/* rule outcomes taken from another release */
	char **warnings;	/* tags that could not be read, and why */
	size_t nwarnings;
};

struct audit_options {
	const char *glob;	/* fnmatch(3) pattern of tag names; NULL:
				 * the tags that look like versions */
	int64_t since;		/* only tags dated at or after; 0: all */
	const struct signer *signer;
	/* Run every rule of every replay, reusing no outcome (rule_cache.h). */
	int no_reuse;
	/* Called before each tag and once at the end (current NULL). */
	void (*progress)(void *data, size_t done, size_t total,
			 const char *current);
	void *progress_data;
};

void audit_options_init(struct audit_options *opts);

/*
 * Audit every selected tag. Returns 0 when the audit ran, whatever it
 * found, or -1 with the error set when it could not (unreadable notes or
 * tags, a verification program that cannot run).
 */
int audit_run(struct audit *out, git_repository *repo,
	      const struct audit_options *opts);
void audit_release(struct audit *a);

/* 0 when every tag is OK (and there is one), 1 otherwise. */
int audit_exit_code(const struct audit *a);

/* Whether a tag name looks like a version: v?N(.N)*([-+.].*)? */
int audit_looks_like_version(const char *name);
/* Order version strings as people do: "v1.10" after "v1.9". */
int audit_version_compare(const char *a, const char *b);

/* Failing results count as open gaps; these say which do. */
int audit_result_fails(const struct audit_result *r);

/*
 * Reporters of an audit. They read the audit only, and never exit. The
 * JSON schema, git-cra/audit/1, is documented in docs/audit.md; the HTML
 * page shows the same facts, self-contained, for a browser.
 */
struct audit_report_options {
	int color;		/* colour the text format */
	const char *tool_version;
};

void report_audit_text(FILE *out, const struct audit *a,
		       const struct audit_report_options *opts);
void report_audit_json(FILE *out, const struct audit *a,
		       const struct audit_report_options *opts);
void report_audit_html(FILE *out, const struct audit *a,
		       const struct audit_report_options *opts);

/* "2027-03-01" of a tag's date, into buf[11]. */
void audit_date(char buf[11], int64_t t);

#endif
