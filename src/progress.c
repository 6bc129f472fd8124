#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

#include "buf.h"
#include "progress.h"

/* Redraw at most this often: a terminal is slower than a fast audit. */
#define PROGRESS_INTERVAL_MS 50

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static size_t terminal_width(FILE *out)
{
	struct winsize ws;

	if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 20)
		return ws.ws_col;
	return 80;
}

void progress_init(struct progress *p, FILE *out, const char *what)
{
	memset(p, 0, sizeof(*p));
	p->out = out;
	p->what = what;
	p->enabled = isatty(fileno(out));
}

void progress_update(struct progress *p, size_t done, size_t total,
		     const char *current)
{
	struct buf line = BUF_INIT;
	size_t width, bar = 24, filled, i;
	long long now;

	if (!p->enabled)
		return;
	now = now_ms();
	/* The first and the last state always show; the rest when due. */
	if (p->drawn && done && done < total &&
	    now - p->last_ms < PROGRESS_INTERVAL_MS)
		return;
	p->last_ms = now;
	p->total = total;
	filled = total ? done * bar / total : bar;
	buf_putc(&line, '[');
	for (i = 0; i < bar; i++)
		buf_putc(&line, i < filled ? '#' : '.');
	buf_printf(&line, "] %zu/%zu %s, %zu left", done, total, p->what,
		   total - done);
	if (current)
		buf_printf(&line, ": %s", current);
	/* Never wrap: a wrapped line cannot be redrawn with \r. */
	width = terminal_width(p->out) - 1;
	if (line.len > width)
		line.len = width;
	fprintf(p->out, "\r%.*s\033[K", (int)line.len, line.ptr);
	fflush(p->out);
	p->drawn = 1;
	buf_release(&line);
}

void progress_finish(struct progress *p)
{
	if (!p->enabled || !p->drawn)
		return;
	fputs("\r\033[K", p->out);
	fflush(p->out);
	p->drawn = 0;
}
