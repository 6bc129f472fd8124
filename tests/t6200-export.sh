#!/bin/sh
test_description='export writes a release evidence bundle along Annex VII, the same bytes every time'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN,JQ
then
	skip_all='ssh-keygen cannot sign here, or jq is missing'
	test_done
fi

test_expect_success 'setup: the thermo-hub example, released and attested' '
	cp -R "$TEST_TOP/examples/products/thermo-hub/." . &&
	setup_ssh_signing &&
	git add . && test_tick && git commit -q -m release &&
	test_tag_annotated v2.1.0 &&
	git cra attest v2.1.0 >/dev/null &&
	echo more >>CHANGELOG.md && git add CHANGELOG.md &&
	test_tick && git commit -q -m next &&
	test_tag_annotated v2.2.0
'

test_expect_success 'export writes a folder per Annex VII item, from the tag tree' '
	git cra export v2.1.0 --output bundle >out &&
	test_grep "^exported v2.1.0: [0-9]* files to bundle" out &&
	(cd bundle && find . -type f | sed "s,^\./,," | sort) >actual &&
	cat >expect <<-\EOF &&
	01-general-description/cra/product.yaml
	01-general-description/docs/technical-file.md
	01-general-description/docs/user-information.md
	02-design-development-vulnerability-handling/CHANGELOG.md
	02-design-development-vulnerability-handling/SECURITY.md
	02-design-development-vulnerability-handling/docs/advisories/ACME-HOME-SA-2027-001.md
	02-design-development-vulnerability-handling/vex/thermo-hub.vex.json
	02-design-development-vulnerability-handling/well-known/security.txt
	03-risk-assessment/cra/risk-assessment.yaml
	04-support-period/docs/support-period.md
	04-support-period/support-period.md
	05-harmonised-standards/standards.md
	06-test-reports/docs/security-test-report.md
	07-eu-declaration-of-conformity/docs/eu-declaration-of-conformity.md
	08-sbom/sbom/thermo-hub.cdx.json
	README.md
	SHA256SUMS
	attestations/1.dsse.json
	attestations/1.statement.json
	evaluation.json
	EOF
	test_cmp expect actual &&
	git show v2.1.0:sbom/thermo-hub.cdx.json >expect &&
	test_cmp expect bundle/08-sbom/sbom/thermo-hub.cdx.json &&
	git show v2.1.0:.well-known/security.txt >expect &&
	test_cmp expect bundle/02-design-development-vulnerability-handling/well-known/security.txt
'

test_expect_success 'sha256sum -c accepts SHA256SUMS, which covers every other file' '
	(cd bundle && sha256sum -c --strict SHA256SUMS) >out &&
	test_line_count = 19 out &&
	! grep -v ": OK$" out &&
	sed "s/^[0-9a-f]\{64\}  //" bundle/SHA256SUMS >listed &&
	(cd bundle && find . -type f ! -name SHA256SUMS | sed "s,^\./,," | LC_ALL=C sort) >expect &&
	test_cmp expect listed
'

test_expect_success 'the README lists every file with its Annex VII item and source' '
	test_grep "^# Evidence bundle: Acme Thermo Hub v2.1.0" bundle/README.md &&
	test_grep "^### (8) software bill of materials" bundle/README.md &&
	test_grep "08-sbom/sbom/thermo-hub.cdx.json., from .sbom/thermo-hub.cdx.json., blob .$(git rev-parse v2.1.0:sbom/thermo-hub.cdx.json)" bundle/README.md &&
	test_grep "commit: .$(git rev-parse v2.1.0^{commit})" bundle/README.md &&
	for f in $(sed "s/^[0-9a-f]\{64\}  //" bundle/SHA256SUMS | grep -v "^README.md$")
	do
		grep -q "$f" bundle/README.md || { echo "not listed: $f"; return 1; }
	done
'

test_expect_success 'the attestation is there as stored and decoded; evaluation.json is its predicate' '
	git notes --ref=cra show v2.1.0 >expect &&
	test_cmp expect bundle/attestations/1.dsse.json &&
	jq -r .payload expect | base64 -d | jq . >decoded &&
	jq . bundle/attestations/1.statement.json >actual &&
	test_cmp decoded actual &&
	jq .predicate decoded >expect &&
	jq . bundle/evaluation.json >actual &&
	test_cmp expect actual &&
	test_grep "results recorded by attestation 1" bundle/README.md
'

test_expect_success 'a second export is byte-identical' '
	git cra export v2.1.0 --output again >/dev/null &&
	diff -r bundle again
'

test_expect_success 'a tar archive: deterministic ustar, dated with the tag, owned by root' '
	git cra export v2.1.0 --output one.tar >/dev/null &&
	test_tick &&
	git cra export v2.1.0 --output two.tar >/dev/null &&
	cmp one.tar two.tar &&
	tar -tvf one.tar >list &&
	date=$(git for-each-ref --format="%(taggerdate:format:%Y-%m-%d %H:%M)" refs/tags/v2.1.0) &&
	test_grep "^drwxr-xr-x root/root  *0 $date cra-evidence-v2.1.0/$" list &&
	test_grep "^-rw-r--r-- root/root .* $date cra-evidence-v2.1.0/SHA256SUMS$" list &&
	! grep -v " $date cra-evidence-v2.1.0/" list &&
	mkdir x && tar -xf one.tar -C x &&
	diff -r bundle x/cra-evidence-v2.1.0 &&
	(cd x/cra-evidence-v2.1.0 && sha256sum -c --quiet SHA256SUMS)
'

test_expect_success 'long paths go into pax records that tar reads' '
	long=docs/$(printf "%0120d" 0)/$(printf "%0110d" 1)/report.md &&
	mkdir -p "$(dirname "$long")" &&
	echo "a long way down" >"$long" &&
	sed -i "s,test_reports: \[docs/security-test-report.md\],test_reports: [docs/security-test-report.md\, $long]," .cra/product.yaml &&
	git add . && test_tick && git commit -q -m long &&
	test_tag_annotated v2.3.0 &&
	git cra export v2.3.0 --output long.tar >/dev/null &&
	mkdir y && tar -xf long.tar -C y &&
	test_cmp "$long" "y/cra-evidence-v2.3.0/06-test-reports/$long" &&
	(cd y/cra-evidence-v2.3.0 && sha256sum -c --quiet SHA256SUMS)
'

test_expect_success 'without an attestation, evaluation.json is a check at the tag date' '
	git cra export v2.2.0 --output unattested >/dev/null &&
	test_path_is_missing unattested/attestations &&
	jq -r ".schema, .evaluated_at, .snapshot.tag" unattested/evaluation.json >actual &&
	{
		echo git-cra/findings/1 &&
		git for-each-ref --format="%(taggerdate:iso-strict)" refs/tags/v2.2.0 | sed "s/+00:00/Z/" &&
		echo v2.2.0
	} >expect &&
	test_cmp expect actual &&
	test_grep "No attestation of the release verified" unattested/README.md
'

test_expect_success 'files the metadata names but the tree lacks are listed, with a warning' '
	sed -i "s,vex: \[vex/thermo-hub.vex.json\],vex: [vex/gone.vex.json]," .cra/product.yaml &&
	git add . && test_tick && git commit -q -m gone &&
	test_tag_annotated v2.4.0 &&
	git cra export v2.4.0 --output gone >/dev/null 2>err &&
	test_grep "warning: 1 file named in .cra/product.yaml is not in the tag.s tree" err &&
	test_grep "^- evidence.vex: .vex/gone.vex.json.: not in the tag.s tree" gone/README.md
'

test_expect_success 'paths that leave the tree are refused, not followed' '
	ln -s ../../../../etc/passwd docs/escape.md &&
	sed -i "s,declaration: docs/eu-declaration-of-conformity.md,declaration: docs/escape.md," .cra/product.yaml &&
	git add . && test_tick && git commit -q -m escape &&
	test_tag_annotated v2.5.0 &&
	git cra export v2.5.0 --output escape >/dev/null 2>err &&
	test_path_is_missing escape/07-eu-declaration-of-conformity/docs/escape.md &&
	test_grep "conformity.declaration: .docs/escape.md." escape/README.md
'

test_expect_success 'export refuses a directory that is not empty, and bad arguments' '
	test_expect_code 2 git cra export v2.1.0 --output bundle 2>err &&
	test_grep "bundle. is not empty" err &&
	test_expect_code 2 git cra export v2.1.0 2>err &&
	test_grep "say where with --output" err &&
	test_expect_code 2 git cra export --output z 2>err &&
	test_grep "name one release tag" err &&
	test_expect_code 2 git cra export v9 --output z 2>err &&
	test_grep "no tag named .v9." err
'

test_done
