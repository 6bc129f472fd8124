#ifndef CRA_RELEASE_EVIDENCE_H
#define CRA_RELEASE_EVIDENCE_H

#include <stddef.h>
#include <git2.h>

#include "attestation.h"
#include "signing.h"

/*
 * What the evidence notes say about each release tag. Every note line is
 * read once into an index; a tag's attestations are the lines keyed by
 * the object it points to now, and the lines anywhere else that name it
 * (left behind when the tag was moved).
 */

struct evidence_line {
	git_oid target;			/* the object the note is on */
	struct attestation att;
};

struct evidence_index {
	struct evidence_line *lines;
	size_t count;
};

int evidence_index_load(struct evidence_index *out, git_repository *repo);
/*
 * The same, each attestation shed as it is read (attestation_shed()),
 * for a pass over many tags that parses each statement again when it
 * gets to its tag.
 */
int evidence_index_load_shed(struct evidence_index *out,
			     git_repository *repo);
void evidence_index_release(struct evidence_index *idx);

enum tag_verdict {
	TAG_OK,			/* a good attestation and no bad one */
	TAG_MISSING,		/* no attestation at all */
	TAG_PROBLEM,		/* at least one attestation is not OK */
};

struct tag_evidence {
	struct release_tag tag;
	struct attestation **atts;	/* borrowed from the index */
	size_t count;
	size_t good;
	enum tag_verdict verdict;
};

/* Find and verify the attestations of tag `name`. */
int tag_evidence_verify(struct tag_evidence *out, struct evidence_index *idx,
			git_repository *repo, const char *name,
			const struct signer *signer);
void tag_evidence_release(struct tag_evidence *t);

/* Whether any note line is about tag (for "every tag with evidence"). */
int evidence_names_tag(const struct evidence_index *idx,
		       const struct release_tag *tag);

#endif
