/*
 * SPDX licence expressions against the shipped lists (data/spdx/, found
 * through $GIT_CRA_DATADIR, else "."), and the list loader on lists
 * written here.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "error.h"
#include "spdx_license.h"
#include "tap.h"

static struct spdx_license_list *lists;

static int check(struct spdx_license_result *r, const char *expr)
{
	return spdx_license_check(r, lists, expr, strlen(expr));
}

static void valid(const char *expr)
{
	struct spdx_license_result r;

	if (!ok(check(&r, expr) == 0 && !r.warnings, "'%s' is valid", expr))
		printf("#   %u: %s\n", r.error.column, r.error.message);
}

/* Invalid, with this code at this column. */
static void invalid(const char *expr, const char *code, unsigned column)
{
	struct spdx_license_result r;
	int ret = check(&r, expr);

	if (!ok(ret == -1 && r.error.code && !strcmp(r.error.code, code) &&
		r.error.column == column, "'%s' is invalid: %s at %u", expr,
		code, column))
		printf("#   got %d, %s at %u: %s\n", ret,
		       r.error.code ? r.error.code : "no error",
		       r.error.column, r.error.message);
}

/* Valid, with this warning first. */
static void warns(const char *expr, const char *code, unsigned column)
{
	struct spdx_license_result r;
	int ret = check(&r, expr);

	if (!ok(ret == 0 && r.warning.code && !strcmp(r.warning.code, code) &&
		r.warning.column == column, "'%s' warns: %s at %u", expr, code,
		column))
		printf("#   got %d, %s at %u: %s\n", ret,
		       r.warning.code ? r.warning.code : "no warning",
		       r.warning.column, r.warning.message);
}

static void test_lists(void)
{
	const struct spdx_id *e;

	ok(spdx_license_list_count(lists, 0) > 600, "hundreds of licences");
	ok(spdx_license_list_count(lists, 1) > 50, "dozens of exceptions");
	ok(strcmp(spdx_license_list_version(lists), "unknown") != 0,
	   "the list names its version (%s)",
	   spdx_license_list_version(lists));
	e = spdx_license_find(lists, "apache-2.0", 10);
	is_str(e ? e->id : NULL, "Apache-2.0", "ids are found in any case");
	e = spdx_license_find(lists, "GPL-2.0", 7);
	ok(e && e->deprecated && !e->exception, "GPL-2.0 is deprecated");
	e = spdx_exception_find(lists, "Classpath-exception-2.0", 23);
	ok(e && e->exception && !e->deprecated, "an exception");
	ok(!spdx_license_find(lists, "Classpath-exception-2.0", 23),
	   "which is no licence");
	ok(!spdx_license_find(lists, "MIT", 2), "the length counts");
}

static void test_valid(void)
{
	struct spdx_license_result r;

	valid("MIT");
	valid("GPL-2.0-only OR BSD-3-Clause");
	valid("LGPL-2.1-only AND MIT AND BSD-2-Clause");
	valid("GPL-2.0-or-later WITH Bison-exception-2.2");
	valid("Apache-2.0+");
	valid("LicenseRef-acme-1.0");
	valid("DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2");
	valid("MIT WITH AdditionRef-acme.x");
	valid("MIT WITH DocumentRef-d:AdditionRef-y");
	valid("(MIT)");
	valid("((MIT OR Apache-2.0))");
	valid("MIT AND (LGPL-2.1-or-later OR BSD-3-Clause)");
	valid("(MIT AND Apache-2.0)OR(BSD-2-Clause)");
	valid("MIT and Apache-2.0 or ISC");
	ok(check(&r, "MIT\tOR\r\nApache-2.0") == 0,
	   "tabs and line breaks separate terms too");
}

static void test_precedence(void)
{
	struct spdx_license_result r;

	/* WITH binds tighter than AND, AND tighter than OR. */
	valid("MIT OR Apache-2.0 WITH LLVM-exception");
	valid("MIT AND GPL-2.0-only WITH Classpath-exception-2.0 OR ISC");
	invalid("(MIT OR Apache-2.0) WITH LLVM-exception",
		"license-expression", 21);
	invalid("MIT WITH LLVM-exception WITH Classpath-exception-2.0",
		"license-expression", 25);
	ok(check(&r, "MIT AND (ISC OR 0BSD) OR Zlib") == 0 && r.licenses == 4,
	   "four licences are counted");
}

static void test_invalid(void)
{
	invalid("", "license-expression", 1);
	invalid("   ", "license-expression", 1);
	invalid("Apache-2", "license-id", 1);
	invalid("MIT OR Apache-2", "license-id", 8);
	invalid("MIT WITH GPL-2.0", "license-exception", 10);
	invalid("MIT WITH Unknown-exception", "license-exception", 10);
	invalid("Classpath-exception-2.0", "license-id", 1);
	invalid("MIT WITH LicenseRef-x", "license-exception", 10);
	invalid("AdditionRef-x", "license-id", 1);
	invalid("MIT OR", "license-expression", 7);
	invalid("OR MIT", "license-expression", 1);
	invalid("MIT Apache-2.0", "license-expression", 5);
	invalid("MIT AND AND ISC", "license-expression", 9);
	invalid("(MIT", "license-expression", 5);
	invalid("MIT)", "license-expression", 4);
	invalid("()", "license-expression", 2);
	invalid("MIT WITH", "license-expression", 9);
	invalid("MIT WITH (LLVM-exception)", "license-expression", 10);
	invalid("MIT And ISC", "license-expression", 5);
	invalid("MIT oR ISC", "license-expression", 5);
	invalid("MIT/Apache-2.0", "license-expression", 4);
	invalid("MIT, ISC", "license-expression", 4);
	invalid("LicenseRef-", "license-expression", 12);
	invalid("LicenseRef-a_b", "license-expression", 13);
	invalid("LicenseRef-x+", "license-expression", 13);
	invalid("licenseref-x", "license-id", 1);
	invalid("DocumentRef-x", "license-expression", 1);
	invalid("DocumentRef-x:MIT", "license-expression", 15);
	invalid("MIT WITH LLVM-exception+", "license-expression", 24);
	invalid("MIT++", "license-expression", 4);
	invalid("+", "license-expression", 1);
	invalid("J\xc3\xbcrgen OR ISC", "license-expression", 2);
	invalid("\xc3\xa9 OR x/y", "license-expression", 1);
}

static void test_warnings(void)
{
	struct spdx_license_result r;

	warns("GPL-2.0", "license-deprecated", 1);
	warns("MIT OR GPL-2.0+", "license-deprecated", 8);
	warns("mit", "license-case", 1);
	warns("MIT WITH llvm-exception", "license-case", 10);
	warns("MIT WITH Nokia-Qt-exception-1.1", "license-deprecated", 10);
	ok(check(&r, "gpl-2.0 OR LGPL-2.1") == 0 && r.warnings == 3,
	   "every warning is counted");
	ok(!strcmp(r.warning.code, "license-case"),
	   "the first one is kept");
}

static void test_without_lists(void)
{
	struct spdx_license_result r;
	const char *e = "Anything-1 OR Whatever WITH Something";

	ok(spdx_license_check(&r, NULL, e, strlen(e)) == 0,
	   "without lists any idstring passes");
	e = "Anything-1 OR";
	ok(spdx_license_check(&r, NULL, e, strlen(e)) == -1,
	   "but the grammar still holds");
	e = "MIT\0OR ISC";
	ok(spdx_license_check(&r, lists, e, 10) == -1,
	   "a NUL inside is no id character");
}

static void test_depth(void)
{
	char deep[400];
	struct spdx_license_result r;
	size_t i, n = 0;

	for (i = 0; i < 100; i++)
		deep[n++] = '(';
	memcpy(deep + n, "MIT", 3);
	n += 3;
	for (i = 0; i < 100; i++)
		deep[n++] = ')';
	ok(spdx_license_check(&r, lists, deep, n) == -1 &&
	   strstr(r.error.message, "nested"),
	   "a hundred parentheses are refused, not recursed into");
	ok(spdx_license_check(&r, lists, deep + 40, n - 80) == 0,
	   "twenty are fine");
}

static void test_loader(void)
{
	struct spdx_license_list *l;
	const char good[] = "# SPDX License List 9.9, test\n"
		"MIT\r\nGPL-2.0+ deprecated\n\n";
	const char ex[] = "LLVM-exception\n";
	struct spdx_license_result r;

	ok(spdx_license_list_parse(&l, good, strlen(good), ex,
				   strlen(ex)) == 0, "a small list loads");
	is_str(spdx_license_list_version(l), "9.9", "its version is read");
	ok(spdx_license_check(&r, l, "MIT WITH LLVM-exception", 23) == 0,
	   "and is used");
	ok(spdx_license_check(&r, l, "ISC", 3) == -1 &&
	   strstr(r.error.message, "9.9"), "an id off it names the list");
	spdx_license_list_free(l);
	ok(spdx_license_list_parse(&l, "MIT\nmit\n", 8, "", 0) == -1 &&
	   !l && strstr(error_last(), "twice"), "an id listed twice");
	ok(spdx_license_list_parse(&l, "MIT obsolete\n", 13, "", 0) == -1 &&
	   strstr(error_last(), "obsolete"), "an unknown flag");
	ok(spdx_license_list_parse(&l, "M/T\n", 4, "", 0) == -1 &&
	   strstr(error_last(), "licenses.txt:1"), "a line that is no id");
	ok(spdx_license_list_load(&l, "/nonexistent") == -1 &&
	   strstr(error_last(), "licenses.txt"), "a missing list");
	ok(spdx_license_list_parse(&l, "", 0, "", 0) == 0 &&
	   !strcmp(spdx_license_list_version(l), "unknown"),
	   "an empty list has no version");
	spdx_license_list_free(l);
	spdx_license_list_free(NULL);
}

int main(void)
{
	const char *datadir = getenv("GIT_CRA_DATADIR");

	if (!datadir || !*datadir)
		datadir = ".";
	if (spdx_license_list_load(&lists, datadir) < 0) {
		printf("Bail out! %s\n", error_last());
		return 1;
	}
	test_lists();
	test_valid();
	test_precedence();
	test_invalid();
	test_warnings();
	test_without_lists();
	test_depth();
	test_loader();
	spdx_license_list_free(lists);
	return done_testing();
}
