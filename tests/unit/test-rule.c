#include <string.h>

#include "rule.h"
#include "tap.h"

static int same(const char *a, const char *b)
{
	return a && b ? !strcmp(a, b) : a == b;
}

/* A copy in one block reads as the original, and is freed as one. */
int main(void)
{
	struct rule_meta src, dst;

	memset(&src, 0, sizeof(src));
	src.id = "support-period";
	src.title = "Support period";
	src.locus = "Art.13(8)";
	src.severity = SEVERITY_WARNING;
	src.rationale = "five years";
	src.remediation = "";
	src.limits = "what it cannot show";
	rule_meta_copy(&dst, &src);
	ok(dst.block != NULL, "the copy is one block");
	ok(same(dst.id, src.id) && same(dst.title, src.title) &&
	   same(dst.locus, src.locus) && same(dst.rationale, src.rationale) &&
	   same(dst.remediation, src.remediation) &&
	   same(dst.limits, src.limits), "every string is copied");
	ok(dst.help == NULL && dst.establishes == NULL,
	   "absent strings stay absent");
	ok(dst.severity == SEVERITY_WARNING, "the severity is copied");
	ok(dst.id != src.id && dst.id >= dst.block, "the strings are its own");
	rule_meta_release(&dst);
	ok(dst.block == NULL && dst.id == NULL, "released, it is empty");
	return done_testing();
}
