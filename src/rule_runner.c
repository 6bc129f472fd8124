/* F_SETPIPE_SZ and F_GETPIPE_SZ, where Linux has them. */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <lauxlib.h>

#include "buf.h"
#include "error.h"
#include "evidence_memo.h"
#include "rule_cache.h"
#include "rule_runner.h"
#include "sandbox.h"

/*
 * Messages from the child, each: a type byte, a 32-bit length, then that
 * many bytes of fields, each a 32-bit length and its bytes.
 */
enum message_type {
	MSG_META = 'M',		/* id title locus severity rationale ... */
	MSG_FINDING = 'F',	/* status basis message subject path line col */
	MSG_INPUT = 'I',	/* path oid */
	MSG_ERROR = 'E',	/* message path line */
	MSG_SKIP = 'S',		/* the policy does not select the rule */
	MSG_TRACE = 'T',	/* question path answer: what the rule saw */
	MSG_WINDOW = 'W',	/* from until: times judged alike */
	MSG_DONE = 'D',		/* the rule is finished */
};

#define MAX_MESSAGE (4u * 1024 * 1024)
#define META_FIELDS 9

void rule_runner_options_init(struct rule_runner_options *opts)
{
	memset(opts, 0, sizeof(*opts));
	opts->memory_limit = SANDBOX_MEMORY_LIMIT;
	opts->instruction_limit = SANDBOX_INSTRUCTION_LIMIT;
	opts->timeout_ms = 10000;
}

/* ---- the child's side ---- */

/*
 * Rules compiled by a runner that serves many evaluations (an audit's):
 * the same rule code runs for release after release, in a fresh sandbox
 * each time, and compiling it cost more than the sandbox.
 */
#define COMPILED_RULES_MAX 256

struct compiled_rule {
	git_oid id;		/* the rule's blob */
	char *file;		/* its name, which messages carry */
	struct buf bytecode;
};

struct compiled_rules {
	struct compiled_rule items[COMPILED_RULES_MAX];
	size_t count, next;	/* next: the slot to reuse when full */
};

struct child {
	int fd;
	struct buf msg;
	struct rule_context *ctx;
	int trace;		/* send what each rule saw */
	struct compiled_rules *compiled;	/* NULL: compile each time */
};

static const struct buf *compiled_find(const struct compiled_rules *cr,
				       const struct rule_source *src)
{
	size_t i;

	for (i = 0; i < cr->count; i++)
		if (git_oid_equal(&cr->items[i].id, &src->id) &&
		    !strcmp(cr->items[i].file, src->file))
			return &cr->items[i].bytecode;
	return NULL;
}

static void compiled_add(struct compiled_rules *cr,
			 const struct rule_source *src, struct buf *bytecode)
{
	struct compiled_rule *r;

	if (cr->count < COMPILED_RULES_MAX) {
		r = &cr->items[cr->count++];
	} else {
		r = &cr->items[cr->next];
		cr->next = (cr->next + 1) % COMPILED_RULES_MAX;
		free(r->file);
		buf_release(&r->bytecode);
	}
	git_oid_cpy(&r->id, &src->id);
	r->file = xstrdup(src->file);
	r->bytecode = *bytecode;
	buf_init(bytecode);
}

/* Load the rule's chunk: compiled before, or compiled now and kept. */
static int load_rule(struct child *c, struct sandbox *sb,
		     const struct rule_source *src)
{
	const struct buf *done = c->compiled && !git_oid_is_zero(&src->id) ?
		compiled_find(c->compiled, src) : NULL;
	struct buf bytecode = BUF_INIT;

	if (done)
		return sandbox_load_dumped(sb, src->file, done->ptr,
					   done->len);
	if (sandbox_load(sb, src->file, src->code, src->len) < 0)
		return -1;
	if (c->compiled && !git_oid_is_zero(&src->id) &&
	    !sandbox_dump(sb, &bytecode))
		compiled_add(c->compiled, src, &bytecode);
	error_clear();
	buf_release(&bytecode);
	return 0;
}

static void put_u32(struct buf *b, uint32_t v)
{
	unsigned char c[4] = {
		(unsigned char)v, (unsigned char)(v >> 8),
		(unsigned char)(v >> 16), (unsigned char)(v >> 24),
	};

	buf_add(b, c, 4);
}

static void msg_start(struct child *c, enum message_type type)
{
	buf_reset(&c->msg);
	buf_putc(&c->msg, (char)type);
	put_u32(&c->msg, 0);
}

static void msg_field(struct child *c, const char *s)
{
	size_t n = s ? strlen(s) : 0;

	put_u32(&c->msg, (uint32_t)n);
	buf_add(&c->msg, s ? s : "", n);
}

static void msg_number(struct child *c, unsigned long v)
{
	char num[32];

	snprintf(num, sizeof(num), "%lu", v);
	msg_field(c, num);
}

static void msg_send(struct child *c)
{
	uint32_t len = (uint32_t)(c->msg.len - 5);
	size_t off = 0;
	int i;

	for (i = 0; i < 4; i++)
		c->msg.ptr[1 + i] = (char)(len >> (8 * i));
	while (off < c->msg.len) {
		ssize_t n = write(c->fd, c->msg.ptr + off, c->msg.len - off);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			_exit(3);	/* the parent is gone */
		off += (size_t)n;
	}
}

static void msg_int64(struct child *c, int64_t v)
{
	char num[32];

	snprintf(num, sizeof(num), "%lld", (long long)v);
	msg_field(c, num);
}

/* What the rule saw, sent once it finished: the parent may keep it. */
static void child_send_trace(struct child *c, const struct rule_trace *t)
{
	char hex[SHA256_HEX_SIZE], q[2] = { 0, 0 };
	size_t i;

	for (i = 0; i < t->count; i++) {
		q[0] = t->entries[i].question;
		sha256_to_hex(hex, t->entries[i].answer);
		msg_start(c, MSG_TRACE);
		msg_field(c, q);
		msg_field(c, t->entries[i].path);
		msg_field(c, hex);
		msg_send(c);
	}
	msg_start(c, MSG_WINDOW);
	msg_int64(c, c->ctx->window.from);
	msg_int64(c, c->ctx->window.until);
	msg_send(c);
}

static void child_on_finding(void *data, const struct finding *f)
{
	struct child *c = data;

	msg_start(c, MSG_FINDING);
	msg_field(c, status_name(f->status));
	msg_field(c, basis_name(f->basis));
	msg_field(c, f->message);
	msg_field(c, f->subject);
	msg_field(c, f->path);
	msg_number(c, f->line);
	msg_number(c, f->column);
	msg_send(c);
}

static void child_on_input(void *data, const char *path, const git_oid *id)
{
	struct child *c = data;
	char hex[GIT_OID_HEXSZ + 1];

	git_oid_tostr(hex, sizeof(hex), id);
	msg_start(c, MSG_INPUT);
	msg_field(c, path);
	msg_field(c, hex);
	msg_send(c);
}

/*
 * Find "file:LINE:" for the rule's own file in an error message or its
 * traceback, so an error raised inside a cra.* function still points at
 * the rule's line that called it.
 */
static unsigned error_line_in(const char *text, const char *file)
{
	size_t flen = strlen(file);
	const char *p = text;

	while ((p = strstr(p, file))) {
		const char *q = p + flen;

		if (*q == ':' && q[1] >= '0' && q[1] <= '9')
			return (unsigned)strtoul(q + 1, NULL, 10);
		p = q;
	}
	return 0;
}

static void child_error(struct child *c, const struct rule *rule,
			const char *text)
{
	struct buf first = BUF_INIT;
	const char *nl = strstr(text, "\nstack traceback:");
	const char *msg;
	size_t flen = strlen(rule->source.file);

	/* Keep the message, not the traceback; drop a leading "file:N: ". */
	buf_add(&first, text, nl ? (size_t)(nl - text) : strlen(text));
	msg = buf_cstr(&first);
	if (!strncmp(msg, rule->source.file, flen) && msg[flen] == ':') {
		const char *after = strchr(msg + flen + 1, ':');

		if (after && after[1] == ' ')
			msg = after + 2;
	}
	msg_start(c, MSG_ERROR);
	msg_field(c, msg);
	msg_field(c, rule->source.file);
	msg_number(c, error_line_in(text, rule->source.file));
	msg_send(c);
	buf_release(&first);
}

static const char *meta_string(lua_State *L, int table, const char *key,
			       int required, struct buf *why)
{
	int type = lua_getfield(L, table, key);

	lua_pop(L, 1);
	if (type == LUA_TNIL && !required)
		return NULL;
	if (type != LUA_TSTRING) {
		if (!why->len)
			buf_printf(why, "the rule's '%s' must be a string",
				   key);
		return NULL;
	}
	lua_getfield(L, table, key);
	return lua_tostring(L, -1);	/* kept on the stack until done */
}

/* Read the table a rule file returns; send it, or an error. */
static int child_meta(struct child *c, const struct rule *rule,
		      lua_State *L)
{
	static const char *const keys[META_FIELDS] = {
		"id", "title", "locus", "severity", "rationale",
		"remediation", "help", "establishes", "limits",
	};
	const char *values[META_FIELDS];
	struct buf why = BUF_INIT;
	enum severity sev = SEVERITY_ERROR;
	int top = lua_gettop(L), i;

	if (!lua_istable(L, -1)) {
		child_error(c, rule, "the rule file must return a table "
			    "(see docs/rule-authoring.md)");
		return -1;
	}
	for (i = 0; i < META_FIELDS; i++)
		values[i] = meta_string(L, top, keys[i], i < 6, &why);
	if (!why.len && !rule_id_is_valid(values[0]))
		buf_printf(&why, "rule id '%s' is not lower-case letters, "
			   "digits, '-' and '.' (3 to 64)", values[0]);
	if (!why.len && severity_parse(&sev, values[3]) < 0)
		buf_printf(&why, "severity must be error, warning or info, "
			   "not '%s'", values[3]);
	if (!why.len && lua_getfield(L, top, "check") != LUA_TFUNCTION)
		buf_puts(&why, "the rule has no 'check' function");
	if (why.len) {
		child_error(c, rule, buf_cstr(&why));
		buf_release(&why);
		lua_settop(L, top);
		return -1;
	}
	lua_pop(L, 1);
	msg_start(c, MSG_META);
	for (i = 0; i < META_FIELDS; i++)
		msg_field(c, values[i]);
	msg_send(c);
	lua_settop(L, top);
	return 0;
}

static void child_run_rule(struct child *c, const struct rule *rule,
			   const struct rule_runner_options *opts)
{
	struct sandbox sb;
	struct buf err = BUF_INIT;
	struct rule_trace trace;
	int top;

	/* Each rule starts seeing nothing and every time alike. */
	time_window_init(&c->ctx->window, c->ctx->now);
	rule_trace_init(&trace);
	c->ctx->trace = c->trace ? &trace : NULL;
	if (sandbox_open(&sb, opts->memory_limit,
			 opts->instruction_limit) < 0) {
		child_error(c, rule, error_last());
		return;
	}
	if (load_rule(c, &sb, &rule->source) < 0) {
		child_error(c, rule, error_last());
		goto done;
	}
	if (sandbox_call(&sb, 0, 1, &err) < 0) {
		child_error(c, rule, buf_cstr(&err));
		goto done;
	}
	top = lua_gettop(sb.L);
	if (child_meta(c, rule, sb.L) < 0)
		goto done;
	/* The id lives on the Lua stack: decide before popping it. */
	lua_getfield(sb.L, top, "id");
	if (opts->metadata_only ||
	    (opts->select &&
	     !opts->select(opts->select_data, lua_tostring(sb.L, -1),
			   rule->source.origin))) {
		msg_start(c, MSG_SKIP);
		msg_send(c);
		goto done;
	}
	lua_settop(sb.L, top);
	lua_getfield(sb.L, top, "check");
	c->ctx->reported = 0;
	rule_context_push(sb.L, c->ctx);
	if (sandbox_call(&sb, 1, 0, &err) < 0) {
		child_error(c, rule, buf_cstr(&err));
		goto done;
	}
	if (!c->ctx->reported)
		child_error(c, rule, "the rule reported no finding; every "
			    "rule reports at least one");
done:
	sandbox_close(&sb);
	buf_release(&err);
	if (c->ctx->trace)
		child_send_trace(c, &trace);
	c->ctx->trace = NULL;
	rule_trace_release(&trace);
}

/* Run rules[order[from..n)], in that order. */
static void child_main(int fd, struct rule *rules, const size_t *order,
		       size_t from, size_t n, struct rule_context *ctx,
		       const struct rule_runner_options *opts)
{
	struct child c;
	size_t i;

	memset(&c, 0, sizeof(c));
	c.fd = fd;
	buf_init(&c.msg);
	c.ctx = ctx;
	c.trace = opts->cache != NULL;
	ctx->on_finding = child_on_finding;
	ctx->on_input = child_on_input;
	ctx->data = &c;
	for (i = from; i < n; i++) {
		child_run_rule(&c, &rules[order[i]], opts);
		msg_start(&c, MSG_DONE);
		msg_send(&c);
	}
	_exit(0);
}

/* ---- the parent's side ---- */

struct fields {
	const char *value[META_FIELDS];
	size_t len[META_FIELDS];
	size_t count;
};

static uint32_t get_u32(const unsigned char *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 |
		(uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* Split a payload into NUL-terminated fields, in place. */
static int split_fields(struct fields *out, char *p, size_t len)
{
	size_t off = 0;

	out->count = 0;
	while (off < len) {
		uint32_t n;

		if (out->count == META_FIELDS || len - off < 4)
			return -1;
		n = get_u32((unsigned char *)p + off);
		if (n > len - off - 4)
			return -1;
		/* Shift the bytes down over the length to NUL-terminate. */
		memmove(p + off, p + off + 4, n);
		p[off + n] = '\0';
		out->len[out->count] = n;
		out->value[out->count++] = p + off;
		off += n + 4;
	}
	return 0;
}

static char *dup_or_null(const char *s)
{
	return s && *s ? xstrdup(s) : NULL;
}

static void take_meta(struct rule *rule, const struct fields *f)
{
	struct rule_meta *m = &rule->meta;

	rule_meta_release(m);
	m->id = xstrdup(f->value[0]);
	m->title = xstrdup(f->value[1]);
	m->locus = xstrdup(f->value[2]);
	severity_parse(&m->severity, f->value[3]);
	m->rationale = xstrdup(f->value[4]);
	m->remediation = xstrdup(f->value[5]);
	m->help = dup_or_null(f->value[6]);
	m->establishes = dup_or_null(f->value[7]);
	m->limits = dup_or_null(f->value[8]);
	rule->loaded = 1;
}

static void take_finding(struct rule_outcome *o, size_t rule_index,
			 const struct fields *f)
{
	struct finding *x;

	if (f->count != 7)
		return;
	o->findings = xrealloc(o->findings,
			       (o->nfindings + 1) * sizeof(*o->findings));
	x = &o->findings[o->nfindings++];
	memset(x, 0, sizeof(*x));
	x->rule = rule_index;
	status_parse(&x->status, f->value[0]);
	basis_parse(&x->basis, f->value[1]);
	x->message = xstrdup(f->value[2]);
	x->subject = dup_or_null(f->value[3]);
	x->path = dup_or_null(f->value[4]);
	x->line = (unsigned)strtoul(f->value[5], NULL, 10);
	x->column = (unsigned)strtoul(f->value[6], NULL, 10);
}

static int hex_digit(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

static void take_trace(struct rule_outcome *o, const struct fields *f)
{
	unsigned char answer[SHA256_DIGEST_SIZE];
	size_t i;

	/* A trace missing a question would reuse what must run again. */
	if (f->count != 3 || strlen(f->value[0]) != 1 ||
	    strlen(f->value[2]) != 2 * SHA256_DIGEST_SIZE) {
		o->traced = -1;
		return;
	}
	for (i = 0; i < SHA256_DIGEST_SIZE; i++) {
		int hi = hex_digit(f->value[2][2 * i]);
		int lo = hex_digit(f->value[2][2 * i + 1]);

		if (hi < 0 || lo < 0) {
			o->traced = -1;
			return;
		}
		answer[i] = (unsigned char)(hi << 4 | lo);
	}
	rule_trace_add(&o->trace, f->value[0][0], f->value[1], answer);
}

/* The window ends the trace: complete, unless a part was refused. */
static void take_window(struct rule_outcome *o, const struct fields *f)
{
	if (f->count != 2) {
		o->traced = -1;
		return;
	}
	o->trace.from = (int64_t)strtoll(f->value[0], NULL, 10);
	o->trace.until = (int64_t)strtoll(f->value[1], NULL, 10);
	if (!o->traced)
		o->traced = 1;
}

static void take_input(struct rule_outcome *o, const struct fields *f)
{
	git_oid id;
	size_t i;

	if (f->count != 2 || git_oid_fromstr(&id, f->value[1]) < 0)
		return;
	for (i = 0; i < o->ninputs; i++)
		if (!strcmp(o->inputs[i].path, f->value[0]))
			return;
	o->inputs = xrealloc(o->inputs, (o->ninputs + 1) * sizeof(*o->inputs));
	o->inputs[o->ninputs].path = xstrdup(f->value[0]);
	git_oid_cpy(&o->inputs[o->ninputs].id, &id);
	o->ninputs++;
}

static void set_error(struct rule_outcome *o, const char *msg,
		      const char *path, unsigned line)
{
	/* The first error is the cause; later ones follow from it. */
	if (o->error)
		return;
	o->error = xstrdup(msg);
	o->error_path = xstrdup(path);
	o->error_line = line;
	o->selected = 1;
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Read the child's messages until it finishes or a rule overruns. Returns
 * the position in order of the first rule not yet finished. Reading goes
 * through in, which keeps what was read past the last rule: a server
 * may already be at the next request's rules. Messages for a rule whose
 * discard flag is set are read and dropped.
 */
static size_t parent_collect(int fd, pid_t pid, struct rule *rules,
			     struct rule_outcome *outcomes,
			     const size_t *order, const char *discard,
			     size_t from, size_t n,
			     const struct rule_runner_options *opts,
			     long long asked_at, struct buf *in, int *stopped)
{
	struct rule_outcome scratch;
	struct fields f;
	size_t current = from, used;
	/* The first rule has run since it was asked for, read or not. */
	long long deadline = asked_at + opts->timeout_ms;
	char chunk[65536];
	int status = 0, eof = 0, timed_out = 0;

	memset(&scratch, 0, sizeof(scratch));
	rule_trace_init(&scratch.trace);
	for (;;) {
		struct pollfd p = { fd, POLLIN, 0 };
		long long left;
		ssize_t got;
		int r;

		/* Take every complete message read so far. */
		used = 0;
		while (in->len - used >= 5 && current < n) {
			unsigned char *m = (unsigned char *)in->ptr + used;
			uint32_t len = get_u32(m + 1);
			size_t at = order[current];
			/* A run the cache has since made needless. */
			int dropped = discard && discard[current];
			struct rule_outcome *o = dropped ? &scratch :
				&outcomes[at];

			if (len > MAX_MESSAGE) {
				eof = 1;
				break;
			}
			if (in->len - used - 5 < len)
				break;
			if (split_fields(&f, (char *)m + 5, len) < 0) {
				eof = 1;
				break;
			}
			switch (m[0]) {
			case MSG_META:
				if (f.count == META_FIELDS && !dropped) {
					take_meta(&rules[at], &f);
					o->selected = 1;
				}
				break;
			case MSG_FINDING:
				take_finding(o, at, &f);
				break;
			case MSG_INPUT:
				take_input(o, &f);
				break;
			case MSG_TRACE:
				take_trace(o, &f);
				break;
			case MSG_WINDOW:
				take_window(o, &f);
				break;
			case MSG_ERROR:
				if (f.count == 3)
					set_error(o, f.value[0], f.value[1],
						  (unsigned)strtoul(f.value[2],
								    NULL, 10));
				break;
			case MSG_SKIP:
				o->selected = 0;
				break;
			case MSG_DONE:
				if (dropped) {
					rule_outcome_release(&scratch);
					rule_trace_init(&scratch.trace);
				}
				current++;
				deadline = now_ms() + opts->timeout_ms;
				break;
			}
			used += 5 + len;
		}
		if (used) {
			memmove(in->ptr, in->ptr + used, in->len - used);
			in->len -= used;
		}
		if (eof || current >= n)
			break;
		left = deadline - now_ms();
		if (left <= 0) {
			timed_out = 1;
			break;
		}
		r = poll(&p, 1, (int)(left > 1000 ? 1000 : left));
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			continue;
		got = read(fd, chunk, sizeof(chunk));
		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0) {
			eof = 1;
			break;
		}
		buf_add(in, chunk, (size_t)got);
	}
	rule_outcome_release(&scratch);
	/* A server that finished every rule waits for the next request. */
	*stopped = !(opts->server && current == n && !timed_out);
	if (!*stopped)
		return current;
	if (current < n || timed_out)
		kill(pid, SIGKILL);
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	if (current < n) {
		struct buf why = BUF_INIT;

		if (timed_out)
			buf_printf(&why, "the rule ran longer than the limit "
				   "of %u ms and was stopped",
				   opts->timeout_ms);
		else if (WIFSIGNALED(status) && WTERMSIG(status) != SIGKILL)
			buf_printf(&why, "the rule's evaluation crashed "
				   "(signal %d)", WTERMSIG(status));
		else
			buf_puts(&why, "the rule's evaluation ended "
				 "unexpectedly");
		/* A dropped run leaves the outcome the cache gave. */
		if (!discard || !discard[current])
			set_error(&outcomes[order[current]], buf_cstr(&why),
				  rules[order[current]].source.file, 0);
		buf_release(&why);
		current++;
	}
	return current;
}


/* ---- a runner kept for many evaluations ---- */

/*
 * An audit evaluates hundreds of releases, and forking a runner for each
 * copies the audit's memory every time: the server is forked once and
 * given each evaluation as a request, from which it opens the snapshot,
 * the product metadata and the policy itself. It runs the rules as a
 * forked runner does, one fresh sandbox each, and is forked again only
 * when a rule had to be stopped. What it keeps between requests holds
 * for what it was made from: SBOMs for their blob, compiled rules for
 * theirs, product metadata and policy for their blob and text.
 */
struct rule_server {
	git_repository *repo;
	pid_t pid;		/* 0: not running */
	unsigned generation;	/* counts the processes started */
	struct buf backlog;	/* read from it, for the next run's rules */
	int to;			/* requests */
	int from;		/* the runner's messages */
	/* In the runner: what the next request likely shares. */
	struct evidence_memo memo;
};

enum request_type {
	REQ_EVALUATION = 'Q',	/* rev now policy label product limits count */
	REQ_RULE = 'R',		/* file origin code blob-id */
};

struct rule_server *rule_server_new(git_repository *repo)
{
	struct rule_server *srv = xcalloc(1, sizeof(*srv));

	srv->repo = repo;
	srv->to = srv->from = -1;
	return srv;
}

static void server_stop(struct rule_server *srv)
{
	int status;

	if (srv->to >= 0)
		close(srv->to);
	if (srv->from >= 0)
		close(srv->from);
	if (srv->pid > 0) {
		kill(srv->pid, SIGKILL);
		while (waitpid(srv->pid, &status, 0) < 0 && errno == EINTR)
			;
	}
	srv->pid = 0;
	srv->to = srv->from = -1;
	buf_reset(&srv->backlog);
}

void rule_server_free(struct rule_server *srv)
{
	if (!srv)
		return;
	server_stop(srv);
	buf_release(&srv->backlog);
	free(srv);
}

static int read_full(int fd, void *p, size_t n)
{
	char *at = p;

	while (n) {
		ssize_t got = read(fd, at, n);

		if (got < 0 && errno == EINTR)
			continue;
		if (got <= 0)
			return -1;
		at += got;
		n -= (size_t)got;
	}
	return 0;
}

/* One request message: its type, and its fields in buf. */
static int read_request(int fd, char *type, struct buf *b, struct fields *f)
{
	unsigned char head[5];
	uint32_t len;

	if (read_full(fd, head, sizeof(head)) < 0)
		return -1;
	len = get_u32(head + 1);
	if (len > 64u * 1024 * 1024)
		return -1;
	buf_reset(b);
	buf_grow(b, len);
	if (read_full(fd, b->ptr, len) < 0)
		return -1;
	b->len = len;
	b->ptr[len] = '\0';
	*type = (char)head[0];
	return split_fields(f, b->ptr, len);
}

static int server_select(void *data, const char *rule_id,
			 enum rule_origin origin)
{
	return policy_selects(data, rule_id, origin);
}

/* Answer a request the server cannot set up: every rule says why. */
static void server_refuse(struct child *c, struct rule *rules, size_t n,
			  const char *why)
{
	size_t i;

	for (i = 0; i < n; i++) {
		msg_start(c, MSG_ERROR);
		msg_field(c, why);
		msg_field(c, rules[i].source.file);
		msg_number(c, 0);
		msg_send(c);
		msg_start(c, MSG_DONE);
		msg_send(c);
	}
}

static void server_evaluate(struct rule_server *srv, struct child *c,
			    struct fields *q, struct rule *rules, size_t n)
{
	struct rule_runner_options opts;
	struct rule_context ctx;
	struct snapshot snap;
	struct product *product;
	struct policy *policy;
	struct diagnostics warnings = { NULL, 0 };
	unsigned long long max_size = 0, memory = 0;
	long long instructions = 0;
	int metadata_only = 0, trace = 0;
	size_t i;

	memset(&snap, 0, sizeof(snap));
	if (sscanf(q->value[5], "%llu %llu %lld %d %d", &max_size, &memory,
		   &instructions, &metadata_only, &trace) != 5) {
		server_refuse(c, rules, n, "the rule runner could not read "
			      "the request");
		goto done;
	}
	if (snapshot_open(&snap, srv->repo, SNAPSHOT_REVISION,
			  q->value[0]) < 0)
		goto refused;
	snap.max_file_size = (size_t)max_size;
	if (evidence_memo_product(&product, &srv->memo, &snap,
				  &warnings) < 0 ||
	    evidence_memo_policy(&policy, &srv->memo, q->value[3],
				 q->value[2], q->len[2]) < 0)
		goto refused;
	memset(&ctx, 0, sizeof(ctx));
	ctx.snapshot = &snap;
	ctx.product = product->present ? &product->doc : NULL;
	ctx.product_path = q->value[4];
	ctx.params = policy->params;
	ctx.policy = policy->name;
	ctx.now = (int64_t)strtoll(q->value[1], NULL, 10);
	ctx.on_finding = child_on_finding;
	ctx.on_input = child_on_input;
	ctx.data = c;
	rule_runner_options_init(&opts);
	opts.memory_limit = (size_t)memory;
	opts.instruction_limit = instructions;
	opts.select = server_select;
	opts.select_data = policy;
	opts.metadata_only = metadata_only;
	c->ctx = &ctx;
	c->trace = trace;
	for (i = 0; i < n; i++) {
		child_run_rule(c, &rules[i], &opts);
		msg_start(c, MSG_DONE);
		msg_send(c);
	}
	goto done;
refused:
	{
		struct buf why = BUF_INIT;

		buf_printf(&why, "the rule runner could not set up the "
			   "evaluation: %s", error_last());
		server_refuse(c, rules, n, buf_cstr(&why));
		buf_release(&why);
	}
done:
	/* Parsed files belong to this snapshot; SBOMs check their blob. */
	rule_context_forget_files();
	snapshot_release(&snap);
	diagnostics_release(&warnings);
	error_clear();
	git_error_clear();
}

static void server_main(struct rule_server *srv, int in, int out)
{
	struct buf head = BUF_INIT, item = BUF_INIT;
	struct fields q, f;
	struct child c;
	char type;

	memset(&c, 0, sizeof(c));
	c.fd = out;
	buf_init(&c.msg);
	c.compiled = xcalloc(1, sizeof(*c.compiled));
	for (;;) {
		struct rule *rules = NULL;
		size_t n, i;

		/* The parent closes the pipe when the audit is over. */
		if (read_request(in, &type, &head, &q) < 0 ||
		    type != REQ_EVALUATION || q.count != 7)
			_exit(0);
		n = (size_t)strtoul(q.value[6], NULL, 10);
		rules = xcalloc(n + 1, sizeof(*rules));
		for (i = 0; i < n; i++) {
			long origin;

			if (read_request(in, &type, &item, &f) < 0 ||
			    type != REQ_RULE || f.count != 4)
				_exit(3);
			/* Unknown or unreadable: compiled each time. */
			if (git_oid_fromstr(&rules[i].source.id, f.value[3]) < 0)
				memset(&rules[i].source.id, 0,
				       sizeof(rules[i].source.id));
			origin = strtol(f.value[1], NULL, 10);
			rules[i].source.file = xstrdup(f.value[0]);
			rules[i].source.origin = (enum rule_origin)origin;
			rules[i].source.len = f.len[2];
			rules[i].source.owned = xstrndup(f.value[2],
							rules[i].source.len);
			rules[i].source.code = rules[i].source.owned;
		}
		server_evaluate(srv, &c, &q, rules, n);
		for (i = 0; i < n; i++)
			rule_release(&rules[i]);
		free(rules);
	}
}

static int server_start(struct rule_server *srv)
{
	int req[2], msg[2];
	pid_t pid;

	if (srv->pid > 0)
		return 0;
	if (pipe(req) < 0)
		return error_set("cannot create a pipe: %s", strerror(errno));
	if (pipe(msg) < 0) {
		close(req[0]);
		close(req[1]);
		return error_set("cannot create a pipe: %s", strerror(errno));
	}
	fflush(stdout);
	fflush(stderr);
	pid = fork();
	if (pid < 0) {
		close(req[0]);
		close(req[1]);
		close(msg[0]);
		close(msg[1]);
		return error_set("cannot start a process: %s",
				 strerror(errno));
	}
	if (pid == 0) {
		close(req[1]);
		close(msg[0]);
		signal(SIGPIPE, SIG_DFL);
		server_main(srv, req[0], msg[1]);
	}
	close(req[0]);
	close(msg[1]);
#ifdef F_SETPIPE_SZ
	/* Room for the next request while the runner works on this one. */
	fcntl(req[1], F_SETPIPE_SZ, 1024 * 1024);
#endif
	srv->generation++;
	srv->pid = pid;
	srv->to = req[1];
	srv->from = msg[0];
	return 0;
}

/* One request message, framed as the runner frames its own. */
static void put_message(struct buf *b, char type, const char *const *fields,
			const size_t *lens, size_t n)
{
	size_t start = b->len, i;
	uint32_t total;

	buf_putc(b, type);
	put_u32(b, 0);
	for (i = 0; i < n; i++) {
		put_u32(b, (uint32_t)lens[i]);
		buf_add(b, fields[i], lens[i]);
	}
	total = (uint32_t)(b->len - start - 5);
	for (i = 0; i < 4; i++)
		b->ptr[start + 1 + i] = (char)(total >> (8 * i));
}

/*
 * Whether len more bytes fit in the request pipe without blocking: a
 * request sent while the runner still works on the one before must not
 * wait for it, as the runner may then be waiting for its messages to be
 * read. Pipes fill by pages: two are kept spare.
 */
static int request_fits(const struct rule_server *srv, size_t len)
{
#if defined(F_GETPIPE_SZ) && defined(FIONREAD)
	int size = fcntl(srv->to, F_GETPIPE_SZ), queued = 0;

	if (size <= 0 || ioctl(srv->to, FIONREAD, &queued) < 0)
		return 0;
	return len + 2 * 4096 + (size_t)queued <= (size_t)size;
#else
	(void)srv;
	(void)len;
	return 0;
#endif
}

/*
 * Ask the server to run rules[order[from..n)]. With only_if_room, a
 * request that could block is not sent, and 1 returned.
 */
static int server_request(struct rule_server *srv, struct rule *rules,
			  const size_t *order, size_t from, size_t n,
			  const struct rule_context *ctx,
			  const struct rule_runner_options *opts,
			  int only_if_room)
{
	struct buf req = BUF_INIT;
	char now[32], limits[128], count[32], origin[16];
	struct sigaction ignore, saved;
	size_t i, off = 0;
	int ret = 0;

	snprintf(now, sizeof(now), "%lld", (long long)ctx->now);
	snprintf(limits, sizeof(limits), "%llu %llu %lld %d 1",
		 (unsigned long long)ctx->snapshot->max_file_size,
		 (unsigned long long)opts->memory_limit,
		 opts->instruction_limit, opts->metadata_only);
	snprintf(count, sizeof(count), "%zu", n - from);
	{
		const char *fields[7] = {
			ctx->snapshot->rev, now, opts->policy_text,
			opts->policy_label, ctx->product_path, limits, count,
		};
		size_t lens[7];

		for (i = 0; i < 7; i++)
			lens[i] = strlen(fields[i]);
		lens[2] = opts->policy_len;
		put_message(&req, REQ_EVALUATION, fields, lens, 7);
	}
	for (i = from; i < n; i++) {
		const struct rule_source *src = &rules[order[i]].source;
		char hex[GIT_OID_HEXSZ + 1];
		const char *fields[4] = { src->file, origin, src->code, hex };
		size_t lens[4];

		snprintf(origin, sizeof(origin), "%d", (int)src->origin);
		git_oid_tostr(hex, sizeof(hex), &src->id);
		lens[0] = strlen(src->file);
		lens[1] = strlen(origin);
		lens[2] = src->len;
		lens[3] = strlen(hex);
		put_message(&req, REQ_RULE, fields, lens, 4);
	}
	if (only_if_room && !request_fits(srv, req.len)) {
		buf_release(&req);
		return 1;
	}
	/* A server that died must not take the audit with it. */
	memset(&ignore, 0, sizeof(ignore));
	ignore.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ignore, &saved);
	while (off < req.len) {
		ssize_t w = write(srv->to, req.ptr + off, req.len - off);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			ret = -1;
			break;
		}
		off += (size_t)w;
	}
	sigaction(SIGPIPE, &saved, NULL);
	buf_release(&req);
	return ret;
}

/*
 * Take from the cache every outcome it holds for this snapshot and time;
 * returns the indices of the rules left to run, in order, and how many.
 */
static size_t from_cache(size_t *order, struct rule *rules,
			 struct rule_outcome *outcomes, size_t n,
			 struct rule_context *ctx,
			 const struct rule_runner_options *opts)
{
	struct trace_answers answers;
	size_t i, left = 0;

	trace_answers_init(&answers, ctx->snapshot);
	for (i = 0; i < n; i++)
		if (!rule_cache_find(opts->cache, opts->cache_context,
				     &answers, ctx->now, &rules[i], i,
				     &outcomes[i]))
			order[left++] = i;
	trace_answers_release(&answers);
	return left;
}

/* Ask the server for rules order[next..left), starting another if need be. */
static int server_ask(struct rule_run *run)
{
	struct rule_server *srv = run->opts->server;

	if (server_start(srv) < 0)
		return -1;
	if (server_request(srv, run->rules, run->order, run->next, run->left,
			   run->ctx, run->opts, 0) < 0) {
		/* It died since the last request: start another. */
		server_stop(srv);
		if (server_start(srv) < 0 ||
		    server_request(srv, run->rules, run->order, run->next,
				   run->left, run->ctx, run->opts, 0) < 0) {
			server_stop(srv);
			return error_set("cannot reach the rule runner");
		}
	}
	run->asked_at = now_ms();
	run->generation = srv->generation;
	return 0;
}

static void run_init(struct rule_run *run, struct rule *rules,
		     struct rule_outcome *outcomes, size_t n,
		     struct rule_context *ctx,
		     const struct rule_runner_options *opts)
{
	memset(run, 0, sizeof(*run));
	run->rules = rules;
	run->outcomes = outcomes;
	run->ctx = ctx;
	run->opts = opts;
	run->order = xcalloc(n + 1, sizeof(*run->order));
	run->discard = xcalloc(n + 1, 1);
	run->left = n;
}

/* What run_init() and the lookups made; the run stays readable. */
static void run_free(struct rule_run *run)
{
	if (run->has_answers)
		trace_answers_release(&run->answers);
	free(run->order);
	free(run->discard);
	free(run->deferred);
	free(run->speculated);
	run->order = run->deferred = NULL;
	run->discard = run->speculated = NULL;
	run->has_answers = 0;
}

/* Whether before will put an outcome of rules[i] in the cache. */
static int before_runs(const struct rule_run *before,
		       const struct rule_run *run, size_t i)
{
	const struct rule_source *mine = &run->rules[i].source;
	size_t k;

	if (memcmp(before->opts->cache_context, run->opts->cache_context,
		   SHA256_DIGEST_SIZE))
		return 0;
	for (k = 0; k < before->left; k++) {
		const struct rule_source *theirs =
			&before->rules[before->order[k]].source;

		if (!before->discard[k] && git_oid_equal(&theirs->id,
							 &mine->id) &&
		    theirs->origin == mine->origin &&
		    !strcmp(theirs->file, mine->file))
			return 1;
	}
	return 0;
}

int rule_runner_start_ahead(struct rule_run *run, struct rule *rules,
			    struct rule_outcome *outcomes, size_t n,
			    struct rule_context *ctx,
			    const struct rule_runner_options *opts,
			    const struct rule_run *before)
{
	size_t i;

	run_init(run, rules, outcomes, n, ctx, opts);
	run->ahead = 1;
	run->deferred = xcalloc(n + 1, sizeof(*run->deferred));
	run->speculated = xcalloc(n + 1, 1);
	run->left = 0;
	if (!opts->cache || !before || !before->order) {
		/* Nothing is known ahead: rule_runner_start does it all. */
		for (i = 0; i < n; i++)
			run->deferred[run->ndeferred++] = i;
		return 0;
	}
	trace_answers_init(&run->answers, ctx->snapshot);
	run->has_answers = 1;
	for (i = 0; i < n; i++) {
		if (!before_runs(before, run, i)) {
			/* What before finds cannot change this lookup. */
			if (!rule_cache_find(opts->cache, opts->cache_context,
					     &run->answers, ctx->now,
					     &rules[i], i, &outcomes[i]))
				run->order[run->left++] = i;
		} else if (rule_cache_names_revision(opts->cache,
						     opts->cache_context,
						     &rules[i])) {
			/*
			 * It names the release: before's outcome will not
			 * stand for this one. Run now, looked up later, and
			 * dropped if the cache has it after all.
			 */
			run->speculated[run->left] = 1;
			run->order[run->left++] = i;
		} else {
			run->deferred[run->ndeferred++] = i;
		}
	}
	run->early = run->left;
	if (opts->server && run->left && opts->server->pid > 0 &&
	    server_request(opts->server, rules, run->order, 0, run->left,
			   ctx, opts, 1) == 0) {
		run->sent_early = 1;
		run->generation = opts->server->generation;
	}
	return 0;
}

/* Nothing was sent yet: what the cache had need not run at all. */
static void drop_discarded(struct rule_run *run)
{
	size_t i, kept = 0;

	for (i = 0; i < run->left; i++)
		if (!run->discard[i])
			run->order[kept++] = run->order[i];
	memset(run->discard, 0, run->left);
	run->left = kept;
}

/* After the run before: the lookups that had to wait for it. */
static void finish_lookups(struct rule_run *run)
{
	const struct rule_runner_options *opts = run->opts;
	size_t i;

	if (opts->cache && !run->has_answers) {
		trace_answers_init(&run->answers, run->ctx->snapshot);
		run->has_answers = 1;
	}
	for (i = 0; i < run->early; i++)
		if (run->speculated[i] &&
		    rule_cache_find(opts->cache, opts->cache_context,
				    &run->answers, run->ctx->now,
				    &run->rules[run->order[i]], run->order[i],
				    &run->outcomes[run->order[i]]))
			run->discard[i] = 1;
	for (i = 0; i < run->ndeferred; i++) {
		size_t at = run->deferred[i];

		if (!opts->cache ||
		    !rule_cache_find(opts->cache, opts->cache_context,
				     &run->answers, run->ctx->now,
				     &run->rules[at], at, &run->outcomes[at]))
			run->order[run->left++] = at;
	}
	if (run->has_answers)
		trace_answers_release(&run->answers);
	run->has_answers = 0;
	if (!run->sent_early)
		drop_discarded(run);
}

int rule_runner_start(struct rule_run *run, struct rule *rules,
		      struct rule_outcome *outcomes, size_t n,
		      struct rule_context *ctx,
		      const struct rule_runner_options *opts)
{
	struct rule_server *srv = opts->server;
	size_t i;

	if (run->ahead) {
		finish_lookups(run);
	} else {
		run_init(run, rules, outcomes, n, ctx, opts);
		if (opts->cache) {
			run->left = from_cache(run->order, rules, outcomes, n,
					       ctx, opts);
		} else {
			for (i = 0; i < n; i++)
				run->order[i] = i;
		}
	}
	if (!srv || run->next >= run->left)
		return 0;
	/* Its first rules went to the process still running: the rest. */
	if (run->sent_early && srv->pid > 0 &&
	    run->generation == srv->generation) {
		if (run->early >= run->left ||
		    server_request(srv, rules, run->order, run->early,
				   run->left, ctx, opts, 0) == 0) {
			/* The runner is on them once the run before is done. */
			run->asked_at = now_ms();
			return 0;
		}
		/* It died since: another runner gets them all. */
		server_stop(srv);
	}
	if (server_ask(run) < 0) {
		run->failed = 1;
		return -1;
	}
	return 0;
}

long rule_runner_finish(struct rule_run *run)
{
	const struct rule_runner_options *opts = run->opts;
	struct rule *rules = run->rules;
	struct rule_outcome *outcomes = run->outcomes;
	size_t i, left = run->left, dropped = 0;
	int ret = run->failed ? -1 : 0;

	/* Asked of a runner that has been replaced since: ask again. */
	if (opts->server && run->asked_at &&
	    run->generation != opts->server->generation)
		run->asked_at = 0;
	while (!ret && opts->server && run->next < left) {
		int stopped;

		if (!run->asked_at && server_ask(run) < 0) {
			ret = -1;
			break;
		}
		run->next = parent_collect(opts->server->from,
					   opts->server->pid, rules, outcomes,
					   run->order, run->discard, run->next,
					   left, opts, run->asked_at,
					   &opts->server->backlog, &stopped);
		run->asked_at = 0;
		if (stopped) {
			/* parent_collect reaped it. */
			opts->server->pid = 0;
			server_stop(opts->server);
		}
	}
	while (!ret && !opts->server && run->next < left) {
		struct buf in = BUF_INIT;
		int fds[2], stopped;
		pid_t pid;

		if (pipe(fds) < 0) {
			ret = error_set("cannot create a pipe: %s",
					strerror(errno));
			break;
		}
		/* Flush so the child cannot write our buffered output twice. */
		fflush(stdout);
		fflush(stderr);
		pid = fork();
		if (pid < 0) {
			close(fds[0]);
			close(fds[1]);
			ret = error_set("cannot start a process: %s",
					strerror(errno));
			break;
		}
		if (pid == 0) {
			close(fds[0]);
			signal(SIGPIPE, SIG_DFL);
			child_main(fds[1], rules, run->order, run->next, left,
				   run->ctx, opts);
		}
		close(fds[1]);
		run->next = parent_collect(fds[0], pid, rules, outcomes,
					   run->order, run->discard, run->next,
					   left, opts, now_ms(), &in, &stopped);
		buf_release(&in);
		close(fds[0]);
	}
	for (i = 0; i < left; i++) {
		if (run->discard[i])
			dropped++;
		else if (opts->cache && !ret)
			rule_cache_add(opts->cache, opts->cache_context,
				       &rules[run->order[i]],
				       &outcomes[run->order[i]]);
	}
	run_free(run);
	return ret < 0 ? -1 : (long)(left - dropped);
}

void rule_runner_abandon(struct rule_run *run)
{
	/* Its answers would be read as those of the next run. */
	if (run->sent_early && run->opts->server &&
	    run->generation == run->opts->server->generation)
		server_stop(run->opts->server);
	run_free(run);
}

long rule_runner_run(struct rule *rules, struct rule_outcome *outcomes,
		     size_t n, struct rule_context *ctx,
		     const struct rule_runner_options *opts)
{
	struct rule_run run;

	memset(&run, 0, sizeof(run));
	/* A failed start is reported by finish, which frees what it made. */
	rule_runner_start(&run, rules, outcomes, n, ctx, opts);
	return rule_runner_finish(&run);
}

void rule_outcome_release(struct rule_outcome *o)
{
	size_t i;

	if (!o)
		return;
	for (i = 0; i < o->nfindings; i++)
		finding_release(&o->findings[i]);
	free(o->findings);
	for (i = 0; i < o->ninputs; i++)
		free(o->inputs[i].path);
	free(o->inputs);
	free(o->error);
	free(o->error_path);
	rule_trace_release(&o->trace);
	memset(o, 0, sizeof(*o));
	rule_trace_init(&o->trace);
}
