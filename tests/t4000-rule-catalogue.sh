#!/bin/sh
test_description='the rule catalogue: every rule tested both ways, citing a true locus, once'
. "$(dirname "$0")/lib/test-lib.sh"

if ! test_have_prereq JQ
then
	skip_all='jq is missing'
	test_done
fi

# The list of obligations the loci must come from; when it is not beside
# the checkout, the loci it held when this test was written.
obligations=$(dirname "$SHARED_CORPUS")/OBLIGATIONS.md

known_loci () {
	cat <<-\EOF
	AnnexI.PartII(1)
	AnnexI.PartII(2)
	AnnexI.PartII(3)
	AnnexI.PartII(4)
	AnnexI.PartII(5)
	AnnexI.PartII(6)
	AnnexI.PartII(7)
	AnnexI.PartII(8)
	AnnexI.PartI(1)
	AnnexI.PartI(2)(a)
	AnnexI.PartI(2)(b)
	AnnexI.PartI(2)(c)
	AnnexI.PartI(2)(d)
	AnnexI.PartI(2)(e)
	AnnexI.PartI(2)(f)
	AnnexI.PartI(2)(g)
	AnnexI.PartI(2)(h)
	AnnexI.PartI(2)(i)
	AnnexI.PartI(2)(j)
	AnnexI.PartI(2)(k)
	AnnexI.PartI(2)(l)
	AnnexI.PartI(2)(m)
	Art.13(2)–(3)
	Art.13(5)
	Art.13(6)
	Art.13(7)
	Art.13(8)
	Art.13(9)
	Art.13(12)
	Art.31
	AnnexVII
	Art.13(13)
	Art.13(15)
	Art.13(16)
	Art.13(17)
	Art.13(18)
	AnnexII
	Art.13(19)
	AnnexII(7)
	Art.13(20)
	Art.28
	AnnexV
	Art.30
	Art.14(1)
	Art.14(2)(a)
	Art.14(2)(b)
	Art.14(2)(c)
	Art.14(3)
	Art.14(4)(a)
	Art.14(4)(b)
	Art.14(4)(c)
	Art.14(8)
	Art.32
	Art.32(1)
	Art.32(2)
	Art.32(3)
	Art.32(4)
	Art.32(5)
	EOF
}

# The loci of OBLIGATIONS.md, above its list of wrong citations: the first
# cell of each table row, split at ", ", a cell such as "Art.14(1), (2)(a)"
# continuing its article, "(4)(a)–(b)" giving both points; and every
# locus written elsewhere in the text, such as "(Art.32(2))".
obligation_loci () {
	sed "/^## Frequent wrong citations/,\$d" "$1" >above &&
	awk -F"|" '
	/^\|/ && $2 !~ /^ *(locus|class|---)/ {
		cell = $2
		gsub(/`/, "", cell)
		sub(/^ +/, "", cell)
		sub(/ +$/, "", cell)
		n = split(cell, part, ", ")
		base = ""
		for (i = 1; i <= n; i++) {
			p = part[i]
			if (substr(p, 1, 1) == "(")
				p = base p
			else {
				base = p
				sub(/\(.*/, "", base)
			}
			print p
			if (match(p, /\([a-z]\)–\([a-z]\)$/)) {
				stem = substr(p, 1, RSTART - 1)
				from = substr(p, RSTART + 1, 1)
				to = substr(p, RLENGTH + RSTART - 2, 1)
				letters = "abcdefghijklmnopqrstuvwxyz"
				for (c = index(letters, from); c <= index(letters, to); c++)
					print stem "(" substr(letters, c, 1) ")"
			}
		}
	}' above | grep -E "^(Art\.[0-9]|Annex[IVX])" | grep -v " " &&
	grep -oE "(Art\.[0-9]+|Annex[IVX]+(\.Part[IVX]+)?)(\([0-9a-z]+\))*(–\([0-9a-z]+\))?" above
}

test_expect_success 'setup: the catalogue and the loci it may cite' '
	git cra rules --format json >rules.json &&
	jq -r ".rules[] | [.id, .locus, .file] | @tsv" rules.json >catalogue &&
	test_line_count -ge 40 catalogue &&
	if test -f "$obligations"
	then
		obligation_loci "$obligations" >loci.raw
	else
		known_loci >loci.raw
	fi &&
	sort -u loci.raw >loci &&
	test_line_count -ge 40 loci
'

test_expect_success 'the loci read from OBLIGATIONS.md include every kind of row' '
	for locus in "Art.13(2)–(3)" "AnnexI.PartII(5)" "AnnexI.PartI(2)(m)" \
		"Art.14(2)(a)" "Art.14(4)(b)" "Art.32(3)" AnnexVII Art.31 Art.28
	do
		grep -qxF "$locus" loci || {
			echo "missing: $locus" >&2
			return 1
		}
	done
'

test_expect_success 'git cra rules lists every rule without an error' '
	git cra rules >out 2>err &&
	test_must_be_empty err &&
	jq -e ".errors | length == 0" rules.json
'

test_expect_success 'rule ids are unique, and each names its file' '
	cut -f1 catalogue | sort | uniq -d >dups &&
	test_must_be_empty dups &&
	while IFS="	" read -r id locus file
	do
		test "$(basename "$file" .lua)" = "$id" || {
			echo "$file holds the rule $id" >&2
			return 1
		}
	done <catalogue
'

test_expect_success 'every locus is one the list of obligations gives' '
	while IFS="	" read -r id locus file
	do
		# An annex cited whole covers its points: AnnexVII(1).
		annex=$(echo "$locus" | sed -n "s/^\(Annex[IVX]*\)(.*/\1/p") &&
		if grep -qxF "$locus" loci
		then
			:
		elif test -n "$annex" && grep -qxF "$annex" loci
		then
			:
		else
			echo "$id cites $locus, which is not in the list" >&2
			return 1
		fi
	done <catalogue
'

test_expect_success 'no rule repeats a frequent wrong citation' '
	jq -r ".rules[] | [.id, .locus, (.id + \" \" + .title | ascii_downcase)] | @tsv" \
		rules.json >described &&
	while IFS="	" read -r id locus text
	do
		case "$text" in
		*cvd*|*"disclosure policy"*)
			test "$locus" != "Art.13(6)" || {
				echo "$id: the CVD policy is AnnexI.PartII(5)" >&2
				return 1
			} ;;
		esac &&
		case "$text" in
		*contact*)
			test "$locus" != "Art.13(7)" || {
				echo "$id: the contact is AnnexI.PartII(6)/Art.13(17)" >&2
				return 1
			} ;;
		esac &&
		case "$text" in
		*sbom*|*"bill of materials"*)
			case "$locus" in
			"Art.13(4)"|"Art.13(5)")
				echo "$id: the SBOM is AnnexI.PartII(1)" >&2
				return 1 ;;
			esac ;;
		esac &&
		case "$text" in
		*"users-informed"*|*"users informed"*|*"inform"*"users"*)
			test "$locus" != "Art.14(4)" || {
				echo "$id: informing users is Art.14(8)" >&2
				return 1
			} ;;
		esac &&
		case "$text" in
		*"support-period"*|*"support period"*)
			test "$locus" != "Art.13(2)" || {
				echo "$id: the support period is Art.13(8)" >&2
				return 1
			} ;;
		esac || return 1
	done <described
'

test_expect_success 'every rule says what it establishes, what it cannot, and links the text' '
	jq -r ".rules[] | select(.establishes == null or .limits == null or
		.help == null or (.help | startswith(\"https://\") | not)) | .id" \
		rules.json >incomplete &&
	test_must_be_empty incomplete &&
	jq -r ".rules[] | select(.file | test(\"^rules/(annex-i-part-i|annex-i-part-ii|article-13|conformity|documents)/\")) |
		select(.help | test(\"^https://eur-lex[.]europa[.]eu/eli/reg/2024/2847/oj#(art_[0-9]+|anx_[IVX]+)$\") | not) |
		.id + \" \" + .help" rules.json >not-eurlex &&
	test_must_be_empty not-eurlex
'

test_expect_success 'git cra test passes every case of every rule' '
	git cra test -v >tap &&
	test_grep "^# [0-9]* passed, 0 failed, 0 broken, 0 rules without tests$" tap
'

test_expect_success 'every built-in rule has a test file beside it' '
	cut -f3 catalogue | while read -r file
	do
		test -f "$GIT_CRA_DATADIR/${file%.lua}.test.yaml" || {
			echo "$file has no test file" >&2
			return 1
		}
	done
'

# From `git cra test -v`: for each rule, how many of its cases expect a
# passing finding and how many a failing one.
test_expect_success 'every rule has a case that passes and a case that fails' '
	awk "
	/^ok [0-9]+ - / {
		rule = \$4; sub(/:\$/, \"\", rule)
		seen[rule] = 1; p = 0; f = 0
		next
	}
	/^#     pass / && !p { pass[rule]++; p = 1 }
	/^#     fail / && !f { fail[rule]++; f = 1 }
	END {
		for (r in seen)
			print r, pass[r] + 0, fail[r] + 0
	}" tap | sort >counts &&
	cut -f3 catalogue | sort >files &&
	cut -d" " -f1 counts >tested &&
	test_cmp files tested &&
	awk "\$2 < 1 || \$3 < 1" counts >one-sided &&
	test_must_be_empty one-sided
'

test_done
