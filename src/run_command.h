#ifndef CRA_RUN_COMMAND_H
#define CRA_RUN_COMMAND_H

#include <stddef.h>

#include "buf.h"

/*
 * Run a program the way git runs gpg and ssh-keygen: an argument vector
 * and no shell in between, standard input fed from memory, standard
 * output and error captured, and a time limit so a program waiting for a
 * passphrase cannot hang the command.
 */

struct run_command {
	const char *const *argv;	/* argv[0] is looked up in PATH */
	const char *in;			/* standard input; NULL: none */
	size_t in_len;
	struct buf out;			/* standard output */
	struct buf err;			/* standard error */
	unsigned timeout_ms;		/* 0: 60 seconds */
	int status;			/* exit status; 128 + n for signal n */
};

void run_command_init(struct run_command *cmd, const char *const *argv);
/*
 * Returns 0 when the program ran (whatever its exit status), -1 when it
 * could not be started or ran past its time (then killed) with the error
 * set.
 */
int run_command(struct run_command *cmd);
void run_command_release(struct run_command *cmd);

#endif
