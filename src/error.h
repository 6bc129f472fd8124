#ifndef CRA_ERROR_H
#define CRA_ERROR_H

/*
 * One error message per thread of control, set by the module that failed
 * and read by the command that decides what the user sees. Modules never
 * print: they call error_set() and return -1, as libgit2 does with
 * git_error_set().
 */

/* Format the message and return -1, so callers can `return error_set(...)`. */
int error_set(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Prefix the current message with more context: "ctx: old message". */
int error_prefix(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* Take the last libgit2 error (which may be NULL in libgit2 1.5). */
int error_from_git(const char *what);

/* The last message; never NULL. */
const char *error_last(void);

void error_clear(void);

#endif
