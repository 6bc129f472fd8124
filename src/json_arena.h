#ifndef CRA_JSON_ARENA_H
#define CRA_JSON_ARENA_H

#include <stddef.h>
#include <cJSON.h>

/*
 * cJSON trees allocated from one arena and freed all at once. An audit
 * parses every attestation of the history, thousands of nodes each, and
 * freeing them node by node cost as much as parsing them: a tree parsed
 * here is never given to cJSON_Delete(); its arena is released instead.
 * Read such a tree, never change it: cJSON would free what it replaces.
 */

struct json_arena {
	struct json_arena_chunk *chunks;
};

#define JSON_ARENA_INIT { NULL }

/* Parse text[len] into the arena; NULL when it is not JSON. */
cJSON *json_arena_parse(struct json_arena *a, const char *text, size_t len);

/*
 * Between begin and end, every cJSON tree made (cJSON_Create*, Add*)
 * comes from the arena: for a tree built to be compared and thrown
 * away, as an audit does with each replay's findings. Call nothing that
 * frees or prints in between.
 */
void json_arena_begin(struct json_arena *a);
void json_arena_end(void);

/* Free every tree parsed into the arena; it may be used again. */
void json_arena_release(struct json_arena *a);

#endif
