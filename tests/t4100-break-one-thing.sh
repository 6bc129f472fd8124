#!/bin/sh
test_description='break one thing in a complete product: only the obligation it breaks fails'
. "$(dirname "$0")/lib/test-lib.sh"

if ! test_have_prereq JQ
then
	skip_all='jq is missing'
	test_done
fi

# The thermo hub of examples/products is complete: released as v2.1.0 (its
# SBOM names 2.1.0) and judged on 15 June 2027, every rule passes or does
# not apply. Each test below breaks one thing, releases it as v2.1.0
# again, and compares every rule's statuses with those of the complete
# product: the rule that encodes the broken obligation must fail, with its
# locus and a message that says what to do, and nothing else may change.
NOW=2027-06-15T00:00:00Z

# The rules of this catalogue; another engineer's may also change status
# when a test breaks evidence they read too (the VEX).
MINE='^rules/(annex-i-part-i|annex-i-part-ii|article-13|conformity|documents)/'

# statuses [SKIP]: "rule status" of each finding of v2.1.0, sorted and
# unique, leaving out the rules whose file matches the regex SKIP.
statuses () {
	git cra check --now "$NOW" --format json v2.1.0 >out.json
	test $? -le 1 &&
	jq -r --arg skip "${1:-^\$}" ".findings[] | select(.rule_file | test(\$skip) | not) |
		.rule + \" \" + .status" out.json | sort -u
}

# expect_change RULE STATUS...: the complete product's statuses, with
# those of RULE replaced by the ones given.
expect_change () {
	rule=$1 &&
	shift &&
	{
		grep -v "^$rule " baseline || :
		for status in "$@"
		do
			echo "$rule $status"
		done
	} | sort -u >expect
}

# failure RULE: "locus|message|path:line" of each failing finding of RULE.
failure () {
	jq -r --arg r "$1" ".findings[] | select(.rule == \$r and .status == \"fail\") |
		.locus + \"|\" + .message + \"|\" + .location.path + \":\" +
		(.location.line | tostring)" out.json
}

edit () {
	sed "$2" "$1" >"$1.new" && mv "$1.new" "$1"
}

# drop FILE PREFIX: delete the line that starts with PREFIX and the lines
# indented deeper that follow it (a YAML key with its value).
drop () {
	awk -v key="$2" '
	index($0, key) == 1 { skip = 1; indent = match($0, /[^ ]/); next }
	skip && (match($0, /[^ ]/) > indent || $0 == "") { next }
	{ skip = 0; print }
	' "$1" >"$1.new" && mv "$1.new" "$1"
}

# release: the working tree, committed and tagged v2.1.0 in place of the
# complete product; restore: back to the complete product.
release () {
	git add -A && test_tick && git commit -q --allow-empty -m broken &&
	git tag -f -a -m v2.1.0 v2.1.0 >/dev/null 2>&1
}

restore () {
	git reset -q --hard base && git clean -q -fd &&
	git tag -f -a -m v2.1.0 v2.1.0 base >/dev/null 2>&1
}

test_expect_success 'setup: the thermo hub, released as v2.1.0' '
	cp -R "$TEST_TOP/examples/products/thermo-hub/." . &&
	# What the tests write here is never part of a release.
	printf "%s\n" baseline before expect expect.tmp actual out.json msg \
		count not-passing ra >>.git/info/exclude &&
	git add . && test_tick && git commit -q -m "Acme Thermo Hub 2.1.0" &&
	git branch base &&
	test_tag_annotated v2.1.0 &&
	statuses >baseline
'

test_expect_success 'the complete product passes every rule of the catalogue' '
	git cra check --now "$NOW" --format json v2.1.0 >out.json &&
	jq -e ".summary.fail == 0 and .summary.unknown == 0 and .summary.error == 0" out.json &&
	jq -r --arg mine "$MINE" ".findings[] | select(.rule_file | test(\$mine)) |
		select(.status != \"pass\") | .rule + \" \" + .status" out.json >not-passing &&
	test_must_be_empty not-passing &&
	jq -r --arg mine "$MINE" "[.findings[] | select(.rule_file | test(\$mine)) | .rule] | unique | length" out.json >count &&
	test "$(cat count)" -ge 40
'

# ------------------------------------------------------------------
# Article 13

test_expect_success 'a support period under five years fails Art.13(8) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  end: 2035-03-31/  end: 2030-03-31/" &&
	edit docs/user-information.md "s/March 2035/March 2030/g" &&
	release &&
	expect_change support-period fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure support-period >msg &&
	test_grep "^Art.13(8)|support period is 3.1 years (2027-03-01 to 2030-03-31); Art.13(8) asks for at least 5: move support.end to 2032-03-01 or later.*|.cra/product.yaml:44$" msg
'

test_expect_success 'a rationale document that is gone fails Art.13(8) only' '
	test_when_finished restore &&
	git rm -q docs/support-period.md &&
	release &&
	expect_change support-period-rationale fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure support-period-rationale >msg &&
	test_grep "^Art.13(8)|support.rationale names docs/support-period.md: .* add the document or correct the path|" msg
'

test_expect_success 'a risk assessment point left out fails that point only' '
	test_when_finished restore &&
	drop .cra/risk-assessment.yaml "  \"2g\":" &&
	release &&
	expect_change risk-assessment-2g fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment-2g >msg &&
	test_grep "^AnnexI.PartI(2)(g)|Annex I Part I point (2)(g) (data minimisation) is not addressed in .cra/risk-assessment.yaml: add requirements.\"2g\"" msg
'

test_expect_success 'a risk assessment point applicable without evidence fails it only' '
	test_when_finished restore &&
	awk "/^  \"2e\":/ { p = 1 } p && /^    evidence:/ { p = 0; next } { print }" \
		.cra/risk-assessment.yaml >ra && mv ra .cra/risk-assessment.yaml &&
	release &&
	expect_change risk-assessment-2e fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment-2e >msg &&
	test_grep "^AnnexI.PartI(2)(e)|point (2)(e) is declared applicable without evidence: list in requirements.\"2e\".evidence" msg
'

test_expect_success 'evidence named for a point but absent fails it only, as observed' '
	test_when_finished restore &&
	awk "/^  \"2k\":/ { p = 1 } p && /^    evidence:/ { print \"    evidence: [docs/hardening.md]\"; p = 0; next } { print }" \
		.cra/risk-assessment.yaml >ra && mv ra .cra/risk-assessment.yaml &&
	release &&
	expect_change risk-assessment-2k fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment-2k >msg &&
	test_grep "^AnnexI.PartI(2)(k)|evidence .docs/hardening.md. of point (2)(k) does not exist in this snapshot: correct the path or add the file" msg &&
	jq -e ".findings[] | select(.rule == \"risk-assessment-2k\") | .basis == \"observed\"" out.json
'

test_expect_success 'a point declared not applicable with a reason is not applicable, and nothing fails' '
	test_when_finished restore &&
	drop .cra/risk-assessment.yaml "  \"2i\":" &&
	cat >>.cra/risk-assessment.yaml <<-\EOF &&
	  "2i":
	    applicable: false
	    justification: the hub talks to no device outside the home network
	EOF
	release &&
	expect_change risk-assessment-2i not-applicable &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'automatic updates without an opt-out fail (2)(c) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  opt_out: true/  opt_out: false/" &&
	release &&
	expect_change risk-assessment-2c fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment-2c >msg &&
	test_grep "^AnnexI.PartI(2)(c)|automatic updates are on by default, but updates.opt_out is not true: give users a clear and easy way to turn them off" msg
'

test_expect_success 'a stale risk assessment fails Art.13(2)–(3) only' '
	test_when_finished restore &&
	edit .cra/risk-assessment.yaml "s/^updated: .*/updated: 2026-01-10/" &&
	release &&
	expect_change risk-assessment fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment >msg &&
	test_grep "^Art.13(2)–(3)|the risk assessment was last updated 2026-01-10, 521 days before the evaluation (the policy allows 366): review it" msg
'

test_expect_success 'a risk assessment without a version fails Art.13(2)–(3) only' '
	test_when_finished restore &&
	edit .cra/risk-assessment.yaml "/^version:/d" &&
	release &&
	expect_change risk-assessment fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment >msg &&
	test_grep "^Art.13(2)–(3)|the risk assessment has no version: add version: 1" msg
'

test_expect_success 'point (2)(a) left out fails Art.13(2)–(3) only' '
	test_when_finished restore &&
	drop .cra/risk-assessment.yaml "  \"2a\":" &&
	release &&
	expect_change risk-assessment fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment >msg &&
	test_grep "^Art.13(2)–(3)|point (2)(a) (no known exploitable vulnerabilities) is not addressed" msg
'

test_expect_success 'without a risk assessment it fails once and the points are unknown' '
	test_when_finished restore &&
	git rm -q .cra/risk-assessment.yaml &&
	release &&
	grep -v "^risk-assessment" baseline >expect.tmp &&
	{
		cat expect.tmp &&
		echo "risk-assessment fail" &&
		for point in 1 2b 2c 2d 2e 2f 2g 2h 2i 2j 2k 2l 2m
		do
			echo "risk-assessment-$point unknown" || return 1
		done
	} | sort >expect &&
	statuses >actual &&
	test_cmp expect actual &&
	failure risk-assessment >msg &&
	test_grep "^Art.13(2)–(3)|no cybersecurity risk assessment: write .cra/risk-assessment.yaml" msg
'

test_expect_success 'a due-diligence record named but absent fails Art.13(5) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s|^  release_notes: CHANGELOG.md|&\n  due_diligence: [docs/components.md]|" &&
	release &&
	expect_change due-diligence fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure due-diligence >msg &&
	test_grep "^Art.13(5)|due-diligence record docs/components.md does not exist: add it or correct evidence.due_diligence" msg
'

test_expect_success 'no commitment to report upstream fails Art.13(6) only' '
	test_when_finished restore &&
	edit SECURITY.md "/^Vulnerabilities in open-source components/d; /^coordinate with their maintainers/d" &&
	edit docs/technical-file.md "/^- Vulnerabilities found in integrated components/,/tracked in the PSIRT/d" &&
	release &&
	expect_change upstream-reporting fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure upstream-reporting >msg &&
	test_grep "^Art.13(6)|nothing says that vulnerabilities found in integrated components are reported to their maintainers: commit to it in the CVD policy" msg
'

test_expect_success 'no VEX listed fails Art.13(7) in this catalogue' '
	test_when_finished restore &&
	skip="^rules/(sbom|sbom-profiles|vex)/" &&
	statuses "$skip" >before &&
	edit .cra/product.yaml "/^  vex: /d" &&
	release &&
	{ grep -v "^vulnerability-records " before; echo "vulnerability-records fail"; } |
		sort >expect &&
	statuses "$skip" >actual &&
	test_cmp expect actual &&
	failure vulnerability-records >msg &&
	test_grep "^Art.13(7)|no vulnerability records are listed: keep VEX documents" msg
'

test_expect_success 'updates available five years fail Art.13(9) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  availability_years: 10/  availability_years: 5/" &&
	release &&
	expect_change update-availability fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure update-availability >msg &&
	test_grep "^Art.13(9)|updates.availability_years is 5; Art.13(9) asks for 10 years .*: keep each security update available for at least 10 years" msg
'

test_expect_success 'a declaration kept five years fails Art.13(13) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  declaration_years: 10/  declaration_years: 5/" &&
	release &&
	expect_change documentation-retention fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure documentation-retention >msg &&
	test_grep "^Art.13(13)|retention.declaration_years is 5; Art.13(13) asks for at least 10 .*: keep the EU declaration of conformity for 10 years or more|.cra/product.yaml:" msg
'

test_expect_success 'a version other than the tag fails Art.13(15) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  version: from-tag/  version: 2.0.0/" &&
	release &&
	expect_change product-identification fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure product-identification >msg &&
	test_grep "^Art.13(15)|product.version is 2.0.0 but the release tag is v2.1.0: set product.version to 2.1.0 (or to from-tag), or tag the release v2.0.0|.cra/product.yaml:10$" msg
'

test_expect_success 'a manufacturer without a website fails Art.13(16) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "/^  website:/d" &&
	release &&
	expect_change manufacturer-identity fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure manufacturer-identity >msg &&
	test_grep "^Art.13(16)|fill in manufacturer.website" msg
'

test_expect_success 'a contact security.txt does not publish fails Art.13(17) only' '
	test_when_finished restore &&
	edit .well-known/security.txt "s|^Contact: mailto:.*|Contact: mailto:psirt@elsewhere.example|; s|^Contact: https:.*|Contact: https://elsewhere.example/report|" &&
	release &&
	expect_change single-point-of-contact fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure single-point-of-contact >msg &&
	test_grep "^Art.13(17)|the single point of contact https://acme-home.example/security is not the contact security.txt publishes (mailto:psirt@elsewhere.example, https://elsewhere.example/report): make them the same address" msg
'

test_expect_success 'user information without the end of support fails Art.13(19) only' '
	test_when_finished restore &&
	edit docs/user-information.md "s/March 2035/2035/g" &&
	release &&
	expect_change support-end-date fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure support-end-date >msg &&
	test_grep "^Art.13(19)|the user information does not give the end of the support period, March 2035 (support.end 2035-03-31): state it with month and year.*|docs/user-information.md:83$" msg
'

# ------------------------------------------------------------------
# The documents: Annex II, Annex V, Annex VII

test_expect_success 'user information missing an Annex II item fails Art.13(18) for that item' '
	test_when_finished restore &&
	edit docs/user-information.md "/^## 5. Circumstances/d" &&
	release &&
	expect_change annex-ii-user-information fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure annex-ii-user-information >msg &&
	test_line_count = 1 msg &&
	test_grep "^Art.13(18)|the user information has no Annex II(5) item, the known or foreseeable circumstances .*: add a section such as .5. Circumstances that may lead to cybersecurity risks (Annex II(5)).|docs/user-information.md:" msg &&
	jq -e ".findings[] | select(.rule == \"annex-ii-user-information\") | .subject == \"AnnexII(5)\"" out.json
'

test_expect_success 'a declaration of conformity missing an Annex V item fails Art.13(20) for that item' '
	test_when_finished restore &&
	edit docs/eu-declaration-of-conformity.md "/Sole responsibility/d; /sole responsibility of/d" &&
	release &&
	expect_change eu-declaration-of-conformity fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure eu-declaration-of-conformity >msg &&
	test_line_count = 1 msg &&
	test_grep "^Art.13(20)|the EU declaration of conformity has no Annex V(3) item, the statement that the declaration is issued under the sole responsibility of the provider: add a section" msg
'

test_expect_success 'only a simplified declaration, with its address, still passes Art.13(20)' '
	test_when_finished restore &&
	edit .cra/product.yaml "/^  declaration: /d" &&
	release &&
	cp baseline expect &&
	statuses >actual &&
	test_cmp expect actual &&
	jq -r ".findings[] | select(.rule == \"eu-declaration-of-conformity\") | .basis + \" \" + .message" out.json >msg &&
	test_grep "^declared simplified declaration (Annex VI): the full text is at https://acme-home.example/doc/thermo-hub" msg
'

test_expect_success 'a technical file missing an Annex VII item fails Art.13(12) for that item' '
	test_when_finished restore &&
	edit docs/technical-file.md "/^## 4. Support period/d" &&
	release &&
	expect_change technical-documentation fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure technical-documentation >msg &&
	test_line_count = 1 msg &&
	test_grep "^Art.13(12)|the technical documentation has no Annex VII(4) item, the information taken into account to determine the support period: add a section such as .4. Support period (Annex VII(4)).|docs/technical-file.md:" msg
'

test_expect_success 'a technical file of an earlier release fails Art.31 only' '
	test_when_finished restore &&
	edit docs/technical-file.md "s/2\.1\.0/2.0.4/g" &&
	release &&
	expect_change technical-documentation-current fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure technical-documentation-current >msg &&
	test_grep "^Art.31|docs/technical-file.md does not name version 2.1.0 (the release tag v2.1.0): bring the technical documentation up to this release" msg
'

test_expect_success 'a product description without its purpose fails AnnexVII(1) only' '
	test_when_finished restore &&
	drop .cra/product.yaml "  intended_purpose:" &&
	release &&
	expect_change product-metadata fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure product-metadata >msg &&
	test_grep "^AnnexVII(1)|fill in product.intended_purpose" msg
'

# ------------------------------------------------------------------
# Conformity

test_expect_success 'a class II product by module A fails Art.32 only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  class: default/  class: important-class-2/" &&
	release &&
	expect_change conformity-route fail &&
	statuses >actual &&
	test_cmp expect actual &&
	jq -e ".policy == \"important-class-2\"" out.json &&
	failure conformity-route >msg &&
	test_grep "^Art.32|an important product of class II may not use module A (Art.32(3)): use module-b-c or module-h with a notified body.*|.cra/product.yaml:51$" msg
'

test_expect_success 'a class I product by module A without standards fails Art.32 only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  class: default/  class: important-class-1/" &&
	drop .cra/product.yaml "  harmonised_standards:" &&
	release &&
	expect_change conformity-route fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure conformity-route >msg &&
	test_grep "^Art.32|an important product of class I may use module A only where harmonised standards, common specifications or a certification scheme at level substantial are applied in full (Art.32(2)), and none is listed: apply one in full" msg
'

test_expect_success 'a class I product by module A with standards applied in full passes' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  class: default/  class: important-class-1/" &&
	release &&
	cp baseline expect &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'modules B and C without a notified body fail Art.32 only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  route: module-a/  route: module-b-c/" &&
	release &&
	expect_change conformity-route fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure conformity-route >msg &&
	test_grep "^Art.32|EU-type examination and conformity to type (modules B and C) involves a notified body: name it, with its number, in conformity.notified_body" msg
'

test_expect_success 'no statement of where the CE marking is fails Art.30 only' '
	test_when_finished restore &&
	edit .cra/product.yaml "/^  ce_marking:/d" &&
	edit docs/eu-declaration-of-conformity.md "/CE marking/d" &&
	release &&
	expect_change ce-marking fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure ce-marking >msg &&
	test_grep "^Art.30|where the CE marking is shown is not declared: affix it .* and say where in conformity.ce_marking" msg
'

# ------------------------------------------------------------------
# Annex I Part II

test_expect_success 'security fixes not separate from features fail AnnexI.PartII(2) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  separate_security_updates: true/  separate_security_updates: false/" &&
	release &&
	expect_change security-updates fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure security-updates >msg &&
	test_grep "^AnnexI.PartII(2)|updates.separate_security_updates is false: ship security fixes as their own updates" msg
'

test_expect_success 'a test report the technical file does not name fails AnnexI.PartII(3) only' '
	test_when_finished restore &&
	edit docs/technical-file.md "s|^- .docs/security-test-report.md.: summary|- A summary|" &&
	release &&
	expect_change security-testing fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure security-testing >msg &&
	test_grep "^AnnexI.PartII(3)|test report docs/security-test-report.md is not named in the technical documentation docs/technical-file.md: reference it" msg
'

test_expect_success 'an advisory without a severity fails AnnexI.PartII(4) only' '
	test_when_finished restore &&
	edit docs/advisories/ACME-HOME-SA-2027-001.md "/^- Severity/d" &&
	release &&
	expect_change security-advisories fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure security-advisories >msg &&
	test_grep "^AnnexI.PartII(4)|advisory docs/advisories/ACME-HOME-SA-2027-001.md does not give the severity: add it" msg
'

test_expect_success 'a fixed CVE without an advisory fails AnnexI.PartII(4) only' '
	test_when_finished restore &&
	edit CHANGELOG.md "s/^- Bounds check added to the schedule import found by fuzzing./- lwIP: fix for CVE-2027-31337 in the DHCP client./" &&
	release &&
	expect_change security-advisories fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure security-advisories >msg &&
	test_grep "^AnnexI.PartII(4)|CHANGELOG.md names CVE-2027-31337, fixed in a release, but no advisory covers it: publish one.*|CHANGELOG.md:11$" msg
'

test_expect_success 'no CVD policy fails AnnexI.PartII(5) only' '
	test_when_finished restore &&
	git rm -q SECURITY.md &&
	release &&
	expect_change cvd-policy fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure cvd-policy >msg &&
	test_grep "^AnnexI.PartII(5)|no CVD policy: write SECURITY.md saying how to report a vulnerability and how fixes are disclosed" msg
'

test_expect_success 'security.txt without a Policy link fails its rule of AnnexI.PartII(5) only' '
	test_when_finished restore &&
	edit .well-known/security.txt "/^Policy:/d" &&
	release &&
	expect_change security-txt-policy fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure security-txt-policy >msg &&
	test_grep "^AnnexI.PartII(5)|security.txt has no Policy field: add .Policy: https://.... with the address of the CVD policy" msg
'

test_expect_success 'an expired security.txt fails AnnexI.PartII(6) only' '
	test_when_finished restore &&
	edit .well-known/security.txt "s/^Expires: .*/Expires: 2027-01-31T00:00:00Z/" &&
	release &&
	expect_change security-txt fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure security-txt >msg &&
	test_grep "^AnnexI.PartII(6)|security.txt: expired on 2027-01-31T00:00:00Z; renew the file and move Expires forward (at most a year)|.well-known/security.txt:5$" msg
'

test_expect_success 'an update mechanism that does not authenticate updates fails AnnexI.PartII(7) only' '
	test_when_finished restore &&
	drop .cra/product.yaml "  mechanism:" &&
	edit .cra/product.yaml "s|^updates:|&\n  mechanism: firmware images downloaded from our server|" &&
	release &&
	expect_change update-distribution fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure update-distribution >msg &&
	test_grep "^AnnexI.PartII(7)|updates.mechanism does not say how updates are protected: name how their authenticity and integrity are verified" msg
'

test_expect_success 'security updates that are not free fail AnnexI.PartII(8) only' '
	test_when_finished restore &&
	edit .cra/product.yaml "s/^  free_of_charge: true/  free_of_charge: false/" &&
	release &&
	expect_change free-security-updates fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure free-security-updates >msg &&
	test_grep "^AnnexI.PartII(8)|security updates are not declared free of charge: provide them free of charge and set updates.free_of_charge: true" msg
'

test_done
