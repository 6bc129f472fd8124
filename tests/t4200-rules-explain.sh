#!/bin/sh
test_description='git cra rules lists the catalogue, git cra explain shows one rule; docs/rules.md is generated'
. "$(dirname "$0")/lib/test-lib.sh"

test_expect_success 'docs/rules.md is what git cra rules --format markdown writes' '
	git cra rules --format markdown >actual &&
	test_cmp "$GIT_CRA_DATADIR/docs/rules.md" actual
'

test_expect_success 'rules lists each rule with locus, severity, origin, file and title' '
	git cra rules >actual &&
	head -n 1 actual >header &&
	test_grep "^id  *locus  *severity  *origin  *file  *title$" header &&
	test_grep "^risk-assessment-2c  *AnnexI.PartI(2)(c)  *error  *builtin  *rules/annex-i-part-i/risk-assessment-2c.lua  *Security updates: automatic by default" actual &&
	test_grep "^risk-assessment  *Art.13(2)–(3)  *error  *builtin  *rules/article-13/risk-assessment.lua  " actual &&
	n=$(find "$GIT_CRA_DATADIR/rules" -name "*.lua" ! -name "*_test.lua" | wc -l) &&
	test_line_count = $((n + 1)) actual
'

test_expect_success 'columns stay aligned past a locus with an en dash' '
	git cra rules >actual &&
	sed -n "s/^\(risk-assessment  *Art.13(2)–(3)  *\)error.*/\1/p" actual >a &&
	sed -n "s/^\(support-period  *Art.13(8)  *\)error.*/\1/p" actual >b &&
	# The en dash is one character in three bytes.
	test $(($(wc -c <a) - 2)) = $(wc -c <b)
'

test_expect_success 'the severity is the policy'"'"'s, and off for a rule it excludes' '
	git cra rules >default &&
	test_grep "^security-txt-policy  *AnnexI.PartII(5)  *warning " default &&
	git cra rules --policy important-class-2 >class2 &&
	test_grep "^security-txt-policy  *AnnexI.PartII(5)  *error " class2 &&
	cat >narrow.yaml <<-\EOF &&
	policy: narrow
	rules:
	  exclude: [support-*]
	EOF
	git cra rules --policy ./narrow.yaml >narrow &&
	test_grep "^support-period  *Art.13(8)  *off " narrow &&
	test_grep "^cvd-policy  *AnnexI.PartII(5)  *error " narrow
'

test_expect_success JQ 'rules --format json carries every field' '
	git cra rules --format json >rules.json &&
	jq -e ".schema == \"git-cra/rules/1\" and .policy == \"default\" and (.errors | length) == 0" rules.json &&
	jq -r ".rules[] | select(.id == \"conformity-route\") |
		[.locus, .severity, .origin, .file, (.blob | length | tostring),
		 (.rationale | length > 100 | tostring), (.remediation | length > 50 | tostring),
		 (.establishes != null | tostring), (.limits != null | tostring), .help] | join(\" \")" \
		rules.json >actual &&
	echo "Art.32 error builtin rules/conformity/conformity-route.lua 40 true true true true https://eur-lex.europa.eu/eli/reg/2024/2847/oj#art_32" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'the blob id is the rule file'"'"'s, as attestations record it' '
	jq -r ".rules[] | select(.id == \"support-period\") | .blob" rules.json >actual &&
	git hash-object "$GIT_CRA_DATADIR/rules/article-13/support-period.lua" >expect &&
	test_cmp expect actual
'

test_expect_success JQ 'the product'"'"'s class picks the policy' '
	mkdir -p .cra &&
	printf "schema: 1\nproduct:\n  class: important-class-1\n" >.cra/product.yaml &&
	test_when_finished "rm -rf .cra" &&
	git cra rules --format json >actual.json &&
	jq -e ".policy == \"important-class-1\"" actual.json
'

test_expect_success JQ 'outside a repository the built-in rules are listed under the default policy' '
	mkdir -p "$TMPDIR/norepo" &&
	(
		cd "$TMPDIR/norepo" &&
		GIT_CEILING_DIRECTORIES="$TMPDIR" &&
		export GIT_CEILING_DIRECTORIES &&
		git cra rules --format json >"$TRASH_DIRECTORY/outside.json"
	) &&
	jq -e ".policy == \"default\" and (.rules | length) >= 40" outside.json
'

test_expect_success 'the work tree'"'"'s own rules are listed after the built-in ones' '
	mkdir -p .cra/rules &&
	test_when_finished "rm -rf .cra" &&
	cat >.cra/rules/house-style.lua <<-\EOF &&
	return {
	  id = "house-style",
	  title = "The house style is followed",
	  locus = "Art.13(12)",
	  severity = "info",
	  rationale = "Our documents look alike.",
	  remediation = "Follow the style guide.",
	  check = function(cra) cra.pass("fine") end,
	}
	EOF
	git cra rules >actual &&
	tail -n 1 actual >last &&
	test_grep "^house-style  *Art.13(12)  *info  *local  *.cra/rules/house-style.lua  *The house style is followed$" last
'

test_expect_success 'a local rule that does not load is an error; the rest are listed' '
	mkdir -p .cra/rules &&
	test_when_finished "rm -rf .cra" &&
	echo "return {" >.cra/rules/broken.lua &&
	test_expect_code 2 git cra rules >actual 2>err &&
	test_grep "^error: .cra/rules/broken.lua: " err &&
	test_grep "^support-period " actual
'

test_expect_success 'rules rejects arguments and unknown formats' '
	test_expect_code 2 git cra rules support-period 2>err &&
	test_grep "git cra explain <id>" err &&
	test_expect_code 2 git cra rules --format sarif 2>err &&
	test_grep "unknown format .sarif. (expected text, json or markdown)" err &&
	git cra rules -h >out &&
	test_grep "^usage: git cra rules \[--format <format>\] \[--policy <name>\]" out
'

test_expect_success 'explain shows one rule in full, with its file, blob and test cases' '
	git cra explain risk-assessment-2c >actual &&
	head -n 1 actual >first &&
	echo "risk-assessment-2c: Security updates: automatic by default, with opt-out, notification and postponement" >expect &&
	test_cmp expect first &&
	test_grep "^  locus:     AnnexI.PartI(2)(c)$" actual &&
	test_grep "^  severity:  error (policy default)$" actual &&
	test_grep "^  file:      rules/annex-i-part-i/risk-assessment-2c.lua (builtin)$" actual &&
	blob=$(git hash-object "$GIT_CRA_DATADIR/rules/annex-i-part-i/risk-assessment-2c.lua") &&
	test_grep "^  blob:      $blob$" actual &&
	test_grep "^  help:      https://eur-lex.europa.eu/eli/reg/2024/2847/oj#anx_I$" actual &&
	test_grep "^rationale:$" actual &&
	test_grep "^establishes:$" actual &&
	test_grep "^cannot establish:$" actual &&
	test_grep "^remediation:$" actual &&
	sed -n "s/^  - name: //p" "$GIT_CRA_DATADIR/rules/annex-i-part-i/risk-assessment-2c.test.yaml" >expect &&
	sed -n "/^tests (/,\$s/^  - //p" actual >cases &&
	test_cmp expect cases &&
	test_grep "^tests (rules/annex-i-part-i/risk-assessment-2c.test.yaml, $(wc -l <expect) cases):$" actual
'

test_expect_success 'explain wraps a one-line text to the width of the others' '
	git cra explain support-period >actual &&
	awk "length(\$0) > 76" actual >long &&
	test_must_be_empty long
'

test_expect_success 'explain follows --policy' '
	git cra explain --policy critical technical-documentation-current >actual &&
	test_grep "^  severity:  error (policy critical)$" actual
'

test_expect_success JQ 'explain --format json adds the policy and the test cases' '
	git cra explain --format json conformity-route >actual.json &&
	jq -e ".id == \"conformity-route\" and .locus == \"Art.32\" and .policy == \"default\" and
		.tests.file == \"rules/conformity/conformity-route.test.yaml\" and
		(.tests.cases | length) >= 10" actual.json
'

test_expect_success 'explain of a local rule reads its test cases from the work tree' '
	mkdir -p .cra/rules &&
	test_when_finished "rm -rf .cra" &&
	cat >.cra/rules/house-style.lua <<-\EOF &&
	return {
	  id = "house-style",
	  title = "The house style is followed",
	  locus = "Art.13(12)",
	  severity = "info",
	  rationale = "Our documents look alike.",
	  remediation = "Follow the style guide.",
	  check = function(cra) cra.pass("fine") end,
	}
	EOF
	git cra explain house-style >actual &&
	test_grep "^tests: none (no .cra/rules/house-style.test.yaml beside the rule)$" actual &&
	cat >.cra/rules/house-style.test.yaml <<-\EOF &&
	cases:
	  - name: anything passes
	    files: {}
	    expect:
	      - status: pass
	EOF
	git cra explain house-style >actual &&
	test_grep "^  file:      .cra/rules/house-style.lua (local)$" actual &&
	test_grep "^  - anything passes$" actual
'

test_expect_success 'explain of an unknown id exits 2 and suggests the ids that contain it' '
	test_expect_code 2 git cra explain support 2>err &&
	test_grep "^error: no rule has the id .support.; .git cra rules. lists them$" err &&
	test_grep "^hint: did you mean support-end-date, support-period-rationale, support-period?$" err &&
	test_expect_code 2 git cra explain 2>err &&
	test_grep "which rule?" err &&
	test_expect_code 2 git cra explain a b 2>err &&
	test_grep "takes one rule id" err
'

test_done
