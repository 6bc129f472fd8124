#!/bin/sh
test_description='push and fetch move the evidence notes without losing anyone'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN
then
	skip_all='ssh-keygen cannot sign here'
	test_done
fi

lines_of () {
	git -C "$1" notes --ref=cra show "$(git -C "$1" rev-parse "refs/tags/$2")" | wc -l
}

test_expect_success 'setup: an origin with two releases, cloned twice' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m one &&
	test_tag_annotated v1.0.0 &&
	test_tick && git commit -q --allow-empty -m two &&
	test_tag_annotated v1.1.0 &&
	git clone -q --bare . origin.git &&
	git clone -q origin.git alice &&
	git clone -q origin.git bob &&
	(cd alice && setup_ssh_signing alice) &&
	(cd bob && setup_ssh_signing bob)
'

test_expect_success 'fetch from a remote without evidence says so' '
	(cd alice && git cra fetch >../out) &&
	test_grep "origin has no evidence notes yet" out
'

test_expect_success 'both attest in parallel, one tag each and one in common' '
	(cd alice && git cra attest v1.0.0 v1.1.0) &&
	(cd bob && git cra attest v1.1.0)
'

test_expect_success 'alice pushes first' '
	(cd alice && git cra push >../out) &&
	test_grep "evidence notes pushed to origin" out &&
	git -C origin.git rev-parse --verify refs/notes/cra
'

test_expect_success 'bob pushes after: his push merges, nothing is lost' '
	(cd bob && git cra push) &&
	git -C origin.git notes --ref=cra show "$(git rev-parse v1.1.0)" >both &&
	test_line_count = 2 both &&
	git -C origin.git notes --ref=cra show "$(git rev-parse v1.0.0)" >one &&
	test_line_count = 1 one
'

test_expect_success 'the merge commit has both histories as parents and is signed' '
	git -C origin.git log --format=%P -1 refs/notes/cra >parents &&
	test "$(wc -w <parents)" -eq 2 &&
	git -C bob verify-commit refs/notes/cra
'

test_expect_success 'alice fetches and has everything; verify passes there' '
	(cd alice && git cra fetch >../out) &&
	test_grep "evidence notes updated from the remote" out &&
	test "$(lines_of alice v1.1.0)" -eq 2 &&
	(cd alice && git cra verify v1.0.0 v1.1.0 >../out) &&
	test_grep "^v1.1.0: OK (2 attestations)" out
'

test_expect_success 'fetching again changes nothing' '
	before=$(git -C alice rev-parse refs/notes/cra) &&
	(cd alice && git cra fetch >../out) &&
	test_grep "already up to date" out &&
	test "$before" = "$(git -C alice rev-parse refs/notes/cra)"
'

test_expect_success 'no forced notes refspec is ever configured' '
	! git -C alice config --get-all remote.origin.fetch | grep notes &&
	! git -C bob config --get-all remote.origin.push
'

test_expect_success 'a remote whose notes were rewritten is not followed' '
	(
		cd bob &&
		git update-ref refs/notes/cra "$(git rev-parse refs/notes/cra^1)" &&
		git push -q -f origin refs/notes/cra:refs/notes/cra
	) &&
	(cd alice && test_expect_code 2 git cra fetch 2>../err) &&
	test_grep "was rewritten, not only added to" err &&
	test "$(lines_of alice v1.1.0)" -eq 2
'

test_expect_success 'a push to a remote that does not exist exits 2' '
	(cd alice && test_expect_code 2 git cra push nowhere 2>../err) &&
	test_grep "git fetch nowhere failed" err
'

test_done
