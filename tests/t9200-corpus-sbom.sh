#!/bin/sh
test_description='git cra validate against the shared SBOM and VEX corpus'
. "$(dirname "$0")/lib/test-lib.sh"

if ! test_have_prereq CORPUS
then
	skip_all="the shared corpus is not at $SHARED_CORPUS"
	# The figures, as TAP comments of the script itself.
test -f figures && cat figures

test_done
fi

spec="$SHARED_CORPUS/cyclonedx-spec"

# figures VERSION: "valid accepted N/M" and "invalid rejected N/M".
for v in 1.4 1.5 1.6 1.7
do
	test_expect_success "CycloneDX $v: every valid file validates, every invalid one is rejected" "
		ls \"$spec/$v\"/valid-*.json >valid &&
		ls \"$spec/$v\"/invalid-*.json >invalid &&
		git cra validate --type sbom --format json \$(cat valid) >valid.json &&
		test_expect_code 1 git cra validate --type sbom --format json \$(cat invalid) >invalid.json &&
		ok=\$(jq '[.files[] | select(.valid)] | length' valid.json) &&
		bad=\$(jq '[.files[] | select(.valid | not)] | length' invalid.json) &&
		echo \"# CycloneDX $v: valid accepted \$ok/\$(wc -l <valid), invalid rejected \$bad/\$(wc -l <invalid)\" >>figures &&
		test \"\$ok\" -eq \$(wc -l <valid) &&
		test \$((bad * 10)) -ge \$((\$(wc -l <invalid) * 9))
	"
done

test_expect_success 'every real SBOM of bom-examples validates (XML is refused as unsupported)' '
	find "$SHARED_CORPUS/bom-examples/SBOM" -name "*.json" | sort >json &&
	git cra validate --type sbom --format json $(cat json) >out.json &&
	echo "# bom-examples: $(jq "[.files[] | select(.valid)] | length" out.json) of $(wc -l <json) JSON SBOMs valid" >>figures &&
	jq -e "[.files[] | select(.valid | not)] | length == 0" out.json
'

test_expect_success 'every SPDX example loads as an SBOM without errors' '
	find "$SHARED_CORPUS/spdx-examples" -name "*.json" | sort >spdx &&
	test -s spdx &&
	git cra validate --type sbom --format json $(cat spdx) >out.json &&
	echo "# spdx-examples: $(jq "[.files[] | select(.valid)] | length" out.json) of $(wc -l <spdx) valid" >>figures &&
	jq -e "[.files[] | select(.valid | not)] | length == 0" out.json
'

test_expect_success 'every CycloneDX VEX of bom-examples loads as VEX' '
	find "$SHARED_CORPUS/bom-examples/VEX" -name "*.json" | sort >vex &&
	git cra validate --type vex --format json $(cat vex) >out.json &&
	echo "# VEX: $(jq "[.files[] | select(.valid)] | length" out.json) of $(wc -l <vex) valid" >>figures &&
	jq -e "[.files[] | select(.valid | not)] | length == 0" out.json
'

# The figures, as TAP comments of the script itself.
test -f figures && cat figures

test_done
