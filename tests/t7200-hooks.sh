#!/bin/sh
test_description='init --hooks installs and chains the pre-commit and pre-push hooks'
. "$(dirname "$0")/lib/test-lib.sh"
. "$TEST_DIRECTORY/lib/cra-fixtures.sh"
. "$TEST_DIRECTORY/lib/cra-signing.sh"

# hooks_listing DIR: the hooks of DIR with checksums and modes.
hooks_listing () {
	(
		cd "$1" &&
		for f in *
		do
			test -f "$f" || continue
			echo "$(cksum <"$f") $(test -x "$f" && echo x) $f" ||
			exit 1
		done
	)
}

test_expect_success 'setup: a complete product, with a pre-commit hook of its own' '
	write_complete_product &&
	git add . && test_tick && git commit -q -m product &&
	write_script .git/hooks/pre-commit <<-\EOF &&
	echo ran >>"$(git rev-parse --git-dir)/own-hook-ran"
	EOF
	git cra init --hooks >actual &&
	cat >expect <<-\EOF &&
	kept .git/hooks/pre-commit.local: the hook that was there; the git-cra hook runs it first
	installed .git/hooks/pre-commit
	installed .git/hooks/pre-push
	EOF
	test_cmp expect actual &&
	test -x .git/hooks/pre-commit &&
	test -x .git/hooks/pre-push &&
	test_cmp "$GIT_CRA_DATADIR/hooks/pre-commit" .git/hooks/pre-commit &&
	test_cmp "$GIT_CRA_DATADIR/hooks/pre-push" .git/hooks/pre-push
'

test_expect_success 'init --hooks twice changes nothing' '
	hooks_listing .git/hooks >expect &&
	git cra init --hooks >out &&
	hooks_listing .git/hooks >actual &&
	test_cmp expect actual &&
	cat >expect <<-\EOF &&
	left alone .git/hooks/pre-commit: up to date
	left alone .git/hooks/pre-push: up to date
	EOF
	test_cmp expect out
'

test_expect_success 'a harmless commit passes, and the hook that was there ran' '
	rm -f .git/own-hook-ran &&
	echo "more words" >>README &&
	git add README && test_tick &&
	git commit -q -m readme 2>err &&
	test_must_be_empty err &&
	test_path_is_file .git/own-hook-ran
'

test_expect_success 'a commit removing security.txt is refused, naming the file' '
	test_when_finished "git reset -q --hard" &&
	head=$(git rev-parse HEAD) &&
	git rm -q .well-known/security.txt &&
	test_must_fail git commit -q -m "drop security.txt" 2>err &&
	test_grep "^error: this commit adds 1 CRA evidence failure:$" err &&
	test_grep "^.well-known/security.txt: no security.txt" err &&
	test_grep "^hint: .*--no-verify" err &&
	test "$(git rev-parse HEAD)" = "$head"
'

test_expect_success 'the failure is printed as path:line: message' '
	test_when_finished "git reset -q --hard" &&
	sed "s/^Contact: .*/Contact: nowhere/" .well-known/security.txt >tmp &&
	mv tmp .well-known/security.txt &&
	git add .well-known/security.txt &&
	test_must_fail git commit -q -m "break the contact" 2>err &&
	test_grep "^.well-known/security.txt:1: .*invalid Contact" err
'

test_expect_success 'git commit -a is checked through its own index' '
	test_when_finished "git reset -q --hard" &&
	rm SECURITY.md &&
	test_must_fail git commit -q -a -m "drop the policy" 2>err &&
	test_grep "^SECURITY.md: no CVD policy" err
'

test_expect_success 'the hook that was there runs first, and its failure refuses' '
	test_when_finished "git reset -q --hard && mv .git/hooks/pre-commit.saved .git/hooks/pre-commit.local" &&
	mv .git/hooks/pre-commit.local .git/hooks/pre-commit.saved &&
	write_script .git/hooks/pre-commit.local <<-\EOF &&
	echo "own hook says no" >&2
	exit 3
	EOF
	echo "harmless" >>README && git add README &&
	test_must_fail git commit -q -m harmless 2>err &&
	test_grep "own hook says no" err &&
	! grep "CRA evidence" err
'

test_expect_success 'commit --no-verify skips the hooks' '
	test_when_finished "git reset -q --hard HEAD~1" &&
	git rm -q .well-known/security.txt &&
	test_tick &&
	git commit -q --no-verify -m "drop security.txt anyway" &&
	git ls-tree HEAD .well-known/ >actual &&
	test_must_be_empty actual
'

test_expect_success 'a commit that leaves old failures as they were passes' '
	test_when_finished "git reset -q --hard HEAD~2" &&
	git rm -q SECURITY.md && test_tick &&
	git commit -q --no-verify -m "the policy is gone" &&
	echo "unrelated" >>README && git add README && test_tick &&
	git commit -q -m "something else" 2>err &&
	test_must_be_empty err
'

test_expect_success 'a commit that makes the evidence unreadable is refused' '
	test_when_finished "git reset -q --hard" &&
	echo "schema: [" >.cra/product.yaml &&
	git add .cra/product.yaml &&
	test_must_fail git commit -q -m "break the metadata" 2>err &&
	test_grep "can no longer check" err &&
	test_grep "product.yaml" err
'

test_expect_success 'the first commit passes: there is no HEAD to compare it with' '
	git init -q "$TMPDIR/fresh" &&
	(
		cd "$TMPDIR/fresh" &&
		git cra init >/dev/null &&
		git cra init --hooks >/dev/null &&
		git add . && test_tick &&
		git commit -q -m skeletons &&
		git rev-parse -q --verify HEAD
	)
'

test_expect_success 'core.hooksPath is respected, relative to the top of the tree' '
	git init -q "$TMPDIR/hookspath" &&
	(
		cd "$TMPDIR/hookspath" &&
		git config core.hooksPath .githooks &&
		write_complete_product &&
		git add . && test_tick && git commit -q -m product &&
		mkdir sub && cd sub &&
		git cra init --hooks >out &&
		test_grep "^installed .githooks/pre-commit$" out &&
		cd .. &&
		test -x .githooks/pre-commit &&
		test_path_is_missing .git/hooks/pre-commit &&
		git rm -q SECURITY.md &&
		test_must_fail git commit -q -m "drop the policy" 2>err &&
		test_grep "^SECURITY.md: no CVD policy" err
	)
'

test_expect_success 'an absolute core.hooksPath that does not exist yet is created' '
	test_config core.hooksPath "$TMPDIR/shared hooks" &&
	git cra init --hooks >out &&
	test_grep "^installed $TMPDIR/shared hooks/pre-commit$" out &&
	test -x "$TMPDIR/shared hooks/pre-push"
'

test_expect_success 'an older copy of the git-cra hook is updated, not kept' '
	test_when_finished "git cra init --hooks >/dev/null" &&
	echo "# an older version" >>.git/hooks/pre-push &&
	git cra init --hooks >out &&
	test_grep "^updated .git/hooks/pre-push$" out &&
	test_path_is_missing .git/hooks/pre-push.local &&
	test_cmp "$GIT_CRA_DATADIR/hooks/pre-push" .git/hooks/pre-push
'

test_expect_success 'a foreign hook and a .local beside it stop init --hooks (exit 2)' '
	git init -q "$TMPDIR/both" &&
	write_script "$TMPDIR/both/.git/hooks/pre-commit" </dev/null &&
	write_script "$TMPDIR/both/.git/hooks/pre-commit.local" </dev/null &&
	hooks_listing "$TMPDIR/both/.git/hooks" >expect &&
	test_expect_code 2 git -C "$TMPDIR/both" cra init --hooks 2>err &&
	test_grep "pre-commit.local. exists too" err &&
	hooks_listing "$TMPDIR/both/.git/hooks" >actual &&
	test_cmp expect actual
'

test_expect_success 'init --hooks in a bare repository exits 2' '
	git init -q --bare "$TMPDIR/hooks-bare.git" &&
	test_expect_code 2 git -C "$TMPDIR/hooks-bare.git" cra init --hooks 2>err &&
	test_grep "needs a working tree" err &&
	test_path_is_missing "$TMPDIR/hooks-bare.git/hooks/pre-commit"
'

# A PATH with git and the shell's tools but no git-cra.
test_lazy_prereq NO_SYSTEM_GIT_CRA '
	(PATH=/usr/bin:/bin && ! command -v git-cra)
'

test_expect_success NO_SYSTEM_GIT_CRA 'without git-cra the hook warns and lets the commit through' '
	mkdir -p "$TMPDIR/bin" &&
	ln -sf "$(command -v git)" "$TMPDIR/bin/git" &&
	(
		PATH=$TMPDIR/bin:/usr/bin:/bin &&
		export PATH &&
		.git/hooks/pre-commit 2>err &&
		test_grep "^warning: git-cra is not installed here" err
	)
'

test_expect_success SSH_KEYGEN 'setup: a remote and a signing key' '
	git init -q --bare "$TMPDIR/remote.git" &&
	git remote add origin "$TMPDIR/remote.git" &&
	setup_ssh_signing &&
	write_script .git/hooks/pre-push <<-\EOF &&
	cat >>"$(git rev-parse --git-dir)/own-pre-push-input"
	EOF
	git cra init --hooks >out &&
	test_grep "^kept .git/hooks/pre-push.local" out
'

test_expect_success SSH_KEYGEN 'pushing a branch is not affected' '
	git push -q origin main 2>err &&
	test_must_be_empty err &&
	git -C "$TMPDIR/remote.git" rev-parse -q --verify refs/heads/main
'

test_expect_success SSH_KEYGEN 'the hook that was there gets the refs on its standard input' '
	sed -n 1p .git/own-pre-push-input >actual &&
	grep -q "^refs/heads/main $(git rev-parse main) refs/heads/main " actual
'

test_expect_success SSH_KEYGEN 'pushing an unattested release tag is refused, with the command to fix it' '
	test_tag_annotated v1.0.0 &&
	test_must_fail git push -q origin v1.0.0 2>err &&
	test_grep "^error: release tags without a valid attestation" err &&
	test_grep "v1.0.0: MISSING" err &&
	test_grep "^hint:   git cra attest v1.0.0 && git cra push origin$" err &&
	test_must_fail git -C "$TMPDIR/remote.git" rev-parse -q --verify refs/tags/v1.0.0
'

test_expect_success SSH_KEYGEN 'pushing the tag once attested is accepted' '
	git cra attest v1.0.0 >/dev/null &&
	git cra push >/dev/null &&
	git push -q origin v1.0.0 &&
	git -C "$TMPDIR/remote.git" rev-parse -q --verify refs/tags/v1.0.0
'

test_expect_success SSH_KEYGEN 'a lightweight release tag without attestation is refused too' '
	git tag 1.1.0 &&
	test_must_fail git push -q origin refs/tags/1.1.0 2>err &&
	test_grep "^hint:   git cra attest 1.1.0 && git cra push origin$" err
'

test_expect_success SSH_KEYGEN 'with several tags only the unattested ones are named' '
	test_tag_annotated v1.2.0-rc.1 &&
	test_must_fail git push -q origin v1.0.0 v1.2.0-rc.1 2>err &&
	test_grep "^hint:   git cra attest v1.2.0-rc.1 " err &&
	! grep "git cra attest v1.0.0" err
'

test_expect_success SSH_KEYGEN 'tags that are not releases are not checked' '
	git tag nightly &&
	git push -q origin nightly &&
	git -C "$TMPDIR/remote.git" rev-parse -q --verify refs/tags/nightly
'

test_expect_success SSH_KEYGEN 'push --no-verify skips the check' '
	git push -q --no-verify origin 1.1.0 &&
	git -C "$TMPDIR/remote.git" rev-parse -q --verify refs/tags/1.1.0
'

test_expect_success SSH_KEYGEN 'deleting a release tag is allowed' '
	git push -q origin :refs/tags/1.1.0 &&
	test_must_fail git -C "$TMPDIR/remote.git" rev-parse -q --verify refs/tags/1.1.0
'

test_expect_success SSH_KEYGEN 'a tag attested and then moved is refused' '
	git tag -d v1.0.0 >/dev/null &&
	echo "after the release" >>README && git add README && test_tick &&
	git commit -q -m "after the release" &&
	test_tag_annotated v1.0.0 &&
	test_must_fail git push -q --force origin v1.0.0 2>err &&
	test_grep "git cra attest v1.0.0" err
'

test_lazy_prereq PYYAML 'python3 -c "import yaml"'

test_expect_success PYYAML 'the pre-commit framework manifest names an executable hook' '
	python3 -c "
import os, sys, yaml
hooks = yaml.safe_load(open(sys.argv[1] + \"/.pre-commit-hooks.yaml\"))
ids = [h[\"id\"] for h in hooks]
assert ids == [\"git-cra\"], ids
h = hooks[0]
assert h[\"language\"] == \"script\" and h[\"pass_filenames\"] is False
assert os.access(sys.argv[1] + \"/\" + h[\"entry\"], os.X_OK)
" "$GIT_CRA_DATADIR"
'

test_lazy_prereq MAKE 'command -v make && test -f "$GIT_CRA_DATADIR/Makefile"'

# A dry run: installing for real would build git-cra once more.
test_expect_success MAKE 'make install puts the hooks beside the rules' '
	make -s -n -C "$GIT_CRA_DATADIR" O="$TMPDIR/no-build" PREFIX=/usr \
		DESTDIR="$TMPDIR/root" install >out 2>&1 &&
	test_grep "^install -m 755 hooks/\* $TMPDIR/root/usr/share/git-cra/hooks/$" out
'

test_expect_success 'the hooks are POSIX sh' '
	for hook in pre-commit pre-push
	do
		head -n 1 "$GIT_CRA_DATADIR/hooks/$hook" >actual &&
		echo "#!/bin/sh" >expect &&
		test_cmp expect actual &&
		sh -n "$GIT_CRA_DATADIR/hooks/$hook" || return 1
	done
'

test_done
