#!/bin/sh
test_description='the man page synopsis matches -h word for word'
. "$(dirname "$0")/lib/test-lib.sh"

man_page="$GIT_CRA_DATADIR/docs/git-cra.1"

test_expect_success 'the synopsis of the man page is the usage of -h' '
	sed -n "/^\\.SH SYNOPSIS/,/^\\.fi/p" "$man_page" |
		sed -e "/^\\./d" -e "s/\\\\-/-/g" >expect &&
	{
		git cra -h | sed -n "s/^usage: //p" &&
		for cmd in $(git cra -h | sed -n "s/^    \([a-z]*\) .*/\1/p")
		do
			git cra $cmd -h | sed -n -e "s/^usage: //p" -e "s/^   or: //p" ||
			return 1
		done
	} >actual &&
	test_cmp expect actual
'

test_expect_success 'every command of -h has a section in the man page' '
	git cra -h | sed -n "s/^    \\([a-z]*\\) .*/\\1/p" >commands &&
	test -s commands &&
	while read cmd
	do
		grep "^\\.SS git cra $cmd\$" "$man_page" || return 1
	done <commands
'

# git itself turns "git cra --help" into "man git-cra"; git-cra --help
# does the same, from the source tree's page when GIT_CRA_DATADIR is set.
test_lazy_prereq MAN 'command -v man'

test_expect_success MAN 'git-cra --help opens the manual' '
	MANPAGER=cat PAGER=cat MANWIDTH=80 git-cra --help >actual 2>&1 &&
	test_grep "^NAME" actual &&
	test_grep "git-cra  *- check the EU Cyber" actual
'

test_done
