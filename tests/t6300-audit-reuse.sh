#!/bin/sh
test_description='audit reuses a rule outcome only for releases that answer it alike'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN,JQ
then
	skip_all='ssh-keygen cannot sign here, or jq is missing'
	test_done
fi

# observe_rule TITLE: write .cra/rules/observe.lua, the rule "observe"
# titled TITLE, whose check function has the body read from stdin (it
# starts on line 9 of the file).
observe_rule () {
	{
		printf 'return {\n  id = "observe",\n  title = "%s",\n' "$1" &&
		printf '  locus = "Art.13(1)",\n  severity = "error",\n' &&
		printf '  rationale = "a test rule",\n  remediation = "none",\n' &&
		printf '  check = function(cra)\n' &&
		cat &&
		printf '  end,\n}\n'
	} >.cra/rules/observe.lua
}

# One local rule that asks one question of each kind and reports the
# answers: a replay that reused an outcome it should not have would give
# another message than the one recorded, and the audit would say DRIFT.
write_observing_rule () {
	mkdir -p .cra/rules &&
	observe_rule "Reports what it sees" <<-\EOF
	    local data = cra.read("data.txt") or "none"
	    local names = table.concat(cra.list("dir"), ",")
	    local deadline = cra.time("2027-06-15")
	    cra.pass(string.format("data %s; flag %s; dir %s; past %s",
	      data:gsub("\n", ""), tostring(cra.exists("flag")), names,
	      tostring(cra.is_past(deadline))))
	EOF
}

# release N DAY: commit what is staged and tag it v1.N.0 on 2027-06-DAY.
release () {
	when="$(date -u -d "2027-06-$2T12:00:00Z" +%s) +0000" &&
	GIT_COMMITTER_DATE=$when GIT_AUTHOR_DATE=$when \
		git commit -q --allow-empty -m "release $1" &&
	GIT_COMMITTER_DATE=$when git tag -a -m "v1.$1.0" "v1.$1.0"
}

# replays: "tag replay status" per release.
replays () {
	jq -r '.releases[] | .tag + " " + .attestations[0].replay + " " +
		.status' "$1"
}

test_expect_success 'setup: releases that change one input at a time' '
	setup_ssh_signing ada &&
	write_complete_product &&
	printf "policy: observe-only\nrules:\n  include: []\nseverity: {}\nparams: {}\n" \
		>"$TEST_ROOT/observe-only.yaml" &&
	git config cra.policy "$TEST_ROOT/observe-only.yaml" &&
	write_observing_rule &&
	echo one >data.txt &&
	mkdir dir && echo a >dir/a &&
	git add . && release 0 01 &&
	echo changed >README && git add README && release 1 02 &&
	echo two >data.txt && git add data.txt && release 2 03 &&
	echo set >flag && git add flag && release 3 04 &&
	echo b >dir/b && git add dir/b && release 4 05 &&
	release 5 16 &&
	release 6 17 &&
	git cra attest v1.0.0 v1.1.0 v1.2.0 v1.3.0 v1.4.0 v1.5.0 v1.6.0 >out &&
	test_line_count = 7 out
'

test_expect_success 'every release replays OK, the rule running only when an answer changed' '
	git cra audit --format json >audit.json &&
	replays audit.json >actual &&
	cat >expect <<-\EOF &&
	v1.0.0 run OK
	v1.1.0 reused OK
	v1.2.0 run OK
	v1.3.0 run OK
	v1.4.0 run OK
	v1.5.0 run OK
	v1.6.0 reused OK
	EOF
	test_cmp expect actual &&
	jq -r ".summary | .rules_run, .rules_reused" audit.json >actual &&
	printf "%s\n" 5 2 >expect &&
	test_cmp expect actual
'

test_expect_success '--no-reuse runs every rule of every release, with the same verdicts' '
	git cra audit --no-reuse --format json >all.json &&
	jq -r ".summary | .rules_run, .rules_reused, .replays, .reused" \
		all.json >actual &&
	printf "%s\n" 7 0 7 0 >expect &&
	test_cmp expect actual &&
	jq -c "[.releases[] | .tag, .status]" audit.json >expect &&
	jq -c "[.releases[] | .tag, .status]" all.json >actual &&
	test_cmp expect actual
'

test_expect_success 'a rule that reads the revision runs for each release' '
	git checkout -q -b by-tag v1.6.0 &&
	sed -i "s/cra.pass(string.format(\"data/cra.pass(string.format(cra.snapshot.tag .. \" data/" \
		.cra/rules/observe.lua &&
	git add .cra/rules/observe.lua && release 7 18 &&
	git commit -q --allow-empty -m again && release 8 18 &&
	git cra attest v1.7.0 v1.8.0 &&
	git cra audit --tags "v1.[78].0" --format json >tag.json &&
	replays tag.json >actual &&
	printf "%s\n" "v1.7.0 run OK" "v1.8.0 run OK" >expect &&
	test_cmp expect actual
'

# sbom N: a CycloneDX SBOM of N components and the primary one.
sbom () {
	printf '{"bomFormat": "CycloneDX", "specVersion": "1.6", "version": 1,\n'
	printf ' "metadata": {"component": {"type": "firmware", "name": "fw", "version": "1", "bom-ref": "fw"}},\n'
	printf ' "components": ['
	i=1
	while test $i -le $1
	do
		test $i = 1 || printf ','
		printf '{"type": "library", "name": "c%d", "version": "1", "bom-ref": "c%d"}' $i $i
		i=$((i + 1))
	done
	printf ']}\n'
}

test_expect_success 'a rule that stops naming the release is reused at the next' '
	# While release 51 is evaluated, release 52 is sent ahead with the
	# rule (it named the release last time); once 51 is in the cache the
	# run for 52 is dropped, and the counts are those of one at a time.
	git checkout -q -b stops-naming v1.6.0 &&
	observe_rule "Names the release while a flag lies there" <<-\EOF &&
	    if cra.exists("named") then
	      cra.pass("at " .. cra.snapshot.tag)
	    else
	      cra.pass("no name")
	    end
	EOF
	echo x >named && git add .cra named && release 50 19 &&
	git rm -q named && release 51 20 &&
	git commit -q --allow-empty -m same && release 52 21 &&
	git commit -q --allow-empty -m same && release 53 22 &&
	git cra attest v1.50.0 v1.51.0 v1.52.0 v1.53.0 >out &&
	git cra audit --tags "v1.5[0-3].0" --format json >stops.json &&
	replays stops.json >actual &&
	cat >expect <<-\EOF &&
	v1.50.0 run OK
	v1.51.0 run OK
	v1.52.0 reused OK
	v1.53.0 reused OK
	EOF
	test_cmp expect actual &&
	jq -r ".summary | .rules_run, .rules_reused" stops.json >actual &&
	printf "%s\n" 2 2 >expect &&
	test_cmp expect actual
'

test_expect_success 'an SBOM the runner kept for one release is not taken for another' '
	git checkout -q -b sboms v1.6.0 &&
	observe_rule "Counts the components, per release" <<-\EOF &&
	    local sb = cra.sbom("bom.cdx.json")
	    cra.pass(string.format("%s: %d components", cra.snapshot.tag,
	      sb and sb:count() or -1))
	EOF
	sbom 1 >bom.cdx.json && git add .cra bom.cdx.json && release 10 20 &&
	sbom 2 >bom.cdx.json && git add bom.cdx.json && release 11 21 &&
	release 12 22 &&
	sbom 3 >bom.cdx.json && git add bom.cdx.json && release 13 23 &&
	git cra attest v1.10.0 v1.11.0 v1.12.0 v1.13.0 &&
	git cra audit --tags "v1.1[0-3].0" --format json >sbom.json &&
	jq -r ".releases[] | .tag + \" \" + .status + \" \" +
		.attestations[0].results[0].message" sbom.json >actual &&
	cat >expect <<-\EOF &&
	v1.10.0 OK v1.10.0: 2 components
	v1.11.0 OK v1.11.0: 3 components
	v1.12.0 OK v1.12.0: 3 components
	v1.13.0 OK v1.13.0: 4 components
	EOF
	test_cmp expect actual
'

test_expect_success 'a note line read by two tags is kept until the second has read it' '
	git checkout -q -b lines v1.6.0 &&
	git commit -q --allow-empty -m "at A" &&
	git tag v3.0.0 &&
	git tag v3.1.0 &&
	git cra attest v3.0.0 &&
	git commit -q --allow-empty -m "at B" &&
	git tag -f v3.0.0 >/dev/null &&
	test_expect_code 1 git cra audit --tags "v3.*" --format json >lines.json 2>err &&
	test_grep ! "released" err &&
	jq -r ".releases[] | .tag + \" \" + .status" lines.json >actual &&
	printf "%s\n" "v3.0.0 MOVED" "v3.1.0 TAMPERED" >expect &&
	test_cmp expect actual &&
	# Each tag reports its own verdict of the line, not the last one.
	jq -r ".releases[] | .tag + \" \" + .attestations[0].verdict + \" \" +
		.attestations[0].signer" lines.json >actual &&
	printf "%s\n" "v3.0.0 MOVED ada@example.com" \
		"v3.1.0 TAMPERED ada@example.com" >expect &&
	test_cmp expect actual
'

test_expect_success 'a line that names a tag and breaks after the name is that of its own tag' '
	# The audit reads a line'"'"'s subject before the rest; the rest decides.
	git checkout -q -b broken v1.6.0 &&
	git commit -q --allow-empty -m "at C" &&
	git tag v4.0.0 &&
	git commit -q --allow-empty -m "at D" &&
	git tag v4.1.0 &&
	git cra attest v4.0.0 v4.1.0 &&
	git notes --ref=cra show v4.0.0 >line &&
	jq -r .payload line | base64 -d | head -c 200 | base64 -w0 >payload &&
	jq -c --arg p "$(cat payload)" ".payload = \$p" line >broken &&
	git notes --ref=cra append -F broken v4.1.0 &&
	test_expect_code 1 git cra audit --tags "v4.*" --format json >broken.json &&
	jq -r ".releases[] | .tag + \" \" + .status + \" \" +
		(.attestations | length | tostring)" broken.json >actual &&
	printf "%s\n" "v4.0.0 OK 1" "v4.1.0 TAMPERED 2" >expect &&
	test_cmp expect actual &&
	jq -r ".releases[1].attestations[1].detail" broken.json >actual &&
	echo "the payload is not a JSON statement" >expect &&
	test_cmp expect actual
'

test_expect_success 'many notes are read by two processes, each where it belongs' '
	# From 64 notes on, a second process reads half of them: tampered
	# lines on either side must come out at their own tags.
	git checkout -q -b many v1.6.0 &&
	tags= &&
	for i in $(test_seq 0 69)
	do
		git commit -q --allow-empty -m "many $i" &&
		git tag "v6.$i.0" &&
		tags="$tags v6.$i.0" || return 1
	done &&
	git cra attest $tags >out &&
	test_line_count = 70 out &&
	for i in 3 17 31 45 59 66
	do
		obj=$(git rev-parse "refs/tags/v6.$i.0") &&
		git notes --ref=cra show "$obj" |
			sed "s/\"payload\":\"ey/\"payload\":\"eX/" >bad &&
		git notes --ref=cra add -f -F bad "$obj" || return 1
	done &&
	test_expect_code 1 git cra audit --tags "v6.*" --format json >many.json &&
	jq -r ".releases[] | select(.status != \"OK\") | .tag + \" \" +
		.status" many.json | sort -V >actual &&
	printf "v6.%d.0 TAMPERED\n" 3 17 31 45 59 66 >expect &&
	test_cmp expect actual &&
	jq -r ".summary.statuses.OK" many.json >actual &&
	echo 64 >expect &&
	test_cmp expect actual
'

test_expect_success 'a rule stopped at the time limit costs the runner, not the audit' '
	git checkout -q -b bomb v1.6.0 &&
	observe_rule "Hangs where a bomb lies" <<-\EOF &&
	    if cra.exists("bomb") then
	      string.rep("a", 40):find("a*a*a*a*a*a*a*a*a*a*a*a*a*a*b")
	    end
	    cra.pass("data " .. (cra.read("data.txt") or "none"))
	EOF
	git add .cra && release 20 24 &&
	echo x >bomb && git add bomb && release 21 25 &&
	git rm -q bomb && echo three >data.txt && git add data.txt &&
	release 22 26 &&
	test_config cra.ruleTimeout 1500 &&
	git cra attest v1.20.0 v1.21.0 v1.22.0 &&
	git cra audit --tags "v1.2[0-2].0" --format json >bomb.json &&
	jq -r ".releases[] | .tag + \" \" + .status + \" \" +
		.attestations[0].results[0].status" bomb.json >actual &&
	printf "%s\n" "v1.20.0 OK pass" "v1.21.0 OK error" "v1.22.0 OK pass" >expect &&
	test_cmp expect actual
'

test_expect_success 'a rule the runner compiled for one release fails the same way in another' '
	git checkout -q -b compiled v1.6.0 &&
	observe_rule "Fails where data.txt is gone" <<-\EOF &&
	    local data = cra.read("data.txt")
	    if not data then
	      error("data.txt is gone")
	    end
	    cra.pass(cra.snapshot.tag .. " " .. (data:gsub("\n", "")))
	EOF
	git add .cra && release 30 27 &&
	git rm -q data.txt && release 31 28 &&
	git cra attest v1.30.0 v1.31.0 &&
	git cra audit --tags "v1.3[01].0" --format json >compiled.json &&
	jq -r ".releases[] | .tag + \" \" + .status + \" \" +
		.attestations[0].results[0].message" compiled.json >actual &&
	cat >expect <<-\EOF &&
	v1.30.0 OK v1.30.0 two
	v1.31.0 OK data.txt is gone
	EOF
	test_cmp expect actual &&
	jq -r ".releases[1].attestations[0].results[0].location.line" \
		compiled.json >actual &&
	echo 11 >expect &&
	test_cmp expect actual
'

test_expect_success 'product metadata and policy kept for one release are not taken for another' '
	git checkout -q -b memo v1.6.0 &&
	observe_rule "Names the product and a policy parameter" <<-\EOF &&
	    cra.pass(string.format("%s %s %s", cra.snapshot.tag,
	      cra.product.product.name, tostring(cra.params.level)))
	EOF
	git add .cra && release 40 29 &&
	sed -i "s/name: Acme Widget/name: Acme Gadget/" .cra/product.yaml &&
	git add .cra && release 41 30 &&
	release 42 30 &&
	git cra attest v1.40.0 v1.41.0 &&
	printf "policy: observe-only\nrules:\n  include: []\nseverity: {}\nparams:\n  level: 2\n" \
		>"$TEST_ROOT/observe-two.yaml" &&
	test_config cra.policy "$TEST_ROOT/observe-two.yaml" &&
	git cra attest v1.42.0 &&
	git cra audit --tags "v1.4[0-2].0" --format json >memo.json &&
	jq -r ".releases[] | .tag + \" \" + .status + \" \" +
		.attestations[0].results[0].message" memo.json >actual &&
	cat >expect <<-\EOF &&
	v1.40.0 OK v1.40.0 Acme Widget nil
	v1.41.0 OK v1.41.0 Acme Gadget nil
	v1.42.0 OK v1.42.0 Acme Gadget 2
	EOF
	test_cmp expect actual
'

test_expect_success 'a reused outcome is still compared with its record: a signed lie drifts' '
	test_when_finished "git update-ref refs/notes/cra $(git rev-parse refs/notes/cra)" &&
	git notes --ref=cra show v1.6.0 | jq -r .payload | base64 -d |
		jq -c ".predicate.results[0].message = \"data forged\"" >forged.json &&
	resign forged.json >line &&
	git notes --ref=cra add -f -F line "$(git rev-parse refs/tags/v1.6.0)" &&
	test_expect_code 1 git cra audit --format json >forged-audit.json &&
	jq -r ".releases[] | .tag + \" \" + .attestations[0].replay + \" \" +
		.status" forged-audit.json | grep "v1.[56].0" >actual &&
	printf "%s\n" "v1.5.0 run OK" "v1.6.0 reused DRIFT" >expect &&
	test_cmp expect actual
'

test_done
