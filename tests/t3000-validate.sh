#!/bin/sh
test_description='git cra validate checks evidence files on their own'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

test_expect_success 'setup' '
	write_complete_product
'

test_expect_success 'a valid security.txt is valid: exit 0' '
	git cra validate --now $NOW .well-known/security.txt >out &&
	test_grep "^.well-known/security.txt: valid (security.txt, 3 fields)$" out
'

test_expect_success 'an expired one is invalid: exit 1, with the line' '
	test_expect_code 1 git cra validate --now 2028-06-01T00:00:00Z .well-known/security.txt >out &&
	test_grep "security.txt:2:10: error: expired on 2027-12-31T23:59:59Z \\[expired\\]" out
'

test_expect_success 'the type is guessed from the name, then the content' '
	cp .well-known/security.txt contact-file &&
	git cra validate --now $NOW --format json contact-file .cra/product.yaml >out.json &&
	jq -r ".files[] | .type + \" \" + (.valid | tostring)" out.json >actual &&
	printf "%s\n" "security-txt true" "product true" >expect &&
	test_cmp expect actual
'

test_expect_success '--type overrides the guess' '
	test_expect_code 1 git cra validate --type security-txt .cra/product.yaml >out &&
	test_grep "missing-contact" out
'

test_expect_success 'product.yaml problems have their positions' '
	printf "schema: 2\n" >bad.yaml &&
	test_expect_code 1 git cra validate --type product bad.yaml >out &&
	test_grep "bad.yaml:1:9: error: unsupported schema .2." out &&
	printf "schema: 1\nproduct:\n  colour: blue\n" >warn.yaml &&
	git cra validate --type product warn.yaml >out &&
	test_grep "warn.yaml:3:3: warning: unknown key .colour. in product" out
'

test_expect_success 'an unknown type, a missing file and no file exit 2' '
	test_expect_code 2 git cra validate --type pdf x 2>err &&
	test_grep "unknown type .pdf." err &&
	test_expect_code 2 git cra validate nosuchfile 2>err &&
	test_grep "cannot read .nosuchfile." err &&
	test_expect_code 2 git cra validate 2>err &&
	test_grep "name at least one file" err &&
	echo "just text" >mystery &&
	test_expect_code 2 git cra validate mystery 2>err &&
	test_grep "cannot tell what kind of evidence" err
'

test_expect_success 'a hostile security.txt is refused cleanly' '
	printf "Contact: mailto:a@example.com\nExpires: 2027-12-31T23:59:59Z\n\377\376\n" >bad.txt &&
	test_expect_code 1 git cra validate --type security-txt --now $NOW bad.txt >out &&
	test_grep "invalid-utf8" out &&
	awk "BEGIN { for (i = 0; i < 100000; i++) printf \"x\"; print \"\" }" >huge.txt &&
	test_expect_code 1 test_timeout 20 git cra validate --type security-txt huge.txt >out &&
	test_grep "too-large" out
'

test_expect_success GPG 'a signed security.txt is verified with gpg' '
	gpg --batch --passphrase "" --quick-gen-key "Sec <sec@example.com>" ed25519 sign never 2>/dev/null &&
	{
		echo "Contact: mailto:a@example.com" &&
		echo "Expires: 2027-12-31T23:59:59Z" &&
		echo "Canonical: https://example.com/.well-known/security.txt"
	} >plain.txt &&
	gpg --batch --yes --clearsign -o signed.txt plain.txt 2>/dev/null &&
	git cra validate --now $NOW signed.txt >out &&
	test_grep "signed.txt: valid (security.txt, 3 fields, OpenPGP cleartext-signed)$" out &&
	sed "s/a@example.com/b@example.com/" signed.txt >forged.txt &&
	test_expect_code 1 git cra validate --now $NOW forged.txt >out &&
	test_grep "signature-bad" out
'

test_done
