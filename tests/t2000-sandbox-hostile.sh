#!/bin/sh
test_description='hostile rules neither escape, hang nor crash the checker'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

# rule NAME BODY: a local rule whose check runs BODY.
rule () {
	mkdir -p .cra/rules &&
	cat >.cra/rules/$1.lua <<-EOF
	return {
	  id = "$1", title = "hostile $1", locus = "Art.13(1)",
	  severity = "error", rationale = "r", remediation = "r",
	  check = function(cra)
	$2
	    cra.pass("survived")
	  end,
	}
	EOF
}

# status_of RULE: the status of the rule's first finding in out.json.
status_of () {
	jq -r --arg r "$1" '[.findings[] | select(.rule == $r or .rule_file == (".cra/rules/" + $r + ".lua"))][0].status' out.json
}

message_of () {
	jq -r --arg r "$1" '[.findings[] | select(.rule == $r or .rule_file == (".cra/rules/" + $r + ".lua"))][0].message' out.json
}

line_of () {
	jq -r --arg r "$1" '[.findings[] | select(.rule == $r or .rule_file == (".cra/rules/" + $r + ".lua"))][0].location.line' out.json
}

test_expect_success 'setup: a complete product and hostile local rules' '
	write_complete_product &&
	rule os-execute "    os.execute(\"touch pwned\")" &&
	rule io-open "    io.open(\"pwned\", \"w\")" &&
	rule require-os "    require(\"os\")" &&
	rule package-loadlib "    package.loadlib(\"libc.so.6\", \"system\")" &&
	rule debug-sethook "    debug.sethook()" &&
	rule binary-chunk "    local f = load(string.dump(function() end))" &&
	rule binary-mode "    assert(load(\"\\\\27Lua\", \"x\", \"b\"))" &&
	rule dofile "    dofile(\"/etc/passwd\")" &&
	rule loadfile "    loadfile(\"/etc/passwd\")" &&
	rule collectgarbage "    collectgarbage(\"stop\")" &&
	rule print "    print(\"noise\")" &&
	rule endless-loop "    while true do end" &&
	rule pcall-loop "    while true do pcall(function() while true do end end) end" &&
	rule recursion "    local function f(n) return 1 + f(n + 1) end f(1)" &&
	rule memory-bomb "    local t = {} for i = 1, 1e9 do t[i] = string.rep(\"x\", 1024) .. i end" &&
	rule string-bomb "    local s = \"x\" while true do s = s .. s end" &&
	rule write-product "    cra.product.product.name = \"evil\"" &&
	rule read-outside "    local s, err = cra.read(\"../../etc/passwd\") assert(s, err)" &&
	rule read-absolute "    local s, err = cra.read(\"/etc/passwd\") assert(s, err)" &&
	rule read-git "    local s, err = cra.read(\".git/config\") assert(s, err)" &&
	git add . && test_tick && git commit -q -m hostile
'

test_expect_success 'check finishes, reports rule errors and exits 2' '
	test_expect_code 2 test_timeout 60 git cra check --now $NOW --format json >out.json &&
	test_path_is_missing pwned
'

test_expect_success 'the built-in rules still pass beside the hostile ones' '
	for r in product-metadata support-period manufacturer-identity security-txt cvd-policy
	do
		echo pass >expect &&
		status_of $r >actual &&
		test_cmp expect actual || return 1
	done
'

for r in os-execute io-open require-os package-loadlib debug-sethook \
	binary-chunk binary-mode dofile loadfile collectgarbage print \
	write-product read-outside read-absolute read-git
do
	test_expect_success "a rule calling $r gets a rule error at its line" "
		echo error >expect &&
		status_of $r >actual &&
		test_cmp expect actual &&
		echo 5 >expect &&
		line_of $r >actual &&
		test_cmp expect actual
	"
done

test_expect_success 'nothing in the sandbox names io, os, package or debug' '
	test_grep "attempt to index a nil value (global .os.)" out.json &&
	test_grep "attempt to index a nil value (global .io.)" out.json &&
	test_grep "attempt to index a nil value (global .package.)" out.json &&
	test_grep "attempt to index a nil value (global .debug.)" out.json &&
	test_grep "attempt to call a nil value (global .require.)" out.json
'

test_expect_success 'binary chunks cannot be made or loaded' '
	message_of binary-chunk >actual &&
	test_grep "field .dump." actual &&
	message_of binary-mode >actual &&
	test_grep "only text chunks" actual
'

test_expect_success 'evidence is read-only' '
	message_of write-product >actual &&
	test_grep "evidence is read-only" actual
'

test_expect_success 'reads cannot leave the snapshot or enter .git' '
	message_of read-outside >actual &&
	test_grep "leads out of the snapshot" actual &&
	message_of read-absolute >actual &&
	test_grep "not a path inside the snapshot" actual &&
	message_of read-git >actual &&
	test_grep "does not exist" actual
'

test_expect_success 'an endless loop exhausts the instruction budget' '
	echo error >expect &&
	status_of endless-loop >actual &&
	test_cmp expect actual &&
	message_of endless-loop >actual &&
	test_grep "instruction budget of [0-9]* exceeded" actual
'

test_expect_success 'catching the budget error with pcall does not help' '
	status_of pcall-loop >actual &&
	echo error >expect &&
	test_cmp expect actual
'

test_expect_success 'endless recursion is a stack overflow, not a crash' '
	status_of recursion >actual &&
	echo error >expect &&
	test_cmp expect actual &&
	message_of recursion >actual &&
	test_grep "stack overflow" actual
'

test_expect_success 'memory bombs hit the memory cap' '
	message_of memory-bomb >actual &&
	test_grep "memory limit of [0-9]* MiB exceeded" actual &&
	message_of string-bomb >actual &&
	test_grep "memory limit of [0-9]* MiB exceeded" actual
'

test_expect_success 'setup: a rule that tampers with what others see' '
	rm .cra/rules/*.lua &&
	rule a-tamper "    getmetatable(\"\").__index = function() error(\"tampered\") end
	    string.upper = nil
	    shared = \"from a\"
	    cra.product = nil" &&
	rule b-observer "    assert((\"abc\"):upper() == \"ABC\", \"string methods changed\")
	    assert(shared == nil, \"saw another rule global\")
	    assert(cra.product.product.name == \"Acme Widget\", \"product changed\")" &&
	git add -A && test_tick && git commit -q -m tamper
'

test_expect_success 'a rule cannot change what another rule sees' '
	git cra check --now $NOW --format json >out.json &&
	echo pass >expect &&
	status_of a-tamper >actual &&
	test_cmp expect actual &&
	status_of b-observer >actual &&
	test_cmp expect actual
'

test_expect_success 'setup: a pattern match that runs for hours inside C' '
	rm .cra/rules/*.lua &&
	rule pattern-bomb "    local s = string.rep(\"a\", 40)
	    s:find(\"a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\")" &&
	rule after-bomb "" &&
	git add -A && test_tick && git commit -q -m pattern
'

test_expect_success 'the rule is stopped at the time limit and the others run' '
	test_config cra.ruleTimeout 1500 &&
	test_expect_code 2 test_timeout 30 git cra check --now $NOW --format json >out.json &&
	echo error >expect &&
	status_of pattern-bomb >actual &&
	test_cmp expect actual &&
	message_of pattern-bomb >actual &&
	test_grep "ran longer than the limit of 1500 ms" actual &&
	echo pass >expect &&
	status_of after-bomb >actual &&
	test_cmp expect actual &&
	status_of cvd-policy >actual &&
	test_cmp expect actual
'

test_done
