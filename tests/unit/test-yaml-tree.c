#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "tap.h"
#include "yaml_tree.h"

static int parse(struct ydoc *doc, const char *text)
{
	return ydoc_parse(doc, "t.yaml", text, strlen(text));
}

static void test_positions(void)
{
	struct ydoc doc;
	const struct ynode *n;

	ok(!parse(&doc, "a: 1\nb:\n  c: \"two\"\n  d: [x, y]\n"),
	   "a mapping parses");
	n = ynode_path(doc.root, "b.c");
	is_str(ynode_str(n), "two", "a nested value by path");
	is_int(n->line, 3, "its line");
	is_int(n->column, 6, "its column");
	ok(!n->plain, "a quoted scalar is not plain");
	n = ynode_path(doc.root, "b.d");
	is_int(n->type, YNODE_SEQUENCE, "a flow sequence");
	is_int(n->count, 2, "with two items");
	is_str(ynode_str(n->items[1]), "y", "the second item");
	is_int(ynode_get_key(doc.root, "b")->line, 2, "a key's own line");
	ok(!ynode_get(doc.root, "zz"), "a missing key is NULL");
	ok(!ynode_get(n, "x"), "a sequence has no keys");
	ydoc_release(&doc);
}

static void test_scalars(void)
{
	struct ydoc doc;
	int b = -1;

	ok(!parse(&doc, "t: true\nf: False\nn: ~\ne:\ns: 'true'\n"),
	   "scalars parse");
	ok(!ynode_bool(ynode_get(doc.root, "t"), &b) && b == 1, "true");
	ok(!ynode_bool(ynode_get(doc.root, "f"), &b) && b == 0, "False");
	ok(ynode_is_null(ynode_get(doc.root, "n")), "~ is null");
	ok(ynode_is_null(ynode_get(doc.root, "e")), "an empty value is null");
	ok(ynode_bool(ynode_get(doc.root, "s"), &b) < 0,
	   "a quoted 'true' is a string");
	ydoc_release(&doc);
}

static void test_errors(void)
{
	struct ydoc doc;
	char deep[600];
	size_t i;

	ok(parse(&doc, "a: [1, 2\n") < 0, "an unclosed flow sequence fails");
	ok(strstr(error_last(), "t.yaml:2:1: ") != NULL,
	   "with its position: %s", error_last());
	ok(parse(&doc, "a: *x\n") < 0, "an unknown alias fails");
	ok(strstr(error_last(), "t.yaml:1:4: unknown anchor 'x'") != NULL,
	   "and names the anchor");
	ok(parse(&doc, "a: 1\n---\nb: 2\n") < 0, "two documents fail");
	ok(parse(&doc, "? [a]\n: 1\n") < 0, "a non-scalar key fails");
	for (i = 0; i < 300; i++)
		deep[i] = '[';
	for (; i < 599; i++)
		deep[i] = ']';
	deep[599] = '\0';
	ok(parse(&doc, deep) < 0, "deep nesting fails");
	ok(strstr(error_last(), "nesting deeper than") != NULL,
	   "and says why");
	ok(parse(&doc, "a: \"\xff\"\n") < 0, "invalid UTF-8 fails");
}

static void test_aliases(void)
{
	struct ydoc doc;
	const struct ynode *a, *b;
	char text[4096];
	size_t len = 0;
	char prev = 'a';
	char c;

	ok(!parse(&doc, "a: &x {k: v}\nb: *x\n"), "an alias parses");
	a = ynode_get(doc.root, "a");
	b = ynode_get(doc.root, "b");
	ok(a == b, "an alias is the anchored node, not a copy");
	ydoc_release(&doc);

	/* Ten to the twentieth leaves, if it were copied. */
	len += (size_t)snprintf(text + len, sizeof(text) - len,
				"a: &a [x, x, x, x, x, x, x, x, x, x]\n");
	for (c = 'b'; c <= 'u'; c++) {
		len += (size_t)snprintf(text + len, sizeof(text) - len,
					"%c: &%c [*%c, *%c, *%c, *%c, *%c, *%c, "
					"*%c, *%c, *%c, *%c]\n", c, c, prev,
					prev, prev, prev, prev, prev, prev,
					prev, prev, prev);
		prev = c;
	}
	ok(!parse(&doc, text), "a billion laughs parses");
	ok(doc.nnodes < 1000, "into %zu nodes", doc.nnodes);
	ydoc_release(&doc);
}

int main(void)
{
	test_positions();
	test_scalars();
	test_errors();
	test_aliases();
	return done_testing();
}
