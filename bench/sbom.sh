#!/bin/sh
# The large-SBOM benchmark, run by bench/run.sh: a generated CycloneDX SBOM
# of 100,000 components and 150,000 dependency edges (about 90 MB) in a
# scratch repository, checked with every built-in rule, beside one jq pass
# over the same file; then 10,000 and 200,000 components, to show the
# growth. Figures and commands are printed, never asserted.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
: "${GIT_CRA:=$top/build/git-cra}"
: "${GIT_CRA_DATADIR:=$top}"
# Absolute: the benchmarks run git cra inside the repositories they make.
GIT_CRA_DATADIR=$(cd "$GIT_CRA_DATADIR" && pwd)
export GIT_CRA_DATADIR
PATH=$(cd "$(dirname "$GIT_CRA")" && pwd):$PATH
export PATH
work=${work:-${TMPDIR:-/tmp}/git-cra-bench}/sbom
sizes=${BENCH_SBOM_SIZES:-10000:15000 100000:150000 200000:300000}

. "$top/bench/lib.sh"

rm -rf "$work"
mkdir -p "$work"
cc -O2 -std=c11 -o "$work/gen-sbom" "$top/tests/bench/gen-sbom.c"

echo
echo "== git cra check on a large SBOM, beside jq (every built-in rule)"
for size in $sizes; do
	n=${size%%:*}
	edges=${size#*:}
	repo=$work/repo-$n
	mkdir -p "$repo/sbom" "$repo/.cra"
	"$work/gen-sbom" "$n" "$edges" >"$repo/sbom/product.cdx.json"
	bytes=$(wc -c <"$repo/sbom/product.cdx.json")
	cat >"$repo/.cra/product.yaml" <<-EOT
	schema: 1
	product:
	  name: Generated
	  version: "1.0.0"
	evidence:
	  sbom: [sbom/product.cdx.json]
	EOT
	(
		cd "$repo"
		git init -q -b main
		git add -A
		GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=b@example.com \
		GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=b@example.com \
			git commit -q -m sbom
		git config cra.maxFileSize 1073741824
		echo
		echo "$n components, $edges edges, $bytes bytes"
		rules=$(git cra check HEAD --format json 2>/dev/null |
			jq '.rules | length')
		printf 'check (%s rules): ' "$rules"
		peak_memory git cra check HEAD
		echo "  command: git cra check HEAD"
		# The working tree names no blob: the SBOM cache must still
		# give every rule the one parse.
		printf 'check, working tree: '
		peak_memory git cra check
		echo "  command: git cra check"
		printf 'jq: '
		peak_memory jq . sbom/product.cdx.json
		echo "  command: jq . sbom/product.cdx.json >/dev/null"
		printf 'validate: '
		peak_memory git cra validate sbom/product.cdx.json
		echo "  command: git cra validate sbom/product.cdx.json"
	)
done
echo
echo "targets: check at most as long as one jq pass, linear in the"
echo "components, peak memory at most 8 times the file's size"
