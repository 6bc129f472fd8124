#!/bin/sh
test_description='attest records signed evaluations per tag; verify and show check them'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN
then
	skip_all='ssh-keygen cannot sign here'
	test_done
fi

# note_of TAG: the note on the object the tag points to.
note_of () {
	git notes --ref=cra show "$(git rev-parse "refs/tags/$1")"
}

# statement N TAG: the decoded in-toto statement of line N of TAG's note.
statement () {
	note_of "$2" | sed -n "${1}p" | jq -r .payload | base64 -d
}

test_expect_success 'setup: a product released as v1.0.0 and v1.1.0' '
	setup_ssh_signing &&
	write_complete_product &&
	git add . && test_tick && git commit -q -m one &&
	test_tag_annotated v1.0.0 &&
	echo more >>README && git add README && test_tick &&
	git commit -q -m two &&
	test_tag_annotated v1.1.0
'

test_expect_success 'attest records one line on the tag object' '
	git cra attest v1.0.0 >out &&
	test_grep "^attested v1.0.0: 5 pass, 0 fail" out &&
	note_of v1.0.0 >note &&
	test_line_count = 1 note &&
	jq -r .payloadType note >actual &&
	echo application/vnd.in-toto+json >expect &&
	test_cmp expect actual
'

test_expect_success 'the statement names the tag, its object, commit and tree' '
	statement 1 v1.0.0 >st.json &&
	jq -r "._type, .predicateType, .subject[0].name,
		.subject[0].digest.gitTag, .subject[0].digest.gitCommit,
		.subject[0].digest.gitTree" st.json >actual &&
	{
		echo https://in-toto.io/Statement/v1 &&
		echo https://git-cra.dev/attestation/evaluation/v1 &&
		echo refs/tags/v1.0.0 &&
		git rev-parse v1.0.0 &&
		git rev-parse v1.0.0^{commit} &&
		git rev-parse v1.0.0^{tree}
	} >expect &&
	test_cmp expect actual
'

test_expect_success 'the predicate records time, policy, rules, inputs and results' '
	jq -r ".predicate | .evaluated_at, .time_source, .policy.name,
		(.rules | length), (.results | length), .summary.pass" st.json >actual &&
	printf "%s\n" "$(git for-each-ref --format="%(taggerdate:iso-strict)" refs/tags/v1.0.0 | sed "s/+00:00/Z/")" \
		tagger base-rules 5 5 5 >expect &&
	test_cmp expect actual &&
	jq -r ".predicate.inputs[] | .path + \" \" + .blob" st.json >actual &&
	for f in .cra/product.yaml .well-known/security.txt SECURITY.md
	do
		echo "$f $(git rev-parse "v1.0.0:$f")" || return 1
	done | sort >expect &&
	test_cmp expect actual
'

test_expect_success 'the rule code and the policy are kept as git objects in the notes' '
	jq -r ".predicate.rules[].blob, .predicate.policy.blob" st.json >blobs &&
	test_line_count = 6 blobs &&
	while read blob
	do
		git notes --ref=cra show "$blob" >code &&
		git cat-file blob "$blob" >expect &&
		test_cmp expect code || return 1
	done <blobs &&
	git notes --ref=cra show "$(sed -n 1p blobs)" >code &&
	test_grep "^return {" code
'

test_expect_success 'the notes commit is signed' '
	git verify-commit refs/notes/cra 2>out &&
	test_grep "Good \"git\" signature for ada@example.com" out
'

test_expect_success 'verify says OK and exits 0' '
	git cra verify v1.0.0 >out &&
	test_grep "^v1.0.0: OK (1 attestation)" out &&
	test_grep "1: OK, signed by ada@example.com" out
'

test_expect_success 'verify with no tags checks every tag with evidence' '
	git cra verify >out &&
	test_grep "^v1.0.0: OK" out &&
	! grep v1.1.0 out
'

test_expect_success 'an unattested tag is MISSING: exit 1, with the command to fix it' '
	test_expect_code 1 git cra verify v1.0.0 v1.1.0 >out &&
	test_grep "^v1.1.0: MISSING: no attestation; make one with .git cra attest v1.1.0." out
'

test_expect_success 'attest evaluates at the tag date, not now' '
	git cra attest v1.1.0 &&
	statement 1 v1.1.0 | jq -r .predicate.evaluated_at >actual &&
	git for-each-ref --format="%(taggerdate:iso-strict)" refs/tags/v1.1.0 |
		sed "s/+00:00/Z/" >expect &&
	test_cmp expect actual
'

test_expect_success 'a second attestation adds a line, the first is kept' '
	note_of v1.0.0 >before &&
	sleep 1 &&
	git cra attest v1.0.0 &&
	note_of v1.0.0 >after &&
	test_line_count = 2 after &&
	head -n 1 after >first &&
	test_cmp before first &&
	git cra verify v1.0.0 >out &&
	test_grep "^v1.0.0: OK (2 attestations)" out
'

test_expect_success 'a lightweight tag is attested at its commit date, with a warning' '
	git tag v1.1.0-lw v1.1.0^{commit} &&
	git cra attest v1.1.0-lw 2>err &&
	test_grep "lightweight tag" err &&
	statement 1 v1.1.0-lw | jq -r ".predicate.time_source, .subject[0].digest.gitTag" >actual &&
	printf "%s\n" committer null >expect &&
	test_cmp expect actual &&
	git cra verify v1.1.0-lw
'

test_expect_success 'show decodes the attestations' '
	git cra show v1.0.0 >out &&
	test_grep "^attestation 1 of 2 for v1.0.0: OK" out &&
	test_grep "subject:   refs/tags/v1.0.0 tag" out &&
	test_grep "pass           support-period Art.13(8) .cra/product.yaml:17" out &&
	git cra show --format json v1.0.0 >out.json &&
	jq -e ".attestations | length == 2" out.json &&
	jq -e ".attestations[0].statement.predicate.results | length == 5" out.json
'

test_expect_success 'a payload changed after signing is BAD-SIGNATURE' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	note_of v1.1.0 | head -n 1 >line &&
	jq -r .payload line | base64 -d |
		sed "s/\"pass\":5/\"pass\":6/" | base64 -w0 >payload &&
	jq -c --arg p "$(cat payload)" ".payload = \$p" line >forged &&
	git notes --ref=cra add -f -F forged v1.1.0 &&
	test_expect_code 1 git cra verify v1.1.0 >out &&
	test_grep "1: BAD-SIGNATURE" out
'

test_expect_success 'an attestation copied onto another tag is TAMPERED' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	note_of v1.0.0 | head -n 1 >copied &&
	git notes --ref=cra add -f -F copied v1.1.0 &&
	test_expect_code 1 git cra verify v1.1.0 >out &&
	test_grep "1: TAMPERED.*the attestation is of refs/tags/v1.0.0, not of refs/tags/v1.1.0" out
'

test_expect_success 'a note line that is not JSON is TAMPERED' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	{ note_of v1.1.0 && echo "this is not json"; } >mixed &&
	git notes --ref=cra add -f -F mixed v1.1.0 &&
	test_expect_code 1 git cra verify v1.1.0 >out &&
	test_grep "1: OK" out &&
	test_grep "2: TAMPERED.*not JSON" out
'

test_expect_success 'a tag moved to another commit after attesting is MOVED' '
	test_when_finished "git tag -f v1.1.0-lw v1.1.0^{commit}" &&
	git tag -f v1.1.0-lw v1.0.0^{commit} &&
	test_expect_code 1 git cra verify v1.1.0-lw >out &&
	test_grep "MOVED.*the tag now points at another object" out
'

test_expect_success 'a signer missing from the allowed signers is UNTRUSTED' '
	echo "someone@example.com $(cat "$HOME/ada.pub" | sed "s/AAAA/BBBB/")" >other_signers &&
	ssh-keygen -q -t ed25519 -N "" -f "$HOME/stranger" &&
	echo "stranger@example.com $(cat "$HOME/stranger.pub")" >other_signers &&
	test_expect_code 1 git cra verify --allowed-signers other_signers v1.0.0 >out &&
	test_grep "1: UNTRUSTED" out
'

test_expect_success 'a key outside its valid-before window is UNTRUSTED' '
	echo "ada@example.com valid-before=\"20200101\" $(cat "$HOME/ada.pub")" >expired_signers &&
	test_expect_code 1 git cra verify --allowed-signers expired_signers v1.0.0 >out &&
	test_grep "1: UNTRUSTED" out &&
	echo "ada@example.com valid-after=\"20300101\" $(cat "$HOME/ada.pub")" >future_signers &&
	test_expect_code 1 git cra verify --allowed-signers future_signers v1.0.0 >out &&
	test_grep "1: UNTRUSTED.*not yet valid" out
'

test_expect_success 'a signature under another namespace is BAD-SIGNATURE' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	note_of v1.1.0 | head -n 1 >line &&
	jq -r .payload line | base64 -d >payload.json &&
	printf "DSSEv1 28 application/vnd.in-toto+json %d " "$(wc -c <payload.json)" >pae &&
	cat payload.json >>pae &&
	ssh-keygen -q -Y sign -n git -f "$HOME/ada" pae &&
	jq -c --arg s "$(base64 -w0 pae.sig)" ".signatures[0].sig = \$s" line >wrongns &&
	git notes --ref=cra add -f -F wrongns v1.1.0 &&
	test_expect_code 1 git cra verify v1.1.0 >out &&
	test_grep "1: BAD-SIGNATURE" out
'

test_expect_success 'eight concurrent attests on different tags all land' '
	for i in 1 2 3 4 5 6 7 8
	do
		git tag -a -m "r$i" "r$i" v1.1.0^{commit} || return 1
	done &&
	for i in 1 2 3 4 5 6 7 8
	do
		git cra attest "r$i" >"attest.$i" 2>&1 &
	done &&
	wait &&
	for i in 1 2 3 4 5 6 7 8
	do
		test_grep "^attested r$i" "attest.$i" &&
		note_of "r$i" >n && test_line_count = 1 n || return 1
	done &&
	git cra verify r1 r2 r3 r4 r5 r6 r7 r8 >out &&
	test_line_count = 16 out &&
	note_of v1.0.0 >n && test_line_count = 2 n
'

test_lazy_prereq SSH_AGENT 'command -v ssh-agent && command -v ssh-add'

test_expect_success SSH_AGENT 'a literal public key signs through the agent' '
	eval "$(ssh-agent -s)" >/dev/null &&
	test_when_finished "kill \$SSH_AGENT_PID" &&
	ssh-add -q "$HOME/ada" 2>/dev/null &&
	test_when_finished "git config user.signingKey \"\$HOME/ada\"" &&
	git config user.signingKey "key::$(cat "$HOME/ada.pub")" &&
	git tag -a -m agent agent-tag v1.1.0^{commit} &&
	git cra attest agent-tag &&
	git cra verify agent-tag >out &&
	test_grep "^agent-tag: OK" out &&
	git config user.signingKey "$(cat "$HOME/ada.pub")" &&
	git tag -a -m agent2 agent-tag2 v1.1.0^{commit} &&
	git cra attest agent-tag2 &&
	git cra verify agent-tag2
'

test_expect_success 'attest of a tag that does not exist exits 2' '
	test_expect_code 2 git cra attest v9 2>err &&
	test_grep "cannot attest .v9.: no tag named .v9." err
'

test_expect_success 'attest without a signing key exits 2 and records nothing' '
	before=$(git rev-parse refs/notes/cra) &&
	test_config user.signingKey "$HOME/nonexistent" &&
	test_expect_code 2 git cra attest v1.1.0 2>err &&
	test_grep "cannot sign" err &&
	test "$before" = "$(git rev-parse refs/notes/cra)"
'

test_expect_success GPG 'an OpenPGP signature verifies with the keyring' '
	git init -q -b main pgp &&
	(
		cd pgp &&
		gpg --batch --passphrase "" --quick-gen-key "Pat <pat@example.com>" ed25519 sign never 2>/dev/null &&
		git config gpg.format openpgp &&
		git config user.signingKey pat@example.com &&
		write_complete_product &&
		git add . && test_tick && git commit -q -m one &&
		test_tag_annotated v1 &&
		git cra attest v1 &&
		git cra verify v1 >out &&
		test_grep "^v1: OK" out &&
		test_grep "Pat <pat@example.com>" out &&
		git verify-commit refs/notes/cra
	)
'

test_done
