#!/bin/sh
test_description='check --format junit, github and markdown'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

test_lazy_prereq XMLLINT '
	xmllint --version
'

# A product where nothing fails, beside the repository of the tests.
complete=$TEST_ROOT/complete

# xpath EXPR: the string value of EXPR in out.xml.
xpath () {
	xmllint --xpath "string($1)" out.xml
}

test_expect_success 'setup: a complete product, and one with every status' '
	git init -q "$complete" &&
	(
		cd "$complete" &&
		write_complete_product &&
		git add . && test_tick && git commit -q -m complete
	) &&
	write_complete_product &&
	sed "s/end: 2032-03-31/end: 2029-03-31/" .cra/product.yaml >tmp &&
	mv tmp .cra/product.yaml &&
	echo "# Security" >SECURITY.md &&
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: cvd-policy
	    reason: "100% rewritten,\nsee <PR 12> & \"notes\"\x01 '\''ok'\''"
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
	return { id = "risk-review", title = "Risk & review",
	  locus = "Art.13(2)", severity = "info",
	  rationale = "r", remediation = "r",
	  check = function(cra)
	    cra.unknown("50% | <b>bold</b> @octocat [link](https://example.org) `tick`",
	      { path = "docs/a,b:c.md", line = 2, column = 3 })
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
	head=$(git rev-parse HEAD | cut -c1-7)
'

test_expect_success 'the format changes the output, not the exit status' '
	for f in text json tap sarif junit github markdown
	do
		test_expect_code 2 git cra check --now $NOW --format $f >/dev/null ||
		return 1
	done &&
	for f in junit github markdown
	do
		test_expect_code 1 git cra check --now $NOW --no-local-rules \
			--format $f >/dev/null &&
		git -C "$complete" cra check --now $NOW --format $f >/dev/null ||
		return 1
	done
'

test_expect_success XMLLINT 'junit is well-formed XML' '
	test_expect_code 2 git cra check --now $NOW --format junit >out.xml &&
	xmllint --noout out.xml
'

test_expect_success XMLLINT 'junit has one test case per rule and the counts CI reads' '
	for a in tests failures errors skipped
	do
		echo "$(xpath "/testsuites/@$a") $(xpath "/testsuites/testsuite/@$a")" ||
		return 1
	done >actual &&
	printf "%s\n" "8 8" "1 1" "1 1" "3 3" >expect &&
	test_cmp expect actual &&
	xpath "count(//testcase)" >actual &&
	echo 8 >expect &&
	test_cmp expect actual
'

test_expect_success XMLLINT 'junit: a failing rule lists its findings with their locations' '
	tc="//testcase[@name=\"support-period: Support period of at least five years\"]" &&
	echo "$(xpath "$tc/@classname") $(xpath "$tc/failure/@type")" >actual &&
	echo "Art.13(8) fail" >expect &&
	test_cmp expect actual &&
	xpath "$tc/failure" >actual &&
	test_grep "^.cra/product.yaml:17:8: support period is 2.1 years" actual &&
	test_grep "^fix: Set support.start and support.end" actual
'

test_expect_success XMLLINT 'junit: a rule error is an error, skips are explained' '
	xpath "//testcase[@classname=\"Art.13(1)\"]/error/@message" >actual &&
	echo "the rule broke: gave up" >expect &&
	test_cmp expect actual &&
	xpath "//testcase[@classname=\"AnnexI.PartI(2)(d)\"]/skipped/@message" >actual &&
	echo "not applicable: the product has no radio" >expect &&
	test_cmp expect actual &&
	xpath "//testcase[@classname=\"Art.13(2)\"]/skipped/@message" >actual &&
	test_grep "^unknown, for a person to judge: 50% | <b>bold</b>" actual &&
	xpath "//testcase[@classname=\"Art.13(2)\"]/@name" >actual &&
	echo "risk-review: Risk & review" >expect &&
	test_cmp expect actual
'

test_expect_success XMLLINT 'junit: a waiver is a skip; what XML forbids is replaced' '
	xpath "//testcase[@classname=\"AnnexI.PartII(5)\"]/skipped/@message" >actual &&
	printf "waived by Ada Author until 2027-09-30: 100%% rewritten,\nsee <PR 12> & \"notes\"\357\277\275 '\''ok'\''\n" >expect &&
	test_cmp expect actual
'

test_expect_success XMLLINT 'junit: passing findings go to system-out' '
	xpath "//testcase[@classname=\"Art.13(16)\"]/system-out" >actual &&
	test_grep "^pass: .cra/product.yaml:10:3: Acme Widgets GmbH" actual &&
	xpath "count(//testcase[@classname=\"Art.13(16)\"]/*)" >actual &&
	echo 1 >expect &&
	test_cmp expect actual
'

test_expect_success XMLLINT 'junit with nothing failing is well-formed and all passed' '
	git -C "$complete" cra check --now $NOW --format junit >complete.xml &&
	xmllint --noout complete.xml &&
	xmllint --xpath "string(/testsuites/@tests)" complete.xml >actual &&
	echo 5 >expect &&
	test_cmp expect actual &&
	xmllint --xpath "count(//failure | //error | //skipped)" complete.xml >actual &&
	echo 0 >expect &&
	test_cmp expect actual
'

test_expect_success 'github: one annotation per finding to look at, escaped' '
	test_expect_code 2 git cra check --now $NOW --format github >actual &&
	cat >expect <<-\EOF &&
	::error file=.cra/rules/broken.lua,line=4,title=rule error in broken (Art.13(1))::the rule broke: gave up
	::error file=.cra/product.yaml,line=17,col=8,title=support-period (Art.13(8))::support period is 2.1 years (2027-03-01 to 2029-03-31); Art.13(8) asks for at least 5: move support.end to 2032-03-01 or later, or declare a shorter expected use (product.expected_use_years) with support.rationale (declared)
	::notice file=docs/a%2Cb%3Ac.md,line=2,col=3,title=risk-review (Art.13(2))::unknown, for a person to judge: 50%25 | <b>bold</b> @octocat [link](https://example.org) `tick`
	::notice file=SECURITY.md,title=cvd-policy (AnnexI.PartII(5))::waived by Ada Author until 2027-09-30 (100%25 rewritten,%0Asee <PR 12> & "notes"  '\''ok'\''): SECURITY.md has 0 words: say how to report a vulnerability, what reporters can expect, and how fixes are disclosed
	::notice title=git cra check::3 pass, 1 fail, 1 unknown, 1 not-applicable, 1 waived, 1 error (policy base-rules, evaluated at 2027-06-01T00:00:00Z)
	EOF
	test_cmp expect actual
'

test_expect_success 'github: the level follows the policy severity' '
	cat >lower.yaml <<-\EOF &&
	policy: lower
	rules:
	  include: [product-metadata, support-period, manufacturer-identity, security-txt, cvd-policy]
	severity:
	  support-period: warning
	  security-txt: info
	EOF
	(
		cd "$complete" &&
		sed "s/^Contact:.*/Contact: nowhere/" .well-known/security.txt >tmp &&
		mv tmp .well-known/security.txt &&
		cp "$TRASH_DIRECTORY/.cra/product.yaml" .cra/product.yaml &&
		test_expect_code 1 git cra check --now $NOW \
			--policy "$TRASH_DIRECTORY/lower.yaml" --format github \
			>"$TRASH_DIRECTORY/out" &&
		git checkout -q .
	) &&
	sed -n "s/^::\([a-z]*\) .*title=\([a-z-]*\) .*/\1 \2/p" out >actual &&
	printf "%s\n" "notice security-txt" "warning support-period" "notice git" >expect &&
	test_cmp expect actual
'

test_expect_success 'github -v adds the remediation to a failure' '
	test_expect_code 2 git cra check --now $NOW --format github -v >out &&
	grep "^::error file=.cra/product.yaml" out >actual &&
	test_grep "support.rationale (declared)%0Afix: Set support.start" actual
'

test_expect_success 'markdown: a summary line, then a table of what to look at' '
	test_expect_code 2 git cra check --now $NOW --format markdown >out.md &&
	sed -n 1p out.md >actual &&
	echo "**git cra**: 1 failing, 1 rule error, 1 unknown, 1 waived, 3 passing, 1 not applicable (worktree at HEAD $head, policy base-rules, evaluated at 2027-06-01T00:00:00Z)" >expect &&
	test_cmp expect actual &&
	sed -n "3,7p" out.md >actual &&
	cat >expect <<-\EOF &&
	| Status | Obligation | Rule | Where | Finding |
	| --- | --- | --- | --- | --- |
	| **rule error** | Art.13(1) | `broken` | `.cra/rules/broken.lua:4` | the rule broke: gave up |
	| **fail** | Art.13(8) | `support-period` | `.cra/product.yaml:17` | support period is 2.1 years (2027-03-01 to 2029-03-31); Art.13(8) asks for at least 5: move support.end to 2032-03-01 or later, or declare a shorter expected use (product.expected\_use\_years) with support.rationale *(declared)* |
	| unknown | Art.13(2) | `risk-review` | `docs/a,b:c.md:2` | 50% \| &lt;b&gt;bold&lt;/b&gt; @&#8288;octocat \[link\](https://example.org) \`tick\` |
	EOF
	test_cmp expect actual
'

test_expect_success 'markdown: waivers in a list, passing findings folded away' '
	sed -n "/^\*\*Waived\*\*:$/,/^<details>/p" out.md >actual &&
	test_grep "^- \`cvd-policy\` (AnnexI.PartII(5)) at \`SECURITY.md\`: SECURITY.md has 0 words" actual &&
	test_grep "waived by Ada Author until 2027-09-30: 100% rewritten, see &lt;PR 12&gt; &amp; \"notes\"  '\''ok'\''$" actual &&
	test_grep "^<details><summary>3 passing, 1 not applicable</summary>$" out.md &&
	test_grep "^| not applicable | AnnexI.PartI(2)(d) | \`radio-interface\` | \`.cra/product.yaml\` | the product has no radio |$" out.md &&
	tail -n 1 out.md >actual &&
	echo "</details>" >expect &&
	test_cmp expect actual
'

test_expect_success 'markdown: a complete product is one line' '
	git -C "$complete" cra check --now $NOW --format markdown >actual &&
	short=$(git -C "$complete" rev-parse HEAD | cut -c1-7) &&
	echo "**git cra**: nothing fails; 5 passing (worktree at HEAD $short, policy base-rules, evaluated at 2027-06-01T00:00:00Z)" >expect &&
	test_cmp expect actual
'

test_expect_success 'markdown names a revision and its commit' '
	test_expect_code 2 git cra check --now $NOW --format markdown HEAD >out.md &&
	sed -n 1p out.md >actual &&
	test_grep "(revision \`HEAD\` at commit $head, policy base-rules," actual
'

test_done
