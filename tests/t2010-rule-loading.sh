#!/bin/sh
test_description='rule files: metadata, errors with file and line, ids, policies'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"

finding () {
	jq -r --arg f ".cra/rules/$1.lua" '.findings[] | select(.rule_file == $f) |
		.status + " " + (.location.line // 0 | tostring) + " " + .message' out.json
}

test_expect_success 'setup' '
	write_complete_product &&
	mkdir -p .cra/rules &&
	git add . && test_tick && git commit -q -m init
'

test_expect_success 'a local rule runs beside the built-in ones' '
	cat >.cra/rules/house.lua <<-\EOF &&
	return {
	  id = "house-style", title = "House style", locus = "Art.13(1)",
	  severity = "warning", rationale = "r", remediation = "do it",
	  check = function(cra)
	    cra.fail("the product name is " .. cra.product.product.name,
	      cra.where(cra.product.product, "name"), { basis = "declared", subject = "name" })
	  end,
	}
	EOF
	test_expect_code 1 git cra check --now $NOW --format json >out.json &&
	jq -r ".findings[] | select(.rule == \"house-style\") |
		[.status, .severity, .basis, .subject, .location.path,
		 (.location.line | tostring), (.location.column | tostring), .message] | join(\"|\")" out.json >actual &&
	echo "fail|warning|declared|name|.cra/product.yaml|3|9|the product name is Acme Widget" >expect &&
	test_cmp expect actual
'

test_expect_success 'pairs() visits evidence tables and plain tables in sorted order' '
	test_when_finished "rm -f .cra/rules/order.lua" &&
	cat >.cra/rules/order.lua <<-\EOF &&
	return {
	  id = "order", title = "Order", locus = "Art.13(1)",
	  severity = "info", rationale = "r", remediation = "r",
	  check = function(cra)
	    local keys, plain = {}, {}
	    for k in pairs(cra.product.support) do keys[#keys + 1] = k end
	    for k in pairs({ c = 1, a = 2, b = 3, [2] = 4, [1] = 5 }) do
	      plain[#plain + 1] = tostring(k)
	    end
	    cra.pass(table.concat(keys, ",") .. " " .. table.concat(plain, ","))
	  end,
	}
	EOF
	test_expect_code 1 git cra check --now $NOW --format json >out.json &&
	jq -r ".findings[] | select(.rule == \"order\") | .message" out.json >actual &&
	echo "end,rationale,start 1,2,a,b,c" >expect &&
	test_cmp expect actual
'

# A table of product.yaml gets its values when first read: each way in
# must find them, whichever comes first.
for first in index len pairs filled where ipairs rawget
do
	test_expect_success "an unread product.yaml table answers $first first" "
		test_when_finished 'rm -f .cra/rules/lazy.lua' &&
		cat >.cra/rules/lazy.lua <<-EOF &&
		local first = '$first'
		return {
		  id = 'lazy', title = 'Lazy', locus = 'Art.13(1)',
		  severity = 'info', rationale = 'r', remediation = 'r',
		  check = function(cra)
		    local s, m = cra.product.support, cra.product.manufacturer
		    local seen = {}
		    local function note(x) seen[#seen + 1] = tostring(x) end
		    if first == 'len' then note(#s)
		    elseif first == 'pairs' then
		      local n = 0
		      for _ in pairs(s) do n = n + 1 end
		      note(n)
		    elseif first == 'filled' then note(cra.filled(s))
		    elseif first == 'where' then note(cra.where(s, 'end').line)
		    elseif first == 'ipairs' then
		      local n = 0
		      for _ in ipairs(s) do n = n + 1 end
		      note(n)
		    elseif first == 'rawget' then note(rawget(s, 'end'))
		    else note(s['end']) end
		    note(s['end']); note(#s); note(cra.filled(m))
		    note(cra.where(s, 'start').line); note(cra.where(m).line)
		    note(cra.product.support == s); note(rawget(s, 'start'))
		    note(pcall(function() s.start = 1 end))
		    cra.pass(table.concat(seen, ' '))
		  end,
		}
		EOF
		test_expect_code 1 git cra check --now \$NOW --format json >out.json &&
		jq -r '.findings[] | select(.rule == \"lazy\") | .message' out.json >actual &&
		case $first in
		index) lead=2032-03-31 ;;
		len|ipairs) lead=0 ;;
		pairs) lead=3 ;;
		filled) lead=true ;;
		where) lead=17 ;;
		rawget) lead=nil ;;
		esac &&
		echo \"\$lead 2032-03-31 0 true 16 10 true nil false\" >expect &&
		test_cmp expect actual
	"
done

test_expect_success 'a rule reads OpenSSF Security Insights for contacts' '
	test_when_finished "rm -f .cra/rules/si.lua security-insights.yml" &&
	cat >security-insights.yml <<-\EOF &&
	header:
	  schema-version: 2.0.0
	  last-updated: 2027-01-01
	  last-reviewed: 2027-01-01
	  url: https://example.org/security-insights.yml
	project:
	  name: Widget
	  administrators:
	    - name: Ada
	      primary: true
	  repositories:
	    - name: widget
	      url: https://example.org/widget
	      comment: the code
	  vulnerability-reporting:
	    reports-accepted: true
	    bug-bounty-available: false
	    contact:
	      name: Security team
	      email: security@acme.example
	    security-policy: https://acme.example/security
	EOF
	cat >.cra/rules/si.lua <<-\EOF &&
	return {
	  id = "si-probe", title = "SI", locus = "AnnexI.PartII(6)",
	  severity = "info", rationale = "r", remediation = "r",
	  check = function(cra)
	    local si = assert(cra.security_insights("security-insights.yml"))
	    local emails = {}
	    for _, c in ipairs(si.contacts) do
	      if c.email then emails[#emails + 1] = c.email end
	    end
	    cra.pass(table.concat(emails, ",") .. " " .. tostring(si.vulnerability_policy) ..
	      " " .. tostring(si.reports_accepted))
	  end,
	}
	EOF
	test_expect_code 1 git cra check --now $NOW --format json >out.json &&
	jq -r ".findings[] | select(.rule == \"si-probe\") | .message" out.json >actual &&
	echo "security@acme.example https://acme.example/security true" >expect &&
	test_cmp expect actual
'

test_expect_success '--no-local-rules runs the built-in rules only' '
	git cra check --now $NOW --no-local-rules >actual &&
	test_grep "^5 pass, 0 fail" actual
'

test_expect_success 'a policy can lower a severity and exclude rules' '
	cat >custom.yaml <<-\EOF &&
	policy: custom
	rules:
	  exclude: [cvd-*]
	severity:
	  house-style: info
	params:
	  support_min_years: 5
	EOF
	test_expect_code 1 git cra check --now $NOW --policy ./custom.yaml --format json >out.json &&
	jq -r ".policy, ([.findings[].rule] | index(\"cvd-policy\") | tostring),
		(.findings[] | select(.rule == \"house-style\") | .severity)" out.json >actual &&
	printf "%s\n" custom null info >expect &&
	test_cmp expect actual
'

test_expect_success 'an unknown policy name exits 2' '
	test_expect_code 2 git cra check --policy nonesuch 2>err &&
	test_grep "no policy named .nonesuch." err
'

test_expect_success 'a malformed policy exits 2 with its position' '
	printf "policy: bad\nseverity:\n  x: loud\n" >bad.yaml &&
	test_expect_code 2 git cra check --policy ./bad.yaml 2>err &&
	test_grep "bad.yaml:3:6: severity must be error, warning or info" err
'

test_expect_success 'a policy parameter reaches the rules' '
	sed "s/support_min_years: 5/support_min_years: 6/" custom.yaml >six.yaml &&
	test_expect_code 1 git cra check --now $NOW --policy ./six.yaml >actual &&
	test_grep "asks for at least 6" actual
'

test_expect_success 'setup: broken rules' '
	rm .cra/rules/house.lua &&
	printf "return {\n  id = \"syntax\",\n  title = = 1,\n}\n" >.cra/rules/syntax.lua &&
	echo "return 42" >.cra/rules/not-a-table.lua &&
	cat >.cra/rules/no-title.lua <<-\EOF &&
	return { id = "no-title", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r", check = function(cra) end }
	EOF
	cat >.cra/rules/bad-id.lua <<-\EOF &&
	return { id = "Bad Id!", title = "t", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r", check = function(cra) cra.pass("x") end }
	EOF
	cat >.cra/rules/bad-severity.lua <<-\EOF &&
	return { id = "bad-severity", title = "t", locus = "Art.13(1)", severity = "fatal",
	  rationale = "r", remediation = "r", check = function(cra) cra.pass("x") end }
	EOF
	cat >.cra/rules/no-check.lua <<-\EOF &&
	return { id = "no-check", title = "t", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r" }
	EOF
	cat >.cra/rules/silent.lua <<-\EOF &&
	return { id = "silent", title = "t", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r", check = function(cra) end }
	EOF
	cat >.cra/rules/dup.lua <<-\EOF &&
	return { id = "support-period", title = "t", locus = "Art.13(8)", severity = "error",
	  rationale = "r", remediation = "r", check = function(cra) cra.pass("mine") end }
	EOF
	cat >.cra/rules/bad-call.lua <<-\EOF &&
	return { id = "bad-call", title = "t", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r",
	  check = function(cra)
	    cra.fail("x", nil, "maybe")
	  end }
	EOF
	cat >.cra/rules/raises.lua <<-\EOF &&
	return { id = "raises", title = "t", locus = "Art.13(1)", severity = "error",
	  rationale = "r", remediation = "r",
	  check = function(cra)
	    cra.pass("half done")
	    error("gave up")
	  end }
	EOF
	git add -A && test_tick && git commit -q -m broken
'

test_expect_success 'broken rules are rule errors; the others still run' '
	test_expect_code 2 git cra check --now $NOW --format json >out.json &&
	jq -r ".summary.pass, .summary.error" out.json >actual &&
	printf "%s\n" 5 10 >expect &&
	test_cmp expect actual
'

test_expect_success 'a syntax error points at its line' '
	finding syntax >actual &&
	test_grep "^error 3 .* near .=." actual
'

test_expect_success 'the rule file must return a table with every field' '
	finding not-a-table >actual &&
	test_grep "^error 0 the rule file must return a table" actual &&
	finding no-title >actual &&
	test_grep "^error 0 the rule.s .title. must be a string" actual &&
	finding bad-id >actual &&
	test_grep "rule id .Bad Id!. is not lower-case" actual &&
	finding bad-severity >actual &&
	test_grep "severity must be error, warning or info, not .fatal." actual &&
	finding no-check >actual &&
	test_grep "has no .check. function" actual
'

test_expect_success 'a rule that reports nothing is an error' '
	finding silent >actual &&
	test_grep "reported no finding" actual
'

test_expect_success 'a local rule cannot take a built-in rule id' '
	finding dup >actual &&
	test_grep "rule id .support-period. is already used by .rules/article-13/support-period.lua." actual &&
	jq -r ".findings[] | select(.rule_file == \"rules/article-13/support-period.lua\") | .status" out.json >actual &&
	echo pass >expect &&
	test_cmp expect actual
'

test_expect_success 'a bad argument to cra.fail points at the calling line' '
	finding bad-call >actual &&
	test_grep "^error 4 basis must be .observed. or .declared., not .maybe." actual
'

test_expect_success 'what a rule reported before it broke is not kept' '
	finding raises >actual &&
	test_line_count = 1 actual &&
	test_grep "^error 5 gave up" actual
'

test_expect_success 'text output names rule errors with file and line' '
	test_expect_code 2 git cra check --now $NOW >actual &&
	test_grep "^Rule errors (the rule itself broke) (10)" actual &&
	test_grep "^  .cra/rules/syntax.lua:3: " actual
'

test_done
