#!/bin/sh
test_description='git cra diff: what a change adds, fixes and leaves failing'

# The SARIF SDK's validator, as t7100 finds it: before test-lib.sh
# replaces HOME. Nothing is downloaded here.
sarif_multitool_dir=${GIT_CRA_SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-${HOME-}/.cache}/git-cra/sarif-multitool}

. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

sarif_native=
for tl_f in "$sarif_multitool_dir"/node_modules/@microsoft/sarif-multitool-*/Sarif.Multitool
do
	test -x "$tl_f" && sarif_native=$tl_f
done
test_lazy_prereq SARIF_MULTITOOL '
	if test -n "$sarif_native"
	then
		"$sarif_native" --version
	else
		npx --no-install @microsoft/sarif-multitool --help
	fi
'

# sarif_validate LOG: "level rule-id" for each of the validator's results.
sarif_validate () {
	if test -n "$sarif_native"
	then
		"$sarif_native" validate "$1" --output "$1.validation" \
			--log ForceOverwrite --rule-kind "Sarif;Gh" >"$1.out" 2>&1
	else
		npx --no-install @microsoft/sarif-multitool validate "$1" \
			--output "$1.validation" --log ForceOverwrite \
			--rule-kind '"Sarif;Gh"' >"$1.out" 2>&1
	fi || {
		cat "$1.out"
		return 1
	}
	jq -r '.runs[].results[]? | (.level // "warning") + " " + .ruleId' \
		"$1.validation"
}

# A local rule that always fails, and the same rule broken.
write_radio_rule () {
	mkdir -p .cra/rules &&
	cat >.cra/rules/radio.lua <<-\EOF
	return { id = "radio-interface", title = "Radio interface protected",
	  locus = "AnnexI.PartI(2)(d)", severity = "error",
	  rationale = "r", remediation = "shield the radio",
	  check = function(cra)
	    cra.fail("the radio accepts any command", cra.product_path)
	  end }
	EOF
}

# The rules these tests are about, and only those, so that rules added to
# the catalogue do not change what the tests expect.
policy=$TEST_ROOT/diff-tests.yaml
cat >"$policy" <<-\EOF
policy: diff-tests
rules:
  include: [support-period, cvd-policy, security-txt, radio-interface]
params:
  support_min_years: 5
EOF

# cra_diff ARGS...: git cra diff at the tests' time, under that policy.
cra_diff () {
	git cra diff --now "$NOW" --policy "$policy" "$@"
}

# main: the support period is too short (one failure). topic, the change
# under review: the period is fixed, and SECURITY.md is emptied (a new
# failure). Other branches from main make one change each.
test_expect_success 'setup: a base and a change that adds one failure and fixes another' '
	write_complete_product &&
	sed "s/end: 2032-03-31/end: 2029-03-31/" .cra/product.yaml >tmp &&
	mv tmp .cra/product.yaml &&
	git add . && test_tick && git commit -q -m base &&
	base=$(git rev-parse --short=7 main) &&

	git checkout -q -b topic &&
	write_product_yaml &&
	echo "# Security" >SECURITY.md &&
	git add . && test_tick && git commit -q -m "fix one, break one" &&
	topic=$(git rev-parse --short=7 topic) &&

	git checkout -q -b fixonly main &&
	write_product_yaml &&
	git add . && test_tick && git commit -q -m "fix the period" &&

	git checkout -q -b reworded main &&
	sed "s/end: 2029-03-31/end: 2029-09-30/" .cra/product.yaml >tmp &&
	mv tmp .cra/product.yaml &&
	git add . && test_tick && git commit -q -m "a longer, still short period" &&

	git checkout -q -b contactless main &&
	printf "%s\n" "Expires: 2028-12-31T23:59:59Z" \
		"Policy: https://acme.example/security" >.well-known/security.txt &&
	git add . && test_tick && git commit -q -m "renew security.txt, lose its contact" &&

	git checkout -q -b waived main &&
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: support-period
	    reason: the longer contract is being signed
	    owner: Ada Author
	    expires: 2027-09-30
	EOF
	git add . && test_tick && git commit -q -m "waive the short period" &&

	git checkout -q -b withrule main &&
	write_radio_rule &&
	git add . && test_tick && git commit -q -m "a local rule that fails" &&

	git checkout -q -b norule withrule &&
	git rm -q .cra/rules/radio.lua &&
	test_tick && git commit -q -m "drop the local rule" &&

	git checkout -q -b broke withrule &&
	sed "s/cra.fail(.*/error(\"gave up\")/" .cra/rules/radio.lua >tmp &&
	mv tmp .cra/rules/radio.lua &&
	git add . && test_tick && git commit -q -m "break the local rule" &&

	git checkout -q topic
'

test_expect_success 'diff -h prints the usage and exits 0' '
	git cra diff -h >actual &&
	test_grep "^usage: git cra diff \[--policy <name>\].* <base> \[<head>\]$" actual &&
	test_grep "^   or: git cra diff --staged .* <base>$" actual
'

test_expect_success 'the text lists the new failure and the fix; exit 1' '
	test_expect_code 1 cra_diff main topic >actual &&
	sed -n 1p actual >first &&
	echo "git cra diff: revision main (commit $base) -> revision topic (commit $topic), policy diff-tests, evaluated at 2027-06-01T00:00:00Z" >expect &&
	test_cmp expect first &&
	sed -n "/^New failures/,\$p" actual >rest &&
	cat >expect <<-\EOF &&
	New failures (1)
	  SECURITY.md: SECURITY.md has 0 words: say how to report a vulnerability, what reporters can expect, and how fixes are disclosed [cvd-policy AnnexI.PartII(5)]

	Fixed (1)
	  .cra/product.yaml:17:8: support period is 2.1 years (2027-03-01 to 2029-03-31); Art.13(8) asks for at least 5: move support.end to 2032-03-01 or later, or declare a shorter expected use (product.expected_use_years) with support.rationale [support-period Art.13(8), declared]
	      now passes: .cra/product.yaml:17:8: support period of 5.1 years (2027-03-01 to 2032-03-31)

	1 new, 1 fixed, 0 still failing, 0 no longer checked
	EOF
	test_cmp expect rest
'

test_expect_success 'text -v says how to fix the new failure' '
	test_expect_code 1 cra_diff -v main topic >actual &&
	grep -A1 "^  SECURITY.md: " actual >new &&
	grep "^      fix: " new >fixes &&
	test_line_count = 1 fixes &&
	grep "^      fix: " actual >fixes &&
	test_line_count = 1 fixes
'

test_expect_success JQ 'json: the new, fixed and unchanged arrays' '
	test_expect_code 1 cra_diff --format json main topic >out.json &&
	jq -r ".schema, .policy, .evaluated_at,
		(.summary | [.new, .fixed, .unchanged, .dropped, .rules_added,
			     .rules_removed] | map(tostring) | join(\" \")),
		(.new | map(.rule + \" \" + .status) | join(\",\")),
		(.fixed | map(.rule + \" \" + .status + \" now \" + .now.status) | join(\",\")),
		(.unchanged | length), (.dropped | length),
		.base.snapshot.rev, .head.snapshot.rev" out.json >actual &&
	cat >expect <<-\EOF &&
	git-cra/diff/1
	diff-tests
	2027-06-01T00:00:00Z
	1 1 0 0 0 0
	cvd-policy fail
	support-period fail now pass
	0
	0
	main
	topic
	EOF
	test_cmp expect actual &&
	jq -r ".base.snapshot.commit, .head.snapshot.commit" out.json >actual &&
	git rev-parse main topic >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'json: findings keep the check format, with their place' '
	jq -e ".fixed[0] | .locus == \"Art.13(8)\" and .basis == \"declared\" and
		.location.path == \".cra/product.yaml\" and .location.line == 17 and
		.rule_file == \"rules/article-13/support-period.lua\"" out.json &&
	jq -e ".new[0].location == {\"path\": \"SECURITY.md\", \"line\": null, \"column\": null}" out.json
'

test_expect_success 'markdown: a summary line and a table of the new and fixed findings' '
	test_expect_code 1 cra_diff --format markdown main topic >out.md &&
	cat >expect <<-EOF &&
	**git cra**: 1 new failure, 1 fixed (base main ($base) → head topic ($topic), policy diff-tests, evaluated at 2027-06-01T00:00:00Z)

	| | Obligation | Rule | Where | Finding |
	| --- | --- | --- | --- | --- |
	| ❌ new | AnnexI.PartII(5) | \`cvd-policy\` | \`SECURITY.md\` | SECURITY.md has 0 words: say how to report a vulnerability, what reporters can expect, and how fixes are disclosed |
	| ✅ fixed | Art.13(8) | \`support-period\` | \`.cra/product.yaml:17\` | support period is 2.1 years (2027-03-01 to 2029-03-31); Art.13(8) asks for at least 5: move support.end to 2032-03-01 or later, or declare a shorter expected use (product.expected\\_use\\_years) with support.rationale *(declared)*<br>now passes |
	EOF
	test_cmp expect out.md
'

test_expect_success 'markdown is empty when nothing changed; exit 0' '
	cra_diff --format markdown main main >actual &&
	test_must_be_empty actual
'

test_expect_success 'a failure whose message changes is the same failure, still failing' '
	cra_diff main reworded >actual &&
	test_grep "^Still failing (1)$" actual &&
	test_grep "^  .cra/product.yaml:17:8: support period is 2.6 years" actual &&
	test_grep "^0 new, 0 fixed, 1 still failing, 0 no longer checked$" actual &&
	cra_diff --format markdown main reworded >actual &&
	test_must_be_empty actual
'

test_expect_success JQ 'json: a still failing finding is the head one, with the base one as was' '
	cra_diff --format json main reworded >out.json &&
	jq -r ".unchanged[] | .rule, (.message | .[0:26]), (.was.message | .[0:26])" \
		out.json >actual &&
	cat >expect <<-\EOF &&
	support-period
	support period is 2.6 year
	support period is 2.1 year
	EOF
	test_cmp expect actual
'

test_expect_success 'only a fix exits 0, though a failure may remain elsewhere' '
	cra_diff main fixonly >actual &&
	test_grep "^0 new, 1 fixed, 0 still failing, 0 no longer checked$" actual &&
	cra_diff --format markdown main fixonly >actual &&
	test_grep "^\*\*git cra\*\*: no new failure, 1 fixed (base main" actual
'

test_expect_success 'a waiver fixes a failure, and says so' '
	cra_diff main waived >actual &&
	test_grep "^      now waived by Ada Author until 2027-09-30: the longer contract is being signed$" actual &&
	test_grep "^0 new, 1 fixed, 0 still failing, 0 no longer checked$" actual &&
	cra_diff --format markdown main waived >out.md &&
	test_grep "^| ✅ fixed | Art.13(8) | .support-period. | .*<br>now \*\*waived\*\* |$" out.md
'

test_expect_success 'nothing changed exits 0 and says what still fails' '
	cra_diff main main >actual &&
	test_grep "^Still failing (1)$" actual &&
	test_grep "^0 new, 0 fixed, 1 still failing, 0 no longer checked$" actual
'

test_expect_success JQ 'sarif marks each result against the base' '
	test_expect_code 1 cra_diff --format sarif main topic >out.sarif &&
	jq -r ".runs[0].results[] |
		[.ruleId, .kind, .baselineState] | join(\" \")" out.sarif >actual &&
	cat >expect <<-\EOF &&
	cvd-policy fail new
	security-txt pass unchanged
	support-period pass new
	cvd-policy pass absent
	support-period fail absent
	EOF
	test_cmp expect actual &&
	jq -e "[.runs[0].results[] | has(\"baselineState\")] | all" out.sarif &&
	jq -e "[.runs[0] | .tool.driver.rules as \$r | .results[] |
		\$r[.ruleIndex].id == .ruleId] | all" out.sarif &&
	jq -r ".runs[0].properties | .baseline.snapshot.rev, .snapshot.rev,
		(.diff | [.new, .fixed] | map(tostring) | join(\" \"))" out.sarif >actual &&
	printf "%s\n" main topic "1 1" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'sarif: a finding whose message changed is updated' '
	cra_diff --format sarif main reworded >reworded.sarif &&
	jq -r ".runs[0].results[] | select(.ruleId == \"support-period\") |
		.baselineState" reworded.sarif >actual &&
	echo updated >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'sarif: the absent result of a removed rule names a rule of the run' '
	cra_diff --format sarif withrule norule >norule.sarif &&
	jq -r ".runs[0] | .tool.driver.rules as \$r | .results[] |
		select(.ruleId == \"radio-interface\") |
		.baselineState + \" \" + \$r[.ruleIndex].id" norule.sarif >actual &&
	echo "absent radio-interface" >expect &&
	test_cmp expect actual
'

test_expect_success SARIF_MULTITOOL,JQ 'the SARIF validator warns of nothing new' '
	for log in out.sarif reworded.sarif norule.sarif
	do
		sarif_validate $log || return 1
	done >actual &&
	! grep -v "^warning SARIF2005$" actual
'

test_expect_success 'github: an annotation for the new failure only' '
	test_expect_code 1 cra_diff --format github main topic >actual &&
	cat >expect <<-EOF &&
	::error file=SECURITY.md,title=cvd-policy (AnnexI.PartII(5))::SECURITY.md has 0 words: say how to report a vulnerability, what reporters can expect, and how fixes are disclosed
	::notice title=git cra diff::1 new, 1 fixed, 0 still failing, 0 no longer checked (base $base, head $topic, evaluated at 2027-06-01T00:00:00Z)
	EOF
	test_cmp expect actual
'

test_expect_success 'a failing rule added to .cra/rules is a new failure' '
	test_expect_code 1 cra_diff main withrule >actual &&
	test_grep "^New failures (1)$" actual &&
	test_grep "^  .cra/product.yaml: the radio accepts any command \[radio-interface AnnexI.PartI(2)(d)\]$" actual &&
	sed -n "/^Rules added/,/^\$/p" actual >rules &&
	printf "%s\n" "Rules added (1)" \
		"  radio-interface AnnexI.PartI(2)(d) (.cra/rules/radio.lua)" "" >expect &&
	test_cmp expect rules
'

test_expect_success 'removing a failing rule is no fix: it is no longer checked' '
	cra_diff withrule norule >actual &&
	test_grep "^No longer checked (the rule is gone or broke) (1)$" actual &&
	test_grep "^      the rule no longer runs at head$" actual &&
	test_grep "^Rules removed (1)$" actual &&
	test_grep "^0 new, 0 fixed, 1 still failing, 1 no longer checked; 0 rules added, 1 removed$" actual &&
	cra_diff --format markdown withrule norule >out.md &&
	test_grep "^| ⚠️ no longer checked | AnnexI.PartI(2)(d) | .radio-interface. | .*<br>its rule no longer runs at head |$" out.md &&
	test_grep "^\*\*Rules removed\*\*: radio-interface (AnnexI.PartI(2)(d))$" out.md
'

test_expect_success 'a rule that breaks is a new failure, and its failure is not fixed' '
	test_expect_code 1 cra_diff --format json withrule broke >out.json &&
	jq -r "(.new[] | .rule + \" \" + .status),
		(.dropped[] | .rule + \" \" + .status), (.fixed | length)" \
		out.json >actual &&
	printf "%s\n" "radio-interface error" "radio-interface fail" 0 >expect &&
	test_cmp expect actual &&
	test_expect_code 1 cra_diff withrule broke >actual &&
	test_grep "^      the rule broke at head$" actual
'

test_expect_success 'the same --now judges both sides: an expiry is no new failure' '
	git cra diff --now 2028-01-15T00:00:00Z --policy "$policy" --format json \
		main fixonly >out.json &&
	jq -r "(.unchanged | map(.rule) | join(\",\")), (.new | length),
		.evaluated_at" out.json >actual &&
	printf "%s\n" security-txt 0 2028-01-15T00:00:00Z >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'findings with subjects match by subject, not by order' '
	test_expect_code 1 git cra diff --now 2028-01-15T00:00:00Z \
		--policy "$policy" --format json main contactless >out.json &&
	jq -r "(.new[] | .rule + \" \" + .subject),
		(.fixed[] | .rule + \" \" + .subject + \" \" + (.now | tostring)),
		(.unchanged | map(.rule) | join(\",\"))" out.json >actual &&
	cat >expect <<-\EOF &&
	security-txt missing-contact
	security-txt expired null
	support-period
	EOF
	test_cmp expect actual &&
	test_expect_code 1 git cra diff --now 2028-01-15T00:00:00Z \
		--policy "$policy" --format markdown main contactless >out.md &&
	test_grep "^| ✅ fixed | AnnexI.PartII(6) | .security-txt. | .* (at most a year)<br>no longer reported |$" out.md
'

test_expect_success '--policy judges both sides' '
	cat >"$TMPDIR/lenient.yaml" <<-\EOF &&
	policy: lenient
	rules:
	  include: [support-period, cvd-policy, security-txt]
	params:
	  support_min_years: 2
	EOF
	git cra diff --now $NOW --policy "$TMPDIR/lenient.yaml" main fixonly >actual &&
	test_grep "^git cra diff: .*, policy lenient, " actual &&
	test_grep "^0 new, 0 fixed, 0 still failing, 0 no longer checked$" actual
'

test_expect_success 'without --policy the product class of the head picks it' '
	test_when_finished "use_base_policy" &&
	git config --unset cra.policy &&
	test_expect_code 1 git cra diff --now $NOW main topic >actual &&
	test_grep "^git cra diff: .*, policy default, evaluated at " actual &&
	test_grep "^  SECURITY.md: SECURITY.md has 0 words: " actual
'

test_expect_success 'the working tree is the head by default, the index with --staged' '
	test_when_finished "git reset -q --hard" &&
	write_cvd_policy &&
	git add SECURITY.md &&
	echo "# Security" >SECURITY.md &&
	cra_diff --staged main >actual &&
	test_grep "^git cra diff: revision main (commit $base) -> index (HEAD $topic), " actual &&
	test_grep "^0 new, 1 fixed, 0 still failing, 0 no longer checked$" actual &&
	test_expect_code 1 cra_diff main >actual &&
	test_grep "^git cra diff: revision main (commit $base) -> worktree (HEAD $topic), " actual &&
	test_grep "^1 new, 1 fixed, 0 still failing, 0 no longer checked$" actual
'

test_expect_success 'the same diff gives byte-identical output' '
	for f in text json markdown sarif github
	do
		test_expect_code 1 cra_diff --format $f main topic >one &&
		test_expect_code 1 cra_diff --format $f main topic >two &&
		test_cmp one two || return 1
	done
'

test_expect_success 'warnings about the head name the file, line and column' '
	test_when_finished "git checkout -- .cra/product.yaml" &&
	printf "colour: blue\n" >>.cra/product.yaml &&
	line=$(wc -l <.cra/product.yaml) &&
	{ cra_diff main >out 2>err; test $? -le 1; } &&
	test_grep "^warning: .cra/product.yaml:$line:1: unknown key .colour." err
'

test_expect_success 'a bad revision exits 2 and says which' '
	test_expect_code 2 cra_diff nosuch topic >out 2>err &&
	test_must_be_empty out &&
	test_grep "^error: cannot evaluate .nosuch.: " err &&
	test_expect_code 2 cra_diff main nosuch 2>err &&
	test_grep "^error: cannot evaluate .nosuch.: " err
'

test_expect_success 'bad arguments exit 2' '
	test_expect_code 2 git cra diff 2>err &&
	test_grep "^error: a base revision is needed" err &&
	test_grep "^usage: git cra diff" err &&
	test_expect_code 2 git cra diff --staged main topic 2>err &&
	test_grep "^error: --staged takes no head revision" err &&
	test_expect_code 2 git cra diff main topic fixonly 2>err &&
	test_grep "^error: too many arguments" err &&
	test_expect_code 2 git cra diff --format junit main 2>err &&
	test_grep "^error: unknown format .junit. (expected text, json, markdown, sarif, github)" err &&
	test_expect_code 2 git cra diff --now yesterday main 2>err &&
	test_grep "is not an RFC 3339 time" err
'

test_done
