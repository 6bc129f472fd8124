#!/bin/sh
# make demo: turn the example products of examples/products into scratch git
# repositories with release tags, and run git cra on them as a user would.
#
#   GIT_CRA=build/git-cra GIT_CRA_DATADIR=. sh examples/demo.sh [DIR]
#
# DIR (default $TMPDIR/git-cra-demo) is made anew; the repositories stay
# there to be explored afterwards.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
: "${GIT_CRA:=$top/build/git-cra}"
: "${GIT_CRA_DATADIR:=$top}"
export GIT_CRA_DATADIR
demo=${1:-${TMPDIR:-/tmp}/git-cra-demo}

if ! test -x "$GIT_CRA"; then
	echo "error: $GIT_CRA is not built; run 'make demo'" >&2
	exit 2
fi
# Run the binary just built as `git cra`, as an installed one would be.
PATH=$(cd "$(dirname "$GIT_CRA")" && pwd):$PATH
export PATH

# The demo's history does not depend on who runs it.
GIT_AUTHOR_NAME='Ada Author'
GIT_AUTHOR_EMAIL='ada@acme.example'
GIT_COMMITTER_NAME='Ada Author'
GIT_COMMITTER_EMAIL='ada@acme.example'
GIT_CONFIG_NOSYSTEM=1
export GIT_AUTHOR_NAME GIT_AUTHOR_EMAIL GIT_COMMITTER_NAME GIT_COMMITTER_EMAIL
export GIT_CONFIG_NOSYSTEM
unset GIT_DIR GIT_WORK_TREE GIT_INDEX_FILE

bold=''
plain=''
if test -t 1 && test -z "${NO_COLOR-}"; then
	bold=$(printf '\033[1m')
	plain=$(printf '\033[m')
fi

say() {
	printf '\n%s== %s ==%s\n' "$bold" "$*" "$plain"
}

# show CMD...: print a command as typed, then run it; a failing check is
# part of the demo, so only exit status 2 (could not check) stops it.
show() {
	printf '\n%s$ %s%s\n' "$bold" "$*" "$plain"
	status=0
	"$@" || status=$?
	if test $status -ge 2; then
		echo "error: '$*' exited $status" >&2
		exit $status
	fi
	return 0
}

# show_problems ARGS...: git cra check ARGS, showing what needs work (the
# failing, broken and unjudged findings) and the summary, as a user who
# knows what passes already would look at it.
show_problems() {
	printf '\n%s$ git cra check %s | sed -n "/^Failing/,/^\$/p; /^Rule errors/,/^\$/p; /^Unknown/,/^\$/p; \$p"%s\n' \
		"$bold" "$*" "$plain"
	status=0
	git cra check "$@" >"$demo/check.out" || status=$?
	if test $status -ge 2; then
		cat "$demo/check.out"
		echo "error: 'git cra check $*' exited $status" >&2
		exit $status
	fi
	sed -n '/^Failing/,/^$/p; /^Rule errors/,/^$/p; /^Unknown/,/^$/p; $p' \
		"$demo/check.out"
	rm -f "$demo/check.out"
}

# release DATE TAG MESSAGE: commit everything and tag it, on DATE.
release() {
	GIT_AUTHOR_DATE="$1T09:00:00Z" GIT_COMMITTER_DATE="$1T09:00:00Z" \
		git commit -q -m "$3" &&
	GIT_COMMITTER_DATE="$1T10:00:00Z" git tag -a -m "$3" "$2"
}

rm -rf "$demo"
mkdir -p "$demo"

# ---------------------------------------------------------------------
# Acme Thermo Hub: a default-class product whose evidence improves over
# three releases.
product=$demo/thermo-hub
cp -R "$top/examples/products/thermo-hub" "$product"
cd "$product"
git init -q -b main

# v1.0.0 shipped with a support period too short and no CVD policy.
mv SECURITY.md "$demo/SECURITY.md.later"
sed 's/^  end: .*/  end: 2030-03-31/' .cra/product.yaml >"$demo/product.later"
cp .cra/product.yaml "$demo/product.yaml.final"
cp "$demo/product.later" .cra/product.yaml
git add -A
release 2027-03-01 v1.0.0 "Acme Thermo Hub 1.0.0"

# v1.1.0 publishes the CVD policy.
mv "$demo/SECURITY.md.later" SECURITY.md
git add -A
release 2027-04-15 v1.1.0 "Acme Thermo Hub 1.1.0: publish the CVD policy"

# v2.1.0 extends support to 2035.
cp "$demo/product.yaml.final" .cra/product.yaml
git add -A
release 2027-06-01 v2.1.0 "Acme Thermo Hub 2.1.0: support until 2035"
rm -f "$demo/product.later" "$demo/product.yaml.final"

say "Acme Thermo Hub ($product)"
show git log --oneline --decorate
show git cra check --now 2027-03-01T10:00:00Z v1.0.0
show_problems --now 2027-04-15T10:00:00Z v1.1.0
show_problems --now 2027-06-01T10:00:00Z v2.1.0

# Sign with a throw-away SSH key, as a release pipeline would with its own.
ssh-keygen -q -t ed25519 -N '' -C release-bot -f "$demo/release-key"
echo "release-bot@acme.example $(cat "$demo/release-key.pub")" >"$demo/allowed_signers"
git config gpg.format ssh
git config user.signingKey "$demo/release-key"
git config gpg.ssh.allowedSignersFile "$demo/allowed_signers"

say "Signed evidence for each release, in refs/notes/cra"
show git cra attest v1.0.0 v1.1.0 v2.1.0
show git cra verify
printf '\n%s$ git cra show v1.0.0 | grep -v -e "^    pass" -e "^    not-applicable"%s\n' "$bold" "$plain"
git cra show v1.0.0 | grep -v -e "^    pass" -e "^    not-applicable"

say "Tampering is caught: v1.0.0's record rewritten to hide its failures"
git notes --ref=cra show v1.0.0 | head -n 1 >"$demo/line"
jq -r .payload "$demo/line" | base64 -d |
	sed 's/"fail":[0-9]*/"fail":0/' | base64 -w0 >"$demo/payload"
jq -c --arg p "$(cat "$demo/payload")" '.payload = $p' "$demo/line" >"$demo/forged"
git notes --ref=cra add -f -F "$demo/forged" v1.0.0 2>/dev/null
show git cra verify v1.0.0
git notes --ref=cra add -f -F "$demo/line" v1.0.0 2>/dev/null
rm -f "$demo/line" "$demo/payload" "$demo/forged"

say "The same release, for machines"
printf '\n%s$ git cra check --now 2027-06-01T10:00:00Z --format json v2.1.0 | jq ...%s\n' "$bold" "$plain"
git cra check --now 2027-06-01T10:00:00Z --format json v2.1.0 |
	jq -c '{snapshot: .snapshot.tag, policy, evaluated_at, summary},
		(limit(3; .findings[]) | {rule, locus, status, basis, location})'


# ---------------------------------------------------------------------
# The other example products, as they stand.
for release in router-x1:v1.4.1 shield-fw:v3.0.1; do
	name=${release%%:*}
	tag=${release#*:}
	test -d "$top/examples/products/$name" || continue
	cp -R "$top/examples/products/$name" "$demo/$name"
	cd "$demo/$name"
	git init -q -b main
	git add -A
	release 2027-06-01 "$tag" "$name ${tag#v}"
	say "$name ($demo/$name)"
	show_problems --now 2027-06-15T00:00:00Z "$tag"
done

cat <<EOT

${bold}What you saw${plain}
- Each line of a check is one finding: where (file:line:column), what was
  found and what to do, then [rule-id provision]. "declared" marks findings
  that rest on the manufacturer's own statement (product.yaml, the risk
  assessment, the Article 14 records) rather than on evidence files.
- v1.0.0 of the thermostat hub shipped with gaps, among them a support
  period under five years (Art.13(8)), no CVD policy (Annex I Part II(5))
  and an SBOM of another version (Annex I Part II(1)); v2.1.0 closes them
  all, and the check of each tag, judged at its release date, shows it.
- git cra attest recorded each release's evaluation, at the tag's own date,
  as a signed line in refs/notes/cra; verify checks the signature, the
  signer and that the tag still points where it did. The forged record of
  v1.0.0 came out as BAD-SIGNATURE.
- Exit status: 0 when nothing fails, 1 when a finding fails, 2 when the
  check could not be done.

The repositories stay in $demo. Try, before or after 'make install':
  cd $demo/thermo-hub
  $GIT_CRA check                 (the working tree, judged now)
  $GIT_CRA check -h              (the options)
  $GIT_CRA audit --format html --output audit.html   (every release, replayed)
  cd $demo/router-x1 && $GIT_CRA deadlines --now 2027-05-12T00:00:00Z
EOT
