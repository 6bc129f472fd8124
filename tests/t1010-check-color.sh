#!/bin/sh
test_description='check colours on a terminal, unless NO_COLOR says not to'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

# script(1) gives the command a terminal; util-linux has it.
test_lazy_prereq SCRIPT 'script -qc true /dev/null'

esc=$(printf "\033")

test_expect_success 'setup' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m init
'

test_expect_success SCRIPT 'on a terminal the text is coloured' '
	TERM=xterm script -qec "git cra check --now $NOW" /dev/null >out &&
	grep "${esc}\\[32mPassing" out
'

test_expect_success SCRIPT 'NO_COLOR turns colour off on a terminal' '
	NO_COLOR=1 TERM=xterm script -qec "git cra check --now $NOW" /dev/null >out &&
	test_grep "^Passing" out &&
	! grep "$esc" out
'

test_expect_success SCRIPT 'an empty NO_COLOR does not' '
	NO_COLOR= TERM=xterm script -qec "git cra check --now $NOW" /dev/null >out &&
	grep "${esc}\\[32mPassing" out
'

test_expect_success SCRIPT '--color=never wins over a terminal' '
	TERM=xterm script -qec "git cra check --now $NOW --color=never" /dev/null >out &&
	! grep "$esc" out
'

test_expect_success 'json is never coloured' '
	git cra check --now $NOW --format json --color=always >out.json &&
	! grep "$esc" out.json &&
	jq -e .schema out.json
'

test_expect_success 'a bad --color value exits 2' '
	test_expect_code 2 git cra check --color=sometimes 2>err &&
	test_grep "expected auto, always or never" err
'

test_done
