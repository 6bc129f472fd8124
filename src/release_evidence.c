#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "error.h"
#include "evidence_notes.h"
#include "release_evidence.h"

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

/* Each line of a note's text, in order. */
static void add_lines(struct evidence_index *idx, const git_oid *target,
		      const char *p, const char *end, int shed)
{
	while (p < end) {
		const char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);

		if (n)
			add_line(idx, target, p, n, shed);
		p += n + 1;
	}
}

static int read_note(struct evidence_index *idx, git_repository *repo,
		     const git_oid *target, const git_oid *blob, int shed)
{
	git_blob *b = NULL;
	const char *p;

	if (git_blob_lookup(&b, repo, blob) < 0)
		return error_from_git("cannot read an evidence note");
	p = git_blob_rawcontent(b);
	add_lines(idx, target, p, p + git_blob_rawsize(b), shed);
	git_blob_free(b);
	return 0;
}

struct note_ref {
	git_oid target, blob;
};

struct note_refs {
	struct note_ref *items;
	size_t count;
};

static int collect_note(const git_oid *target, const git_oid *blob,
			void *data)
{
	struct note_refs *refs = data;

	/* A note on a blob is recorded rule code, not an attestation. */
	if (git_oid_equal(target, blob))
		return 0;
	refs->items = xrealloc(refs->items, (refs->count + 1) *
			       sizeof(*refs->items));
	git_oid_cpy(&refs->items[refs->count].target, target);
	git_oid_cpy(&refs->items[refs->count].blob, blob);
	refs->count++;
	return 0;
}

/*
 * The notes from `from` on, read by a child process into memory shared
 * with it, while this one reads those before: an audit reads every note
 * of the history before its first release, and inflating them is most
 * of that time. Each note's place is found from its object header. A
 * note the child could not read (status 0) is read here again, so that
 * an error says what it always said.
 */
struct read_ahead {
	pid_t pid;
	char *map;
	size_t map_len;
	size_t *offset, *size;	/* per note of the child's half */
	size_t released;	/* map[0..released) given back */
};

static int start_reading(struct read_ahead *ra, git_repository *repo,
			 const struct note_refs *refs, size_t from)
{
	git_odb *odb = NULL;
	size_t k, n = refs->count - from, at = n;
	size_t page = (size_t)sysconf(_SC_PAGESIZE);

	memset(ra, 0, sizeof(*ra));
	ra->pid = -1;
	if (git_repository_odb(&odb, repo) < 0) {
		git_error_clear();
		return -1;
	}
	ra->offset = xcalloc(n + 1, sizeof(*ra->offset));
	ra->size = xcalloc(n + 1, sizeof(*ra->size));
	for (k = 0; k < n; k++) {
		git_object_t type;
		size_t len = 0;

		if (git_odb_read_header(&len, &type, odb,
					&refs->items[from + k].blob) < 0 ||
		    type != GIT_OBJECT_BLOB)
			len = 0;
		ra->offset[k] = at;
		ra->size[k] = len;
		at += len;
	}
	git_odb_free(odb);
	git_error_clear();
	/* The first n bytes say which notes the child read. */
	ra->map_len = at ? at : 1;
	ra->released = (n + page - 1) / page * page;
	ra->map = mmap(NULL, ra->map_len, PROT_READ | PROT_WRITE,
		       MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (ra->map == MAP_FAILED) {
		ra->map = NULL;
		return -1;
	}
	fflush(stdout);
	fflush(stderr);
	ra->pid = fork();
	if (ra->pid < 0) {
		munmap(ra->map, ra->map_len);
		ra->map = NULL;
		return -1;
	}
	if (ra->pid == 0) {
		for (k = 0; k < n; k++) {
			git_blob *b = NULL;

			if (!ra->size[k] || git_blob_lookup(&b, repo,
					&refs->items[from + k].blob) < 0)
				continue;
			if ((size_t)git_blob_rawsize(b) == ra->size[k]) {
				memcpy(ra->map + ra->offset[k],
				       git_blob_rawcontent(b), ra->size[k]);
				ra->map[k] = 1;
			}
			git_blob_free(b);
		}
		_exit(0);
	}
	return 0;
}

/*
 * Give back the shared pages that hold only notes up to k, once copied:
 * the copies and the shared memory would otherwise both count, twice
 * the notes at the audit's peak.
 */
static void release_read(struct read_ahead *ra, size_t k)
{
	size_t page = (size_t)sysconf(_SC_PAGESIZE);
	size_t end = (ra->offset[k] + ra->size[k]) / page * page;

	if (end > ra->released) {
		madvise(ra->map + ra->released, end - ra->released,
			MADV_REMOVE);
		ra->released = end;
	}
}

static void stop_reading(struct read_ahead *ra)
{
	if (ra->pid > 0)
		while (waitpid(ra->pid, NULL, 0) < 0 && errno == EINTR)
			;
	if (ra->map)
		munmap(ra->map, ra->map_len);
	free(ra->offset);
	free(ra->size);
	memset(ra, 0, sizeof(*ra));
}

static int load(struct evidence_index *out, git_repository *repo, int shed)
{
	struct note_refs refs = { NULL, 0 };
	struct read_ahead ra;
	size_t i, half;
	int ahead = 0, ret = -1;

	memset(out, 0, sizeof(*out));
	memset(&ra, 0, sizeof(ra));
	if (notes_foreach(repo, NOTES_REF, collect_note, &refs) < 0)
		goto done;
	/* Only an audit reads enough notes for a second process to pay. */
	half = refs.count / 2;
	ahead = shed && refs.count >= 64 &&
		!start_reading(&ra, repo, &refs, half);
	for (i = 0; i < refs.count; i++) {
		const struct note_ref *r = &refs.items[i];

		if (ahead && i == half) {
			/* The child is done with its half, or failed. */
			while (waitpid(ra.pid, NULL, 0) < 0 && errno == EINTR)
				;
			ra.pid = 0;
		}
		if (ahead && i >= half && ra.map[i - half]) {
			const char *p = ra.map + ra.offset[i - half];

			add_lines(out, &r->target, p, p + ra.size[i - half],
				  shed);
			release_read(&ra, i - half);
			continue;
		}
		if (read_note(out, repo, &r->target, &r->blob, shed) < 0)
			goto done;
	}
	ret = 0;
done:
	if (ahead) {
		if (ra.pid > 0 && ret < 0)
			kill(ra.pid, SIGKILL);
		stop_reading(&ra);
	}
	free(refs.items);
	if (ret < 0)
		evidence_index_release(out);
	return ret;
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
