#!/bin/sh
test_description='the recipe of docs/attestations.md verifies an attestation without git-cra'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN,JQ
then
	skip_all='needs ssh-keygen signing and jq'
	test_done
fi

doc="$GIT_CRA_DATADIR/docs/attestations.md"

test_expect_success 'setup: an attested release' '
	setup_ssh_signing &&
	write_complete_product &&
	git add . && test_tick && git commit -q -m one &&
	test_tag_annotated v1.0.0 &&
	git cra attest v1.0.0 &&
	cp "$HOME/allowed_signers" allowed_signers
'

test_expect_success 'the recipe is in the document' '
	sed -n "/<!-- recipe: begin -->/,/<!-- recipe: end -->/p" "$doc" |
		sed -e "/^<!--/d" -e "/^\`\`\`/d" >recipe.sh &&
	test_grep "ssh-keygen -Y verify" recipe.sh
'

test_expect_success 'the recipe, run as written, verifies the attestation' '
	sh -e recipe.sh >out 2>&1 &&
	test_grep "^Good \"git-cra\" signature for ada@example.com" out &&
	sed -n "/^refs\\/tags/,\$p" out >subject &&
	head -n 4 subject >recorded &&
	tail -n 4 subject >current &&
	test_cmp recorded current
'

test_expect_success 'the recipe fails when the payload was changed' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	git notes --ref=cra show v1.0.0 | head -n 1 >line &&
	jq -r .payload line | base64 -d | sed "s/\"pass\":5/\"pass\":6/" |
		base64 -w0 >payload &&
	jq -c --arg p "$(cat payload)" ".payload = \$p" line >forged &&
	git notes --ref=cra add -f -F forged v1.0.0 &&
	test_expect_code 255 sh -e recipe.sh >out 2>&1 &&
	! grep "^Good" out
'

test_done
