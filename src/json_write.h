#ifndef CRA_JSON_WRITE_H
#define CRA_JSON_WRITE_H

#include <stdio.h>
#include <cJSON.h>

/*
 * Print a cJSON tree the way people read JSON: two spaces of indentation,
 * "key": value, short arrays of scalars on one line. cJSON's own printer
 * indents with tabs and aligns values with them. Output ends with a
 * newline. Returns 0, or -1 when writing failed.
 */
int json_write(FILE *out, const cJSON *root);

#endif
