#!/bin/sh
test_description='the first built-in rules: each fails on the breakage it exists to catch, and only it'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

# statuses: "rule status" per line, sorted, from a check of the working tree.
statuses () {
	git cra check --now "${1:-$NOW}" --format json >out.json
	jq -r '.findings[] | .rule + " " + .status' out.json | sort -u
}

# expect_only RULE STATUS: every rule passes but RULE, which has STATUS.
expect_only () {
	for r in cvd-policy manufacturer-identity product-metadata security-txt support-period
	do
		if test "$r" = "$1"
		then
			echo "$r $2"
		else
			echo "$r pass"
		fi
	done >expect
}

# edit FILE SED-EXPRESSION
edit () {
	sed "$2" "$1" >"$1.new" && mv "$1.new" "$1"
}

test_expect_success 'setup' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m init
'

test_expect_success 'the complete product passes every rule' '
	expect_only none none &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'support-period: a period under five years fails, with the date to reach' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "s/end: 2032-03-31/end: 2031-12-31/" &&
	expect_only support-period fail &&
	statuses >actual &&
	test_cmp expect actual &&
	jq -r ".findings[] | select(.rule == \"support-period\") | .message" out.json >msg &&
	test_grep "support period is 4.8 years (2027-03-01 to 2031-12-31); Art.13(8) asks for at least 5: move support.end to 2032-03-01 or later" msg
'

test_expect_success 'support-period: exactly five years passes' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "s/end: 2032-03-31/end: 2032-03-01/" &&
	expect_only none none &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'support-period: shorter with expected use and a rationale passes as declared' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "s/end: 2032-03-31/end: 2030-03-31/" &&
	edit .cra/product.yaml "s/^  class: default/  class: default\n  expected_use_years: 3/" &&
	expect_only none none &&
	statuses >actual &&
	test_cmp expect actual &&
	jq -r ".findings[] | select(.rule == \"support-period\") | .basis" out.json >actual &&
	echo declared >expect &&
	test_cmp expect actual
'

test_expect_success 'support-period: no end date fails and points at support' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "/^  end:/d" &&
	expect_only support-period fail &&
	statuses >actual &&
	test_cmp expect actual &&
	jq -r ".findings[] | select(.rule == \"support-period\") | .message + \"@\" + (.location.line|tostring)" out.json >msg &&
	test_grep "support.end is missing; give the last day of support as YYYY-MM-DD@16" msg
'

test_expect_success 'support-period: an end date that is no date fails at its position' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "s/end: 2032-03-31/end: 2032-02-30/" &&
	expect_only support-period fail &&
	statuses >actual &&
	test_cmp expect actual &&
	jq -r ".findings[] | select(.rule == \"support-period\") | (.location.line|tostring) + \":\" + (.location.column|tostring)" out.json >actual &&
	echo 17:8 >expect &&
	test_cmp expect actual
'

test_expect_success 'support-period: a placeholder counts as missing' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "s/end: 2032-03-31/end: \"<last day of support, YYYY-MM-DD>\"/" &&
	expect_only support-period fail &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'manufacturer-identity: a missing address fails' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "/^  address:/d" &&
	expect_only manufacturer-identity fail &&
	statuses >actual &&
	test_cmp expect actual &&
	test_grep "fill in manufacturer.address" out.json
'

test_expect_success 'manufacturer-identity: a malformed email fails' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "s/email: security@acme.example/email: security-at-acme/" &&
	expect_only manufacturer-identity fail &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'product-metadata: a missing intended purpose fails' '
	test_when_finished "git checkout ." &&
	edit .cra/product.yaml "/intended_purpose/d" &&
	expect_only product-metadata fail &&
	statuses >actual &&
	test_cmp expect actual &&
	test_grep "fill in product.intended_purpose" out.json
'

test_expect_success 'security-txt: a missing file fails' '
	test_when_finished "git checkout ." &&
	rm .well-known/security.txt &&
	expect_only security-txt fail &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'security-txt: an expired file fails at the Expires line' '
	expect_only security-txt fail &&
	statuses 2028-01-15T00:00:00Z >actual &&
	grep -v support-period actual >a && grep -v support-period expect >e &&
	test_cmp e a &&
	jq -r ".findings[] | select(.rule == \"security-txt\") | .message + \"@\" + (.location.line|tostring)" out.json >msg &&
	test_grep "renew the file and move Expires forward.*@2$" msg
'

test_expect_success 'security-txt: no Contact fails' '
	test_when_finished "git checkout ." &&
	edit .well-known/security.txt "/^Contact/d" &&
	expect_only security-txt fail &&
	statuses >actual &&
	test_cmp expect actual &&
	test_grep "missing-contact" out.json
'

test_expect_success 'security-txt: the path in evidence.security_txt is read' '
	test_when_finished "git checkout . && rm -f security.txt" &&
	git mv .well-known/security.txt security.txt &&
	printf "evidence:\n  security_txt: security.txt\n" >>.cra/product.yaml &&
	expect_only none none &&
	statuses >actual &&
	test_cmp expect actual &&
	git reset -q --hard
'

test_expect_success 'cvd-policy: a missing policy fails' '
	test_when_finished "git checkout ." &&
	rm SECURITY.md &&
	expect_only cvd-policy fail &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'cvd-policy: a title alone is no policy' '
	test_when_finished "git checkout ." &&
	echo "# Security policy" >SECURITY.md &&
	expect_only cvd-policy fail &&
	statuses >actual &&
	test_cmp expect actual &&
	test_grep "has 0 words" out.json
'

test_expect_success 'cvd-policy: a policy naming no way to report fails' '
	test_when_finished "git checkout ." &&
	edit SECURITY.md "s/security@acme.example/our security team/" &&
	expect_only cvd-policy fail &&
	statuses >actual &&
	test_cmp expect actual &&
	test_grep "names no way to report" out.json
'

test_expect_success 'cvd-policy: .github/SECURITY.md is found too' '
	test_when_finished "git reset -q --hard" &&
	mkdir -p .github && git mv SECURITY.md .github/SECURITY.md &&
	expect_only none none &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'without product.yaml the product rules fail and say what to create' '
	test_when_finished "git checkout ." &&
	rm .cra/product.yaml &&
	git cra check --now $NOW >actual;
	test_grep "there is no .cra/product.yaml: create it" actual &&
	test_grep "no support period: .cra/product.yaml does not exist" actual
'

test_done
