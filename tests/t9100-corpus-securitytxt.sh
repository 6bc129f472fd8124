#!/bin/sh
test_description='every security.txt of the shared corpus validates'
. "$(dirname "$0")/lib/test-lib.sh"

if ! test_have_prereq CORPUS
then
	skip_all="the shared corpus is not at $SHARED_CORPUS"
	test_done
fi

corpus="$SHARED_CORPUS/securitytxt-valid"

test_expect_success 'all 108 files validate at 2023-01-01T08:19:03Z' '
	find "$corpus" -name "*.stxt" | sort >files &&
	test_line_count = 108 files &&
	xargs git cra validate --type security-txt --now 2023-01-01T08:19:03Z \
		--format json <files >out.json &&
	jq -r "[.files[] | select(.valid)] | length" out.json >valid &&
	echo "# valid: $(cat valid) of 108" &&
	echo 108 >expect &&
	test_cmp expect valid
'

test_expect_success 'the signed ones are reported unverified, never valid' '
	jq -r ".files[] | select(.path | test(\"valid_signed\")) |
		[.problems[] | select(.code == \"signature-unverified\")] | length" out.json >counts &&
	test_line_count = 4 counts &&
	! grep -x 0 counts
'

test_done
