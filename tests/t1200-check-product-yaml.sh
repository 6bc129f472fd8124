#!/bin/sh
test_description='product.yaml: errors with positions, hostile YAML bounded'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

test_expect_success 'setup' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m init
'

test_expect_success 'a YAML syntax error exits 2 with file, line and column' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "schema: 1\nproduct:\n  name: [unclosed\n" >.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "^error: cannot parse .\\.cra/product\\.yaml.: \\.cra/product\\.yaml:4:1: " err
'

test_expect_success 'a product.yaml that is a list exits 2' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf -- "- schema\n- 1\n" >.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "product.yaml:1:1: the product metadata must be a mapping" err
'

test_expect_success 'a missing schema exits 2 and says which one is read' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "product:\n  name: x\n" >.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "no .schema. key; this version reads .schema: 1." err
'

test_expect_success 'another schema exits 2 with its position' '
	test_when_finished "git checkout .cra/product.yaml" &&
	sed "s/^schema: 1/schema: 2/" .cra/product.yaml >tmp && mv tmp .cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "product.yaml:1:9: unsupported schema .2." err
'

test_expect_success 'an empty product.yaml exits 2' '
	test_when_finished "git checkout .cra/product.yaml" &&
	: >.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "must be a mapping" err
'

test_expect_success 'a section of the wrong kind warns with its position' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "updates: [1, 2]\n" >>.cra/product.yaml &&
	git cra check --now $NOW >out 2>err &&
	test_grep "warning: .cra/product.yaml:19:10: .updates. should be a mapping, not a list" err
'

test_expect_success 'an unknown class warns and falls back to the default policy' '
	test_when_finished "git checkout .cra/product.yaml && use_base_policy" &&
	git config --unset cra.policy &&
	sed "s/class: default/class: important/" .cra/product.yaml >tmp && mv tmp .cra/product.yaml &&
	{ git cra check --now $NOW >out 2>err || test $? = 1; } &&
	test_grep "unknown product class .important." err &&
	test_grep "policy default" out
'

test_expect_success 'invalid UTF-8 is an error with a position' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "schema: 1\nproduct:\n  name: \377\376bad\n" >.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "cannot parse .\\.cra/product\\.yaml.: .cra/product.yaml:3:" err
'

test_expect_success 'a YAML alias bomb is read in bounded time and memory' '
	test_when_finished "git checkout .cra/product.yaml" &&
	{
		cat .cra/product.yaml &&
		echo "declarations:" &&
		echo "  a: &a [x, x, x, x, x, x, x, x, x, x]" &&
		prev=a &&
		for n in b c d e f g h i j k l m n o p q r s t u
		do
			echo "  $n: &$n [*$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev]" &&
			prev=$n || return 1
		done
	} >tmp && mv tmp .cra/product.yaml &&
	test_timeout 60 git cra check --now $NOW >out 2>err &&
	test_grep "^5 pass" out
'

test_expect_success 'an alias bomb reaching a rule through cra.yaml stays bounded' '
	test_when_finished "rm -rf .cra/rules bomb.yaml" &&
	mkdir -p .cra/rules &&
	{
		echo "a: &a [x, x, x, x, x, x, x, x, x, x]" &&
		prev=a &&
		for n in b c d e f g h i j k l m n o p q r s t u
		do
			echo "$n: &$n [*$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev, *$prev]" &&
			prev=$n || return 1
		done
	} >bomb.yaml &&
	cat >.cra/rules/walk.lua <<-\EOF &&
	return { id = "walk", title = "t", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r",
	  check = function(cra)
	    local doc = assert(cra.yaml("bomb.yaml"))
	    local n = 0
	    local function walk(v) if type(v) == "table" then for _, x in ipairs(v) do walk(x) end else n = n + 1 end end
	    walk(doc.u)
	    cra.pass("walked " .. n)
	  end }
	EOF
	test_expect_code 2 test_timeout 60 git cra check --now $NOW --format json >out.json &&
	jq -r ".findings[] | select(.rule == \"walk\") | .message" out.json >actual &&
	test_grep "instruction budget" actual
'

test_expect_success 'deep nesting is refused, not a stack overflow' '
	test_when_finished "git checkout .cra/product.yaml" &&
	{
		cat .cra/product.yaml &&
		printf "declarations: " &&
		awk "BEGIN { for (i = 0; i < 5000; i++) printf \"[\"; for (i = 0; i < 5000; i++) printf \"]\"; print \"\" }"
	} >tmp && mv tmp .cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "nesting deeper than 128 levels" err
'

test_expect_success 'a second YAML document is refused' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf -- "---\nschema: 1\n" >>.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "more than one document" err
'

test_expect_success 'an unknown anchor is an error with its position' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "declarations: *nowhere\n" >>.cra/product.yaml &&
	test_expect_code 2 git cra check 2>err &&
	test_grep "product.yaml:19:15: unknown anchor .nowhere." err
'

test_expect_success 'a self-referencing alias cannot make a cycle' '
	test_when_finished "git checkout .cra/product.yaml" &&
	printf "declarations: &loop [*loop]\n" >>.cra/product.yaml &&
	test_expect_code 2 test_timeout 20 git cra check 2>err &&
	test_grep "unknown anchor .loop." err
'

test_done
