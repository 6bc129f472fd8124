#!/bin/sh
test_description='git cra check: usage, exit codes and output formats'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

test_expect_success 'git cra --version names the version' '
	git cra --version >actual &&
	test_grep "^git-cra version [0-9]" actual
'

test_expect_success 'git cra -h lists the commands' '
	git cra -h >actual &&
	test_grep "^usage: git cra" actual &&
	test_grep "check" actual
'

test_expect_success 'git cra with no command prints usage and exits 2' '
	test_expect_code 2 git cra 2>err &&
	test_grep "^usage: git cra" err
'

test_expect_success 'an unknown command is an error in git style' '
	test_expect_code 2 git cra frobnicate 2>err &&
	test_grep "^error: .frobnicate. is not a git cra command" err
'

test_expect_success 'check -h prints the usage and exits 0' '
	git cra check -h >actual &&
	test_grep "^usage: git cra check" actual &&
	test_grep -- "--staged" actual
'

test_expect_success 'an unknown option exits 2 with the usage' '
	test_expect_code 2 git cra check --frob 2>err &&
	test_grep "^error: unknown option .frob." err &&
	test_grep "^usage: git cra check" err
'

test_expect_success 'an unknown format exits 2' '
	test_expect_code 2 git cra check --format xml 2>err &&
	test_grep "unknown format .xml." err
'

test_expect_success 'a bad --now exits 2' '
	test_expect_code 2 git cra check --now yesterday 2>err &&
	test_grep "is not an RFC 3339 time" err
'

test_expect_success 'outside a repository check exits 2' '
	mkdir -p "$TMPDIR/norepo" &&
	(
		cd "$TMPDIR/norepo" &&
		GIT_CEILING_DIRECTORIES="$TMPDIR" &&
		export GIT_CEILING_DIRECTORIES &&
		test_expect_code 2 git cra check 2>err &&
		test_grep "not a git repository" err
	)
'

test_expect_success 'an empty repository fails: no product metadata' '
	test_expect_code 1 git cra check --now $NOW >actual &&
	test_grep "there is no .cra/product.yaml" actual
'

test_expect_success 'setup: a complete product' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m complete
'

test_expect_success 'a complete product passes: exit 0' '
	git cra check --now $NOW >actual &&
	test_grep "^5 pass, 0 fail, 0 unknown, 0 not-applicable, 0 waived, 0 error$" actual
'

test_expect_success 'a fresh build finds its rules without GIT_CRA_DATADIR' '
	(
		unset GIT_CRA_DATADIR &&
		git cra check --now $NOW >actual
	) &&
	test_grep "^5 pass, 0 fail" actual
'

test_expect_success 'a failing finding exits 1 and names file, line and column' '
	test_when_finished "git checkout .cra/product.yaml" &&
	sed "s/end: 2032-03-31/end: 2029-03-31/" .cra/product.yaml >tmp &&
	mv tmp .cra/product.yaml &&
	test_expect_code 1 git cra check --now $NOW >actual &&
	test_grep "^  .cra/product.yaml:17:8: support period is 2.1 years" actual &&
	test_grep "move support.end to 2032-03-01 or later" actual
'

test_expect_success 'the text output is grouped and not coloured off a terminal' '
	git cra check --now $NOW >actual &&
	test_grep "^Passing (5)$" actual &&
	! grep "$(printf "\033")" actual
'

test_expect_success '--color=always colours, NO_COLOR does not matter then' '
	NO_COLOR=1 git cra check --now $NOW --color=always >actual &&
	grep "$(printf "\033")\\[32m" actual
'

test_expect_success '--format json follows the findings schema' '
	git cra check --now $NOW --format json >out.json &&
	jq -r .schema out.json >actual &&
	echo git-cra/findings/1 >expect &&
	test_cmp expect actual &&
	jq -r ".evaluated_at, .policy, .summary.pass, .snapshot.kind" out.json >actual &&
	printf "%s\n" 2027-06-01T00:00:00Z base-rules 5 worktree >expect &&
	test_cmp expect actual &&
	jq -e ".findings | length == 5" out.json &&
	jq -e "[.findings[] | select(.rule == \"support-period\")][0] |
		.locus == \"Art.13(8)\" and .basis == \"declared\" and
		.location.path == \".cra/product.yaml\" and .location.line == 17" out.json
'

test_expect_success '--format json lists inputs with their blob ids' '
	git cra check --now $NOW --format json >out.json &&
	jq -r ".inputs[] | .path + \" \" + .blob" out.json >actual &&
	for f in .cra/product.yaml .well-known/security.txt SECURITY.md
	do
		echo "$f $(git hash-object "$f")" || return 1
	done | sort >expect &&
	test_cmp expect actual
'

test_expect_success '--format tap is read by prove' '
	git cra check --now $NOW --format tap >out.tap &&
	test_grep "^1\\.\\.5$" out.tap &&
	prove --exec "cat" out.tap >prove.out &&
	test_grep "^Result: PASS" prove.out
'

test_expect_success '--format tap fails prove when a finding fails' '
	test_when_finished "git checkout SECURITY.md" &&
	echo "# Security" >SECURITY.md &&
	test_expect_code 1 git cra check --now $NOW --format tap >out.tap &&
	test_grep "^not ok [0-9]* - cvd-policy: " out.tap &&
	test_must_fail prove --exec "cat" out.tap >prove.out &&
	test_grep "^Result: FAIL" prove.out
'

test_expect_success 'the same evaluation gives byte-identical output' '
	git cra check --now $NOW --format json >one &&
	git cra check --now $NOW --format json >two &&
	test_cmp one two
'

test_expect_success 'unknown product.yaml keys warn with their position' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "colour: blue\n" >>.cra/product.yaml &&
	git cra check --now $NOW >actual 2>err &&
	test_grep "^warning: .cra/product.yaml:19:1: unknown key .colour." err
'

test_done
