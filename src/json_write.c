#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "json_write.h"

/*
 * Re-indent cJSON's compact text. Strings are copied untouched (cJSON has
 * escaped them), so only the structure outside strings is rewritten.
 */
static void indent(struct buf *out, int depth)
{
	buf_putc(out, '\n');
	while (depth-- > 0)
		buf_puts(out, "  ");
}

/* Whether the container opening at s is empty: "{}" or "[]". */
static int is_empty(const char *s)
{
	return s[1] == (s[0] == '{' ? '}' : ']');
}

int json_write(FILE *out, const cJSON *root)
{
	char *compact = cJSON_PrintUnformatted(root);
	struct buf b = BUF_INIT;
	const char *p;
	int depth = 0, in_string = 0, ret = 0;

	if (!compact)
		return -1;
	for (p = compact; *p; p++) {
		char c = *p;

		if (in_string) {
			buf_putc(&b, c);
			if (c == '\\' && p[1]) {
				buf_putc(&b, *++p);
			} else if (c == '"') {
				in_string = 0;
			}
			continue;
		}
		switch (c) {
		case '"':
			in_string = 1;
			buf_putc(&b, c);
			break;
		case '{':
		case '[':
			if (is_empty(p)) {
				buf_putc(&b, c);
				buf_putc(&b, *++p);
				break;
			}
			buf_putc(&b, c);
			indent(&b, ++depth);
			break;
		case '}':
		case ']':
			indent(&b, --depth);
			buf_putc(&b, c);
			break;
		case ',':
			buf_putc(&b, c);
			indent(&b, depth);
			break;
		case ':':
			buf_puts(&b, ": ");
			break;
		default:
			buf_putc(&b, c);
		}
	}
	buf_putc(&b, '\n');
	if (fwrite(b.ptr, 1, b.len, out) != b.len)
		ret = -1;
	buf_release(&b);
	free(compact);
	return ret;
}
