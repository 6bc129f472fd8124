#include <errno.h>
#include <stdint.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "error.h"
#include "run_command.h"

extern char **environ;

void run_command_init(struct run_command *cmd, const char *const *argv)
{
	memset(cmd, 0, sizeof(*cmd));
	cmd->argv = argv;
	buf_init(&cmd->out);
	buf_init(&cmd->err);
}

void run_command_release(struct run_command *cmd)
{
	buf_release(&cmd->out);
	buf_release(&cmd->err);
}

static long long now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (long long)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

static void close_pair(int fds[2])
{
	if (fds[0] >= 0)
		close(fds[0]);
	if (fds[1] >= 0)
		close(fds[1]);
	fds[0] = fds[1] = -1;
}

int run_command(struct run_command *cmd)
{
	int in[2] = { -1, -1 }, out[2] = { -1, -1 }, err[2] = { -1, -1 };
	posix_spawn_file_actions_t actions;
	unsigned timeout = cmd->timeout_ms ? cmd->timeout_ms : 60000;
	long long deadline = now_ms() + timeout;
	size_t written = 0;
	int actions_ready = 0, ret = -1, status = 0, open_fds;
	pid_t pid = -1;
	char chunk[16384];
	struct sigaction ignore, saved_pipe;

	/* A program that exits early must not kill us with SIGPIPE. */
	memset(&ignore, 0, sizeof(ignore));
	ignore.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &ignore, &saved_pipe);

	if (pipe(in) < 0 || pipe(out) < 0 || pipe(err) < 0) {
		error_set("cannot create a pipe: %s", strerror(errno));
		goto done;
	}
	if (posix_spawn_file_actions_init(&actions)) {
		error_set("cannot prepare to run '%s'", cmd->argv[0]);
		goto done;
	}
	actions_ready = 1;
	posix_spawn_file_actions_adddup2(&actions, in[0], 0);
	posix_spawn_file_actions_adddup2(&actions, out[1], 1);
	posix_spawn_file_actions_adddup2(&actions, err[1], 2);
	posix_spawn_file_actions_addclose(&actions, in[1]);
	posix_spawn_file_actions_addclose(&actions, out[0]);
	posix_spawn_file_actions_addclose(&actions, err[0]);
	errno = posix_spawnp(&pid, cmd->argv[0], &actions, NULL,
			     (char *const *)(uintptr_t)cmd->argv, environ);
	if (errno) {
		error_set("cannot run '%s': %s", cmd->argv[0],
			  strerror(errno));
		pid = -1;
		goto done;
	}
	close(in[0]);
	close(out[1]);
	close(err[1]);
	in[0] = out[1] = err[1] = -1;
	if (!cmd->in || !cmd->in_len) {
		close(in[1]);
		in[1] = -1;
	} else {
		fcntl(in[1], F_SETFL, O_NONBLOCK);
	}

	/* Feed and drain together, so neither side can fill a pipe and wait. */
	open_fds = 2 + (in[1] >= 0);
	while (open_fds > 0) {
		struct pollfd p[3];
		int n = 0, i, r;
		long long left = deadline - now_ms();

		if (left <= 0) {
			kill(pid, SIGKILL);
			waitpid(pid, NULL, 0);
			pid = -1;
			error_set("'%s' did not finish within %u ms",
				  cmd->argv[0], timeout);
			goto done;
		}
		if (out[0] >= 0)
			p[n++] = (struct pollfd){ out[0], POLLIN, 0 };
		if (err[0] >= 0)
			p[n++] = (struct pollfd){ err[0], POLLIN, 0 };
		if (in[1] >= 0)
			p[n++] = (struct pollfd){ in[1], POLLOUT, 0 };
		r = poll(p, (nfds_t)n, (int)(left > 1000 ? 1000 : left));
		if (r < 0 && errno != EINTR) {
			error_set("poll: %s", strerror(errno));
			goto done;
		}
		for (i = 0; r > 0 && i < n; i++) {
			ssize_t got;

			if (!p[i].revents)
				continue;
			if (p[i].fd == in[1]) {
				got = write(in[1], cmd->in + written,
					    cmd->in_len - written);
				if (got > 0)
					written += (size_t)got;
				if ((got < 0 && errno != EAGAIN &&
				     errno != EINTR) || written == cmd->in_len) {
					close(in[1]);
					in[1] = -1;
					open_fds--;
				}
				continue;
			}
			got = read(p[i].fd, chunk, sizeof(chunk));
			if (got > 0) {
				buf_add(p[i].fd == out[0] ? &cmd->out :
					&cmd->err, chunk, (size_t)got);
			} else if (got == 0 || (errno != EINTR &&
						errno != EAGAIN)) {
				if (p[i].fd == out[0]) {
					close(out[0]);
					out[0] = -1;
				} else {
					close(err[0]);
					err[0] = -1;
				}
				open_fds--;
			}
		}
	}
	while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
		;
	pid = -1;
	cmd->status = WIFEXITED(status) ? WEXITSTATUS(status) :
		128 + WTERMSIG(status);
	ret = 0;
done:
	if (pid > 0) {
		kill(pid, SIGKILL);
		waitpid(pid, NULL, 0);
	}
	if (actions_ready)
		posix_spawn_file_actions_destroy(&actions);
	close_pair(in);
	close_pair(out);
	close_pair(err);
	sigaction(SIGPIPE, &saved_pipe, NULL);
	return ret;
}
