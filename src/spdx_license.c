#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "error.h"
#include "spdx_license.h"

/*
 * Each list is an open-addressing hash table of indexes into ids[], keyed
 * by the id folded to lower case: ids are matched case-insensitively, and
 * a thousand of them make linear scans too slow for 100,000 components.
 */
struct id_table {
	uint32_t *slots;	/* index + 1 into ids[]; 0 is empty */
	size_t mask;
	size_t count;
};

struct spdx_license_list {
	struct spdx_id *ids;
	size_t nids, alloc;
	size_t *name_at;	/* each id's offset in names, while loading */
	struct buf names;	/* the ids, NUL-separated */
	struct id_table licenses;
	struct id_table exceptions;
	char version[32];
};

#define MAX_DEPTH 64		/* parentheses; deeper is no licence */

static unsigned char fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
}

static uint32_t hash_id(const char *s, size_t len)
{
	uint32_t h = 2166136261u;
	size_t i;

	for (i = 0; i < len; i++)
		h = (h ^ fold((unsigned char)s[i])) * 16777619u;
	return h;
}

static int same_folded(const char *a, size_t alen, const char *b)
{
	size_t i;

	for (i = 0; i < alen; i++)
		if (!b[i] || fold((unsigned char)a[i]) !=
			     fold((unsigned char)b[i]))
			return 0;
	return b[alen] == '\0';
}

static const struct spdx_id *table_find(const struct spdx_license_list *list,
					const struct id_table *t,
					const char *id, size_t len)
{
	size_t i;

	if (!list || !t->slots)
		return NULL;
	for (i = hash_id(id, len) & t->mask; t->slots[i];
	     i = (i + 1) & t->mask) {
		const struct spdx_id *e = &list->ids[t->slots[i] - 1];

		if (same_folded(id, len, e->id))
			return e;
	}
	return NULL;
}

static void table_build(struct id_table *t, const struct spdx_id *ids,
			size_t nids, int exceptions)
{
	size_t i, size = 64;

	t->count = 0;
	for (i = 0; i < nids; i++)
		t->count += ids[i].exception == (unsigned)exceptions;
	while (size < t->count * 2)
		size *= 2;
	t->slots = xcalloc(size, sizeof(*t->slots));
	t->mask = size - 1;
	for (i = 0; i < nids; i++) {
		size_t j;

		if (ids[i].exception != (unsigned)exceptions)
			continue;
		j = hash_id(ids[i].id, strlen(ids[i].id)) & t->mask;
		while (t->slots[j])
			j = (j + 1) & t->mask;
		t->slots[j] = (uint32_t)i + 1;
	}
}

static int is_idchar(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') || c == '-' || c == '.';
}

static const char *find(const char *s, size_t n, const char *what)
{
	size_t k = strlen(what), i;

	for (i = 0; i + k <= n; i++)
		if (!memcmp(s + i, what, k))
			return s + i;
	return NULL;
}

/* "# SPDX License List 3.29.0, ..." names the version. */
static void version_from(char *out, size_t size, const char *line,
			 size_t len)
{
	static const char tag[] = "SPDX License List ";
	const char *p = find(line, len, tag);
	size_t n = 0;

	if (!p || out[0])
		return;
	p += sizeof(tag) - 1;
	while (p + n < line + len && p[n] != ',' && p[n] != ' ' &&
	       n + 1 < size)
		n++;
	memcpy(out, p, n);
	out[n] = '\0';
}

static int parse_list(struct spdx_license_list *list, const char *name,
		      const char *text, size_t len, int exceptions)
{
	size_t pos = 0;
	unsigned lineno = 0;

	while (pos < len) {
		const char *line = text + pos, *nl;
		size_t n, idlen = 0, rest;
		struct spdx_id *e;

		nl = memchr(line, '\n', len - pos);
		n = nl ? (size_t)(nl - line) : len - pos;
		pos += n + (nl != NULL);
		lineno++;
		if (n && line[n - 1] == '\r')
			n--;
		if (n && line[0] == '#') {
			if (!exceptions)
				version_from(list->version,
					     sizeof(list->version), line, n);
			continue;
		}
		while (idlen < n && line[idlen] != ' ' && line[idlen] != '\t')
			idlen++;
		if (!idlen) {
			if (n)
				return error_set("%s:%u: a line starts with "
						 "a blank", name, lineno);
			continue;
		}
		for (rest = 0; rest < idlen; rest++)
			if (!is_idchar((unsigned char)line[rest]) &&
			    !(line[rest] == '+' && rest == idlen - 1 && rest))
				return error_set("%s:%u: '%.*s' is no SPDX "
						 "id", name, lineno, (int)idlen,
						 line);
		rest = idlen;
		while (rest < n && (line[rest] == ' ' || line[rest] == '\t'))
			rest++;
		if (rest < n && (n - rest != 10 ||
				 memcmp(line + rest, "deprecated", 10)))
			return error_set("%s:%u: unexpected '%.*s' after the "
					 "id", name, lineno, (int)(n - rest),
					 line + rest);
		if (list->nids == list->alloc) {
			list->alloc = list->alloc ? list->alloc * 2 : 1024;
			list->ids = xrealloc(list->ids,
					     list->alloc * sizeof(*list->ids));
			list->name_at = xrealloc(list->name_at, list->alloc *
						 sizeof(*list->name_at));
		}
		list->name_at[list->nids] = list->names.len;
		buf_add(&list->names, line, idlen);
		buf_putc(&list->names, '\0');
		e = &list->ids[list->nids++];
		e->deprecated = rest < n;
		e->exception = exceptions != 0;
	}
	return 0;
}

/* Refuse an id listed twice: one of the two would never be found. */
static int check_unique(const struct spdx_license_list *list)
{
	size_t i;

	for (i = 0; i < list->nids; i++) {
		const struct id_table *t = list->ids[i].exception ?
			&list->exceptions : &list->licenses;
		const struct spdx_id *e = table_find(list, t, list->ids[i].id,
						     strlen(list->ids[i].id));

		if (e != &list->ids[i])
			return error_set("SPDX id '%s' is listed twice",
					 list->ids[i].id);
	}
	return 0;
}

int spdx_license_list_parse(struct spdx_license_list **out,
			    const char *licenses, size_t licenses_len,
			    const char *exceptions, size_t exceptions_len)
{
	struct spdx_license_list *list = xcalloc(1, sizeof(*list));
	size_t i;
	int ret = -1;

	*out = NULL;
	if (parse_list(list, "licenses.txt", licenses, licenses_len, 0) < 0 ||
	    parse_list(list, "exceptions.txt", exceptions, exceptions_len,
		       1) < 0)
		goto done;
	/* Only now, the names no longer moving, can the ids point there. */
	for (i = 0; i < list->nids; i++)
		list->ids[i].id = list->names.ptr + list->name_at[i];
	table_build(&list->licenses, list->ids, list->nids, 0);
	table_build(&list->exceptions, list->ids, list->nids, 1);
	if (check_unique(list) < 0)
		goto done;
	if (!list->version[0])
		strcpy(list->version, "unknown");
	*out = list;
	list = NULL;
	ret = 0;
done:
	spdx_license_list_free(list);
	return ret;
}

static int read_whole(struct buf *out, const char *path)
{
	FILE *f = fopen(path, "rb");
	char chunk[8192];
	size_t n;
	int ret = 0;

	if (!f)
		return error_set("cannot open '%s': %s", path,
				 strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		buf_add(out, chunk, n);
	if (ferror(f))
		ret = error_set("cannot read '%s'", path);
	fclose(f);
	return ret;
}

int spdx_license_list_load(struct spdx_license_list **out,
			   const char *datadir)
{
	struct buf path = BUF_INIT, lic = BUF_INIT, exc = BUF_INIT;
	int ret = -1;

	*out = NULL;
	buf_printf(&path, "%s/data/spdx/licenses.txt", datadir);
	if (read_whole(&lic, path.ptr) < 0)
		goto done;
	buf_reset(&path);
	buf_printf(&path, "%s/data/spdx/exceptions.txt", datadir);
	if (read_whole(&exc, path.ptr) < 0)
		goto done;
	ret = spdx_license_list_parse(out, lic.ptr, lic.len, exc.ptr, exc.len);
	if (ret < 0)
		error_prefix("%s/data/spdx", datadir);
done:
	buf_release(&path);
	buf_release(&lic);
	buf_release(&exc);
	return ret;
}

void spdx_license_list_free(struct spdx_license_list *list)
{
	if (!list)
		return;
	free(list->ids);
	free(list->name_at);
	buf_release(&list->names);
	free(list->licenses.slots);
	free(list->exceptions.slots);
	free(list);
}

const char *spdx_license_list_version(const struct spdx_license_list *list)
{
	return list ? list->version : "unknown";
}

size_t spdx_license_list_count(const struct spdx_license_list *list,
			       int exceptions)
{
	if (!list)
		return 0;
	return exceptions ? list->exceptions.count : list->licenses.count;
}

const struct spdx_id *spdx_license_find(const struct spdx_license_list *list,
					const char *id, size_t len)
{
	return list ? table_find(list, &list->licenses, id, len) : NULL;
}

const struct spdx_id *spdx_exception_find(
	const struct spdx_license_list *list, const char *id, size_t len)
{
	return list ? table_find(list, &list->exceptions, id, len) : NULL;
}

/* The expression parser: recursive descent, one token of lookahead. */

enum tok_kind {
	TOK_END,
	TOK_LPAREN,
	TOK_RPAREN,
	TOK_AND,
	TOK_OR,
	TOK_WITH,
	TOK_TERM
};

struct token {
	enum tok_kind kind;
	size_t start, len;	/* a term's id, its '+' left out */
	int plus;
};

struct parser {
	const char *s;
	size_t len, pos;
	const struct spdx_license_list *list;
	struct spdx_license_result *out;
	struct token tok;
	unsigned depth;
	char name[48];		/* token_name()'s answer for a term */
};

static unsigned column_of(const struct parser *p, size_t at)
{
	unsigned col = 1;
	size_t i;

	for (i = 0; i < at && i < p->len; i++)
		col += ((unsigned char)p->s[i] & 0xc0) != 0x80;
	return col;
}

__attribute__((format(printf, 5, 6)))
static void note(struct parser *p, struct spdx_license_problem *pr,
		 size_t at, const char *code, const char *fmt, ...)
{
	va_list ap;

	if (pr->code)
		return;
	pr->code = code;
	pr->column = column_of(p, at);
	va_start(ap, fmt);
	vsnprintf(pr->message, sizeof(pr->message), fmt, ap);
	va_end(ap);
}

#define fail(p, at, code, ...) \
	(note((p), &(p)->out->error, (at), (code), __VA_ARGS__), -1)

static void warn(struct parser *p, size_t at, const char *code,
		 const char *what, const char *canonical)
{
	p->out->warnings++;
	if (!strcmp(code, "license-case"))
		note(p, &p->out->warning, at, code,
		     "'%.*s' is spelt '%s' on the SPDX list",
		     (int)p->tok.len, p->s + p->tok.start, canonical);
	else
		note(p, &p->out->warning, at, code,
		     "%s '%s' is deprecated on SPDX License List %s", what,
		     canonical, spdx_license_list_version(p->list));
}

static int is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/* Same letters as op, and either all upper or all lower case. */
static int operator_case(const char *w, size_t n, const char *upper)
{
	size_t i;
	int up = 0, low = 0;

	if (strlen(upper) != n)
		return -1;
	for (i = 0; i < n; i++) {
		if (fold((unsigned char)w[i]) != fold((unsigned char)upper[i]))
			return -1;
		if (w[i] == upper[i])
			up++;
		else
			low++;
	}
	return up == (int)n || low == (int)n;
}

static int advance(struct parser *p)
{
	static const struct {
		const char *word;
		enum tok_kind kind;
	} ops[] = {
		{ "AND", TOK_AND }, { "OR", TOK_OR }, { "WITH", TOK_WITH },
	};
	struct token *t = &p->tok;
	size_t i;

	while (p->pos < p->len && is_space(p->s[p->pos]))
		p->pos++;
	memset(t, 0, sizeof(*t));
	t->start = p->pos;
	if (p->pos == p->len) {
		t->kind = TOK_END;
		return 0;
	}
	if (p->s[p->pos] == '(' || p->s[p->pos] == ')') {
		t->kind = p->s[p->pos] == '(' ? TOK_LPAREN : TOK_RPAREN;
		t->len = 1;
		p->pos++;
		return 0;
	}
	while (p->pos < p->len && !is_space(p->s[p->pos]) &&
	       p->s[p->pos] != '(' && p->s[p->pos] != ')')
		p->pos++;
	t->len = p->pos - t->start;
	for (i = 0; i < sizeof(ops) / sizeof(*ops); i++) {
		int c = operator_case(p->s + t->start, t->len, ops[i].word);

		if (c == 1) {
			t->kind = ops[i].kind;
			return 0;
		}
		if (c == 0)
			return fail(p, t->start, "license-expression",
				    "operator '%.*s' is in mixed case: write "
				    "%s, all upper or all lower case",
				    (int)t->len, p->s + t->start, ops[i].word);
	}
	t->kind = TOK_TERM;
	if (t->len > 1 && p->s[t->start + t->len - 1] == '+') {
		t->plus = 1;
		t->len--;
	}
	return 0;
}

/* How a message names a token: "')'", "AND", "'MIT'", "the end". */
static const char *token_name(struct parser *p)
{
	const struct token *t = &p->tok;

	switch (t->kind) {
	case TOK_END:
		return "the end of the expression";
	case TOK_LPAREN:
		return "'('";
	case TOK_RPAREN:
		return "')'";
	case TOK_AND:
		return "AND";
	case TOK_OR:
		return "OR";
	case TOK_WITH:
		return "WITH";
	case TOK_TERM:
		break;
	}
	snprintf(p->name, sizeof(p->name), "'%.*s%s'",
		 t->len > 40 ? 40 : (int)t->len, p->s + t->start,
		 t->plus ? "+" : "");
	return p->name;
}

static int has_prefix(const char *s, size_t n, const char *prefix)
{
	size_t k = strlen(prefix);

	return n >= k && !memcmp(s, prefix, k);
}

static int prefix_folded(const char *s, size_t n, const char *prefix)
{
	size_t i, k = strlen(prefix);

	if (n < k)
		return 0;
	for (i = 0; i < k; i++)
		if (fold((unsigned char)s[i]) != fold((unsigned char)prefix[i]))
			return 0;
	return 1;
}

/* An idstring: letters, digits, '-' and '.', at least one. */
static size_t idstring_bad(const char *s, size_t n)
{
	size_t i;

	if (!n)
		return 0;
	for (i = 0; i < n; i++)
		if (!is_idchar((unsigned char)s[i]))
			return i;
	return n;
}

/*
 * [DocumentRef-x:]LicenseRef-y (or AdditionRef-y): 1 when the term is
 * one, 0 when it is none, -1 when it starts like one but is malformed.
 */
static int user_ref(struct parser *p, const char *kind)
{
	const struct token *t = &p->tok;
	const char *s = p->s + t->start;
	size_t n = t->len, off = 0, bad;

	if (has_prefix(s, n, "DocumentRef-")) {
		const char *colon = memchr(s, ':', n);

		size_t doc = colon ? (size_t)(colon - s) - 12 : 0;

		bad = idstring_bad(s + 12, doc);
		if (!colon || !doc || bad != doc)
			return fail(p, t->start, "license-expression",
				    "'%.*s' is not DocumentRef-<id>:%s<id>",
				    (int)n, s, kind);
		off = (size_t)(colon - s) + 1;
		if (!has_prefix(s + off, n - off, kind))
			return fail(p, t->start + off, "license-expression",
				    "expected %s<id> after '%.*s'", kind,
				    (int)off, s);
	} else if (!has_prefix(s, n, kind)) {
		return 0;
	}
	off += strlen(kind);
	bad = idstring_bad(s + off, n - off);
	if (off == n || bad != n - off)
		return fail(p, t->start + off + bad, "license-expression",
			    "'%.*s' is not %s<id>: an id holds letters, "
			    "digits, '-' and '.'", (int)n, s, kind);
	return 1;
}

static int check_plain_id(struct parser *p)
{
	const struct token *t = &p->tok;
	size_t bad = idstring_bad(p->s + t->start, t->len);

	if (bad != t->len)
		return fail(p, t->start + bad, "license-expression",
			    "'%.*s' is no licence id: an id holds letters, "
			    "digits, '-' and '.'", (int)t->len,
			    p->s + t->start);
	return 0;
}

static int check_license(struct parser *p)
{
	const struct token *t = &p->tok;
	const char *s = p->s + t->start;
	const struct spdx_id *e;
	int r;

	p->out->licenses++;
	if (has_prefix(s, t->len, "AdditionRef-") ||
	    (has_prefix(s, t->len, "DocumentRef-") &&
	     find(s, t->len, ":AdditionRef-")))
		return fail(p, t->start, "license-id",
			    "'%.*s' names an addition: it belongs after WITH",
			    (int)t->len, s);
	r = user_ref(p, "LicenseRef-");
	if (r < 0)
		return -1;
	if (r > 0) {
		if (t->plus)
			return fail(p, t->start + t->len, "license-expression",
				    "'+' follows a licence id of the list, "
				    "not a LicenseRef");
		return 0;
	}
	if (check_plain_id(p) < 0)
		return -1;
	if (!p->list)
		return 0;
	e = spdx_license_find(p->list, s, t->len);
	if (!e) {
		if (spdx_exception_find(p->list, s, t->len))
			return fail(p, t->start, "license-id",
				    "'%.*s' is a licence exception: it "
				    "belongs after WITH", (int)t->len, s);
		if (t->len > 11 && prefix_folded(s, t->len, "licenseref-"))
			return fail(p, t->start, "license-id",
				    "'%.*s': write the prefix LicenseRef- "
				    "in this case", (int)t->len, s);
		return fail(p, t->start, "license-id",
			    "unknown licence id '%.*s' (SPDX License List %s); "
			    "a licence not on the list is LicenseRef-<id>",
			    (int)t->len, s, spdx_license_list_version(p->list));
	}
	if (memcmp(e->id, s, t->len))
		warn(p, t->start, "license-case", "licence", e->id);
	if (e->deprecated)
		warn(p, t->start, "license-deprecated", "licence", e->id);
	return 0;
}

static int check_exception(struct parser *p)
{
	const struct token *t = &p->tok;
	const char *s = p->s + t->start;
	const struct spdx_id *e;
	int r;

	if (t->plus)
		return fail(p, t->start + t->len, "license-expression",
			    "'+' follows a licence id, not an exception");
	if (has_prefix(s, t->len, "LicenseRef-") ||
	    (has_prefix(s, t->len, "DocumentRef-") &&
	     find(s, t->len, ":LicenseRef-")))
		return fail(p, t->start, "license-exception",
			    "'%.*s' names a licence: after WITH comes an "
			    "exception or an AdditionRef", (int)t->len, s);
	r = user_ref(p, "AdditionRef-");
	if (r)
		return r < 0 ? -1 : 0;
	if (check_plain_id(p) < 0)
		return -1;
	if (!p->list)
		return 0;
	e = spdx_exception_find(p->list, s, t->len);
	if (!e) {
		if (spdx_license_find(p->list, s, t->len))
			return fail(p, t->start, "license-exception",
				    "'%.*s' is a licence, not an exception: "
				    "join licences with AND or OR",
				    (int)t->len, s);
		return fail(p, t->start, "license-exception",
			    "unknown licence exception '%.*s' (SPDX License "
			    "List %s); one not on the list is AdditionRef-<id>",
			    (int)t->len, s, spdx_license_list_version(p->list));
	}
	if (memcmp(e->id, s, t->len))
		warn(p, t->start, "license-case", "exception", e->id);
	if (e->deprecated)
		warn(p, t->start, "license-deprecated", "exception", e->id);
	return 0;
}

static int parse_or(struct parser *p);

static int parse_atom(struct parser *p)
{
	size_t open = p->tok.start;

	switch (p->tok.kind) {
	case TOK_LPAREN:
		if (++p->depth > MAX_DEPTH)
			return fail(p, open, "license-expression",
				    "parentheses nested deeper than %d",
				    MAX_DEPTH);
		if (advance(p) < 0 || parse_or(p) < 0)
			return -1;
		if (p->tok.kind != TOK_RPAREN)
			return fail(p, p->tok.start, "license-expression",
				    "%s where ')' closing the '(' at "
				    "column %u is expected",
				    token_name(p), column_of(p, open));
		p->depth--;
		return advance(p);
	case TOK_TERM:
		if (check_license(p) < 0)
			return -1;
		return advance(p);
	default:
		return fail(p, p->tok.start, "license-expression",
			    "%s where a licence is expected",
			    token_name(p));
	}
}

static int parse_with(struct parser *p)
{
	int paren = p->tok.kind == TOK_LPAREN;

	if (parse_atom(p) < 0)
		return -1;
	if (p->tok.kind != TOK_WITH)
		return 0;
	if (paren)
		return fail(p, p->tok.start, "license-expression",
			    "WITH follows a single licence, not a "
			    "parenthesised expression");
	if (advance(p) < 0)
		return -1;
	if (p->tok.kind != TOK_TERM)
		return fail(p, p->tok.start, "license-expression",
			    "%s where an exception is expected after WITH",
			    token_name(p));
	if (check_exception(p) < 0)
		return -1;
	return advance(p);
}

static int parse_and(struct parser *p)
{
	if (parse_with(p) < 0)
		return -1;
	while (p->tok.kind == TOK_AND)
		if (advance(p) < 0 || parse_with(p) < 0)
			return -1;
	return 0;
}

static int parse_or(struct parser *p)
{
	if (parse_and(p) < 0)
		return -1;
	while (p->tok.kind == TOK_OR)
		if (advance(p) < 0 || parse_and(p) < 0)
			return -1;
	return 0;
}

int spdx_license_check(struct spdx_license_result *out,
		       const struct spdx_license_list *list,
		       const char *expr, size_t len)
{
	struct parser p;

	memset(out, 0, sizeof(*out));
	memset(&p, 0, sizeof(p));
	p.s = expr;
	p.len = len;
	p.list = list;
	p.out = out;
	if (advance(&p) < 0)
		return -1;
	if (p.tok.kind == TOK_END)
		return fail(&p, 0, "license-expression",
			    "empty licence expression");
	if (parse_or(&p) < 0)
		return -1;
	if (p.tok.kind != TOK_END)
		return fail(&p, p.tok.start, "license-expression",
			    "%s after a complete expression: join terms with "
			    "AND or OR", token_name(&p));
	return 0;
}
