#ifndef CRA_TEMP_FILE_H
#define CRA_TEMP_FILE_H

#include <stddef.h>

#include "buf.h"

/*
 * Create a new file, readable and writable by its owner only, named
 * dir/prefix followed by a unique suffix, and open it for writing.
 * Returns the descriptor and sets *path to the file's name (the buffer
 * is reset first), or -1 with errno set and *path released.
 */
int temp_file_open(struct buf *path, const char *dir, const char *prefix);

/*
 * A private temporary file holding data, for the programs git-cra runs
 * (gpg, ssh-keygen) that read a file rather than standard input. It is
 * made in $TMPDIR (else /tmp). On success *path is the file's name: the
 * caller unlinks it and frees the string.
 */
int temp_file_write(char **path, const char *tag, const char *data,
		    size_t len);

#endif
