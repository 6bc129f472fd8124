#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "attestation.h"
#include "base64.h"
#include "error.h"
#include "report.h"
#include "rfc3339.h"

int release_tag_lookup(struct release_tag *out, git_repository *repo,
		       const char *name)
{
	git_reference *ref = NULL;
	git_object *target = NULL, *commit = NULL;
	struct buf refname = BUF_INIT;
	int ret = -1;

	memset(out, 0, sizeof(*out));
	if (!strncmp(name, "refs/tags/", 10))
		name += 10;
	buf_printf(&refname, "refs/tags/%s", name);
	if (git_reference_lookup(&ref, repo, buf_cstr(&refname)) < 0) {
		error_set("no tag named '%s'", name);
		goto done;
	}
	if (!git_reference_target(ref) ||
	    git_object_lookup(&target, repo, git_reference_target(ref),
			      GIT_OBJECT_ANY) < 0) {
		error_from_git("cannot read the tag");
		goto done;
	}
	out->name = xstrdup(name);
	git_oid_cpy(&out->target_id, git_object_id(target));
	if (git_object_type(target) == GIT_OBJECT_TAG) {
		const git_signature *tagger =
			git_tag_tagger((git_tag *)target);

		out->annotated = 1;
		git_oid_cpy(&out->tag_id, git_object_id(target));
		out->time = tagger ? (int64_t)tagger->when.time : 0;
	}
	if (git_object_peel(&commit, target, GIT_OBJECT_COMMIT) < 0) {
		error_set("the tag '%s' does not name a commit", name);
		goto done;
	}
	git_oid_cpy(&out->commit_id, git_object_id(commit));
	git_oid_cpy(&out->tree_id, git_commit_tree_id((git_commit *)commit));
	if (!out->annotated || !out->time)
		out->time = (int64_t)git_commit_committer(
			(git_commit *)commit)->when.time;
	ret = 0;
done:
	buf_release(&refname);
	git_object_free(commit);
	git_object_free(target);
	git_reference_free(ref);
	if (ret < 0)
		release_tag_release(out);
	return ret;
}

void release_tag_release(struct release_tag *t)
{
	if (!t)
		return;
	free(t->name);
	memset(t, 0, sizeof(*t));
}

void dsse_pae(struct buf *out, const char *type, const char *payload,
	      size_t len)
{
	buf_printf(out, "DSSEv1 %zu %s %zu ", strlen(type), type, len);
	buf_add(out, payload, len);
}

static void add_hex(cJSON *obj, const char *key, const git_oid *id)
{
	char hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), id);
	cJSON_AddStringToObject(obj, key, hex);
}

static cJSON *statement_json(const struct evaluation *ev,
			     const struct release_tag *tag,
			     const char *time_source)
{
	cJSON *st = cJSON_CreateObject(), *subjects, *subject, *digest;
	cJSON *pred, *tool, *policy;
	struct buf name = BUF_INIT;
	char when[21];

	cJSON_AddStringToObject(st, "_type", ATTESTATION_STATEMENT_TYPE);
	subjects = cJSON_AddArrayToObject(st, "subject");
	subject = cJSON_CreateObject();
	buf_printf(&name, "refs/tags/%s", tag->name);
	cJSON_AddStringToObject(subject, "name", buf_cstr(&name));
	buf_release(&name);
	digest = cJSON_AddObjectToObject(subject, "digest");
	if (tag->annotated)
		add_hex(digest, "gitTag", &tag->tag_id);
	add_hex(digest, "gitCommit", &tag->commit_id);
	add_hex(digest, "gitTree", &tag->tree_id);
	cJSON_AddItemToArray(subjects, subject);
	cJSON_AddStringToObject(st, "predicateType",
				ATTESTATION_PREDICATE_TYPE);

	pred = cJSON_AddObjectToObject(st, "predicate");
	tool = cJSON_AddObjectToObject(pred, "tool");
	cJSON_AddStringToObject(tool, "name", "git-cra");
	cJSON_AddStringToObject(tool, "version", CRA_VERSION);
	rfc3339_format(when, ev->now);
	cJSON_AddStringToObject(pred, "evaluated_at", when);
	cJSON_AddStringToObject(pred, "time_source", time_source);
	/* When the record was made: a re-attestation is a new line. */
	rfc3339_format(when, (int64_t)time(NULL));
	cJSON_AddStringToObject(pred, "attested_at", when);
	policy = cJSON_AddObjectToObject(pred, "policy");
	cJSON_AddStringToObject(policy, "name", ev->policy.name);
	add_hex(policy, "blob", &ev->policy.text_id);
	cJSON_AddItemToObject(pred, "summary", report_json_summary(ev));
	cJSON_AddItemToObject(pred, "rules", report_json_rules(ev));
	cJSON_AddItemToObject(pred, "inputs", report_json_inputs(ev));
	cJSON_AddItemToObject(pred, "results", report_json_findings(ev));
	return st;
}

int attestation_create(struct buf *line, const struct evaluation *ev,
		       const struct release_tag *tag,
		       const struct signer *signer, const char *time_source)
{
	cJSON *statement = statement_json(ev, tag, time_source);
	cJSON *env = NULL, *sigs, *sig;
	struct buf pae = BUF_INIT, armored = BUF_INIT, b64 = BUF_INIT;
	char *payload = cJSON_PrintUnformatted(statement), *text = NULL;
	int ret = -1;

	if (!payload) {
		error_set("cannot encode the statement");
		goto done;
	}
	dsse_pae(&pae, ATTESTATION_PAYLOAD_TYPE, payload, strlen(payload));
	if (signer_sign(&armored, signer, ATTESTATION_NAMESPACE, pae.ptr,
			pae.len) < 0)
		goto done;
	env = cJSON_CreateObject();
	cJSON_AddStringToObject(env, "payloadType", ATTESTATION_PAYLOAD_TYPE);
	base64_encode(&b64, payload, strlen(payload));
	cJSON_AddStringToObject(env, "payload", buf_cstr(&b64));
	buf_reset(&b64);
	sigs = cJSON_AddArrayToObject(env, "signatures");
	sig = cJSON_CreateObject();
	base64_encode(&b64, armored.ptr, armored.len);
	cJSON_AddStringToObject(sig, "sig", buf_cstr(&b64));
	cJSON_AddItemToArray(sigs, sig);
	text = cJSON_PrintUnformatted(env);
	buf_puts(line, text);
	ret = 0;
done:
	free(text);
	free(payload);
	cJSON_Delete(env);
	cJSON_Delete(statement);
	buf_release(&pae);
	buf_release(&armored);
	buf_release(&b64);
	return ret;
}

const char *attestation_verdict_name(enum attestation_verdict v)
{
	switch (v) {
	case ATTESTATION_OK:
		return "OK";
	case ATTESTATION_BAD_SIGNATURE:
		return "BAD-SIGNATURE";
	case ATTESTATION_UNTRUSTED:
		return "UNTRUSTED";
	case ATTESTATION_MOVED:
		return "MOVED";
	case ATTESTATION_TAMPERED:
		return "TAMPERED";
	}
	return "?";
}

static void tampered(struct attestation *a, const char *why)
{
	a->verdict = ATTESTATION_TAMPERED;
	buf_reset(&a->detail);
	buf_puts(&a->detail, why);
}

/*
 * The beginnings of an envelope and of its statement as
 * attestation_create() writes them: cJSON prints keys in the order they
 * were added, and neither value holds anything to escape.
 */
static const char envelope_start[] =
	"{\"payloadType\":\"" ATTESTATION_PAYLOAD_TYPE "\",\"payload\":\"";
static const char statement_start[] =
	"{\"_type\":\"https://in-toto.io/Statement/v1\",\"subject\":"
	"[{\"name\":\"";

static const char envelope_middle[] = "\",\"signatures\":[{\"sig\":\"";
static const char envelope_end[] = "\"}]}";

/*
 * Where the payload and signature of an envelope would be in the form
 * attestation_create() writes, found without a JSON parser: an audit
 * reads hundreds, each tens of kilobytes of one string. Each runs to the
 * next quote; the caller keeps them only if they decode as base64. 0
 * when the line has another form.
 */
static int canonical_envelope(const char *line, size_t len,
			      const char **payload, size_t *payload_len,
			      const char **sig, size_t *sig_len)
{
	const char *p = line, *end = line + len;
	size_t n;

	n = sizeof(envelope_start) - 1;
	if (len < n || memcmp(p, envelope_start, n))
		return 0;
	p += n;
	*payload = p;
	if (!(p = memchr(p, '"', (size_t)(end - p))))
		return 0;
	*payload_len = (size_t)(p - *payload);
	n = sizeof(envelope_middle) - 1;
	if ((size_t)(end - p) < n || memcmp(p, envelope_middle, n))
		return 0;
	p += n;
	*sig = p;
	if (!(p = memchr(p, '"', (size_t)(end - p))))
		return 0;
	*sig_len = (size_t)(p - *sig);
	n = sizeof(envelope_end) - 1;
	return (size_t)(end - p) == n && !memcmp(p, envelope_end, n);
}

static void parse(struct attestation *a, const char *line, size_t len,
		  int shortcut);

void attestation_parse(struct attestation *a, const char *line, size_t len)
{
	parse(a, line, len, 1);
}

void attestation_parse_by_parser(struct attestation *a, const char *line,
				 size_t len)
{
	parse(a, line, len, 0);
}

static void parse(struct attestation *a, const char *line, size_t len,
		  int shortcut)
{
	struct json_arena envelope = JSON_ARENA_INIT;
	cJSON *env = NULL, *type, *payload, *sigs, *sig, *subject, *name;
	cJSON *pred, *when;
	const char *text, *sig_text;
	size_t text_len, sig_len;

	memset(a, 0, sizeof(*a));
	a->line = xstrndup(line, len);
	a->verdict = ATTESTATION_OK;
	/*
	 * Both strings decoded: they held base64 characters only, which
	 * JSON never escapes, so a parser would have found the same.
	 * Anything else (an escape, a quote inside) goes to the parser.
	 */
	if (shortcut && canonical_envelope(line, len, &text, &text_len,
					   &sig_text, &sig_len)) {
		if (!base64_decode(&a->payload, text, text_len) &&
		    !base64_decode(&a->sig, sig_text, sig_len))
			goto statement;
		buf_reset(&a->payload);
		buf_reset(&a->sig);
	}
	env = json_arena_parse(&envelope, line, len);
	if (!env || !cJSON_IsObject(env)) {
		tampered(a, "the note line is not JSON");
		goto done;
	}
	type = cJSON_GetObjectItemCaseSensitive(env, "payloadType");
	payload = cJSON_GetObjectItemCaseSensitive(env, "payload");
	sigs = cJSON_GetObjectItemCaseSensitive(env, "signatures");
	sig = cJSON_IsArray(sigs) ? cJSON_GetArrayItem(sigs, 0) : NULL;
	sig = sig ? cJSON_GetObjectItemCaseSensitive(sig, "sig") : NULL;
	if (!cJSON_IsString(type) || !cJSON_IsString(payload) ||
	    !cJSON_IsString(sig)) {
		tampered(a, "not a DSSE envelope (payloadType, payload, "
			 "signatures[0].sig)");
		goto done;
	}
	if (strcmp(type->valuestring, ATTESTATION_PAYLOAD_TYPE)) {
		tampered(a, "the payload type is not an in-toto statement");
		goto done;
	}
	if (base64_decode(&a->payload, payload->valuestring,
			  strlen(payload->valuestring)) < 0 ||
	    base64_decode(&a->sig, sig->valuestring,
			  strlen(sig->valuestring)) < 0) {
		tampered(a, "the payload or signature is not base64");
		goto done;
	}
statement:
	a->statement = json_arena_parse(&a->arena, a->payload.ptr,
					a->payload.len);
	if (!cJSON_IsObject(a->statement)) {
		tampered(a, "the payload is not a JSON statement");
		goto done;
	}
	subject = cJSON_GetArrayItem(cJSON_GetObjectItemCaseSensitive(
		a->statement, "subject"), 0);
	name = subject ? cJSON_GetObjectItemCaseSensitive(subject, "name") :
		NULL;
	pred = cJSON_GetObjectItemCaseSensitive(a->statement, "predicate");
	when = pred ? cJSON_GetObjectItemCaseSensitive(pred, "evaluated_at") :
		NULL;
	if (!cJSON_IsString(name) || !cJSON_IsString(when) ||
	    rfc3339_parse(&a->evaluated, when->valuestring,
			  strlen(when->valuestring)) < 0) {
		tampered(a, "the statement has no subject name or "
			 "evaluation time");
		goto done;
	}
	a->subject_name = name->valuestring;
	a->evaluated_at = when->valuestring;
done:
	json_arena_release(&envelope);
}

/*
 * The subject name of a line that begins as attestation_create() writes
 * it, into *name; 0 when it does not. When the whole line is valid JSON,
 * the name is the one a full parse finds: the first "subject" key of the
 * statement and the first "name" of its first element, and a name with
 * no escape or control character reads as written.
 */
static int name_from_start(char **name, const char *line, size_t len)
{
	const size_t lead = sizeof(envelope_start) - 1;
	const size_t want = sizeof(statement_start) - 1;
	struct buf head = BUF_INIT;
	size_t n = 0, i;
	int found = 0;

	if (len <= lead || memcmp(line, envelope_start, lead))
		return 0;
	/* Whole base64 groups, enough for a tag name of a few hundred bytes. */
	while (lead + n < len && n < 1024 && line[lead + n] != '"')
		n++;
	n -= n % 4;
	if (base64_decode(&head, line + lead, n) < 0 || head.len <= want ||
	    memcmp(head.ptr, statement_start, want))
		goto done;
	for (i = want; i < head.len; i++) {
		unsigned char c = (unsigned char)head.ptr[i];

		if (c == '"') {
			found = 1;
			break;
		}
		if (c == '\\' || c < 0x20)
			break;
	}
	if (found)
		*name = xstrndup(head.ptr + want, i - want);
done:
	buf_release(&head);
	return found;
}

void attestation_parse_later(struct attestation *a, const char *line,
			     size_t len)
{
	char *name = NULL;

	if (!name_from_start(&name, line, len)) {
		attestation_parse(a, line, len);
		return;
	}
	memset(a, 0, sizeof(*a));
	a->verdict = ATTESTATION_OK;
	a->later = xmalloc(len + 1);
	memcpy(a->later, line, len);
	a->later[len] = '\0';
	a->later_len = len;
	a->named = name;
	a->subject_name = name;
}

void attestation_settle(struct attestation *a)
{
	char *line = a->later, *name = a->named;

	if (!line)
		return;
	attestation_parse(a, line, a->later_len);
	free(line);
	free(name);
}

static const char *digest_of(const cJSON *statement, const char *key)
{
	const cJSON *subject = cJSON_GetArrayItem(
		cJSON_GetObjectItemCaseSensitive(statement, "subject"), 0);
	const cJSON *digest = cJSON_GetObjectItemCaseSensitive(subject,
							       "digest");
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(digest, key);

	return cJSON_IsString(v) ? v->valuestring : NULL;
}

static int same_oid(const char *hex, const git_oid *id)
{
	char mine[GIT_OID_HEXSZ + 1];

	git_oid_tostr(mine, sizeof(mine), id);
	return hex && !strcmp(hex, mine);
}

int attestation_verify(struct attestation *a, const struct release_tag *tag,
		       const struct signer *signer)
{
	struct verify_result vr;
	struct buf pae = BUF_INIT, want = BUF_INIT;
	const char *tag_hex;
	int ret = -1;

	if (a->spent)
		return error_set("an attestation of %s was released before "
				 "its last reader", tag->name);
	attestation_settle(a);
	if (a->verdict == ATTESTATION_TAMPERED)
		return 0;
	attestation_unshed(a);
	buf_printf(&want, "refs/tags/%s", tag->name);
	dsse_pae(&pae, ATTESTATION_PAYLOAD_TYPE, a->payload.ptr,
		 a->payload.len);
	if (signer_verify(&vr, signer, ATTESTATION_NAMESPACE, pae.ptr, pae.len,
			  a->sig.ptr, a->sig.len, a->evaluated) < 0)
		goto done;
	/* Verified again for another tag: this verdict replaces that one. */
	buf_reset(&a->signer);
	buf_add(&a->signer, vr.signer.ptr, vr.signer.len);
	buf_reset(&a->detail);
	buf_add(&a->detail, vr.detail.ptr, vr.detail.len);
	if (vr.status == VERIFY_BAD) {
		a->verdict = ATTESTATION_BAD_SIGNATURE;
	} else if (vr.status == VERIFY_UNTRUSTED) {
		a->verdict = ATTESTATION_UNTRUSTED;
	} else if (strcmp(a->subject_name, buf_cstr(&want))) {
		/* Signed, but for another tag: copied here. */
		a->verdict = ATTESTATION_TAMPERED;
		buf_reset(&a->detail);
		buf_printf(&a->detail, "the attestation is of %s, not of %s",
			   a->subject_name, buf_cstr(&want));
	} else {
		tag_hex = digest_of(a->statement, "gitTag");
		if (!same_oid(digest_of(a->statement, "gitCommit"),
			      &tag->commit_id) ||
		    !same_oid(digest_of(a->statement, "gitTree"),
			      &tag->tree_id) ||
		    (tag->annotated ? !same_oid(tag_hex, &tag->tag_id) :
		     tag_hex != NULL)) {
			a->verdict = ATTESTATION_MOVED;
			buf_reset(&a->detail);
			buf_printf(&a->detail, "attested at commit %.12s; the "
				   "tag now points at another object",
				   digest_of(a->statement, "gitCommit") ?
				   digest_of(a->statement, "gitCommit") : "?");
		} else {
			a->verdict = ATTESTATION_OK;
		}
	}
	ret = 0;
	verify_result_release(&vr);
done:
	buf_release(&pae);
	buf_release(&want);
	return ret;
}

void attestation_shed(struct attestation *a)
{
	/* Not parsed yet: the line is all there is. */
	if (a->later)
		return;
	if (a->statement) {
		if (!a->kept_subject && a->subject_name)
			a->kept_subject = xstrdup(a->subject_name);
		if (!a->kept_evaluated_at && a->evaluated_at)
			a->kept_evaluated_at = xstrdup(a->evaluated_at);
		a->subject_name = a->kept_subject;
		a->evaluated_at = a->kept_evaluated_at;
		json_arena_release(&a->arena);
		a->statement = NULL;
	}
	free(a->line);
	a->line = NULL;
}

void attestation_spend(struct attestation *a)
{
	free(a->later);
	free(a->named);
	a->later = a->named = NULL;
	a->subject_name = a->kept_subject;
	attestation_shed(a);
	buf_release(&a->payload);
	buf_release(&a->sig);
	a->spent = 1;
}

void attestation_unshed(struct attestation *a)
{
	/* Only a statement that parsed before was shed. */
	if (a->statement || !a->kept_subject)
		return;
	a->statement = json_arena_parse(&a->arena, a->payload.ptr,
					a->payload.len);
}

void attestation_release(struct attestation *a)
{
	if (!a)
		return;
	free(a->kept_subject);
	free(a->kept_evaluated_at);
	free(a->later);
	free(a->named);
	free(a->line);
	buf_release(&a->payload);
	buf_release(&a->sig);
	json_arena_release(&a->arena);
	buf_release(&a->signer);
	buf_release(&a->detail);
	memset(a, 0, sizeof(*a));
}

const cJSON *attestation_predicate(const struct attestation *a)
{
	return a->statement ? cJSON_GetObjectItemCaseSensitive(a->statement,
							       "predicate") :
		NULL;
}
