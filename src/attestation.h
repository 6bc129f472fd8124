#ifndef CRA_ATTESTATION_H
#define CRA_ATTESTATION_H

#include <stddef.h>
#include <stdint.h>
#include <cJSON.h>

#include "json_arena.h"
#include <git2.h>

#include "buf.h"
#include "evaluation.h"
#include "signing.h"

/*
 * An attestation: one release's evaluation as an in-toto Statement v1,
 * signed in a DSSE envelope, stored as one line of JSON. See
 * docs/attestations.md for the format and a recipe to verify one without
 * git-cra.
 */

#define ATTESTATION_PAYLOAD_TYPE "application/vnd.in-toto+json"
#define ATTESTATION_STATEMENT_TYPE "https://in-toto.io/Statement/v1"
#define ATTESTATION_PREDICATE_TYPE "https://git-cra.dev/attestation/evaluation/v1"
/* The SSH signature namespace, so a signature cannot pass for another. */
#define ATTESTATION_NAMESPACE "git-cra"

/* What the release tag is and was. */
struct release_tag {
	char *name;		/* "v1.2.0" */
	int annotated;
	git_oid tag_id;		/* the tag object, when annotated */
	git_oid commit_id;
	git_oid tree_id;
	git_oid target_id;	/* what the note is keyed by */
	int64_t time;		/* tagger date, or the commit's */
};

int release_tag_lookup(struct release_tag *out, git_repository *repo,
		       const char *name);
void release_tag_release(struct release_tag *t);

/* The DSSE pre-authentication encoding of payload under type. */
void dsse_pae(struct buf *out, const char *type, const char *payload,
	      size_t len);

/*
 * Build the signed one-line envelope for an evaluation of tag: the
 * statement, its PAE, the signature from signer.
 */
int attestation_create(struct buf *line, const struct evaluation *ev,
		       const struct release_tag *tag,
		       const struct signer *signer, const char *time_source);

enum attestation_verdict {
	ATTESTATION_OK,
	ATTESTATION_BAD_SIGNATURE,	/* payload or signature changed */
	ATTESTATION_UNTRUSTED,		/* signer not allowed at that time */
	ATTESTATION_MOVED,		/* the tag now points elsewhere */
	ATTESTATION_TAMPERED,		/* not an attestation of this tag */
};

const char *attestation_verdict_name(enum attestation_verdict v);

struct attestation {
	char *line;		/* as stored */
	struct buf payload;	/* the decoded statement text */
	struct buf sig;		/* the decoded armored signature */
	cJSON *statement;	/* parsed, or NULL when malformed */
	struct json_arena arena;	/* holds statement */
	const char *subject_name;	/* borrowed from statement */
	const char *evaluated_at;	/* borrowed */
	int64_t evaluated;
	enum attestation_verdict verdict;
	struct buf signer;
	struct buf detail;	/* why the verdict, for people */
	/* subject_name and evaluated_at once the statement is shed */
	char *kept_subject;
	char *kept_evaluated_at;
	int spent;		/* attestation_spend(): payload and sig gone */
	/* attestation_parse_later(): the line, until it is settled */
	char *later;
	size_t later_len;
	char *named;		/* the tag it names; subject_name till then */
};

/* Decode one stored line; a malformed one is kept as TAMPERED. */
void attestation_parse(struct attestation *out, const char *line,
		       size_t len);
/*
 * attestation_parse() with every envelope read by the JSON parser, as
 * before the shortcut for the form attestation_create() writes: for the
 * tests that hold the two to the same result.
 */
void attestation_parse_by_parser(struct attestation *out, const char *line,
				 size_t len);
/*
 * For an index of many lines that are judged a few at a time (an
 * audit): when the line has the form attestation_create() writes, keep
 * it as it is and read only the name of its subject, from the first
 * bytes of the payload; attestation_settle() parses it fully. Any other
 * line is parsed at once. Until settled, subject_name is that name, and
 * nothing else of the statement is known; a line that turns out
 * malformed has none, as attestation_parse() would have said.
 */
void attestation_parse_later(struct attestation *out, const char *line,
			     size_t len);
void attestation_settle(struct attestation *a);

/* Judge a parsed attestation found for tag (current state). */
int attestation_verify(struct attestation *a, const struct release_tag *tag,
		       const struct signer *signer);
void attestation_release(struct attestation *a);

/*
 * Free the stored line and the parsed statement, keeping the payload,
 * the signature and what was judged: an audit holds every release's
 * attestations, but needs one statement at a time, and each statement
 * parsed is many times the size of its text.
 */
void attestation_shed(struct attestation *a);

/*
 * Free the payload and signature too, once nothing will verify the
 * attestation again: what was judged stays. attestation_verify() of a
 * spent attestation is an error.
 */
void attestation_spend(struct attestation *a);

/* Parse the statement again after attestation_shed(), if needed. */
void attestation_unshed(struct attestation *a);

/* The statement's predicate, or NULL. */
const cJSON *attestation_predicate(const struct attestation *a);

#endif
