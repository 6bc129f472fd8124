#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "evidence_notes.h"
#include "release_evidence.h"

struct loader {
	git_repository *repo;
	struct evidence_index *idx;
	int failed;
	int shed;	/* shed each attestation as it is read */
};

static void add_line(struct evidence_index *idx, const git_oid *target,
		     const char *line, size_t len, int shed)
{
	struct evidence_line *e;

	idx->lines = xrealloc(idx->lines, (idx->count + 1) *
			      sizeof(*idx->lines));
	e = &idx->lines[idx->count++];
	git_oid_cpy(&e->target, target);
	if (!shed) {
		attestation_parse(&e->att, line, len);
		return;
	}
	/*
	 * Parsed when its tag is judged, most often: the audit's first
	 * release waits for no statement to be parsed but its own. Those
	 * parsed now are shed before the next, so that the memory's high
	 * mark stays low.
	 */
	attestation_parse_later(&e->att, line, len);
	attestation_shed(&e->att);
}

static int load_note(const git_oid *target, const git_oid *blob, void *data)
{
	struct loader *l = data;
	git_blob *b = NULL;
	const char *p, *end;

	if (git_blob_lookup(&b, l->repo, blob) < 0) {
		l->failed = 1;
		return error_from_git("cannot read an evidence note");
	}
	p = git_blob_rawcontent(b);
	end = p + git_blob_rawsize(b);
	/* A note on a blob is recorded rule code, not an attestation. */
	if (git_oid_equal(target, blob)) {
		git_blob_free(b);
		return 0;
	}
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (n)
			add_line(l->idx, target, p, n, l->shed);
		p += n + 1;
	}
	git_blob_free(b);
	return 0;
}

static int load(struct evidence_index *out, git_repository *repo, int shed)
{
	struct loader l = { repo, out, 0, shed };

	memset(out, 0, sizeof(*out));
	if (notes_foreach(repo, NOTES_REF, load_note, &l) < 0) {
		evidence_index_release(out);
		return -1;
	}
	return 0;
}

int evidence_index_load(struct evidence_index *out, git_repository *repo)
{
	return load(out, repo, 0);
}

int evidence_index_load_shed(struct evidence_index *out,
			     git_repository *repo)
{
	return load(out, repo, 1);
}

void evidence_index_release(struct evidence_index *idx)
{
	size_t i;

	if (!idx)
		return;
	for (i = 0; i < idx->count; i++)
		attestation_release(&idx->lines[i].att);
	free(idx->lines);
	memset(idx, 0, sizeof(*idx));
}

static int names_tag(const struct attestation *a, const char *name)
{
	return a->subject_name && !strncmp(a->subject_name, "refs/tags/", 10) &&
		!strcmp(a->subject_name + 10, name);
}

int evidence_names_tag(const struct evidence_index *idx,
		       const struct release_tag *tag)
{
	size_t i;

	for (i = 0; i < idx->count; i++)
		if (git_oid_equal(&idx->lines[i].target, &tag->target_id) ||
		    names_tag(&idx->lines[i].att, tag->name))
			return 1;
	return 0;
}

/*
 * Two tags on one commit share its note: a line naming the other tag is
 * that tag's, not one copied here.
 */
static int belongs_to_sibling(git_repository *repo,
			      const struct attestation *a,
			      const struct release_tag *tag)
{
	struct release_tag other;
	int same;

	if (!a->subject_name || names_tag(a, tag->name) ||
	    strncmp(a->subject_name, "refs/tags/", 10))
		return 0;
	if (release_tag_lookup(&other, repo, a->subject_name + 10) < 0) {
		error_clear();
		git_error_clear();
		return 0;
	}
	same = git_oid_equal(&other.target_id, &tag->target_id);
	release_tag_release(&other);
	return same;
}

int tag_evidence_verify(struct tag_evidence *out, struct evidence_index *idx,
			git_repository *repo, const char *name,
			const struct signer *signer)
{
	size_t i;

	memset(out, 0, sizeof(*out));
	if (release_tag_lookup(&out->tag, repo, name) < 0)
		return -1;
	for (i = 0; i < idx->count; i++) {
		struct evidence_line *e = &idx->lines[i];

		int on_tag = git_oid_equal(&e->target, &out->tag.target_id);

		if (!on_tag && !names_tag(&e->att, out->tag.name))
			continue;
		/* Named before it was parsed: a malformed line names none. */
		attestation_settle(&e->att);
		if (!on_tag && !names_tag(&e->att, out->tag.name))
			continue;
		if (belongs_to_sibling(repo, &e->att, &out->tag))
			continue;
		if (attestation_verify(&e->att, &out->tag, signer) < 0) {
			tag_evidence_release(out);
			return -1;
		}
		out->atts = xrealloc(out->atts, (out->count + 1) *
				     sizeof(*out->atts));
		out->atts[out->count++] = &e->att;
		if (e->att.verdict == ATTESTATION_OK)
			out->good++;
	}
	if (!out->count)
		out->verdict = TAG_MISSING;
	else if (out->good == out->count)
		out->verdict = TAG_OK;
	else
		out->verdict = TAG_PROBLEM;
	return 0;
}

void tag_evidence_release(struct tag_evidence *t)
{
	if (!t)
		return;
	release_tag_release(&t->tag);
	free(t->atts);
	memset(t, 0, sizeof(*t));
}
