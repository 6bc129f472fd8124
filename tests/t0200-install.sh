#!/bin/sh
test_description='make install puts the binary, rules, policies and man page in place'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

src=$GIT_CRA_DATADIR

test_lazy_prereq MAKE 'command -v make && test -f "$GIT_CRA_DATADIR/Makefile"'

test_expect_success MAKE 'make install PREFIX DESTDIR installs the layout' '
	make -s -C "$src" O="$TMPDIR/build" PREFIX=/usr DESTDIR="$TMPDIR/root" \
		install >make.out 2>&1 &&
	root="$TMPDIR/root" &&
	test -x "$root/usr/bin/git-cra" &&
	test_path_is_file "$root/usr/share/man/man1/git-cra.1" &&
	test_path_is_file "$root/usr/share/git-cra/policies/default.yaml" &&
	test_path_is_file "$root/usr/share/git-cra/rules/article-13/support-period.lua" &&
	(cd "$src" && find rules -name "*.lua" ! -name "*_test.lua" | sort) >expect &&
	(cd "$root/usr/share/git-cra" && find rules -name "*.lua" | sort) >actual &&
	test_cmp expect actual
'

test_expect_success MAKE 'the installed binary runs the installed rules' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m init &&
	GIT_CRA_DATADIR="$TMPDIR/root/usr/share/git-cra" \
		"$TMPDIR/root/usr/bin/git-cra" check --now $NOW >actual &&
	test_grep "^5 pass, 0 fail" actual
'

test_expect_success MAKE 'the installed binary looks in PREFIX/share/git-cra' '
	strings "$TMPDIR/root/usr/bin/git-cra" | grep -x "/usr/share/git-cra"
'

test_done
