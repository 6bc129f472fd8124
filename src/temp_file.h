#ifndef CRA_TEMP_FILE_H
#define CRA_TEMP_FILE_H

#include <stddef.h>

/*
 * A private temporary file holding data, for the programs git-cra runs
 * (gpg, ssh-keygen) that read a file rather than standard input. It is
 * made in $TMPDIR (else /tmp), readable by its owner only. On success
 * *path is the file's name: the caller unlinks it and frees the string.
 */
int temp_file_write(char **path, const char *tag, const char *data,
		    size_t len);

#endif
