#!/bin/sh
test_description='git cra deadlines lists the open Article 14 clocks, soonest first'
. "$(dirname "$0")/lib/test-lib.sh"

test_expect_success 'setup: one vulnerability record' '
	mkdir -p .cra/reports &&
	cat >.cra/reports/2027-001.yaml <<-\EOF &&
	id: 2027-001
	kind: actively-exploited-vulnerability
	aware_at: 2027-05-10T08:00:00Z
	early_warning_at: 2027-05-11T06:00:00Z
	EOF
	git add . && test_tick && git commit -q -m record
'

test_expect_success 'open clocks, soonest first; exit 0 when none is overdue' '
	git cra deadlines --now 2027-05-11T08:00:00Z >out &&
	cat >expect <<-\EOF &&
	open     2027-001  notification   Art.14(2)(b)  due 2027-05-13T08:00:00Z  48 h left  (.cra/reports/2027-001.yaml:1)
	open     2027-001  users informed Art.14(8)     due 2027-05-13T08:00:00Z  48 h left  (.cra/reports/2027-001.yaml:1)
	EOF
	test_cmp expect out
'

test_expect_success 'an overdue clock exits 1' '
	test_expect_code 1 git cra deadlines --now 2027-05-14T08:00:00Z >out &&
	test_grep "^OVERDUE  2027-001  notification   Art.14(2)(b)  due 2027-05-13T08:00:00Z  24 h overdue" out
'

test_expect_success 'the final report clock starts with the corrective measure' '
	test_when_finished "git checkout .cra/reports" &&
	echo "corrective_measure_at: 2027-05-12T00:00:00Z" >>.cra/reports/2027-001.yaml &&
	git cra deadlines --now 2027-05-12T12:00:00Z --format json >out.json &&
	jq -r ".clocks[] | .step + \"|\" + .due" out.json >actual &&
	printf "%s\n" "notification|2027-05-13T08:00:00Z" \
		"users informed|2027-05-13T08:00:00Z" \
		"final report|2027-05-26T00:00:00Z" >expect &&
	test_cmp expect actual
'

test_expect_success 'a revision and the index can be read too' '
	rm -r .cra/reports &&
	test_expect_code 1 git cra deadlines --now 2027-05-14T08:00:00Z HEAD >out &&
	test_grep OVERDUE out &&
	test_expect_code 1 git cra deadlines --now 2027-05-14T08:00:00Z --staged >out &&
	git cra deadlines --now 2027-05-14T08:00:00Z >out &&
	test_grep "no open Article 14 clock" out &&
	git checkout .cra
'

test_expect_success 'a malformed record exits 2 with its position' '
	printf "kind: severe-incident\naware_at: soon\n" >.cra/reports/bad.yaml &&
	test_expect_code 2 git cra deadlines 2>err &&
	test_grep "bad.yaml:2:11: aware_at is not an RFC 3339 time" err
'

test_done
