#!/bin/sh
test_description='the test library itself'

# The library is all that is tested here; git-cra need not be built yet.
test_no_binary=1
. "$(dirname "$0")/lib/test-lib.sh"

# write_sub NAME <<-\EOF: NAME.sh, a test script using the library, whose
# output the tests below examine. Its scratch area lands in our TMPDIR, so it
# disappears with ours even when it is kept.
write_sub () {
	{
		printf '#!/bin/sh\n'
		printf 'test_description=%s\n' "'sub-script $1'"
		printf 'test_no_binary=1\n'
		printf '. "$TEST_DIRECTORY/lib/test-lib.sh"\n'
		cat
	} >"$1.sh" &&
	chmod +x "$1.sh"
}

# kept_trash ERRFILE: the trash directory a failed sub-script says it kept.
kept_trash () {
	sed -n 's/^# trash directory kept: //p' "$1"
}

test_expect_success 'a passing test' '
	:
'

test_expect_success 'the environment does not depend on the user' '
	test "$(pwd)" = "$TRASH_DIRECTORY" &&
	test "$HOME" = "$TEST_ROOT/home" &&
	test "$GNUPGHOME" = "$HOME/.gnupg" &&
	test_path_is_dir "$GNUPGHOME" &&
	test "$TMPDIR" = "$TEST_ROOT/tmp" &&
	test "$LC_ALL" = C &&
	test "$TZ" = UTC &&
	test -z "${GIT_DIR-}${GIT_WORK_TREE-}${GIT_INDEX_FILE-}${NO_COLOR-}" &&
	test "$(git symbolic-ref HEAD)" = refs/heads/main &&
	test "$(git rev-parse --show-toplevel)" = "$TRASH_DIRECTORY" &&
	echo "Ada Author <ada@example.com> 1700000000 +0000" >expect &&
	git var GIT_AUTHOR_IDENT >actual &&
	test_cmp expect actual &&
	echo "Cy Committer <cy@example.com> 1700000000 +0000" >expect &&
	git var GIT_COMMITTER_IDENT >actual &&
	test_cmp expect actual
'

test_expect_success 'the caller'"'"'s git variables do not leak in' '
	write_sub leak <<-\EOF &&
	test_expect_success "git works in the trash" "
		test -z \"\${GIT_DIR-}\${GIT_INDEX_FILE-}\${NO_COLOR-}\" &&
		git status &&
		test \"\$SHARED_CORPUS\" = /corpus/elsewhere &&
		echo said by a test
	"
	test_done
	EOF
	env GIT_DIR=/nowhere GIT_INDEX_FILE=/nowhere/index NO_COLOR=1 \
		GIT_CRA_CORPUS=/corpus/elsewhere GIT_CRA_TEST_OPTS=-v \
		./leak.sh >out 2>err &&
	test_grep "^ok 1 - git works in the trash$" out &&
	test_grep "^said by a test$" err
'

test_expect_success 'commands under test do not write to a terminal' '
	! test -t 1 &&
	! test -t 2 &&
	! test -t 0
'

test_expect_success 'the scratch directory has a space and git-cra comes first' '
	case "$TRASH_DIRECTORY" in
	"$TEST_ROOT"/*" "*) ;;
	*) false ;;
	esac &&
	test "$TEST_TOP" = "$(cd "$TEST_DIRECTORY/.." && pwd)" &&
	case "$PATH" in
	"$GIT_CRA_BUILD":*) ;;
	*) false ;;
	esac
'

test_expect_success 'setup sets a variable' '
	carried_over=yes
'

test_expect_success 'later tests see it: bodies run in the same shell' '
	test "$carried_over" = yes
'

test_expect_success 'a test that leaves the trash directory' '
	mkdir -p elsewhere &&
	cd elsewhere
'

test_expect_success 'the next test starts in the trash directory again' '
	test "$(pwd)" = "$TRASH_DIRECTORY"
'

test_expect_success 'test_tick moves the dates one minute on' '
	before=$test_tick_time &&
	test_tick &&
	test $test_tick_time -eq $((before + 60)) &&
	test "$GIT_COMMITTER_DATE" = "$test_tick_time +0000" &&
	test "$GIT_AUTHOR_DATE" = "$test_tick_time +0000"
'

test_expect_success 'test_commit commits a file and tags on request' '
	test_commit first &&
	test_commit second sub/file.txt "some contents" v1 &&
	echo second >expect &&
	git log -1 --format=%s >actual &&
	test_cmp expect actual &&
	echo "some contents" >expect &&
	git show v1:sub/file.txt >actual &&
	test_cmp expect actual &&
	git show HEAD~1:first.t >actual &&
	echo first >expect &&
	test_cmp expect actual &&
	test "$(git cat-file -t v1)" = commit &&
	git log -1 --format="%at %ct" >actual &&
	echo "$test_tick_time $test_tick_time" >expect &&
	test_cmp expect actual
'

test_expect_success 'test_commit -C works in another repository' '
	git init -q -b main other &&
	test_commit -C other elsewhere &&
	git -C other log --format=%s >actual &&
	echo elsewhere >expect &&
	test_cmp expect actual &&
	test_path_is_missing elsewhere.t
'

test_expect_success 'test_tag_annotated makes a dated annotated tag' '
	test_tag_annotated v2 &&
	test_tag_annotated v0 HEAD~1 &&
	test "$(git cat-file -t v2)" = tag &&
	test "$(git rev-parse v0^{commit})" = "$(git rev-parse HEAD~1)" &&
	git for-each-ref --format="%(taggerdate:raw) %(contents:subject)" \
		refs/tags/v2 >actual &&
	echo "$((test_tick_time - 60)) +0000 v2" >expect &&
	test_cmp expect actual
'

test_expect_success 'test_config lasts one test' '
	test_config cra.example yes &&
	test "$(git config cra.example)" = yes
'

test_expect_success 'test_config was undone' '
	test_must_fail git config cra.example
'

test_expect_success 'assertions that hold pass' '
	test_seq 3 >three &&
	printf "1\n2\n3\n" >expect &&
	test_cmp expect three &&
	test_seq 2 4 >actual &&
	printf "2\n3\n4\n" >expect &&
	test_cmp expect actual &&
	test_line_count = 3 three &&
	test_line_count -gt 2 three &&
	test_grep "^2$" three &&
	test_grep -e 3 three &&
	test_grep -v 7 three &&
	test_grep ! 7 three &&
	: >empty &&
	test_must_be_empty empty &&
	test_path_is_file three &&
	test_path_is_dir .git &&
	test_path_is_missing nothing-here &&
	test_expect_code 3 sh -c "exit 3" &&
	test_expect_code 0 true &&
	test_must_fail false
'

test_expect_success 'assertions that do not hold fail and say why' '
	test_seq 3 >three &&
	echo one >a &&
	echo two >b &&
	! test_cmp a b >out 2>&1 &&
	test_grep "^-one" out &&
	test_grep "^+two" out &&
	! test_cmp a missing 2>out &&
	test_grep "does not exist" out &&
	! test_line_count = 2 three 2>out &&
	test_grep "has 3 line(s), wanted = 2" out &&
	! test_grep 7 three 2>out &&
	test_grep "no line matches" out &&
	! test_grep -v 2 three 2>out &&
	test_grep "unexpected match" out &&
	! test_must_be_empty three 2>out &&
	test_grep "is not empty" out &&
	! test_must_be_empty missing 2>out &&
	! test_path_is_file .git 2>out &&
	! test_path_is_dir three 2>out &&
	! test_path_is_missing three 2>out &&
	test_grep "exists" out
'

test_expect_success 'test_expect_code reports what it got' '
	! test_expect_code 1 sh -c "exit 3" 2>err &&
	test_grep "wanted exit status 1, the command exited with 3" err &&
	! test_expect_code 1 true 2>err &&
	test_grep "wanted exit status 1, the command succeeded" err
'

test_expect_success 'test_must_fail accepts a clean failure only' '
	test_must_fail sh -c "exit 1" &&
	test_must_fail sh -c "exit 125" &&
	! test_must_fail true 2>err &&
	test_grep "succeeded" err &&
	! test_must_fail no-such-command-here 2>err &&
	test_grep "was not found" err
'

test_expect_success 'test_must_fail does not take a crash for a failure' '
	! test_must_fail sh -c "kill -SEGV \$\$" 2>err &&
	test_grep "died of signal 11" err &&
	! test_must_fail sh -c "kill -ABRT \$\$" 2>err &&
	test_grep "died of signal 6" err
'

test_expect_success 'a crash under test_must_fail fails the test script' '
	write_sub crash <<-\EOF &&
	test_expect_success "crash" "test_must_fail sh -c \"kill -SEGV \\\$\\\$\""
	test_done
	EOF
	test_expect_code 1 ./crash.sh >out 2>err &&
	test_grep "^not ok 1 - crash$" out &&
	test_grep "died of signal 11" err
'

test_expect_success 'test_timeout stops a hang and never counts as a failure' '
	test_expect_code 3 test_timeout 5 sh -c "exit 3" &&
	test_expect_code 142 test_timeout 1 sleep 30 2>err &&
	test_grep "still running after 1s" err &&
	! test_must_fail test_timeout 1 sleep 30 2>err &&
	test_grep "died of signal 14" err
'

test_expect_success 'write_script makes an executable script' '
	write_script hello.sh <<-\EOF &&
	echo "hello $1"
	EOF
	test -x hello.sh &&
	head -n 1 hello.sh >actual &&
	echo "#!/bin/sh" >expect &&
	test_cmp expect actual &&
	./hello.sh you >actual &&
	echo "hello you" >expect &&
	test_cmp expect actual
'

test_expect_success 'a passing script prints the plan and removes its trash' '
	write_sub pass <<-\EOF &&
	test_expect_success "passes" "echo \"\$TEST_ROOT\" >\"\$RECORD\""
	test_expect_success "title with a # sign" "true"
	test_done
	EOF
	RECORD=$PWD/root ./pass.sh >out 2>err &&
	cat >expect <<-\EOF &&
	ok 1 - passes
	ok 2 - title with a \# sign
	# passed all 2 test(s)
	1..2
	EOF
	test_cmp expect out &&
	test_must_be_empty err &&
	test_path_is_missing "$(cat root)"
'

test_expect_success 'a failing test fails the script, shows its output and keeps the trash' '
	write_sub fail <<-\EOF &&
	test_expect_success "passes" "true"
	test_expect_success "fails" "echo output of the failure && false"
	test_expect_success "runs after the failure" "true"
	test_done
	EOF
	test_expect_code 1 ./fail.sh >out 2>err &&
	cat >expect <<-\EOF &&
	ok 1 - passes
	not ok 2 - fails
	ok 3 - runs after the failure
	# failed 1 among 3 test(s)
	1..3
	EOF
	test_cmp expect out &&
	test_grep "^# output of the failure$" err &&
	test_grep "^# echo output of the failure && false$" err &&
	test_path_is_dir "$(kept_trash err)"
'

test_expect_success '-i stops at the first failure' '
	test_expect_code 1 ./fail.sh -i >out 2>err &&
	cat >expect <<-\EOF &&
	ok 1 - passes
	not ok 2 - fails
	# failed 1 among 2 test(s)
	1..2
	EOF
	test_cmp expect out
'

test_expect_success 'known breakages are TODO and do not fail the script' '
	write_sub broken <<-\EOF &&
	test_expect_failure "still broken" "false"
	test_expect_failure "fixed meanwhile" "true"
	test_done
	EOF
	./broken.sh >out 2>err &&
	cat >expect <<-\EOF &&
	not ok 1 - still broken # TODO known breakage
	ok 2 - fixed meanwhile # TODO known breakage vanished
	# passed all 2 test(s)
	# still have 1 known breakage(s)
	# 1 known breakage(s) vanished; turn them into test_expect_success
	1..2
	EOF
	test_cmp expect out
'

test_expect_success 'prerequisites skip tests, lazily' '
	write_sub prereq <<-\EOF &&
	test_lazy_prereq COUNTED "echo checked >>\"\$RECORD\""
	test_lazy_prereq NEVER "false"
	test_set_prereq HAVE
	test_expect_success HAVE "has HAVE" "true"
	test_expect_success FOO "needs FOO" "false"
	test_expect_success !FOO "needs no FOO" "true"
	test_expect_success HAVE,NEVER "needs HAVE and NEVER" "false"
	test_expect_success COUNTED "lazy once" "true"
	test_expect_success COUNTED "lazy twice" "test_have_prereq COUNTED"
	test_expect_success "set in a test" "test_set_prereq LATER"
	test_expect_success LATER "needs LATER" "true"
	test_done
	EOF
	RECORD=$PWD/counted ./prereq.sh >out 2>err &&
	cat >expect <<-\EOF &&
	ok 1 - has HAVE
	ok 2 # skip needs FOO (missing FOO)
	ok 3 - needs no FOO
	ok 4 # skip needs HAVE and NEVER (missing NEVER)
	ok 5 - lazy once
	ok 6 - lazy twice
	ok 7 - set in a test
	ok 8 - needs LATER
	# passed all 8 test(s)
	# skipped 2 test(s)
	1..8
	EOF
	test_cmp expect out &&
	echo checked >expect &&
	test_cmp expect counted
'

test_expect_success 'the built-in prerequisites are known' '
	for p in GPG SSH_KEYGEN JQ CORPUS CHROMIUM
	do
		eval "test -n \"\${tl_lazy_$p-}\"" || return 1
	done &&
	if test -d "$SHARED_CORPUS"
	then
		test_have_prereq CORPUS
	else
		! test_have_prereq CORPUS
	fi
'

test_expect_success 'skip_all skips the whole script' '
	write_sub skipall <<-\EOF &&
	skip_all="nothing to test here"
	test_done
	EOF
	./skipall.sh >out 2>err &&
	echo "1..0 # SKIP nothing to test here" >expect &&
	test_cmp expect out
'

test_expect_success '--run selects tests' '
	write_sub select <<-\EOF &&
	test_expect_success "one" "true"
	test_expect_success "two" "true"
	test_expect_success "three" "true"
	test_expect_success "four" "true"
	test_done
	EOF
	./select.sh --run=1,3- >out 2>err &&
	cat >expect <<-\EOF &&
	ok 1 - one
	ok 2 # skip two (--run)
	ok 3 - three
	ok 4 - four
	# passed all 4 test(s)
	# skipped 1 test(s)
	1..4
	EOF
	test_cmp expect out &&
	./select.sh --run 2-3 >out 2>err &&
	test_grep "^ok 1 # skip one (--run)$" out &&
	test_grep "^ok 2 - two$" out &&
	test_grep "^ok 4 # skip four (--run)$" out &&
	test_expect_code 1 ./select.sh --run=1-2-3 >out &&
	test_grep "^Bail out! --run" out &&
	test_expect_code 1 ./select.sh --no-such-option >out &&
	test_grep "^Bail out! unknown option" out
'

test_expect_success 'test_when_finished cleans up after the test, pass or fail' '
	write_sub finish <<-\EOF &&
	test_expect_success "registers cleanups" "
		test_when_finished \"echo first >>\\\"\$RECORD\\\"\" &&
		test_when_finished \"echo second >>\\\"\$RECORD\\\"\" &&
		mkdir -p sub && cd sub &&
		test_when_finished \"pwd >>\\\"\$RECORD\\\"\" &&
		(test_when_finished \"echo from a subshell >>\\\"\$RECORD\\\"\")
	"
	test_expect_success "the cleanups ran" "
		test_path_is_missing never-created
	"
	test_expect_success "cleans up after a failure too" "
		test_when_finished \"echo after failure >>\\\"\$RECORD\\\"\" &&
		false
	"
	test_expect_success "a failing cleanup fails the test" "
		test_when_finished false
	"
	test_done
	EOF
	test_expect_code 1 env RECORD="$PWD/record" ./finish.sh >out 2>err &&
	test_grep "^ok 1 - registers cleanups$" out &&
	test_grep "^not ok 3 - cleans up after a failure too$" out &&
	test_grep "^not ok 4 - a failing cleanup fails the test$" out &&
	test_grep "cleanup failed" err &&
	sed "s,.*/trash directory\.finish/,TRASH/," record >actual &&
	cat >expect <<-\EOF &&
	from a subshell
	TRASH/sub
	second
	first
	after failure
	EOF
	test_cmp expect actual
'

test_expect_success 'test_when_finished outside a test is a bug' '
	write_sub outside <<-\EOF &&
	test_when_finished true
	test_done
	EOF
	test_expect_code 1 ./outside.sh >out 2>err &&
	test_grep "^Bail out! bug in the test script: test_when_finished outside" out
'

test_expect_success 'output is hidden unless -v; -x traces the body' '
	write_sub verbose <<-\EOF &&
	test_expect_success "talks" "echo visible output"
	test_done
	EOF
	./verbose.sh >out 2>err &&
	! test_grep "visible output" out &&
	! test_grep "visible output" err &&
	./verbose.sh -v >out 2>err &&
	! test_grep "visible output" out &&
	test_grep "^visible output$" err &&
	write_sub trace <<-\EOF &&
	test_expect_success "traced" "true && false"
	test_done
	EOF
	test_expect_code 1 ./trace.sh -x >out 2>err &&
	test_grep "^# + false$" err
'

test_expect_success '-d keeps the trash of a passing script' '
	./verbose.sh -d >out 2>err &&
	test_path_is_dir "$(kept_trash err)"
'

test_expect_success 'an exit in a test body is reported, not taken for the end' '
	write_sub exits <<-\EOF &&
	test_expect_success "exits" "exit 0"
	test_expect_success "never runs" "true"
	test_done
	EOF
	test_expect_code 1 ./exits.sh >out 2>err &&
	test_grep "^Bail out! test 1 (exits) ended the script" out &&
	! test_grep "never runs" out &&
	write_sub nodone <<-\EOF &&
	test_expect_success "passes" "true"
	EOF
	test_expect_code 1 ./nodone.sh >out 2>err &&
	test_grep "^Bail out! the script ended without test_done" out
'

test_expect_success 'a syntax error in a body fails that test only' '
	write_sub syntax <<-\EOF &&
	test_expect_success "broken body" "if true"
	test_expect_success "next one" "true"
	test_done
	EOF
	test_expect_code 1 ./syntax.sh >out 2>err &&
	test_grep "^not ok 1 - broken body$" out &&
	test_grep "^ok 2 - next one$" out &&
	test_grep "syntax error in the test body" err
'

test_expect_success 'the library works under set -u' '
	write_sub strict <<-\EOF &&
	set -u
	test_expect_success "helpers" "
		test_commit one &&
		test_tag_annotated t1 &&
		test_when_finished true &&
		test_seq 2 >two &&
		test_line_count = 2 two &&
		test_grep 1 two &&
		test_grep -v 3 two &&
		test_must_fail false &&
		test_expect_code 0 true &&
		test_timeout 5 true
	"
	test_expect_success NOPE "skipped" "false"
	test_expect_failure "broken" "false"
	test_done
	EOF
	./strict.sh >out 2>err &&
	test_grep "^ok 1 - helpers$" out &&
	test_grep "^1..3$" out
'

test_expect_success 'a missing git-cra stops the script up front' '
	cat >needs-binary.sh <<-\EOF &&
	#!/bin/sh
	. "$TEST_DIRECTORY/lib/test-lib.sh"
	test_expect_success "never runs" "true"
	test_done
	EOF
	chmod +x needs-binary.sh &&
	test_expect_code 1 env GIT_CRA_BUILD="$PWD/no-build" \
		./needs-binary.sh >out 2>err &&
	test_grep "^Bail out! .*/no-build/git-cra is missing" out &&
	! test_grep "never runs" out
'

test_expect_success '"git cra" runs the git-cra of GIT_CRA_BUILD' '
	mkdir -p fake-build &&
	write_script fake-build/git-cra <<-\EOF &&
	echo "fake git-cra: $*"
	EOF
	cat >uses-binary.sh <<-\EOF &&
	#!/bin/sh
	. "$TEST_DIRECTORY/lib/test-lib.sh"
	test_expect_success "git cra" "
		git cra check >actual &&
		echo \"fake git-cra: check\" >expect &&
		test_cmp expect actual &&
		test_timeout 5 git-cra x >actual &&
		echo \"fake git-cra: x\" >expect &&
		test_cmp expect actual
	"
	test_done
	EOF
	chmod +x uses-binary.sh &&
	env GIT_CRA_BUILD="$PWD/fake-build" ./uses-binary.sh >out 2>err &&
	test_grep "^ok 1 - git cra$" out
'

test_expect_success 'test_expect_success inside a body is a bug' '
	write_sub nested <<-\EOF &&
	test_expect_success "outer" "test_expect_success inner true"
	test_done
	EOF
	test_expect_code 1 ./nested.sh >out 2>err &&
	test_grep "^Bail out! bug in the test script: test_expect_success called inside" out
'

test_done
