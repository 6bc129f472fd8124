#!/bin/sh
# make bench: the performance figures the issues set targets for, each
# printed with the command that produced it.
#
#   GIT_CRA=build/git-cra GIT_CRA_DATADIR=. sh bench/run.sh
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
: "${GIT_CRA:=$top/build/git-cra}"
: "${GIT_CRA_DATADIR:=$top}"
export GIT_CRA_DATADIR
PATH=$(cd "$(dirname "$GIT_CRA")" && pwd):$PATH
export PATH
work=${TMPDIR:-/tmp}/git-cra-bench
runs=${BENCH_RUNS:-31}

. "$top/bench/lib.sh"

rm -rf "$work"
mkdir -p "$work"

echo "git-cra benchmarks on $(nproc) cores, $(uname -sm)"
echo "binary: $GIT_CRA ($("$GIT_CRA" --version))"

# ---------------------------------------------------------------------
# The pre-commit hook's check: git cra check --staged on the demo product.
sh "$top/examples/demo.sh" "$work/demo" >/dev/null
cd "$work/demo/thermo-hub"
components=$(jq '.components | length' sbom/*.cdx.json 2>/dev/null || echo '?')
rules=$(git cra check --staged --format json | jq '.rules | length')
echo
echo "== git cra check --staged (demo repository: $components SBOM components, $rules rules)"
measure "$runs" git cra check --staged --now 2027-06-01T00:00:00Z
echo "target: median at most 30 ms"
