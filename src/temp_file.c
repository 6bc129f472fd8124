#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "buf.h"
#include "error.h"
#include "temp_file.h"

int temp_file_write(char **path, const char *tag, const char *data,
		    size_t len)
{
	const char *dir = getenv("TMPDIR");
	struct buf b = BUF_INIT;
	size_t done = 0;
	int fd;

	if (!dir || !*dir)
		dir = "/tmp";
	buf_printf(&b, "%s/git-cra-%s-XXXXXX", dir, tag);
	fd = mkstemp(b.ptr);
	if (fd < 0) {
		error_set("cannot create a temporary file in '%s': %s", dir,
			  strerror(errno));
		buf_release(&b);
		return -1;
	}
	while (done < len) {
		ssize_t n = write(fd, data + done, len - done);

		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			error_set("cannot write '%s': %s", b.ptr,
				  strerror(errno));
			close(fd);
			unlink(b.ptr);
			buf_release(&b);
			return -1;
		}
		done += (size_t)n;
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
