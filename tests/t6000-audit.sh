#!/bin/sh
test_description='audit verifies and replays every release, and names each problem at its tag'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN,JQ
then
	skip_all='ssh-keygen cannot sign here, or jq is missing'
	test_done
fi

# note_of TAG: the note on the object the tag points to.
note_of () {
	git notes --ref=cra show "$(git rev-parse "refs/tags/$1")"
}

# statuses: "tag status" per release, from the json format.
statuses () {
	jq -r '.releases[] | .tag + " " + .status' "$1"
}

# expect_statuses TAG=STATUS...: every release OK but those named.
expect_statuses () {
	for i in $(test_seq 0 29)
	do
		tag=v1.$i.0 &&
		status=OK &&
		for pair in "$@"
		do
			case $pair in
			"$tag="*) status=${pair#*=} ;;
			esac
		done &&
		echo "$tag $status" || return 1
	done
}

test_expect_success 'setup: thirty releases, attested, one of them by bob' '
	# Rules of their own: the checkout'"'"'s may change while this runs.
	mkdir "$TEST_ROOT/data" &&
	cp -R "$GIT_CRA_DATADIR/rules" "$GIT_CRA_DATADIR/policies" \
		"$TEST_ROOT/data/" &&
	GIT_CRA_DATADIR=$TEST_ROOT/data &&
	export GIT_CRA_DATADIR &&
	setup_ssh_signing bob &&
	setup_ssh_signing ada &&
	write_complete_product &&
	git add . && test_tick && git commit -q -m product &&
	for i in $(test_seq 0 29)
	do
		echo "release $i" >README &&
		git add README && test_tick && git commit -q -m "release $i" &&
		test_tag_annotated "v1.$i.0" || return 1
	done &&
	git tag nightly &&
	tags=$(for i in $(test_seq 0 29); do test "$i" = 7 || echo "v1.$i.0"; done) &&
	git cra attest $tags >out &&
	test_line_count = 29 out &&
	git config user.signingKey "$HOME/bob" &&
	git cra attest v1.7.0 &&
	git config user.signingKey "$HOME/ada"
'

test_expect_success 'a clean history audits OK, oldest first, and exits 0' '
	git cra audit --format json >audit.json 2>err &&
	test_must_be_empty err &&
	expect_statuses >expect &&
	statuses audit.json >actual &&
	test_cmp expect actual &&
	jq -r ".summary | .releases, .first.tag, .last.tag, .statuses.OK" \
		audit.json >actual &&
	printf "%s\n" 30 v1.0.0 v1.29.0 30 >expect &&
	test_cmp expect actual
'

test_expect_success 'tags that do not look like versions are left out' '
	! jq -r ".releases[].tag" audit.json | grep nightly
'

test_expect_success 'the text format has a line per release and the counts' '
	git cra audit >out &&
	test_grep "^v1.0.0  *[0-9-]*  OK  *1 attestation: [0-9]* pass" out &&
	test_grep "^30 tags: 30 OK, 0 MISSING, 0 BAD-SIGNATURE" out &&
	test_grep "^30 replays run, 0 reused" out
'

test_expect_success 'the obligations say when they first passed' '
	jq -r ".obligations[] | select(.locus == \"AnnexI.PartII(6)\") |
		.first_passed.tag, .passed, .failed" audit.json >actual &&
	printf "%s\n" v1.0.0 30 0 >expect &&
	test_cmp expect actual &&
	jq -e "[.obligations[] | select(.passed > 0)] | length > 0 and
		all(.first_passed.tag == \"v1.0.0\" and .passed == 30)" audit.json &&
	jq -e "all(.obligations[]; .passed + .failed <= 30 and
		(.passed > 0) == (.first_passed != null))" audit.json &&
	test_grep "AnnexI.PartII(6) *v1.0.0 (" out
'

test_expect_success 'a second identical attestation is replayed once' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	sleep 1 &&
	git cra attest v1.2.0 &&
	git cra audit --tags "v1.2.0" --format json >one.json &&
	jq -r ".summary | .replays, .reused" one.json >actual &&
	printf "%s\n" 1 1 >expect &&
	test_cmp expect actual &&
	jq -r ".releases[0].attestations[] | .replay + \" \" + .status" \
		one.json >actual &&
	printf "%s\n" "run OK" "reused OK" >expect &&
	test_cmp expect actual
'

test_expect_success 'setup: change the installed rules after attesting' '
	mkdir -p datadir &&
	cp -R "$GIT_CRA_DATADIR/rules" "$GIT_CRA_DATADIR/policies" datadir/ &&
	sed -i "s/cra\\.pass(/cra.fail(/" datadir/rules/article-13/support-period.lua &&
	test_expect_code 1 env GIT_CRA_DATADIR="$PWD/datadir" \
		git cra check --format json v1.0.0 >check.json &&
	jq -e "[.findings[] | select(.rule == \"support-period\")][0].status == \"fail\"" check.json
'

test_expect_success 'the replay runs the recorded code, not the installed one' '
	GIT_CRA_DATADIR="$PWD/datadir" git cra audit --format json >audit.json &&
	expect_statuses >expect &&
	statuses audit.json >actual &&
	test_cmp expect actual
'

test_expect_success 'setup: alter a payload, remove a record, move a tag, drop a signer' '
	note_of v1.3.0 >line &&
	jq -r .payload line | base64 -d |
		sed "s/\"pass\":\\([0-9]\\)/\"pass\":9\\1/" | base64 -w0 >payload &&
	jq -c --arg p "$(cat payload)" ".payload = \$p" line >forged &&
	git notes --ref=cra add -f -F forged "$(git rev-parse refs/tags/v1.3.0)" &&
	git notes --ref=cra remove "$(git rev-parse refs/tags/v1.11.0)" 2>/dev/null &&
	test_tick &&
	git tag -f -a -m moved v1.17.0 v1.16.0^{commit} >/dev/null &&
	grep -v "^bob@" "$HOME/allowed_signers" >"$HOME/allowed_signers.new" &&
	mv "$HOME/allowed_signers.new" "$HOME/allowed_signers"
'

test_expect_success 'each problem is named at its tag and nowhere else; exit 1' '
	test_expect_code 1 git cra audit --format json >audit.json &&
	expect_statuses v1.3.0=BAD-SIGNATURE v1.7.0=UNTRUSTED \
		v1.11.0=MISSING v1.17.0=MOVED >expect &&
	statuses audit.json | sort -V >actual &&
	test_cmp expect actual &&
	jq -r ".summary.statuses | .OK, .\"BAD-SIGNATURE\", .UNTRUSTED,
		.MISSING, .MOVED, .TAMPERED, .DRIFT" audit.json >actual &&
	printf "%s\n" 26 1 1 1 1 0 0 >expect &&
	test_cmp expect actual
'

test_expect_success 'the text format shows each problem under its tag' '
	test_expect_code 1 git cra audit >out &&
	test_grep "^v1.11.0 .* MISSING  *no attestation; make one with .git cra attest v1.11.0." out &&
	test_grep "^v1.3.0 .* BAD-SIGNATURE" out &&
	test_grep "^v1.17.0 .* MOVED" out &&
	test_grep "^    1: MOVED.*the tag now points at another object" out &&
	test_grep "^v1.7.0 .* UNTRUSTED" out &&
	test_grep "^30 tags: 26 OK, 1 MISSING, 1 BAD-SIGNATURE, 1 UNTRUSTED, 1 MOVED, 0 TAMPERED, 0 DRIFT, 0 UNREPLAYABLE" out &&
	grep -E "^v[0-9.]+ .* (MISSING|BAD-SIGNATURE|UNTRUSTED|MOVED|TAMPERED|DRIFT)" out >problems &&
	test_line_count = 4 problems
'

test_expect_success 'records that fail verification are not replayed' '
	jq -r ".releases[] | select(.status != \"OK\") |
		.attestations[] | .replay" audit.json >actual &&
	printf "%s\n" null null null >expect &&
	test_cmp expect actual
'

test_expect_success '--allowed-signers overrides the configuration' '
	setup_ssh_signing bob &&
	git config user.signingKey "$HOME/ada" &&
	test_expect_code 1 git cra audit --format json >audit.json &&
	jq -r ".releases[] | select(.tag == \"v1.7.0\") | .status" audit.json >actual &&
	echo OK >expect &&
	test_cmp expect actual &&
	grep -v "^bob@" "$HOME/allowed_signers" >only-ada &&
	test_expect_code 1 git cra audit --allowed-signers only-ada --tags "v1.7.*" >out &&
	test_grep "^v1.7.0 .* UNTRUSTED" out
'

test_expect_success 'a signed record whose results do not reproduce is DRIFT, with the differences' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	note_of v1.20.0 | jq -r .payload | base64 -d >st.json &&
	jq -c "(.predicate.results[] | select(.rule == \"support-period\") |
		.status) = \"fail\" |
		(.predicate.results[] | select(.rule == \"support-period\") |
		.message) = \"forged\"" st.json >forged.json &&
	resign forged.json >envelope &&
	git notes --ref=cra add -f -F envelope "$(git rev-parse refs/tags/v1.20.0)" &&
	test_expect_code 1 git cra audit --tags "v1.2*" --format json >drift.json &&
	jq -r ".releases[] | .tag + \" \" + .status" drift.json >actual &&
	printf "%s\n" "v1.2.0 OK" "v1.20.0 DRIFT" "v1.21.0 OK" "v1.22.0 OK" \
		"v1.23.0 OK" "v1.24.0 OK" "v1.25.0 OK" "v1.26.0 OK" \
		"v1.27.0 OK" "v1.28.0 OK" "v1.29.0 OK" >expect &&
	test_cmp expect actual &&
	jq -r ".releases[1].attestations[0].differences[] |
		.change, .rule, .status_before, .status_after, .message_before" \
		drift.json >actual &&
	printf "%s\n" changed support-period fail pass forged >expect &&
	test_cmp expect actual &&
	test_expect_code 1 git cra audit --tags "v1.20.0" >out &&
	test_grep "^v1.20.0 .* DRIFT" out &&
	test_grep "changed support-period Art.13(8): fail, now pass" out &&
	test_grep "recorded: forged" out
'

test_expect_success 'a failing result recorded at release is reported as an open gap' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	resign forged.json >envelope &&
	git notes --ref=cra add -f -F envelope "$(git rev-parse refs/tags/v1.20.0)" &&
	test_expect_code 1 git cra audit --tags "v1.20.0" --format json >gap.json &&
	jq -r ".releases[0].failing[] | select(.rule == \"support-period\") |
		.locus + \" \" + .message" gap.json >actual &&
	echo "Art.13(8) forged" >expect &&
	test_cmp expect actual &&
	jq -e ".releases[0].failing_obligations >= 1" gap.json &&
	test_expect_code 1 git cra audit --tags "v1.20.0" >out &&
	test_grep "^  v1.20.0: Art.13(8) support-period .*: forged" out
'

test_expect_success 'a record whose rule code is gone is UNREPLAYABLE, naming the blob' '
	cp -R . ../gone &&
	(
		cd ../gone &&
		blob=$(note_of v1.5.0 | jq -r .payload | base64 -d |
			jq -r ".predicate.rules[] | select(.id == \"support-period\") | .blob") &&
		git notes --ref=cra remove "$blob" 2>/dev/null &&
		tree=$(git rev-parse refs/notes/cra^{tree}) &&
		git update-ref refs/notes/cra "$(git commit-tree -m gone "$tree")" &&
		git reflog expire --expire=now --all &&
		git gc -q --prune=now &&
		test_must_fail git cat-file -e "$blob" &&
		test_expect_code 1 git cra audit --tags "v1.5.0" >out &&
		test_grep "^v1.5.0 .* UNREPLAYABLE" out &&
		test_grep "1: UNREPLAYABLE.*the rule code of rules/article-13/support-period.lua (blob $blob) is not in the repository" out
	)
'

test_expect_success '--tags and --since choose the releases' '
	test_expect_code 1 git cra audit --tags "v1.1*" --format json >sel.json &&
	jq -r ".releases[].tag" sel.json >actual &&
	printf "%s\n" v1.1.0 v1.10.0 v1.11.0 v1.12.0 v1.13.0 v1.14.0 \
		v1.15.0 v1.16.0 v1.18.0 v1.19.0 v1.17.0 >expect &&
	test_cmp expect actual &&
	since=$(git for-each-ref --format="%(taggerdate:iso-strict)" refs/tags/v1.25.0 | sed "s/+00:00/Z/") &&
	test_expect_code 1 git cra audit --since "$since" --format json >since.json &&
	jq -r ".releases[].tag" since.json >actual &&
	printf "%s\n" v1.25.0 v1.26.0 v1.27.0 v1.28.0 v1.29.0 v1.17.0 >expect &&
	test_cmp expect actual &&
	test_expect_code 1 git cra audit --tags nightly --format json >nightly.json &&
	jq -r ".releases[].tag" nightly.json >actual &&
	echo nightly >expect &&
	test_cmp expect actual
'

test_expect_success 'no matching tag: a warning, and nothing fails' '
	git cra audit --tags "nothing*" >out 2>err &&
	test_grep "no release tag to audit matches .nothing\*." err
'

test_expect_success '--output writes the report to a file' '
	test_expect_code 1 git cra audit --format json --output report.json >out &&
	test_must_be_empty out &&
	jq -e ".schema == \"git-cra/audit/1\"" report.json
'

test_expect_success 'the audit could not run: exit 2' '
	test_expect_code 2 git cra audit --format pdf 2>err &&
	test_grep "unknown format .pdf." err &&
	test_expect_code 2 git cra audit --since yesterday 2>err &&
	test_grep "since" err &&
	test_expect_code 2 git cra audit extra 2>err &&
	test_expect_code 2 git -C "$TEST_ROOT" cra audit 2>err
'

# script(1) gives the command a terminal; util-linux has it.
test_lazy_prereq SCRIPT 'script -qc true /dev/null'

test_expect_success 'no progress bar when stderr is not a terminal' '
	test_expect_code 1 git cra audit >/dev/null 2>err &&
	test_must_be_empty err
'

test_expect_success SCRIPT 'a progress bar on a terminal, cleared at the end' '
	TERM=xterm script -qec "git cra audit --tags \"v1.2*\" >/dev/null" /dev/null >out &&
	test_grep "/11 tags, [0-9]* left: v1.2" out &&
	test_grep "11/11 tags, 0 left" out &&
	tr "\r" "\n" <out | tail -n 1 >last &&
	printf "\033[K" >expect &&
	test_cmp expect last
'

test_done
