#!/bin/sh
test_description='init scaffolds what is missing, and nothing else'
. "$(dirname "$0")/lib/test-lib.sh"

# listing DIR: every file under DIR but .git, with its checksum, and the
# repository's own configuration: what init could have changed.
listing () {
	(
		cd "$1" &&
		find . -path ./.git -prune -o -type f -print | LC_ALL=C sort |
		while read -r f
		do
			echo "$(cksum <"$f") $f" || exit 1
		done &&
		git config --local --list | LC_ALL=C sort
	)
}

test_expect_success 'init outside a repository exits 2' '
	mkdir "$TMPDIR/outside" &&
	(
		cd "$TMPDIR/outside" &&
		GIT_CEILING_DIRECTORIES=$TMPDIR &&
		export GIT_CEILING_DIRECTORIES &&
		test_expect_code 2 git cra init 2>err &&
		test_grep "^error: not a git repository" err
	) &&
	test_path_is_missing "$TMPDIR/outside/.cra"
'

test_expect_success 'init in a bare repository exits 2 and writes nothing' '
	git init -q --bare "$TMPDIR/bare.git" &&
	listing "$TMPDIR/bare.git" >expect &&
	test_expect_code 2 git -C "$TMPDIR/bare.git" cra init 2>err &&
	test_grep "needs a working tree" err &&
	listing "$TMPDIR/bare.git" >actual &&
	test_cmp expect actual
'

test_expect_success 'init takes no arguments' '
	test_expect_code 2 git cra init stray 2>err &&
	test_grep "takes no arguments" err &&
	test_grep "^usage: git cra init$" err &&
	test_path_is_missing .cra
'

test_expect_success 'init in an empty repository creates the skeletons and says so' '
	git cra init >actual &&
	cat >expect <<-\EOF &&
	created .cra/product.yaml
	created .well-known/security.txt
	created SECURITY.md
	created .cra/risk-assessment.yaml
	set notes.cra.mergeStrategy=cat_sort_uniq

	Replace every value in angle brackets, then run '"'"'git cra check'"'"'.
	EOF
	test_cmp expect actual &&
	test_path_is_file .cra/product.yaml &&
	test_path_is_file .well-known/security.txt &&
	test_path_is_file SECURITY.md &&
	test_path_is_file .cra/risk-assessment.yaml &&
	test "$(git config --local notes.cra.mergeStrategy)" = cat_sort_uniq
'

test_expect_success 'check after init fails on every skeleton, naming the placeholders' '
	test_expect_code 1 git cra check --color never >out 2>err &&
	test_grep "SECURITY.md: SECURITY.md names no way to report" out &&
	test_grep "^  .well-known/security.txt:[0-9:]*: .*invalid Contact" out &&
	test_grep "^  .well-known/security.txt:[0-9:]*: .*Expires is not" out &&
	test_grep "fill in product.name, product.type, product.version, product.intended_purpose, product.class" out &&
	test_grep "fill in manufacturer.name, manufacturer.address, manufacturer.email, manufacturer.website" out &&
	test_grep "support.end is missing" out
'

test_expect_success 'no rule passes on the skeletons' '
	test_expect_code 1 git cra check --format json >out.json 2>/dev/null &&
	{ grep -B 6 "\"status\": \"pass\"" out.json || :; } >passes &&
	test_must_be_empty passes
'

test_expect_success 'product.yaml has only schema 1 keys and gives no warning' '
	test_expect_code 1 git cra check >/dev/null 2>err &&
	test_must_be_empty err
'

test_expect_success 'every key of product.yaml names the provision asking for it' '
	awk "
		/^ *#/ {
			if (!incomment)
				provision = 0
			incomment = 1
			if (\$0 ~ /Art\\.[0-9]|Annex[IVX]/)
				provision = 1
			next
		}
		{ incomment = 0 }
		/^  [a-z_]+: / && !provision { print; bad = 1 }
		END { exit bad }
	" .cra/product.yaml
'

test_expect_success 'the risk assessment lists every point of Annex I Part I, as placeholders' '
	sed -n "s/^  \"\\([0-9a-m]*\\)\":\$/\\1/p" .cra/risk-assessment.yaml >actual &&
	printf "%s\\n" 1 2a 2b 2c 2d 2e 2f 2g 2h 2i 2j 2k 2l 2m >expect &&
	test_cmp expect actual &&
	grep -c "applicable: \"<true or false>\"" .cra/risk-assessment.yaml >count &&
	echo 14 >expect &&
	test_cmp expect count &&
	for key in "schema: 1" "version: \"<" "updated: \"<" "method: \"<"
	do
		grep "^$key" .cra/risk-assessment.yaml || return 1
	done
'

test_lazy_prereq PYYAML 'python3 -c "import yaml"'

test_expect_success PYYAML 'the YAML skeletons load, with the placeholders as strings' '
	python3 -c "
import sys, yaml
p = yaml.safe_load(open(\".cra/product.yaml\"))
r = yaml.safe_load(open(\".cra/risk-assessment.yaml\"))
assert p[\"schema\"] == 1 and r[\"schema\"] == 1
assert p[\"product\"][\"name\"] == \"<product name>\"
assert p[\"evidence\"][\"risk_assessment\"] == \".cra/risk-assessment.yaml\"
assert sorted(r[\"requirements\"]) == sorted(
    [\"1\"] + [\"2\" + c for c in \"abcdefghijklm\"])
for point in r[\"requirements\"].values():
    assert point[\"applicable\"] == \"<true or false>\"
    assert point[\"evidence\"] == []
"
'

test_expect_success 'init run twice changes nothing and says it left everything alone' '
	listing . >"$TMPDIR/before" &&
	git cra init >"$TMPDIR/out" &&
	listing . >"$TMPDIR/after" &&
	test_cmp "$TMPDIR/before" "$TMPDIR/after" &&
	mv "$TMPDIR/out" out &&
	cat >expect <<-\EOF &&
	left alone .cra/product.yaml: it exists
	left alone .well-known/security.txt: it exists
	left alone SECURITY.md: it exists
	left alone .cra/risk-assessment.yaml: it exists
	left alone notes.cra.mergeStrategy=cat_sort_uniq: already set
	EOF
	test_cmp expect out
'

test_expect_success 'init never overwrites an existing file' '
	git init -q "$TMPDIR/own" &&
	printf "# Our policy\\n\\nWrite to us.\\n" >"$TMPDIR/own/SECURITY.md" &&
	cp "$TMPDIR/own/SECURITY.md" expect &&
	git -C "$TMPDIR/own" cra init >out &&
	test_cmp expect "$TMPDIR/own/SECURITY.md" &&
	test_grep "^left alone SECURITY.md: it exists$" out &&
	test_grep "^created .cra/product.yaml$" out
'

test_expect_success 'init keeps a CVD policy found elsewhere, and points product.yaml at it' '
	git init -q "$TMPDIR/github" &&
	mkdir "$TMPDIR/github/.github" &&
	echo "# Policy" >"$TMPDIR/github/.github/SECURITY.md" &&
	git -C "$TMPDIR/github" cra init >out &&
	test_grep "^left alone .github/SECURITY.md: it exists$" out &&
	test_path_is_missing "$TMPDIR/github/SECURITY.md" &&
	test_grep "^  cvd_policy: .github/SECURITY.md$" \
		"$TMPDIR/github/.cra/product.yaml"
'

test_expect_success 'init writes the skeletons where an existing product.yaml says' '
	git init -q "$TMPDIR/named" &&
	mkdir "$TMPDIR/named/.cra" &&
	cat >"$TMPDIR/named/.cra/product.yaml" <<-\EOF &&
	schema: 1
	evidence:
	  security_txt: public/security.txt
	  cvd_policy: docs/disclosure.md
	  risk_assessment: docs/risks.yml
	EOF
	git -C "$TMPDIR/named" cra init >out &&
	cat >expect <<-\EOF &&
	left alone .cra/product.yaml: it exists
	created public/security.txt
	created docs/disclosure.md
	created docs/risks.yml
	EOF
	sed -n "1,4p" out >actual &&
	test_cmp expect actual
'

test_expect_success 'an unreadable product.yaml is left alone, with a warning' '
	git init -q "$TMPDIR/unreadable" &&
	mkdir "$TMPDIR/unreadable/.cra" &&
	echo "schema: [" >"$TMPDIR/unreadable/.cra/product.yaml" &&
	cp "$TMPDIR/unreadable/.cra/product.yaml" expect &&
	git -C "$TMPDIR/unreadable" cra init >out 2>err &&
	test_cmp expect "$TMPDIR/unreadable/.cra/product.yaml" &&
	test_grep "^warning: cannot parse .\.cra/product\.yaml.: .*; using the default paths$" err &&
	test_grep "^left alone .cra/product.yaml: it exists$" out &&
	test_grep "^created .well-known/security.txt$" out
'

test_expect_success 'a path of product.yaml leading out of the tree is not used' '
	git init -q "$TMPDIR/escape" &&
	mkdir "$TMPDIR/escape/.cra" &&
	cat >"$TMPDIR/escape/.cra/product.yaml" <<-\EOF &&
	schema: 1
	evidence:
	  security_txt: ../outside.txt
	  cvd_policy: /tmp/policy.md
	  risk_assessment: .git/hooks/risk.yaml
	EOF
	git -C "$TMPDIR/escape" cra init >out &&
	test_grep "^created .well-known/security.txt$" out &&
	test_grep "^created SECURITY.md$" out &&
	test_grep "^created .cra/risk-assessment.yaml$" out &&
	test_path_is_missing "$TMPDIR/outside.txt" &&
	test_path_is_missing "$TMPDIR/escape/.git/hooks/risk.yaml"
'

test_expect_success 'init does not write through a symlinked directory' '
	git init -q "$TMPDIR/link" &&
	mkdir "$TMPDIR/elsewhere" &&
	ln -s "$TMPDIR/elsewhere" "$TMPDIR/link/.well-known" &&
	git -C "$TMPDIR/link" cra init >out &&
	test_grep "^left alone .well-known/security.txt: .well-known is a symbolic link$" out &&
	test_path_is_missing "$TMPDIR/elsewhere/security.txt"
'

test_expect_success 'init leaves alone a file deleted from the working tree but tracked' '
	git init -q "$TMPDIR/deleted" &&
	echo "# Policy" >"$TMPDIR/deleted/SECURITY.md" &&
	git -C "$TMPDIR/deleted" add SECURITY.md &&
	rm "$TMPDIR/deleted/SECURITY.md" &&
	git -C "$TMPDIR/deleted" cra init >out &&
	test_grep "^left alone SECURITY.md: deleted from the working tree but still in the index$" out &&
	test_path_is_missing "$TMPDIR/deleted/SECURITY.md"
'

test_expect_success 'init from a subdirectory writes at the top of the working tree' '
	git init -q "$TMPDIR/sub" &&
	mkdir -p "$TMPDIR/sub/src/deep" &&
	(cd "$TMPDIR/sub/src/deep" && git cra init >/dev/null) &&
	test_path_is_file "$TMPDIR/sub/.cra/product.yaml" &&
	test_path_is_missing "$TMPDIR/sub/src/deep/.cra"
'

test_expect_success 'init leaves notes.cra.mergeStrategy alone when the repository sets it' '
	git init -q "$TMPDIR/manual" &&
	git -C "$TMPDIR/manual" config notes.cra.mergeStrategy manual &&
	git -C "$TMPDIR/manual" cra init >out &&
	test_grep "^left alone notes.cra.mergeStrategy=manual: already set$" out &&
	test "$(git -C "$TMPDIR/manual" config notes.cra.mergeStrategy)" = manual
'

test_expect_success 'init leaves notes.cra.mergeStrategy alone when the user sets it globally' '
	test_when_finished "git config --global --unset notes.cra.mergeStrategy" &&
	git config --global notes.cra.mergeStrategy union &&
	git init -q "$TMPDIR/global" &&
	git -C "$TMPDIR/global" cra init >out &&
	test_grep "^left alone notes.cra.mergeStrategy=union: already set$" out &&
	test_must_fail git -C "$TMPDIR/global" config --local notes.cra.mergeStrategy
'

test_expect_success 'init sets no notes.rewriteRef' '
	test_must_fail git config notes.rewriteRef
'

# What the configuration is for: plain git merges two histories of
# evidence notes by the union of their lines.
test_expect_success 'with the configuration, git notes merge unions attestation lines' '
	git add . && test_tick && git commit -q -m skeletons &&
	git notes --ref=cra add -m "line from here" HEAD &&
	git notes --ref=other add -m "line from there" HEAD &&
	git notes --ref=cra merge -q refs/notes/other &&
	git notes --ref=cra show HEAD >actual &&
	printf "line from here\\nline from there\\n" >expect &&
	test_cmp expect actual
'

test_done
