#!/bin/sh
test_description='check --format sarif: SARIF 2.1.0 for code scanning'

# The SARIF SDK's validator is installed outside the checkout by
# scripts/install-sarif-multitool.sh; find it before test-lib.sh replaces
# HOME and clears the GIT_* variables. Nothing is downloaded here.
sarif_multitool_dir=${GIT_CRA_SARIF_MULTITOOL_DIR:-${XDG_CACHE_HOME:-${HOME-}/.cache}/git-cra/sarif-multitool}

. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

# The npm package's own launcher hands its arguments to a shell, which
# splits the paths of this scratch directory at their space: run the
# platform binary it wraps instead, or npx when that is all there is.
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

# sarif_validate LOG: the validator's results on LOG (SARIF rules and
# GitHub's ingestion rules), one "level rule-id" line each, into
# LOG.problems.
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
		"$1.validation" >"$1.problems" &&
	cat "$1.problems"
}

# result RULE FILTER: the jq FILTER applied to the results of RULE.
result () {
	jq -c --arg r "$1" ".runs[0].results[] | select(.ruleId == \$r) | $2" out.sarif
}

test_expect_success 'setup: a product with every status' '
	write_complete_product &&
	sed "s/end: 2032-03-31/end: 2029-03-31/" .cra/product.yaml >tmp &&
	mv tmp .cra/product.yaml &&
	echo "# Security" >SECURITY.md &&
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: cvd-policy
	    reason: the policy is being rewritten
	    owner: Ada Author
	    expires: 2027-09-30
	EOF
	mkdir -p .cra/rules &&
	cat >.cra/rules/radio.lua <<-\EOF &&
	return { id = "radio-interface", title = "Radio interface",
	  locus = "AnnexI.PartI(2)(d)", severity = "warning",
	  rationale = "r", remediation = "r",
	  check = function(cra)
	    cra.not_applicable("the product has no radio", cra.product_path)
	  end }
	EOF
	cat >.cra/rules/review.lua <<-\EOF &&
	return { id = "risk-review", title = "Risk assessment reviewed",
	  locus = "Art.13(2)", severity = "info",
	  rationale = "r", remediation = "have it reviewed",
	  help = "https://example.org/risk",
	  check = function(cra)
	    cra.unknown("the review needs a person",
	      { path = "docs/risk assessment,v2.md", line = 4, column = 2 })
	  end }
	EOF
	cat >.cra/rules/broken.lua <<-\EOF &&
	return { id = "broken", title = "Breaks", locus = "Art.13(1)",
	  severity = "error", rationale = "r", remediation = "r",
	  check = function(cra)
	    error("gave up")
	  end }
	EOF
	git add . && test_tick && git commit -q -m product &&
	test_expect_code 2 git cra check --now $NOW --format sarif >out.sarif &&
	test_expect_code 2 git cra check --now $NOW --format json >out.json
'

test_expect_success JQ 'the log is SARIF 2.1.0 from git-cra' '
	jq -r ".\"\$schema\", .version, (.runs | length),
		.runs[0].tool.driver.name, .runs[0].tool.driver.semanticVersion" \
		out.sarif >actual &&
	cat >expect <<-EOF &&
	https://json.schemastore.org/sarif-2.1.0.json
	2.1.0
	1
	git-cra
	$(git cra --version | sed "s/^git-cra version //")
	EOF
	test_cmp expect actual
'

test_expect_success JQ 'the driver describes every rule that ran' '
	jq -r "[.rules[] | .id // .file] | sort | .[]" out.json >expect &&
	jq -r "[.runs[0].tool.driver.rules[].id] | sort | .[]" out.sarif >actual &&
	test_cmp expect actual &&
	jq -r ".runs[0].tool.driver.rules[] | select(.id == \"support-period\") |
		.name, .shortDescription.text, .helpUri,
		.defaultConfiguration.level, .properties.locus,
		(.properties.tags | join(\",\")),
		(.help.text | length > 0), (.fullDescription.text | length > 0),
		(.help.markdown | contains(\"Art.13(8)\"))" out.sarif >actual &&
	cat >expect <<-\EOF &&
	SupportPeriod
	Support period of at least five years
	https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_13
	error
	Art.13(8)
	cra,Art.13(8)
	true
	true
	true
	EOF
	test_cmp expect actual
'

test_expect_success JQ 'the policy severity gives each rule its default level' '
	jq -r ".runs[0].tool.driver.rules[] |
		select(.id == \"radio-interface\" or .id == \"risk-review\") |
		.id + \" \" + .defaultConfiguration.level" out.sarif >actual &&
	printf "%s\n" "radio-interface warning" "risk-review note" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'ruleIndex points at the rule of each result' '
	jq -e "[.runs[0] | .tool.driver.rules as \$r | .results[] |
		\$r[.ruleIndex].id == .ruleId] | all" out.sarif
'

test_expect_success JQ 'each status has its SARIF kind and level' '
	jq -r ".runs[0].results[] | [.properties.status, .ruleId, .kind, .level] |
		join(\" \")" out.sarif | sort >actual &&
	sort >expect <<-\EOF &&
	waived cvd-policy fail error
	pass security-txt pass none
	pass manufacturer-identity pass none
	fail support-period fail error
	pass product-metadata pass none
	error broken fail error
	not-applicable radio-interface notApplicable none
	unknown risk-review review none
	EOF
	test_cmp expect actual
'

test_expect_success JQ 'a failing finding has its file, line and column' '
	result support-period ".locations[0].physicalLocation" >actual &&
	echo "{\"artifactLocation\":{\"uri\":\".cra/product.yaml\",\"uriBaseId\":\"%SRCROOT%\"},\"region\":{\"startLine\":17,\"startColumn\":8}}" >expect &&
	test_cmp expect actual &&
	result support-period ".message.text" >actual &&
	test_grep "^\"support period is 2.1 years" actual &&
	result support-period ".properties | .basis + \" \" + .locus" >actual &&
	echo "\"declared Art.13(8)\"" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'paths are percent-encoded URI references' '
	result risk-review ".locations[0].physicalLocation.artifactLocation.uri" >actual &&
	echo "\"docs/risk%20assessment%2Cv2.md\"" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'a finding about a whole file is shown on its first line' '
	result radio-interface ".locations[0].physicalLocation.region" >actual &&
	echo "{\"startLine\":1}" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'a waived failure stays a failure with an accepted suppression' '
	result cvd-policy ".suppressions" >actual &&
	echo "[{\"kind\":\"external\",\"status\":\"accepted\",\"justification\":\"the policy is being rewritten\",\"properties\":{\"owner\":\"Ada Author\",\"expires\":\"2027-09-30\"}}]" >expect &&
	test_cmp expect actual &&
	jq -e "[.runs[0].results[] | select(.properties.status != \"waived\") |
		has(\"suppressions\") | not] | all" out.sarif
'

test_expect_success JQ 'a rule error says the rule broke and fails the invocation' '
	result broken ".message.text" >actual &&
	echo "\"the rule broke: gave up\"" >expect &&
	test_cmp expect actual &&
	result broken ".locations[0].physicalLocation | .artifactLocation.uri + \":\" + (.region.startLine | tostring)" >actual &&
	echo "\".cra/rules/broken.lua:4\"" >expect &&
	test_cmp expect actual &&
	jq -r ".runs[0].invocations[0] | (.executionSuccessful | tostring),
		(.toolExecutionNotifications[] | .level + \" \" +
		 .associatedRule.id + \" \" + .message.text)" out.sarif >actual &&
	printf "%s\n" false "error broken the rule broke: gave up" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'the run carries the policy, the evaluation time and the counts' '
	jq -r ".runs[0].properties | .policy, .evaluatedAt,
		(.summary | [.pass, .fail, .unknown, .\"not-applicable\", .waived, .error] |
		 map(tostring) | join(\" \"))" out.sarif >actual &&
	printf "%s\n" base-rules 2027-06-01T00:00:00Z "3 1 1 1 1 1" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'every result has a fingerprint, each one different' '
	jq -r ".runs[0].results[].partialFingerprints.\"gitCraFinding/v1\"" \
		out.sarif >prints &&
	test_line_count = 8 prints &&
	grep -c "^[0-9a-f]\{40\}$" prints >actual &&
	echo 8 >expect &&
	test_cmp expect actual &&
	sort -u prints >unique &&
	test_line_count = 8 unique
'

test_expect_success 'the same evaluation gives byte-identical SARIF' '
	test_expect_code 2 git cra check --now $NOW --format sarif >again.sarif &&
	test_cmp out.sarif again.sarif
'

test_expect_success JQ 'fingerprints survive a line moving and a new evaluation time' '
	test_when_finished "git checkout .cra/product.yaml" &&
	{ echo "# moved down a line" && cat .cra/product.yaml; } >tmp &&
	mv tmp .cra/product.yaml &&
	test_expect_code 2 git cra check --now 2027-07-01T00:00:00Z --format sarif >moved.sarif &&
	jq -r ".runs[0].results[] | select(.ruleId == \"support-period\") |
		.locations[0].physicalLocation.region.startLine" moved.sarif >actual &&
	echo 18 >expect &&
	test_cmp expect actual &&
	jq -r ".runs[0].results[].partialFingerprints[]" out.sarif >expect &&
	jq -r ".runs[0].results[].partialFingerprints[]" moved.sarif >actual &&
	test_cmp expect actual
'

test_expect_success JQ 'a finding that names no file is still placed, as GitHub needs' '
	git init -q empty &&
	(
		cd empty &&
		test_expect_code 1 git cra check --now $NOW --format sarif >../empty.sarif
	) &&
	jq -e "[.runs[0].results[] | .locations | length == 1] | all" empty.sarif &&
	jq -r ".runs[0].results[] | select(.ruleId == \"support-period\") |
		.locations[0] | .physicalLocation.artifactLocation.uri,
		.physicalLocation.region.startLine, .message.text" empty.sarif >actual &&
	cat >expect <<-\EOF &&
	.cra/product.yaml
	1
	The finding names no file; it is shown on the product metadata.
	EOF
	test_cmp expect actual
'

test_expect_success JQ 'warnings about the evidence are notifications' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "colour: blue\n" >>.cra/product.yaml &&
	test_expect_code 2 git cra check --now $NOW --format sarif >warn.sarif 2>err &&
	jq -r ".runs[0].invocations[0].toolExecutionNotifications[] |
		select(.level == \"warning\") | .message.text + \" \" +
		(.locations[0].physicalLocation | .artifactLocation.uri + \":\" +
		 (.region.startLine | tostring))" warn.sarif >actual &&
	echo "unknown key '\''colour'\'' .cra/product.yaml:19" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'rules without an id of their own are named by their file' '
	test_when_finished "rm -f .cra/rules/dup.lua .cra/rules/syntax.lua" &&
	cat >.cra/rules/dup.lua <<-\EOF &&
	return { id = "support-period", title = "t", locus = "Art.13(8)",
	  severity = "error", rationale = "r", remediation = "r",
	  check = function(cra) cra.pass("mine") end }
	EOF
	printf "return {\n  id = = 1,\n}\n" >.cra/rules/syntax.lua &&
	test_expect_code 2 git cra check --now $NOW --format sarif >dup.sarif &&
	jq -r "[.runs[0].tool.driver.rules[].id] | (length | tostring),
		(unique | length | tostring)" dup.sarif >actual &&
	printf "%s\n" 10 10 >expect &&
	test_cmp expect actual &&
	jq -r ".runs[0].results[] | select(.ruleId | endswith(\".lua\")) |
		.ruleId + \" \" + .level + \" \" + .message.text" dup.sarif >actual &&
	test_grep "^.cra/rules/dup.lua error the rule broke: rule id .support-period. is already used" actual &&
	test_grep "^.cra/rules/syntax.lua error the rule broke: " actual
'

test_expect_success SARIF_MULTITOOL,JQ 'the SARIF SDK validator finds no error' '
	for log in out.sarif empty.sarif warn.sarif dup.sarif
	do
		sarif_validate $log >actual &&
		! grep "^error" actual || return 1
	done
'

# git-cra has no public home page yet to give as informationUri (the
# validator's SARIF2005); every other warning is a regression.
test_expect_success SARIF_MULTITOOL,JQ 'the validator warns of nothing else' '
	for log in out.sarif empty.sarif warn.sarif dup.sarif
	do
		sarif_validate $log || return 1
	done >actual &&
	! grep -v "^warning SARIF2005$" actual
'

test_done
