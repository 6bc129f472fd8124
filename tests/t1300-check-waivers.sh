#!/bin/sh
test_description='waivers turn a failing finding into a waived one until they expire'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

test_expect_success 'setup: a product with a short support period' '
	write_complete_product &&
	sed "s/end: 2032-03-31/end: 2030-03-31/" .cra/product.yaml >tmp &&
	mv tmp .cra/product.yaml &&
	git add . && test_tick && git commit -q -m init &&
	test_expect_code 1 git cra check --now $NOW
'

test_expect_success 'an unexpired waiver waives the failure: exit 0' '
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: support-period
	    reason: the extension to 2032 is being signed
	    owner: Ada Author
	    expires: 2027-09-30
	EOF
	git cra check --now $NOW >actual &&
	test_grep "^Waived (1)$" actual &&
	test_grep "waived by Ada Author until 2027-09-30: the extension to 2032 is being signed" actual &&
	test_grep "1 waived" actual
'

test_expect_success 'json carries the waiver and the file as an input' '
	git cra check --now $NOW --format json >out.json &&
	jq -r ".findings[] | select(.status == \"waived\") | .waiver | .owner + \"|\" + .expires" out.json >actual &&
	echo "Ada Author|2027-09-30" >expect &&
	test_cmp expect actual &&
	jq -e "[.inputs[].path] | index(\".cra/waivers.yaml\")" out.json
'

test_expect_success 'the waiver holds through its last day and fails after' '
	git cra check --now 2027-09-30T23:59:59Z >/dev/null &&
	test_expect_code 1 git cra check --now 2027-10-01T00:00:00Z >actual &&
	test_grep "the waiver of .cra/waivers.yaml:2 expired on 2027-09-30" actual
'

test_expect_success 'a waiver for a subject waives only that subject' '
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: support-period
	    subject: something-else
	    reason: r
	    owner: o
	    expires: 2030-01-01
	EOF
	test_expect_code 1 git cra check --now $NOW >actual 2>err &&
	test_grep "waiver for .support-period. matches no failing finding" err
'

test_expect_success 'an incomplete waiver is ignored with a warning' '
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: support-period
	    reason: no owner, no date
	EOF
	test_expect_code 1 git cra check --now $NOW >actual 2>err &&
	test_grep "waivers.yaml:2:5: a waiver needs rule, reason, owner and expires; ignored" err
'

test_expect_success 'a waiver with a bad date is ignored with a warning' '
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: support-period
	    reason: r
	    owner: o
	    expires: soon
	EOF
	test_expect_code 1 git cra check --now $NOW 2>err &&
	test_grep "waivers.yaml:5:14: expires .soon. is not a YYYY-MM-DD date" err
'

test_expect_success 'a waiver never turns a passing finding into anything else' '
	cat >.cra/waivers.yaml <<-\EOF &&
	waivers:
	  - rule: cvd-policy
	    reason: r
	    owner: o
	    expires: 2030-01-01
	EOF
	test_expect_code 1 git cra check --now $NOW --format json >out.json &&
	jq -r ".findings[] | select(.rule == \"cvd-policy\") | .status" out.json >actual &&
	echo pass >expect &&
	test_cmp expect actual
'

test_expect_success 'a waivers file that is not YAML exits 2' '
	printf "waivers: [\n" >.cra/waivers.yaml &&
	test_expect_code 2 git cra check --now $NOW 2>err &&
	test_grep "cannot parse .\\.cra/waivers\\.yaml." err
'

test_done
