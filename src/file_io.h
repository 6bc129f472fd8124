#ifndef CRA_FILE_IO_H
#define CRA_FILE_IO_H

#include <stddef.h>

/*
 * Write all len bytes of data to fd, retrying short writes and writes
 * interrupted by a signal. Returns 0, or -1 with errno set.
 */
int write_all(int fd, const char *data, size_t len);

#endif
