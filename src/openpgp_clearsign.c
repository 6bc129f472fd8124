#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "openpgp_clearsign.h"
#include "temp_file.h"

extern char **environ;

#define BEGIN_MESSAGE "-----BEGIN PGP SIGNED MESSAGE-----"
#define BEGIN_SIGNATURE "-----BEGIN PGP SIGNATURE-----"
#define END_SIGNATURE "-----END PGP SIGNATURE-----"

/* gpg only needs a moment; a hung one must not hang the checker */
#define VERIFY_TIMEOUT_MS 60000
/* far more than gpg writes for a handful of signatures */
#define MAX_STATUS_BYTES (1024 * 1024)

/* One line of input: len bytes of content, then CR LF, LF or nothing. */
struct line {
	const char *ptr;
	size_t len;
	size_t next;		/* offset of the following line */
};

static int line_next(struct line *l, const char *data, size_t len,
		     size_t pos)
{
	const char *lf;

	if (pos >= len)
		return 0;
	l->ptr = data + pos;
	lf = memchr(l->ptr, '\n', len - pos);
	if (!lf) {
		l->len = len - pos;
		l->next = len;
		return 1;
	}
	l->len = (size_t)(lf - l->ptr);
	l->next = (size_t)(lf - data) + 1;
	if (l->len && l->ptr[l->len - 1] == '\r')
		l->len--;
	return 1;
}

static int is_wsp(char c)
{
	return c == ' ' || c == '\t';
}

/* Length without trailing blanks, which armor lines may carry. */
static size_t trimmed_len(const struct line *l)
{
	size_t n = l->len;

	while (n && is_wsp(l->ptr[n - 1]))
		n--;
	return n;
}

static int line_is(const struct line *l, const char *want)
{
	size_t n = strlen(want);

	return trimmed_len(l) == n && !memcmp(l->ptr, want, n);
}

static int line_is_blank(const struct line *l)
{
	return trimmed_len(l) == 0;
}

/* An armor header "Key: value" (RFC 4880 section 6.2). */
static int is_armor_header(const struct line *l, size_t *key_len)
{
	size_t i = 0;

	while (i < l->len && (l->ptr[i] == '-' ||
			      (l->ptr[i] >= 'A' && l->ptr[i] <= 'Z') ||
			      (l->ptr[i] >= 'a' && l->ptr[i] <= 'z') ||
			      (l->ptr[i] >= '0' && l->ptr[i] <= '9')))
		i++;
	if (!i || l->len - i < 2 || l->ptr[i] != ':' || l->ptr[i + 1] != ' ')
		return 0;
	*key_len = i;
	return 1;
}

static int is_radix64(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		(c >= '0' && c <= '9') || c == '+' || c == '/' || c == '=';
}

__attribute__((format(printf, 5, 6)))
static void add_problem(struct clearsign *cs, const char *code,
			unsigned line, unsigned column, const char *fmt, ...)
{
	struct clearsign_problem *p;
	char msg[256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	/* double at powers of two: a line per problem stays linear */
	if (!(cs->nproblems & (cs->nproblems - 1))) {
		size_t want = cs->nproblems ? 2 * cs->nproblems : 1;

		cs->problems = xrealloc(cs->problems,
					want * sizeof(*cs->problems));
	}
	p = &cs->problems[cs->nproblems++];
	p->code = code;
	p->line = line;
	p->column = column;
	p->message = xstrdup(msg);
}

void clearsign_init(struct clearsign *cs)
{
	memset(cs, 0, sizeof(*cs));
}

void clearsign_release(struct clearsign *cs)
{
	size_t i;

	if (!cs)
		return;
	free(cs->text);
	free(cs->escaped);
	for (i = 0; i < cs->nproblems; i++)
		free(cs->problems[i].message);
	free(cs->problems);
	clearsign_init(cs);
}

int clearsign_detect(const char *data, size_t len)
{
	struct line l;
	size_t pos = 0;

	while (line_next(&l, data, len, pos)) {
		if (line_is(&l, BEGIN_MESSAGE))
			return 1;
		pos = l.next;
	}
	return 0;
}

/*
 * The radix-64 lines of the signature up to END_SIGNATURE, from pos on
 * line *lineno. Return the offset after the END line, leaving *lineno on
 * the line after it. Only the first fault is recorded: the rest of a
 * damaged signature would just repeat it.
 */
static size_t parse_signature_data(struct clearsign *cs, const char *data,
				   size_t len, size_t pos, unsigned *lineno,
				   int *found_end)
{
	struct line l;
	int faulty = 0, checksum = 0;
	size_t ndata = 0;
	/* With no line left, a fault belongs to the last line there is. */
	unsigned cur = *lineno > 1 ? *lineno - 1 : 1;

	*found_end = 0;
	while (line_next(&l, data, len, pos)) {
		size_t i, n = trimmed_len(&l);

		cur = (*lineno)++;
		pos = l.next;
		if (line_is(&l, END_SIGNATURE)) {
			*found_end = 1;
			break;
		}
		if (faulty)
			continue;
		if (!n) {
			add_problem(cs, CLEARSIGN_BAD_ARMOR, cur, 1,
				    "blank line inside the signature");
			faulty = 1;
			continue;
		}
		if (checksum) {
			add_problem(cs, CLEARSIGN_BAD_ARMOR, cur, 1,
				    "signature data after its checksum");
			faulty = 1;
			continue;
		}
		for (i = 0; i < n && is_radix64(l.ptr[i]); i++)
			;
		if (i < n) {
			add_problem(cs, CLEARSIGN_BAD_ARMOR, cur,
				    (unsigned)i + 1,
				    "invalid character in the signature");
			faulty = 1;
			continue;
		}
		if (l.ptr[0] == '=' && n == 5)
			checksum = 1;
		else
			ndata++;
	}
	if (!*found_end)
		add_problem(cs, CLEARSIGN_BAD_ARMOR, cur, 1,
			    "missing '" END_SIGNATURE "'");
	else if (!ndata && !faulty)
		add_problem(cs, CLEARSIGN_BAD_ARMOR, cur, 1,
			    "empty signature");
	return pos;
}

int clearsign_parse(struct clearsign *out, const char *data, size_t len)
{
	struct buf text = BUF_INIT, escaped = BUF_INIT;
	struct line l;
	size_t pos = 0, key_len;
	unsigned lineno = 1, last;
	int have_line, found_end;

	clearsign_init(out);
	while ((have_line = line_next(&l, data, len, pos)) &&
	       !line_is(&l, BEGIN_MESSAGE)) {
		pos = l.next;
		lineno++;
	}
	if (!have_line)
		return error_set("no '" BEGIN_MESSAGE "' line");
	if (lineno > 1)
		add_problem(out, CLEARSIGN_OUTSIDE, 1, 1,
			    "content before the signed message");
	out->block_start = pos;
	pos = l.next;
	last = lineno++;

	/* the "Hash" armor headers, then one blank line */
	while ((have_line = line_next(&l, data, len, pos))) {
		if (line_is_blank(&l)) {
			pos = l.next;
			lineno++;
			break;
		}
		if (!is_armor_header(&l, &key_len)) {
			add_problem(out, CLEARSIGN_BAD_ARMOR, lineno, 1,
				    "missing blank line after the armor "
				    "headers");
			break;
		}
		if (key_len != 4 || memcmp(l.ptr, "Hash", 4))
			add_problem(out, CLEARSIGN_BAD_ARMOR, lineno, 1,
				    "armor header other than 'Hash' in a "
				    "signed message");
		pos = l.next;
		last = lineno++;
	}
	if (!have_line) {
		add_problem(out, CLEARSIGN_BAD_ARMOR, last, 1,
			    "signed message ends in its armor headers");
		goto finish;
	}

	/* the signed text, dash-escaped */
	out->first_line = lineno;
	while ((have_line = line_next(&l, data, len, pos))) {
		size_t skip = 0;

		if (line_is(&l, BEGIN_SIGNATURE))
			break;
		if (l.len >= 2 && l.ptr[0] == '-' && l.ptr[1] == ' ')
			skip = 2;
		else if (l.len && l.ptr[0] == '-')
			add_problem(out, CLEARSIGN_BAD_DASH_ESCAPE, lineno, 1,
				    "line starting with '-' is not "
				    "dash-escaped");
		buf_add(&text, l.ptr + skip, l.next - pos - skip);
		buf_putc(&escaped, (char)(skip != 0));
		pos = l.next;
		last = lineno++;
	}
	if (!have_line) {
		add_problem(out, CLEARSIGN_BAD_ARMOR, last, 1,
			    "missing '" BEGIN_SIGNATURE "'");
		goto finish;
	}

	/* the signature: armor headers, a blank line, radix-64 data */
	out->signature_line = lineno;
	pos = l.next;
	last = lineno++;
	while ((have_line = line_next(&l, data, len, pos))) {
		if (line_is_blank(&l)) {
			pos = l.next;
			lineno++;
			break;
		}
		if (!is_armor_header(&l, &key_len)) {
			add_problem(out, CLEARSIGN_BAD_ARMOR, lineno, 1,
				    "missing blank line after the signature's "
				    "armor headers");
			break;
		}
		pos = l.next;
		last = lineno++;
	}
	if (!have_line) {
		add_problem(out, CLEARSIGN_BAD_ARMOR, last, 1,
			    "missing '" END_SIGNATURE "'");
		goto finish;
	}
	pos = parse_signature_data(out, data, len, pos, &lineno, &found_end);
	if (found_end && pos < len)
		add_problem(out, CLEARSIGN_OUTSIDE, lineno, 1,
			    "content after the signature");

finish:
	out->block_len = pos - out->block_start;
	out->nlines = escaped.len;
	out->escaped = (unsigned char *)buf_detach(&escaped, NULL);
	out->text = buf_detach(&text, &out->len);
	return 0;
}

static int64_t now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/*
 * Read gpg's status lines until it closes the pipe. Return 1 when it
 * did not do so in time.
 */
static int read_status(struct buf *out, int fd)
{
	int64_t deadline = now_ms() + VERIFY_TIMEOUT_MS;
	char chunk[4096];

	for (;;) {
		struct pollfd pfd = { fd, POLLIN, 0 };
		int64_t left = deadline - now_ms();
		ssize_t n;
		int r;

		if (left <= 0)
			return 1;
		r = poll(&pfd, 1, (int)left);
		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return r == 0;
		n = read(fd, chunk, sizeof(chunk));
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0)
			return 0;
		if (out->len < MAX_STATUS_BYTES)
			buf_add(out, chunk, (size_t)n);
	}
}

/* Does status carry "[GNUPG:] <keyword>" as a whole word on a line? */
static int has_status(const struct buf *status, const char *keyword)
{
	const char *p = buf_cstr(status);
	size_t klen = strlen(keyword);

	while ((p = strstr(p, "[GNUPG:] ")) != NULL) {
		p += 9;
		if (!strncmp(p, keyword, klen) &&
		    (p[klen] == ' ' || p[klen] == '\n' || p[klen] == '\0'))
			return 1;
	}
	return 0;
}

static void judge_status(enum clearsign_verdict *out, const char **reason,
			 const struct buf *status, int exit_code)
{
	if (has_status(status, "BADSIG")) {
		*out = CLEARSIGN_BAD;
		return;
	}
	if (has_status(status, "GOODSIG") && has_status(status, "VALIDSIG") &&
	    !has_status(status, "ERRSIG") && exit_code == 0) {
		*out = CLEARSIGN_VALID;
		return;
	}
	*out = CLEARSIGN_UNVERIFIED;
	if (has_status(status, "NO_PUBKEY"))
		*reason = "no public key";
	else if (has_status(status, "REVKEYSIG"))
		*reason = "the key is revoked";
	else if (has_status(status, "EXPKEYSIG"))
		*reason = "the key has expired";
	else if (has_status(status, "EXPSIG"))
		*reason = "the signature has expired";
	else if (has_status(status, "ERRSIG"))
		*reason = "gpg cannot check the signature";
	else if (has_status(status, "NODATA"))
		*reason = "gpg found no signature";
	else if (!status->len && exit_code == 127)
		*reason = "gpg not found";
	else
		*reason = "gpg did not confirm the signature";
}

int clearsign_verify(enum clearsign_verdict *out, const char **reason,
		     const char *data, size_t len)
{
	/* writable copies: posix_spawnp() takes char *const argv[] */
	char a_gpg[] = "gpg", a_batch[] = "--batch", a_tty[] = "--no-tty";
	char a_noauto[] = "--no-auto-key-retrieve";
	char a_status[] = "--status-fd", a_verify[] = "--verify";
	char a_dashes[] = "--", fd_arg[16];
	char *argv[10];
	struct buf path = BUF_INIT, status = BUF_INIT;
	posix_spawn_file_actions_t actions;
	int have_actions = 0, fd = -1, pipefd[2] = { -1, -1 };
	int status_fd = -1, wstatus = 0, timed_out, err, ret = -1;
	char *tmp = NULL;
	pid_t pid;

	*out = CLEARSIGN_UNVERIFIED;
	*reason = NULL;
	if (temp_file_write(&tmp, "signed", data, len) < 0)
		goto done;
	buf_puts(&path, tmp);
	free(tmp);

	/*
	 * The status pipe: both ends close on exec, and the child gets a
	 * copy of the write end numbered 3 or above, so that /dev/null on
	 * its standard streams cannot land on it.
	 */
	if (pipe(pipefd) || fcntl(pipefd[0], F_SETFD, FD_CLOEXEC) ||
	    fcntl(pipefd[1], F_SETFD, FD_CLOEXEC) ||
	    (status_fd = fcntl(pipefd[1], F_DUPFD, 3)) < 0) {
		error_set("cannot create a pipe for gpg: %s", strerror(errno));
		goto done;
	}
	close(pipefd[1]);
	pipefd[1] = -1;
	snprintf(fd_arg, sizeof(fd_arg), "%d", status_fd);

	argv[0] = a_gpg;
	argv[1] = a_batch;
	argv[2] = a_tty;
	argv[3] = a_noauto;
	argv[4] = a_status;
	argv[5] = fd_arg;
	argv[6] = a_verify;
	argv[7] = a_dashes;
	argv[8] = path.ptr;
	argv[9] = NULL;

	if ((err = posix_spawn_file_actions_init(&actions)) != 0) {
		error_set("cannot run gpg: %s", strerror(err));
		goto done;
	}
	have_actions = 1;
	if ((err = posix_spawn_file_actions_addopen(&actions, 0, "/dev/null",
						    O_RDONLY, 0)) ||
	    (err = posix_spawn_file_actions_addopen(&actions, 1, "/dev/null",
						    O_WRONLY, 0)) ||
	    (err = posix_spawn_file_actions_addopen(&actions, 2, "/dev/null",
						    O_WRONLY, 0))) {
		error_set("cannot run gpg: %s", strerror(err));
		goto done;
	}
	err = posix_spawnp(&pid, "gpg", &actions, NULL, argv, environ);
	close(status_fd);
	status_fd = -1;
	if (err == ENOENT) {
		*reason = "gpg not found";
		ret = 0;
		goto done;
	}
	if (err) {
		error_set("cannot run gpg: %s", strerror(err));
		goto done;
	}

	timed_out = read_status(&status, pipefd[0]);
	if (timed_out)
		kill(pid, SIGKILL);
	while (waitpid(pid, &wstatus, 0) < 0 && errno == EINTR)
		;
	if (timed_out) {
		*reason = "gpg timed out";
	} else {
		judge_status(out, reason, &status,
			     WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : -1);
	}
	ret = 0;

done:
	if (have_actions)
		posix_spawn_file_actions_destroy(&actions);
	if (fd >= 0)
		close(fd);
	if (status_fd >= 0)
		close(status_fd);
	if (pipefd[0] >= 0)
		close(pipefd[0]);
	if (pipefd[1] >= 0)
		close(pipefd[1]);
	if (path.len)
		unlink(path.ptr);
	buf_release(&path);
	buf_release(&status);
	return ret;
}
