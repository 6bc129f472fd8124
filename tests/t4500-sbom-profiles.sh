#!/bin/sh
test_description='the SBOM profile policies over the real SBOMs of the shared corpus'
. "$(dirname "$0")/lib/test-lib.sh"

if ! test_have_prereq JQ
then
	skip_all='jq is missing'
	test_done
fi
if ! test_have_prereq CORPUS
then
	skip_all="the shared corpus is not at $SHARED_CORPUS"
	test_done
fi

# The CycloneDX SBOMs of bom-examples are what real generators wrote
# (CycloneDX 1.2 to 1.4). Each is committed alone in a repository, the
# snapshot `git cra validate --profile` checks: no product metadata, the
# SBOM found by its name. Both BSI TR-03183-2 versions ask for a newer
# CycloneDX, and the generators of the time wrote few of the fields the
# TR and the NTIA minimum elements ask for: the checker must say so, per
# field, without breaking on any of them.
corpus="$SHARED_CORPUS/bom-examples/SBOM"

# check_all POLICY: check every repository under POLICY; one JSON per
# SBOM in results/POLICY/. Exit status 1 (something fails) is expected,
# 2 (the check could not be done) never.
check_all () {
	mkdir -p "results/$1" &&
	while read -r repo
	do
		(
			cd "repos/$repo" &&
			git cra check --format json --policy "$1" HEAD \
				>"../../results/$1/$repo.json"
			test $? -le 1
		) || {
			echo "$repo: git cra check --policy $1 could not be done" >&2
			return 1
		}
	done <repos.list
}

# failing POLICY: "rule subject" of every failing finding, one line per
# SBOM and finding.
failing () {
	jq -r ".findings[] | select(.status == \"fail\") |
		.rule + \" \" + (.subject // \"-\")" "results/$1"/*.json
}

test_expect_success 'setup: each SBOM of the corpus alone in a repository' '
	find "$corpus" -name "*.json" | sort >files &&
	test_line_count -ge 10 files &&
	mkdir repos &&
	n=0 &&
	while read -r file
	do
		n=$((n + 1)) &&
		mkdir -p "repos/sbom$n/sbom" &&
		cp "$file" "repos/sbom$n/sbom/bom.cdx.json" &&
		(
			cd "repos/sbom$n" &&
			git init -q -b main &&
			git add . &&
			test_tick &&
			git commit -q -m "${file#$corpus/}"
		) &&
		echo "sbom$n" >>repos.list || return 1
	done <files &&
	test_line_count = "$(wc -l <files)" repos.list
'

test_expect_success 'BSI TR-03183-2 v2.1.0 checks every SBOM without a rule error' '
	check_all sbom-bsi-tr-03183-2 &&
	jq -e ".summary.error == 0 and .summary.fail > 0" \
		results/sbom-bsi-tr-03183-2/*.json >ok &&
	! grep -v true ok
'

test_expect_success 'every SBOM fails the format of v2.1.0 (CycloneDX 1.2 to 1.4), saying which version to write' '
	jq -r ".findings[] | select(.rule == \"sbom-bsi-format\") | .status + \"|\" + .message" \
		results/sbom-bsi-tr-03183-2/*.json >formats &&
	test_line_count = "$(wc -l <repos.list)" formats &&
	! grep -v "^fail|sbom/bom.cdx.json is CycloneDX 1\.[234]; BSI TR-03183-2 v2.1.0 asks for CycloneDX 1.6 or later, or SPDX 3.0.1 or later, in JSON or XML: generate it as CycloneDX 1.6 or later\$" formats
'

test_expect_success 'each required field is judged once per SBOM, and most are missing' '
	jq -r "[.findings[] | select(.rule == \"sbom-bsi-component-fields\")] | length" \
		results/sbom-bsi-tr-03183-2/*.json | sort -u >counts &&
	echo 11 >expect &&
	test_cmp expect counts &&
	failing sbom-bsi-tr-03183-2 | sort | uniq -c |
		awk "{ print \$2 \" \" \$3 \": \" \$1 }" >bsi-counts &&
	for field in creator filename hash-sha512 executable archive structured
	do
		test_grep "^sbom-bsi-component-fields $field: $(wc -l <repos.list)\$" bsi-counts ||
		return 1
	done
'

test_expect_success 'BSI TR-03183-2 v2.0.0 also fails every format (it asks for CycloneDX 1.5)' '
	check_all sbom-bsi-tr-03183-2-v2.0 &&
	jq -r ".findings[] | select(.rule == \"sbom-bsi-format\") | .status" \
		results/sbom-bsi-tr-03183-2-v2.0/*.json | sort | uniq -c >formats &&
	echo "     $(wc -l <repos.list) fail" >expect &&
	test_cmp expect formats &&
	jq -e ".summary.error == 0" results/sbom-bsi-tr-03183-2-v2.0/*.json >ok &&
	! grep -v true ok
'

test_expect_success 'the NTIA minimum elements: most SBOMs miss one, none breaks the check' '
	check_all sbom-ntia &&
	jq -e ".summary.error == 0" results/sbom-ntia/*.json >ok &&
	! grep -v true ok &&
	failing sbom-ntia | sed "s| sbom/bom.cdx.json\$| -|" | sort | uniq -c |
		awk "{ print \$2 \" \" \$3 \": \" \$1 }" >ntia-counts &&
	jq -r "select(.summary.fail > 0) | input_filename" results/sbom-ntia/*.json >missing &&
	test "$(wc -l <missing)" -gt "$(($(wc -l <repos.list) / 2))"
'

test_expect_success 'under the default policy an SBOM alone is present and the profiles do not apply' '
	check_all default &&
	jq -r ".findings[] | select(.rule | test(\"^sbom-(present|describes-product)\$\")) |
		.rule + \" \" + .status" results/default/*.json | sort | uniq -c >actual &&
	n=$(wc -l <repos.list) &&
	cat >expect <<-EOF &&
	     $n sbom-describes-product not-applicable
	     $n sbom-present pass
	EOF
	test_cmp expect actual &&
	jq -r ".findings[] | select(.rule | test(\"^sbom-(bsi|ntia)-\")) | .status" \
		results/default/*.json | sort -u >statuses &&
	! grep -v "^not-applicable\$" statuses
'

# The figures, as TAP comments: how many of the corpus's SBOMs fail each
# field of each profile.
for counts in bsi-counts ntia-counts
do
	if test -s "$TRASH_DIRECTORY/$counts"
	then
		echo "# $counts (of $(wc -l <"$TRASH_DIRECTORY/repos.list") SBOMs):"
		sed "s/^/#   /" "$TRASH_DIRECTORY/$counts"
	fi
done

test_done
