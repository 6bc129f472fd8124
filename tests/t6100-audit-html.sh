#!/bin/sh
test_description='audit --format html: one self-contained page that shows what the json says'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

if ! test_have_prereq SSH_KEYGEN,JQ
then
	skip_all='ssh-keygen cannot sign here, or jq is missing'
	test_done
fi

# chromium_run ARGS...: headless, offline, with a profile of its own.
chromium_run () {
	browser=$(command -v chromium || command -v chromium-browser ||
		command -v google-chrome || command -v google-chrome-stable) &&
	profile=$(mktemp -d) &&
	test_timeout 120 "$browser" --headless --no-sandbox --disable-gpu \
		--disable-quic --no-first-run --disable-background-networking \
		--disable-component-update --disable-sync \
		--user-data-dir="$profile" "$@" 2>/dev/null
}

# rows FILE: "tag status failing" of each release row of an HTML page.
rows () {
	grep "<tr class=\"release\"" "$1" |
	sed -e "s/.* data-tag=\"\([^\"]*\)\" data-status=\"\([^\"]*\)\".*<td class=\"num failing[^\"]*\">\([0-9]*\)<.*/\1 \2 \3/" \
		-e "s/&lt;/</g" -e "s/&gt;/>/g" -e "s/&quot;/\"/g" -e "s/&amp;/\\&/g"
}

test_expect_success 'setup: twelve releases, one forged, one unattested, one hostile' '
	setup_ssh_signing &&
	write_complete_product &&
	sed -i "s/name: Acme Widget$/name: Acme <img src=x onerror=alert(1)> \\&amp; Widget/" .cra/product.yaml &&
	git add . && test_tick && git commit -q -m product &&
	for i in $(test_seq 1 12)
	do
		echo "release $i" >README &&
		git add README && test_tick && git commit -q -m "release $i" &&
		test_tag_annotated "v1.$i.0" || return 1
	done &&
	test_tag_annotated "v1.13.0-<script>alert(1)</script>" &&
	git cra attest $(git tag | grep -v "^v1.5.0$") >/dev/null &&
	note=$(git rev-parse refs/tags/v1.9.0) &&
	git notes --ref=cra show "$note" >line &&
	jq -r .payload line | base64 -d |
		sed "s/\"pass\":\\([0-9]\\)/\"pass\":9\\1/" | base64 -w0 >payload &&
	jq -c --arg p "$(cat payload)" ".payload = \$p" line >forged &&
	git notes --ref=cra add -f -F forged "$note" &&
	test_expect_code 1 git cra audit --format json >audit.json &&
	test_expect_code 1 git cra audit --format html >audit.html
'

test_expect_success 'the page is one file: no script, no address outside it' '
	! grep -i "<script" audit.html &&
	! grep -i "<link" audit.html &&
	! grep -i "<img" audit.html &&
	! grep -i "<iframe" audit.html &&
	! grep -i "@import" audit.html &&
	! grep -i "url(" audit.html &&
	! grep -iE "(src|href|action|xlink:href)=\"?[a-z]+:" audit.html &&
	# Addresses appear only as text, such as a message quoting security.txt.
	! grep -iE "=[\"'"'"']?https?:" audit.html &&
	test_grep "<style>" audit.html &&
	test_grep "<svg class=\"timeline\"" audit.html
'

test_expect_success 'what comes from the repository is escaped' '
	test_grep "v1.13.0-&lt;script&gt;alert(1)&lt;/script&gt;" audit.html &&
	test_grep "Acme &lt;img src=x onerror=alert(1)&gt; &amp;amp; Widget" audit.html
'

test_expect_success 'the release table and the timeline say what the json says' '
	jq -r ".releases[] | .tag + \" \" + .status + \" \" + (.failing_obligations | tostring)" \
		audit.json >expect &&
	rows audit.html >actual &&
	test_cmp expect actual &&
	grep -c "<g class=\"release\"" audit.html >actual &&
	jq ".releases | length" audit.json >expect &&
	test_cmp expect actual &&
	test_grep "data-tag=\"v1.9.0\" data-status=\"BAD-SIGNATURE\"" audit.html &&
	test_grep "data-tag=\"v1.5.0\" data-status=\"MISSING\"" audit.html
'

test_expect_success 'the status cards count what the json counts' '
	jq -r ".summary.statuses | to_entries[] | .key + \" \" + (.value | tostring)" \
		audit.json >expect &&
	sed -n "s/.*<div class=\"card[^\"]*\" data-status=\"\([^\"]*\)\"[^>]*><div class=\"n\">\([0-9]*\)<.*/\1 \2/p" \
		audit.html >actual &&
	test_cmp expect actual
'

test_expect_success CHROMIUM 'chromium renders the page, and its DOM shows the same releases' '
	chromium_run --dump-dom "file://$PWD/audit.html" >dom.html &&
	test_grep "<svg class=\"timeline\"" dom.html &&
	jq -r ".releases[] | .tag + \" \" + .status + \" \" + (.failing_obligations | tostring)" \
		audit.json >expect &&
	rows dom.html >actual &&
	test_cmp expect actual &&
	! grep "<script" dom.html
'

test_expect_success CHROMIUM 'chromium draws it' '
	chromium_run --window-size=1280,1600 --hide-scrollbars \
		--screenshot="$PWD/audit.png" "file://$PWD/audit.html" &&
	test_path_is_file audit.png &&
	test "$(wc -c <audit.png)" -gt 20000
'

test_done
