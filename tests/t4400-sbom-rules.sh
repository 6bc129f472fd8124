#!/bin/sh
test_description='the SBOM and vulnerability rules: break one thing in the thermo hub, only its rule fails'
. "$(dirname "$0")/lib/test-lib.sh"

if ! test_have_prereq JQ
then
	skip_all='jq is missing'
	test_done
fi

# The thermo hub of examples/products, released as v2.1.0 (its SBOM names
# 2.1.0) and judged on 15 June 2027. Each test breaks one thing in its SBOM
# or its VEX, releases it as v2.1.0 again, and compares the status of
# every finding, by rule and subject, with those of the complete product:
# the rule of the broken obligation must change as expected, and nothing
# else. The BSI TR-03183-2 profile is compared the same way under its
# policy, where one rule reports one finding per field.
NOW=2027-06-15T00:00:00Z
SBOM=sbom/thermo-hub.cdx.json
VEX=vex/thermo-hub.vex.json

# statuses [POLICY]: "rule subject status" of each finding of v2.1.0,
# sorted and unique; the JSON is left in out.json.
statuses () {
	if test -n "${1-}"
	then
		git cra check --now "$NOW" --format json --policy "$1" v2.1.0 >out.json
	else
		git cra check --now "$NOW" --format json v2.1.0 >out.json
	fi
	test $? -le 1 &&
	jq -e ".summary.error == 0" out.json >/dev/null &&
	jq -r ".findings[] | .rule + \" \" + (.subject // \"-\") + \" \" + .status" \
		out.json | sort -u
}

# expect_change BASELINE RULE SUBJECT STATUS...: the baseline with the
# lines of RULE and SUBJECT replaced by one per STATUS given.
expect_change () {
	base=$1 rule=$2 subject=$3 &&
	shift 3 &&
	{
		grep -v "^$rule $subject " "$base" || :
		for status in "$@"
		do
			echo "$rule $subject $status"
		done
	} | sort -u >expect
}

# failure RULE: "locus|message|path:line" of each failing finding of RULE.
failure () {
	jq -r --arg r "$1" ".findings[] | select(.rule == \$r and .status == \"fail\") |
		.locus + \"|\" + .message + \"|\" + .location.path + \":\" +
		(.location.line | tostring)" out.json
}

# jq_edit FILE FILTER: rewrite a JSON file through jq.
jq_edit () {
	jq "$2" "$1" >"$1.new" && mv "$1.new" "$1"
}

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
	printf "%s\n" baseline baseline-bsi expect actual out.json msg \
		"*.new" >>.git/info/exclude &&
	git add . && test_tick && git commit -q -m "Acme Thermo Hub 2.1.0" &&
	git branch base &&
	test_tag_annotated v2.1.0 &&
	statuses >baseline &&
	statuses sbom-bsi-tr-03183-2 >baseline-bsi
'

# A class policy may leave the profile rules out, or run them: then they
# do not apply, for want of the profile's parameters.
test_expect_success 'the complete product passes every SBOM rule; the profiles do not apply by default' '
	cat >expect <<-\EOF &&
	no-known-exploitable-vulnerabilities - pass
	sbom-describes-product sbom/thermo-hub.cdx.json pass
	sbom-present sbom/thermo-hub.cdx.json pass
	sbom-structure sbom/thermo-hub.cdx.json pass
	sbom-top-level-dependencies sbom/thermo-hub.cdx.json pass
	EOF
	grep -E "^(sbom-|no-known-)" baseline | grep -v -E "^sbom-(bsi|ntia)-" >actual &&
	test_cmp expect actual &&
	! grep -E "^sbom-(bsi|ntia)-" baseline | grep -v " - not-applicable\$" &&
	! grep -E " (fail|unknown|error)\$" baseline
'

test_expect_success 'an SBOM of another version fails sbom-describes-product only' '
	test_when_finished restore &&
	jq_edit $SBOM ".metadata.component.version = \"2.0.9\"" &&
	release &&
	expect_change baseline sbom-describes-product $SBOM fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure sbom-describes-product >msg &&
	test_grep "^AnnexI.PartII(1)|the SBOM.s primary component is Acme Thermo Hub 2.0.9, but the release is 2.1.0 (the release tag v2.1.0): generate the SBOM from this release.s build.*|$SBOM:[0-9]*\$" msg
'

test_expect_success 'a removed SBOM fails sbom-present only; the rules reading it cannot judge' '
	test_when_finished restore &&
	git rm -q $SBOM &&
	release &&
	grep -v -E "^sbom-(present|describes-product|top-level-dependencies|structure) " \
		baseline >expect.tmp &&
	{
		cat expect.tmp &&
		echo "sbom-present $SBOM fail" &&
		echo "sbom-describes-product - unknown" &&
		echo "sbom-top-level-dependencies - unknown" &&
		echo "sbom-structure - unknown"
	} | sort >expect &&
	rm expect.tmp &&
	statuses >actual &&
	test_cmp expect actual &&
	failure sbom-present >msg &&
	test_grep "^AnnexI.PartII(1)|evidence.sbom names $SBOM, which does not exist in this snapshot: commit the release.s SBOM there, or correct the path|.cra/product.yaml:[0-9]*\$" msg
'

test_expect_success 'a dependency of the product that the SBOM lacks fails sbom-top-level-dependencies only' '
	test_when_finished restore &&
	jq_edit $SBOM "(.dependencies[] | select(.ref == \"acme-thermo-hub@2.1.0\") |
		.dependsOn) += [\"openssl@3.0.16\"]" &&
	release &&
	expect_change baseline sbom-top-level-dependencies $SBOM fail &&
	statuses >actual &&
	test_cmp expect actual &&
	failure sbom-top-level-dependencies >msg &&
	test_grep "^AnnexI.PartII(1)|1 reference of the dependency graph of $SBOM names no component of the SBOM.*dependsOn .openssl@3.0.16. names no component or service (line [0-9]*); add the components or correct the references|$SBOM:[0-9]*\$" msg
'

test_expect_success 'a vulnerability marked exploitable fails AnnexI.PartI(2)(a) only' '
	test_when_finished restore &&
	jq_edit $VEX "(.vulnerabilities[] | select(.id == \"CVE-2025-57052\") | .analysis) |=
		(.state = \"exploitable\" | del(.justification))" &&
	release &&
	expect_change baseline no-known-exploitable-vulnerabilities - &&
	echo "no-known-exploitable-vulnerabilities CVE-2025-57052 fail" >>expect &&
	sort -o expect expect &&
	statuses >actual &&
	test_cmp expect actual &&
	failure no-known-exploitable-vulnerabilities >msg &&
	test_grep "^AnnexI.PartI(2)(a)|CVE-2025-57052 affects cjson 1.7.18 (exploitable in $VEX): fix it and ship the fix, then record it as fixed; or, if the product is not affected, record not_affected with a justification|$VEX:[0-9]*\$" msg
'

test_expect_success 'not_affected without a justification fails AnnexI.PartI(2)(a) only' '
	test_when_finished restore &&
	jq_edit $VEX "(.vulnerabilities[] | select(.id == \"CVE-2025-59391\") | .analysis) |=
		del(.justification, .detail)" &&
	release &&
	expect_change baseline no-known-exploitable-vulnerabilities - &&
	echo "no-known-exploitable-vulnerabilities CVE-2025-59391 fail" >>expect &&
	sort -o expect expect &&
	statuses >actual &&
	test_cmp expect actual &&
	failure no-known-exploitable-vulnerabilities >msg &&
	test_grep "^AnnexI.PartI(2)(a)|CVE-2025-59391 is recorded as not_affected for libcoap 4.3.5 without a justification ($VEX): say why the product is not affected" msg
'

test_expect_success 'a vulnerability still in triage is unknown, and fails nothing' '
	test_when_finished restore &&
	jq_edit $VEX "(.vulnerabilities[] | select(.id == \"CVE-2025-59391\") | .analysis) |=
		(.state = \"in_triage\" | del(.justification))" &&
	release &&
	expect_change baseline no-known-exploitable-vulnerabilities - &&
	echo "no-known-exploitable-vulnerabilities CVE-2025-59391 unknown" >>expect &&
	sort -o expect expect &&
	statuses >actual &&
	test_cmp expect actual
'

test_expect_success 'without any vulnerability record the answer is unknown, not pass' '
	test_when_finished restore &&
	git rm -q $VEX &&
	sed "/^  vex: /d" .cra/product.yaml >.cra/product.yaml.new &&
	mv .cra/product.yaml.new .cra/product.yaml &&
	release &&
	statuses >actual &&
	test_grep "^no-known-exploitable-vulnerabilities - unknown\$" actual &&
	jq -r ".findings[] | select(.rule == \"no-known-exploitable-vulnerabilities\") |
		.message" out.json >msg &&
	test_grep "^no vulnerability record to judge: neither a VEX document (evidence.vex) nor an SBOM records" msg
'

# ------------------------------------------------------------------
# BSI TR-03183-2 v2.1.0, under its policy

# The example gives its components' suppliers by name only, and the TR
# asks for an email address or a URL of each component's creator.
test_expect_success 'under the BSI profile the thermo hub fails only the creator contacts of its components' '
	grep " fail\$" baseline-bsi >actual &&
	echo "sbom-bsi-component-fields creator fail" >expect &&
	test_cmp expect actual &&
	! grep -v -E "^(sbom-present|sbom-structure|sbom-bsi-[a-z-]*) " baseline-bsi
'

test_expect_success 'components without SHA-512 hashes fail the BSI hash field only' '
	test_when_finished restore &&
	jq_edit $SBOM "(.metadata.component, .components[]) |=
		(.hashes |= map(select(.alg != \"SHA-512\")))" &&
	release &&
	expect_change baseline-bsi sbom-bsi-component-fields hash-sha512 fail &&
	statuses sbom-bsi-tr-03183-2 >actual &&
	test_cmp expect actual &&
	failure sbom-bsi-component-fields >msg &&
	test_grep "^AnnexI.PartII(1)|36 of 36 components of $SBOM lack a SHA-512 hash of the deployable form (BSI TR-03183-2 v2.1.0 section 5.2.2), the first Acme Thermo Hub (line [0-9]*), acme-thermo-hub-app (line [0-9]*), acme-ota-client (line [0-9]*): add the SHA-512 hash" msg &&
	statuses >actual &&
	test_cmp baseline actual
'

test_expect_success 'vulnerabilities embedded in the SBOM fail the BSI profile only' '
	test_when_finished restore &&
	jq --slurpfile vex $VEX ". + {vulnerabilities: \$vex[0].vulnerabilities}" \
		$SBOM >$SBOM.new && mv $SBOM.new $SBOM &&
	release &&
	expect_change baseline-bsi sbom-bsi-no-vulnerabilities $SBOM fail &&
	statuses sbom-bsi-tr-03183-2 >actual &&
	test_cmp expect actual &&
	failure sbom-bsi-no-vulnerabilities >msg &&
	test_grep "^AnnexI.PartII(1)|$SBOM carries 3 vulnerabilities (CVE-2026-34873, CVE-2025-57052, CVE-2025-59391); BSI TR-03183-2 v2.1.0 says an SBOM must not: move them to a VEX document" msg &&
	statuses >actual &&
	test_cmp baseline actual
'

test_expect_success 'a CycloneDX 1.5 SBOM fails the format of v2.1.0 and passes v2.0.0' '
	test_when_finished restore &&
	jq_edit $SBOM ".specVersion = \"1.5\" |
		.\"\$schema\" = \"http://cyclonedx.org/schema/bom-1.5.schema.json\"" &&
	release &&
	statuses sbom-bsi-tr-03183-2 >actual &&
	test_grep "^sbom-bsi-format $SBOM fail\$" actual &&
	failure sbom-bsi-format >msg &&
	test_grep "|$SBOM is CycloneDX 1.5; BSI TR-03183-2 v2.1.0 asks for CycloneDX 1.6 or later, or SPDX 3.0.1 or later, in JSON or XML: generate it as CycloneDX 1.6 or later|" msg &&
	statuses sbom-bsi-tr-03183-2-v2.0 >actual &&
	test_grep "^sbom-bsi-format $SBOM pass\$" actual
'

test_expect_success 'the router SBOM without hashes fails the BSI hash field' '
	mkdir router &&
	cp -R "$TEST_TOP/examples/products/router-x1/." router &&
	(
		cd router &&
		git init -q -b main &&
		git add . && test_tick && git commit -q -m "Acme Router X1 1.4.1" &&
		git tag -a -m v1.4.1 v1.4.1 &&
		git cra check --now "$NOW" --format json --policy sbom-bsi-tr-03183-2 \
			v1.4.1 >../out.json
		test $? = 1
	) &&
	jq -r ".findings[] | select(.rule == \"sbom-bsi-component-fields\" and
		.subject == \"hash-sha512\") | .status + \"|\" + .message" out.json >msg &&
	test_grep "^fail|40 of 40 components of sbom/router-x1.cdx.json lack a SHA-512 hash of the deployable form" msg
'

test_expect_success 'the router VEX marking a vulnerability exploitable fails AnnexI.PartI(2)(a)' '
	(
		cd router &&
		git cra check --now "$NOW" --format json v1.4.1 >../out.json
		test $? = 1
	) &&
	failure no-known-exploitable-vulnerabilities >msg &&
	test_line_count = 1 msg &&
	test_grep "^AnnexI.PartI(2)(a)|CVE-2023-52160 affects wpa_supplicant 2.10 (exploitable in vex/router-x1.vex.json)" msg
'

test_done
