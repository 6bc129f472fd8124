# Shell test library for git-cra. Sourced by every tests/tNNNN-*.sh script:
#
#	test_description='what this script covers'
#	. "$(dirname "$0")/lib/test-lib.sh"
#	test_expect_success 'title' '...'
#	test_done
#
# Each script gets its own scratch repository and prints TAP, so that `prove`
# runs the whole suite. See tests/README.md for the verbs and the options.
#
# Plain POSIX sh: Debian runs this under dash. The library must keep working
# when a script turns on `set -u`, hence ${var-} wherever a variable may be
# unset. Every internal name starts with tl_ so that test bodies, which run
# in this very shell, cannot clobber the library's state by accident.

# ---------------------------------------------------------------------------
# Options, read from GIT_CRA_TEST_OPTS (for a whole `make check`) then from
# the command line of the script.

tl_verbose=
tl_debug=
tl_immediate=
tl_trace=
tl_run_list=
tl_want_run=
for tl_arg in ${GIT_CRA_TEST_OPTS-} "$@"
do
	if test -n "$tl_want_run"
	then
		tl_run_list=$tl_arg
		tl_want_run=
		continue
	fi
	case $tl_arg in
	-v|--verbose)	tl_verbose=t ;;
	-d|--debug)	tl_debug=t ;;
	-i|--immediate)	tl_immediate=t ;;
	-x|--trace)	tl_trace=t ;;
	-r|--run)	tl_want_run=t ;;
	--run=*)	tl_run_list=${tl_arg#--run=} ;;
	*)
		printf 'Bail out! unknown option %s (known: -v -d -i -x --run=N,M-P)\n' \
			"$tl_arg"
		exit 1
		;;
	esac
done
if test -n "$tl_want_run"
then
	printf 'Bail out! --run needs a list of tests, such as --run=1-3,7\n'
	exit 1
fi
# Commas and spaces both separate ranges; check the syntax now rather than
# skipping every test because of a typo.
tl_run_list=$(printf '%s\n' "$tl_run_list" | tr ',' ' ')
for tl_arg in $tl_run_list
do
	case $tl_arg in
	-|*[!0-9-]*|*-*-*)
		printf 'Bail out! --run: cannot read the range "%s"\n' "$tl_arg"
		exit 1
		;;
	esac
done

# ---------------------------------------------------------------------------
# Where things are. Tests cd into their scratch directory, so every path kept
# here is made absolute first.

tl_absolute () {
	case $1 in
	/*) printf '%s\n' "$1" ;;
	*) printf '%s/%s\n' "$(pwd)" "$1" ;;
	esac
}

# A script run by another test script (t0000 does this) sits in a scratch
# directory, not in tests/: it finds the library through the exported
# TEST_DIRECTORY instead of its own location.
if test -z "${TEST_DIRECTORY-}" || ! test -f "$TEST_DIRECTORY/lib/test-lib.sh"
then
	TEST_DIRECTORY=$(cd "$(dirname "$0")" && pwd) || exit 1
fi
TEST_TOP=$(cd "$TEST_DIRECTORY/.." && pwd) || exit 1
tl_name=$(basename "$0" .sh)

GIT_CRA_BUILD=$(tl_absolute "${GIT_CRA_BUILD:-$TEST_TOP/build}")
GIT_CRA_DATADIR=$(tl_absolute "${GIT_CRA_DATADIR:-$TEST_TOP}")
if test -n "${GIT_CRA_CORPUS-}"
then
	SHARED_CORPUS=$(tl_absolute "$GIT_CRA_CORPUS")
else
	SHARED_CORPUS=$(dirname "$TEST_TOP")/shared/corpus
fi
export TEST_DIRECTORY TEST_TOP GIT_CRA_BUILD GIT_CRA_DATADIR SHARED_CORPUS

# A missing binary would otherwise turn into one "command not found" per test
# and, worse, into passing test_must_fail lines; stop the script instead.
# t0000 tests the library alone and sets test_no_binary=1.
if test -z "${test_no_binary-}" && ! test -x "$GIT_CRA_BUILD/git-cra"
then
	printf 'Bail out! %s/git-cra is missing: run make first\n' "$GIT_CRA_BUILD"
	exit 1
fi
if ! command -v git >/dev/null 2>&1
then
	printf 'Bail out! git is not installed\n'
	exit 1
fi
PATH=$GIT_CRA_BUILD:$PATH
export PATH

# ---------------------------------------------------------------------------
# A fixed environment, so that results depend neither on the user nor on the
# machine.

# Every GIT_* variable can redirect git (GIT_DIR, GIT_INDEX_FILE,
# GIT_CONFIG_*, GIT_EXEC_PATH...). Keep only the ones that tell the tests
# where git-cra lives; GIT_CRA_TEST_OPTS was read above and must not leak
# into the scripts that t0000 runs.
for tl_var in $(env | sed -n 's/^\(GIT_[A-Za-z0-9_]*\)=.*/\1/p')
do
	case $tl_var in
	GIT_CRA_BUILD|GIT_CRA_DATADIR|GIT_CRA_CORPUS) ;;
	*) unset "$tl_var" ;;
	esac
done
# Colour and pagers, identities, agents, the user's dot files, and the Lua
# search paths that a stray LUA_INIT could use to run code in the sandbox.
unset NO_COLOR CLICOLOR CLICOLOR_FORCE FORCE_COLOR PAGER MANPAGER MANOPT \
	EDITOR VISUAL \
	EMAIL SSH_AUTH_SOCK SSH_AGENT_PID GPG_AGENT_INFO CDPATH \
	XDG_CONFIG_HOME XDG_DATA_HOME XDG_CACHE_HOME XDG_STATE_HOME \
	XDG_RUNTIME_DIR SOURCE_DATE_EPOCH LANGUAGE GREP_OPTIONS \
	LUA_INIT LUA_INIT_5_4 LUA_PATH LUA_PATH_5_4 LUA_CPATH LUA_CPATH_5_4
LC_ALL=C
LANG=C
TZ=UTC
TERM=dumb
GIT_PAGER=cat
GIT_EDITOR=:
GIT_CONFIG_NOSYSTEM=1
GIT_AUTHOR_NAME='Ada Author'
GIT_AUTHOR_EMAIL='ada@example.com'
GIT_COMMITTER_NAME='Cy Committer'
GIT_COMMITTER_EMAIL='cy@example.com'
export LC_ALL LANG TZ TERM GIT_PAGER GIT_EDITOR GIT_CONFIG_NOSYSTEM \
	GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL

# Sanitizers exit with status 1 by default, which test_must_fail would take
# for an ordinary failure; make them abort so that a memory error is a crash.
# The user's own options come last and win.
ASAN_OPTIONS="abort_on_error=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
UBSAN_OPTIONS="abort_on_error=1:print_stacktrace=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export ASAN_OPTIONS UBSAN_OPTIONS
# The crash tests would otherwise leave core files behind.
ulimit -c 0 2>/dev/null || :
umask 022

# Commit and tag dates: fixed, advanced by test_tick.
test_tick_time=1700000000
GIT_AUTHOR_DATE="$test_tick_time +0000"
GIT_COMMITTER_DATE="$test_tick_time +0000"
export GIT_AUTHOR_DATE GIT_COMMITTER_DATE

# ---------------------------------------------------------------------------
# The scratch area. A fresh mktemp directory per run, so that parallel runs
# (prove -j) never share anything. Inside it:
#
#	trash directory.<script>/   the repository the tests run in; its name
#	                            has a space to catch quoting mistakes
#	home/                       HOME, with .gitconfig and .gnupg; outside the
#	                            repository so that `git add .` never sees them
#	tmp/                        TMPDIR for the tests and git-cra
#	log, cleanup/, prereq/      the library's own bookkeeping

tl_tmp=$(tl_absolute "${TMPDIR:-/tmp}")
TEST_ROOT=$(mktemp -d "$tl_tmp/git-cra.$tl_name.XXXXXX" 2>/dev/null) ||
TEST_ROOT=$tl_tmp/git-cra.$tl_name.$$
if ! mkdir -p "$TEST_ROOT/home/.gnupg" "$TEST_ROOT/tmp" "$TEST_ROOT/prereq"
then
	printf 'Bail out! cannot create a scratch directory in %s\n' "$tl_tmp"
	exit 1
fi
chmod 700 "$TEST_ROOT/home/.gnupg"
TRASH_DIRECTORY="$TEST_ROOT/trash directory.$tl_name"
HOME=$TEST_ROOT/home
GNUPGHOME=$HOME/.gnupg
TMPDIR=$TEST_ROOT/tmp
export TEST_ROOT TRASH_DIRECTORY HOME GNUPGHOME TMPDIR
tl_log=$TEST_ROOT/log
tl_cleanup_dir=$TEST_ROOT/cleanup

# TAP goes to the original stdout (fd 5) and diagnostics to the original
# stderr (fd 6) even from places where a test body's redirections may still
# be in force, such as the exit trap under bash.
exec 5>&1 6>&2

test_count=0
tl_passed=0
tl_failed=0
tl_broken=0
tl_fixed=0
tl_skipped=0
tl_in_test=
tl_state=running
tl_title=

tl_stop_agents () {
	# gpg starts an agent on first use; it would outlive the test. Its
	# socket may be in /run/user rather than in GNUPGHOME: look for any
	# trace of gpg having run.
	if test -n "$(ls -A "$GNUPGHOME" 2>/dev/null)" &&
	   command -v gpgconf >/dev/null 2>&1
	then
		gpgconf --kill all >/dev/null 2>&1 || :
	fi
}

tl_remove_root () {
	cd "$TEST_DIRECTORY" || cd /
	# git makes its objects read-only; tests may do the same to directories.
	chmod -R u+rwx "$TEST_ROOT" 2>/dev/null
	rm -rf "$TEST_ROOT"
}

tl_keep_root () {
	printf '# trash directory kept: %s\n' "$TRASH_DIRECTORY" >&6
}

tl_on_exit () {
	tl_x_ret=$?
	test "$tl_state" = done && return 0
	if test "$tl_state" = running
	then
		if test -n "$tl_in_test"
		then
			printf 'Bail out! test %d (%s) ended the script (exit status %d): exit or a fatal error in the test body\n' \
				"$test_count" "$tl_title" "$tl_x_ret" >&5
			test -s "$tl_log" && sed 's/^/# /' "$tl_log" >&6
		else
			printf 'Bail out! the script ended without test_done (exit status %d)\n' \
				"$tl_x_ret" >&5
		fi
	fi
	tl_stop_agents
	tl_keep_root
	test "$tl_x_ret" = 0 && exit 1
	exit "$tl_x_ret"
}
trap tl_on_exit EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# BUG 'message': the test script itself is wrong; stop everything.
BUG () {
	printf 'Bail out! bug in the test script: %s\n' "$*" >&5
	tl_state=bug
	exit 1
}

if ! mkdir "$TRASH_DIRECTORY" || ! cd "$TRASH_DIRECTORY"
then
	BUG "cannot create $TRASH_DIRECTORY"
fi
git init -q -b main >"$tl_log" 2>&1 || {
	sed 's/^/# /' "$tl_log" >&6
	BUG "git init failed (git 2.28 or later is needed for -b)"
}

# ---------------------------------------------------------------------------
# Prerequisites.

tl_prereq_ok=' '
tl_prereq_no=' '

tl_check_prereq_name () {
	case $1 in
	''|*[!A-Za-z0-9_]*) BUG "bad prerequisite name '$1'" ;;
	esac
}

# test_set_prereq NAME: NAME is available from now on.
test_set_prereq () {
	tl_check_prereq_name "$1"
	tl_prereq_ok="$tl_prereq_ok$1 "
}

# test_lazy_prereq NAME 'script': NAME is available if the script succeeds;
# the script runs once, in a subshell and its own directory, and only when a
# test that needs NAME is about to run.
test_lazy_prereq () {
	tl_check_prereq_name "$1"
	eval "tl_lazy_$1=\$2"
}

tl_have_one_prereq () {
	case $tl_prereq_ok in *" $1 "*) return 0 ;; esac
	case $tl_prereq_no in *" $1 "*) return 1 ;; esac
	eval "tl_lz=\${tl_lazy_$1-}"
	test -n "$tl_lz" || return 1
	mkdir -p "$TEST_ROOT/prereq/$1"
	if (cd "$TEST_ROOT/prereq/$1" && eval "$tl_lz") >/dev/null 2>&1
	then
		tl_prereq_ok="$tl_prereq_ok$1 "
		return 0
	fi
	tl_prereq_no="$tl_prereq_no$1 "
	return 1
}

# test_have_prereq 'A,!B': true when A is available and B is not. Sets
# tl_missing_prereq to the unmet part, for the skip message.
test_have_prereq () {
	tl_missing_prereq=
	tl_hp_ifs=$IFS
	IFS=,
	set -- $1
	IFS=$tl_hp_ifs
	for tl_hp in "$@"
	do
		case $tl_hp in
		!*) tl_hp_name=${tl_hp#!} tl_hp_want= ;;
		*) tl_hp_name=$tl_hp tl_hp_want=t ;;
		esac
		tl_check_prereq_name "$tl_hp_name"
		if tl_have_one_prereq "$tl_hp_name"
		then
			tl_hp_have=t
		else
			tl_hp_have=
		fi
		test "$tl_hp_have" = "$tl_hp_want" ||
		tl_missing_prereq=${tl_missing_prereq:+$tl_missing_prereq,}$tl_hp
	done
	test -z "$tl_missing_prereq"
}

test_lazy_prereq GPG '
	gpg --version
'
# ssh-keygen -Y sign appeared in OpenSSH 8.1; only signing a file tells.
test_lazy_prereq SSH_KEYGEN '
	ssh-keygen -q -t ed25519 -N "" -C prereq -f key </dev/null &&
	echo probe >msg &&
	ssh-keygen -q -Y sign -f key -n git msg </dev/null &&
	test -s msg.sig
'
test_lazy_prereq JQ '
	jq --version
'
test_lazy_prereq CORPUS '
	test -d "$SHARED_CORPUS"
'
test_lazy_prereq CHROMIUM '
	command -v chromium || command -v chromium-browser ||
	command -v google-chrome || command -v google-chrome-stable
'

# ---------------------------------------------------------------------------
# Running tests.

tl_selected () {
	test -z "$tl_run_list" && return 0
	for tl_sel in $tl_run_list
	do
		case $tl_sel in
		*-*)
			tl_sel_lo=${tl_sel%-*}
			tl_sel_hi=${tl_sel#*-}
			test "$1" -ge "${tl_sel_lo:-1}" &&
			{ test -z "$tl_sel_hi" || test "$1" -le "$tl_sel_hi"; } &&
			return 0
			;;
		*)
			test "$1" -eq "$tl_sel" && return 0
			;;
		esac
	done
	return 1
}

# A "#" in a title would start a TAP directive.
tl_tap_title () {
	case $1 in
	*'#'*) printf '%s\n' "$1" | sed 's/#/\\#/g' ;;
	*) printf '%s\n' "$1" ;;
	esac
}

tl_skip () {
	tl_skipped=$((tl_skipped + 1))
	printf 'ok %d # skip %s (%s)\n' "$test_count" "$(tl_tap_title "$1")" "$2"
}

# The body runs in this shell, not in a subshell, so that a 'setup' test can
# set variables for the tests after it. Its output always goes to the log:
# commands under test never write to a terminal, and -v prints the log once
# the test is over. Positional parameters are empty inside the body.
tl_eval_body () {
	if test -n "$tl_trace"
	then
		set -x
		eval "$tl_body"
		tl_eval_ret=$?
		{ set +x; } 2>/dev/null
		return $tl_eval_ret
	fi
	eval "$tl_body"
}

# Cleanups are files, one pair per test_when_finished call, so that a call
# made in a subshell of the body still counts. They run last registered first,
# each from the directory it was registered in.
tl_run_cleanups () {
	tl_cl_ret=0
	for tl_cl in $(ls -r "$tl_cleanup_dir" | sed -n 's/\.cmd$//p')
	do
		tl_cl_cmd=$(cat "$tl_cleanup_dir/$tl_cl.cmd")
		tl_cl_dir=$(cat "$tl_cleanup_dir/$tl_cl.dir")
		rm -f "$tl_cleanup_dir/$tl_cl.cmd" "$tl_cleanup_dir/$tl_cl.dir"
		if ! cd "$tl_cl_dir"
		then
			printf "error: cannot run the cleanup '%s': no directory %s\n" \
				"$tl_cl_cmd" "$tl_cl_dir" >&2
			tl_cl_ret=1
		elif ! eval "$tl_cl_cmd"
		then
			printf "error: cleanup failed: %s\n" "$tl_cl_cmd" >&2
			tl_cl_ret=1
		fi
	done
	return $tl_cl_ret
}

tl_test () {
	tl_expect=$1
	shift
	test -z "$tl_in_test" ||
		BUG "test_expect_$tl_expect called inside the body of test $test_count"
	case $# in
	2) tl_prereq= ;;
	3) tl_prereq=$1; shift ;;
	*) BUG "test_expect_$tl_expect takes [prereq] 'title' 'body', not $# arguments" ;;
	esac
	tl_title=$1
	tl_body=$2
	test_count=$((test_count + 1))

	if ! tl_selected "$test_count"
	then
		tl_skip "$tl_title" --run
		return 0
	fi
	if test -n "$tl_prereq" && ! test_have_prereq "$tl_prereq"
	then
		tl_skip "$tl_title" "missing $tl_missing_prereq"
		return 0
	fi

	rm -rf "$tl_cleanup_dir"
	mkdir "$tl_cleanup_dir"
	cd "$TRASH_DIRECTORY" || BUG "cannot enter $TRASH_DIRECTORY"
	test -z "$tl_verbose" ||
		printf '# test %d: %s\n%s\n' "$test_count" "$tl_title" "$tl_body" >&2

	# A syntax error inside eval would end the whole script; find it first.
	if ! sh -n -c "$tl_body" >"$tl_log" 2>&1
	then
		printf 'error: syntax error in the test body\n' >>"$tl_log"
		tl_ret=1
	else
		tl_in_test=t
		tl_eval_body </dev/null >"$tl_log" 2>&1
		tl_ret=$?
		# With -i a failed test keeps its mess for inspection.
		if test $tl_ret = 0 || test -z "$tl_immediate" ||
		   test "$tl_expect" = failure
		then
			tl_run_cleanups </dev/null >>"$tl_log" 2>&1 || tl_ret=1
		fi
		tl_in_test=
	fi
	test -z "$tl_verbose" || cat "$tl_log" >&2

	tl_tap=$(tl_tap_title "$tl_title")
	if test "$tl_expect" = failure
	then
		if test $tl_ret = 0
		then
			tl_fixed=$((tl_fixed + 1))
			printf 'ok %d - %s # TODO known breakage vanished\n' \
				"$test_count" "$tl_tap"
		else
			tl_broken=$((tl_broken + 1))
			printf 'not ok %d - %s # TODO known breakage\n' \
				"$test_count" "$tl_tap"
		fi
	elif test $tl_ret = 0
	then
		tl_passed=$((tl_passed + 1))
		printf 'ok %d - %s\n' "$test_count" "$tl_tap"
	else
		tl_failed=$((tl_failed + 1))
		printf 'not ok %d - %s\n' "$test_count" "$tl_tap"
		{
			printf '#   failed test %d in %s:\n' "$test_count" "$0"
			printf '%s\n' "$tl_body" | sed -e '/^[	 ]*$/d' -e 's/^/# /'
			if test -z "$tl_verbose" && test -s "$tl_log"
			then
				printf '#   output:\n'
				sed 's/^/# /' "$tl_log"
			fi
		} >&2
		test -z "$tl_immediate" || tl_finish
	fi
	return 0
}

# test_expect_success [PREREQ] 'title' 'body'
test_expect_success () {
	tl_test success "$@"
}

# test_expect_failure [PREREQ] 'title' 'body': a known breakage, shown as
# TODO; it does not fail the script, and says so when it starts to pass.
test_expect_failure () {
	tl_test failure "$@"
}

tl_finish () {
	tl_state=done
	if test "$tl_failed" = 0
	then
		printf '# passed all %d test(s)\n' "$test_count"
	else
		printf '# failed %d among %d test(s)\n' "$tl_failed" "$test_count"
	fi
	test "$tl_broken" = 0 ||
		printf '# still have %d known breakage(s)\n' "$tl_broken"
	test "$tl_fixed" = 0 ||
		printf '# %d known breakage(s) vanished; turn them into test_expect_success\n' \
			"$tl_fixed"
	test "$tl_skipped" = 0 ||
		printf '# skipped %d test(s)\n' "$tl_skipped"
	printf '1..%d\n' "$test_count"
	tl_stop_agents
	if test "$tl_failed" = 0
	then
		if test -n "$tl_debug"
		then
			tl_keep_root
		else
			tl_remove_root
		fi
		exit 0
	fi
	tl_keep_root
	exit 1
}

# test_done: print the plan and the summary, and exit.
test_done () {
	test -z "$tl_in_test" || BUG "test_done called inside a test body"
	if test -n "${skip_all-}" && test "$test_count" = 0
	then
		tl_state=done
		printf '1..0 # SKIP %s\n' "$skip_all"
		tl_stop_agents
		tl_remove_root
		exit 0
	fi
	tl_finish
}

# ---------------------------------------------------------------------------
# Helpers for test bodies. They report what went wrong on stderr, which lands
# in the log shown under a failed test.

# test_when_finished 'command': run it after the current test, pass or fail,
# from the directory it was registered in. A failing cleanup fails the test.
test_when_finished () {
	test -n "$tl_in_test" || BUG "test_when_finished outside a test body"
	sh -n -c "$*" 2>/dev/null || BUG "syntax error in test_when_finished: $*"
	tl_wf_n=$(ls "$tl_cleanup_dir" | grep -c 'cmd$')
	tl_wf_file=$tl_cleanup_dir/$(printf '%05d' $((${tl_wf_n:-0} + 1)))
	pwd >"$tl_wf_file.dir" &&
	printf '%s\n' "$*" >"$tl_wf_file.cmd"
}

# Quote one word for eval.
tl_quote () {
	printf "'%s'" "$(printf '%s\n' "$1" | sed "s/'/'\\\\''/g")"
}

# test_cmp expected actual: the files are equal, or show the difference.
test_cmp () {
	test $# = 2 || BUG "test_cmp takes two files"
	for tl_cmp_f
	do
		test -f "$tl_cmp_f" || {
			printf "error: test_cmp: '%s' does not exist\n" "$tl_cmp_f" >&2
			return 1
		}
	done
	diff -u "$1" "$2"
}

tl_describe_code () {
	case $1 in
	0) printf 'succeeded' ;;
	126) printf 'could not be run (exit status 126)' ;;
	127) printf 'was not found (exit status 127)' ;;
	*)
		if test "$1" -gt 128
		then
			printf 'died of signal %d (exit status %d)' $(($1 - 128)) "$1"
		else
			printf 'exited with %d' "$1"
		fi
		;;
	esac
}

# test_expect_code N command...: the command exits with status N.
test_expect_code () {
	test $# -ge 2 || BUG "test_expect_code takes a status and a command"
	tl_ec_want=$1
	shift
	"$@"
	tl_ec_got=$?
	test "$tl_ec_got" = "$tl_ec_want" && return 0
	printf 'error: test_expect_code: wanted exit status %s, the command %s: %s\n' \
		"$tl_ec_want" "$(tl_describe_code "$tl_ec_got")" "$*" >&2
	return 1
}

# test_must_fail command...: the command fails cleanly (status 1 to 125).
# A crash, a signal or a missing program is not the failure a test expects,
# so those fail the test.
test_must_fail () {
	test $# -ge 1 || BUG "test_must_fail takes a command"
	"$@"
	tl_mf=$?
	if test "$tl_mf" -ge 1 && test "$tl_mf" -le 125
	then
		return 0
	fi
	printf 'error: test_must_fail: the command %s: %s\n' \
		"$(tl_describe_code "$tl_mf")" "$*" >&2
	return 1
}

# test_timeout SECONDS command...: run an external command, killed after
# SECONDS. A timeout returns 142 (as if killed by SIGALRM), so that
# test_must_fail and test_expect_code never take a hang for a clean failure.
test_timeout () {
	test $# -ge 2 || BUG "test_timeout takes seconds and a command"
	tl_to_secs=$1
	shift
	if command -v timeout >/dev/null 2>&1
	then
		timeout -k 5 "$tl_to_secs" "$@"
		tl_to_ret=$?
		test "$tl_to_ret" = 124 && tl_to_ret=timeout
	else
		# No coreutils timeout (macOS): a watchdog process instead.
		tl_to_mark=$TEST_ROOT/timed-out.$$
		rm -f "$tl_to_mark"
		"$@" <&0 &
		tl_to_pid=$!
		# The watchdog's sleep may outlive the command: it must not hold
		# the TAP pipe (fd 5) open, or prove would wait for it.
		( sleep "$tl_to_secs" && kill -9 "$tl_to_pid" &&
		  : >"$tl_to_mark" ) </dev/null >/dev/null 2>&1 5>&- 6>&- &
		tl_to_dog=$!
		wait "$tl_to_pid"
		tl_to_ret=$?
		kill "$tl_to_dog" 2>/dev/null
		test -f "$tl_to_mark" && tl_to_ret=timeout
	fi
	if test "$tl_to_ret" = timeout
	then
		printf 'error: test_timeout: still running after %ss, killed: %s\n' \
			"$tl_to_secs" "$*" >&2
		return 142
	fi
	return "$tl_to_ret"
}

# test_must_be_empty file
test_must_be_empty () {
	test $# = 1 || BUG "test_must_be_empty takes one file"
	if ! test -f "$1"
	then
		printf "error: '%s' is missing\n" "$1" >&2
		return 1
	fi
	test -s "$1" || return 0
	printf "error: '%s' is not empty, it contains:\n" "$1" >&2
	cat "$1" >&2
	return 1
}

# test_path_is_file path, test_path_is_dir path, test_path_is_missing path
test_path_is_file () {
	test $# = 1 || BUG "test_path_is_file takes one path"
	test -f "$1" && return 0
	printf "error: '%s' is not a file\n" "$1" >&2
	return 1
}

test_path_is_dir () {
	test $# = 1 || BUG "test_path_is_dir takes one path"
	test -d "$1" && return 0
	printf "error: '%s' is not a directory\n" "$1" >&2
	return 1
}

test_path_is_missing () {
	test $# = 1 || BUG "test_path_is_missing takes one path"
	test -e "$1" || test -L "$1" || return 0
	printf "error: '%s' exists:\n" "$1" >&2
	ls -ld "$1" >&2
	return 1
}

# test_line_count OP N file: the file has OP N lines (OP: = != -lt -le -eq
# -ne -ge -gt).
test_line_count () {
	test $# = 3 || BUG "test_line_count takes an operator, a count and a file"
	if ! test -f "$3"
	then
		printf "error: test_line_count: '%s' is missing\n" "$3" >&2
		return 1
	fi
	tl_lc=$(wc -l <"$3")
	tl_lc=${tl_lc##* }
	test "$tl_lc" "$1" "$2" && return 0
	printf "error: '%s' has %s line(s), wanted %s %s; it contains:\n" \
		"$3" "$tl_lc" "$1" "$2" >&2
	cat "$3" >&2
	return 1
}

# test_grep [-v] [grep options] pattern file: some line matches (with -v, no
# line matches). Shows the file when it does not hold.
test_grep () {
	tl_gr_negate=
	case ${1-} in
	-v|'!') tl_gr_negate=t; shift ;;
	esac
	test $# -ge 2 || BUG "test_grep takes a pattern and a file"
	eval "tl_gr_file=\${$#}"
	if ! test -f "$tl_gr_file"
	then
		printf "error: test_grep: '%s' is missing\n" "$tl_gr_file" >&2
		return 1
	fi
	if test -z "$tl_gr_negate"
	then
		grep "$@" >/dev/null && return 0
		printf "error: test_grep: no line matches: %s\nthe file contains:\n" \
			"$*" >&2
		cat "$tl_gr_file" >&2
	else
		grep "$@" >/dev/null || return 0
		printf "error: test_grep: unexpected match: %s\n" "$*" >&2
		grep "$@" >&2
	fi
	return 1
}

# test_seq [first] last: the numbers, one a line (seq is not everywhere).
test_seq () {
	case $# in
	1) tl_seq_i=1 tl_seq_last=$1 ;;
	2) tl_seq_i=$1 tl_seq_last=$2 ;;
	*) BUG "test_seq takes [first] last" ;;
	esac
	while test "$tl_seq_i" -le "$tl_seq_last"
	do
		printf '%d\n' "$tl_seq_i"
		tl_seq_i=$((tl_seq_i + 1))
	done
}

# write_script file [interpreter] <<-\EOF: an executable script from stdin.
write_script () {
	test $# -ge 1 || BUG "write_script takes a file name"
	{
		printf '#!%s\n' "${2:-/bin/sh}" &&
		cat
	} >"$1" &&
	chmod +x "$1"
}

# test_tick: move the commit and tag dates 60 seconds on.
test_tick () {
	test_tick_time=$((test_tick_time + 60))
	GIT_AUTHOR_DATE="$test_tick_time +0000"
	GIT_COMMITTER_DATE="$test_tick_time +0000"
	export GIT_AUTHOR_DATE GIT_COMMITTER_DATE
}

# test_commit [-C dir] message [file [contents [tag]]]: write the file
# (default "<message>.t", containing the message), add it and commit it a
# tick later; tag the commit when a tag name is given.
test_commit () {
	tl_tc_dir=.
	if test "${1-}" = -C
	then
		test $# -ge 2 || BUG "test_commit -C takes a directory"
		tl_tc_dir=$2
		shift 2
	fi
	test $# -ge 1 || BUG "test_commit takes a message"
	tl_tc_file=${2:-$1.t}
	tl_tc_tag=${4-}
	mkdir -p "$tl_tc_dir/$(dirname "$tl_tc_file")" &&
	printf '%s\n' "${3-$1}" >"$tl_tc_dir/$tl_tc_file" &&
	git -C "$tl_tc_dir" add -- "$tl_tc_file" &&
	test_tick &&
	git -C "$tl_tc_dir" commit -q -m "$1" &&
	if test -n "$tl_tc_tag"
	then
		git -C "$tl_tc_dir" tag "$tl_tc_tag"
	fi
}

# test_tag_annotated [-C dir] name [commit]: an annotated tag, dated a tick
# later, with the name as its message.
test_tag_annotated () {
	tl_ta_dir=.
	if test "${1-}" = -C
	then
		test $# -ge 2 || BUG "test_tag_annotated -C takes a directory"
		tl_ta_dir=$2
		shift 2
	fi
	test $# = 1 || test $# = 2 || BUG "test_tag_annotated takes name [commit]"
	test_tick &&
	git -C "$tl_ta_dir" tag -a -m "$1" "$@"
}

# test_config [-C dir] key value: set a repository option for this test only.
test_config () {
	tl_cf_dir=.
	if test "${1-}" = -C
	then
		test $# -ge 2 || BUG "test_config -C takes a directory"
		tl_cf_dir=$2
		shift 2
	fi
	test $# = 2 || BUG "test_config takes a key and a value"
	test_when_finished "git -C $(tl_quote "$tl_cf_dir") config --unset-all $(tl_quote "$1")" &&
	git -C "$tl_cf_dir" config "$1" "$2"
}
