#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "error.h"
#include "file_io.h"
#include "temp_file.h"

int temp_file_open(struct buf *path, const char *dir, const char *prefix)
{
	int fd;

	buf_reset(path);
	/* mkstemp replaces the six trailing X characters. */
	buf_printf(path, "%s/%sXXXXXX", dir, prefix);
	fd = mkstemp(path->ptr);
	if (fd < 0) {
		int saved = errno;

		buf_release(path);
		errno = saved;
	}
	return fd;
}

int temp_file_write(char **path, const char *tag, const char *data,
		    size_t len)
{
	const char *dir = getenv("TMPDIR");
	struct buf b = BUF_INIT, prefix = BUF_INIT;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	buf_printf(&prefix, "git-cra-%s-", tag);
	fd = temp_file_open(&b, dir, buf_cstr(&prefix));
	buf_release(&prefix);
	if (fd < 0)
		return error_set("cannot create a temporary file in '%s': %s",
				 dir, strerror(errno));
	if (write_all(fd, data, len) < 0) {
		error_set("cannot write '%s': %s", b.ptr, strerror(errno));
		close(fd);
		unlink(b.ptr);
		buf_release(&b);
		return -1;
	}
	if (close(fd) < 0) {
		error_set("cannot write '%s': %s", b.ptr, strerror(errno));
		unlink(b.ptr);
		buf_release(&b);
		return -1;
	}
	*path = buf_detach(&b, NULL);
	return 0;
}
