#!/bin/sh
test_description='check reads the working tree, the index or a revision, and nothing outside'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

summary () {
	tail -n 1 "$1"
}

test_expect_success 'setup: v1.0.0 without a CVD policy, v1.1.0 complete' '
	write_product_yaml &&
	write_security_txt &&
	git add . && test_tick && git commit -q -m "v1.0.0" &&
	git tag v1.0.0 &&
	write_cvd_policy &&
	git add . && test_tick && git commit -q -m "v1.1.0" &&
	test_tag_annotated v1.1.0
'

test_expect_success 'a revision is checked from its tree' '
	test_expect_code 1 git cra check --now $NOW v1.0.0 >actual &&
	test_grep "no CVD policy" actual &&
	git cra check --now $NOW v1.1.0 >actual &&
	test_grep "^5 pass, 0 fail" actual
'

test_expect_success 'the json names the revision, tag, commit and tree' '
	git cra check --now $NOW --format json v1.1.0 >out.json &&
	jq -r ".snapshot | .kind, .rev, .tag, .commit, .tree" out.json >actual &&
	printf "%s\n" revision v1.1.0 v1.1.0 "$(git rev-parse v1.1.0^{commit})" \
		"$(git rev-parse v1.1.0^{tree})" >expect &&
	test_cmp expect actual
'

test_expect_success 'a revision that does not exist exits 2' '
	test_expect_code 2 git cra check v9.9.9 2>err &&
	test_grep "^error: not a valid revision: .v9.9.9." err
'

test_expect_success 'the working tree is checked by default, the index with --staged' '
	test_when_finished "git reset -q --hard" &&
	rm SECURITY.md &&
	test_expect_code 1 git cra check --now $NOW >actual &&
	test_grep "no CVD policy" actual &&
	git cra check --now $NOW --staged >actual &&
	test_grep "^5 pass, 0 fail" actual &&
	git rm -q --cached SECURITY.md &&
	git checkout HEAD -- SECURITY.md &&
	git rm -q --cached SECURITY.md &&
	git cra check --now $NOW >actual &&
	test_grep "^5 pass, 0 fail" actual &&
	test_expect_code 1 git cra check --now $NOW --staged >actual &&
	test_grep "no CVD policy" actual
'

test_expect_success '--staged with a revision is refused' '
	test_expect_code 2 git cra check --staged v1.0.0 2>err &&
	test_grep "staged takes no revision" err
'

test_expect_success 'GIT_INDEX_FILE is honoured, as in a hook during git commit -a' '
	cp .git/index alt-index &&
	GIT_INDEX_FILE=alt-index git rm -q --cached SECURITY.md &&
	GIT_INDEX_FILE=alt-index test_expect_code 1 git cra check --now $NOW --staged >actual &&
	test_grep "no CVD policy" actual &&
	rm alt-index
'

test_expect_success 'a symlink inside the snapshot is followed' '
	test_when_finished "git reset -q --hard HEAD" &&
	mkdir -p policy &&
	git mv SECURITY.md policy/CVD.md &&
	ln -s policy/CVD.md SECURITY.md &&
	git add SECURITY.md &&
	git cra check --now $NOW >actual &&
	test_grep "^5 pass" actual &&
	git cra check --now $NOW --staged >actual &&
	test_grep "^5 pass" actual &&
	test_tick && git commit -q -m link &&
	git cra check --now $NOW HEAD >actual &&
	test_grep "^5 pass" actual &&
	git reset -q --hard HEAD^
'

for kind in worktree staged revision
do
	test_expect_success "a symlink out of the tree is refused ($kind)" "
		test_when_finished 'git reset -q --hard v1.1.0' &&
		echo 'secret outside' >\"\$TMPDIR/outside.md\" &&
		rm SECURITY.md &&
		ln -s \"\$TMPDIR/outside.md\" SECURITY.md &&
		git add SECURITY.md &&
		test_tick && git commit -q -m escape &&
		case $kind in
		worktree) arg= ;;
		staged) arg=--staged ;;
		revision) arg=HEAD ;;
		esac &&
		test_expect_code 1 git cra check --now \$NOW \$arg >actual &&
		test_grep 'SECURITY.md. is a symlink that leads out of the snapshot' actual &&
		! grep 'secret outside' actual
	"
done

test_expect_success 'a relative symlink climbing out of the tree is refused' '
	test_when_finished "git reset -q --hard v1.1.0" &&
	rm SECURITY.md &&
	ln -s ../../../../../../../../etc/passwd SECURITY.md &&
	git add SECURITY.md && test_tick && git commit -q -m climb &&
	test_expect_code 1 git cra check --now $NOW HEAD >actual &&
	test_grep "leads out of the snapshot" actual
'

test_expect_success 'a symlink loop is an error, not a hang' '
	test_when_finished "git reset -q --hard v1.1.0" &&
	rm SECURITY.md &&
	ln -s loop-b SECURITY.md &&
	ln -s SECURITY.md loop-b &&
	git add . && test_tick && git commit -q -m loop &&
	test_expect_code 1 test_timeout 20 git cra check --now $NOW HEAD >actual &&
	test_grep "too many levels of symbolic links" actual
'

test_expect_success 'a symlinked directory leading out is refused' '
	test_when_finished "git reset -q --hard v1.1.0" &&
	mkdir -p "$TMPDIR/evil/.well-known" &&
	cp .well-known/security.txt "$TMPDIR/evil/.well-known/" &&
	git rm -q -r .well-known &&
	ln -s "$TMPDIR/evil/.well-known" .well-known &&
	test_expect_code 1 git cra check --now $NOW >actual &&
	test_grep "leads out of the snapshot" actual
'

test_expect_success 'a file over cra.maxFileSize is refused with a clear error' '
	test_config cra.maxFileSize 100 &&
	test_expect_code 2 git cra check --now $NOW v1.1.0 2>err &&
	test_grep "product.yaml. is [0-9]* bytes, more than the limit of 100 (cra.maxFileSize)" err
'

test_expect_success 'a huge blob is refused before it is inflated' '
	test_when_finished "git reset -q --hard v1.1.0" &&
	test_config cra.maxFileSize 1000000 &&
	awk "BEGIN { for (i = 0; i < 400000; i++) print i }" >SECURITY.md &&
	git add SECURITY.md && test_tick && git commit -q -m huge &&
	test_expect_code 1 git cra check --now $NOW HEAD >actual &&
	test_grep "SECURITY.md. is [0-9]* bytes, more than the limit of 1000000" actual
'

test_expect_success 'a bad cra.maxFileSize is an error' '
	test_config cra.maxFileSize lots &&
	test_expect_code 2 git cra check --now $NOW 2>err &&
	test_grep "bad value in the git configuration" err
'

test_done
