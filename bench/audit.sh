#!/bin/sh
# The audit benchmark, run by bench/run.sh (make bench) or on its own:
#
#   GIT_CRA=build/git-cra GIT_CRA_DATADIR=. sh bench/audit.sh
#
# For each size (BENCH_AUDIT_SIZES, default "50 500 2000") it builds a
# history of that many release tags, one a day, over 50 distinct SBOMs of
# 1,000 components (the SBOM changes every size/50 releases), attests
# them all with an SSH key, and times git cra audit (median of 3), git
# cra verify (the signature checks alone) and one git cra check (median
# of 5). Figures, never asserted.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
: "${GIT_CRA:=$top/build/git-cra}"
: "${GIT_CRA_DATADIR:=$top}"
# Absolute: the benchmarks run git cra inside the repositories they make.
GIT_CRA_DATADIR=$(cd "$GIT_CRA_DATADIR" && pwd)
export GIT_CRA_DATADIR
PATH=$(cd "$(dirname "$GIT_CRA")" && pwd):$PATH
export PATH
work=${TMPDIR:-/tmp}/git-cra-bench/audit
sizes=${BENCH_AUDIT_SIZES:-50 500 2000}
versions=50

. "$top/bench/lib.sh"

export GIT_AUTHOR_NAME=Bench GIT_AUTHOR_EMAIL=bench@example.com
export GIT_COMMITTER_NAME=Bench GIT_COMMITTER_EMAIL=bench@example.com
rm -rf "$work"
mkdir -p "$work/sbom"

echo
echo "== git cra audit: release histories over $versions SBOMs of 1,000 components"
cc -O2 -I"$top/src" -o "$work/gen-sbom" "$top/tests/bench/gen-sbom.c"
v=0
while test $v -lt $versions; do
	# Same components, another dependency graph: a new blob each time.
	"$work/gen-sbom" 1000 $((1500 + v)) >"$work/sbom/$v.json"
	v=$((v + 1))
done
echo "SBOM size: $(wc -c <"$work/sbom/0.json") bytes"
ssh-keygen -q -t ed25519 -N '' -C bench -f "$work/key"
echo "bench@example.com $(cat "$work/key.pub")" >"$work/allowed"

# history N: a repository of N releases, v0.0.0, v0.1.0..., one a day.
history() {
	n=$1
	repo=$work/tags$n
	cp -R "$top/examples/products/thermo-hub" "$repo"
	cd "$repo"
	git init -q -b main
	git config gpg.format ssh
	git config user.signingKey "$work/key"
	git config gpg.ssh.allowedSignersFile "$work/allowed"
	git add -A
	GIT_COMMITTER_DATE="1800000000 +0000" GIT_AUTHOR_DATE="1800000000 +0000" \
		git commit -q -m product
	# fast-import writes the whole history in one process.
	{
		v=0
		while test $v -lt $versions; do
			printf 'blob\nmark :%d\ndata %d\n' $((v + 1)) \
				"$(wc -c <"$work/sbom/$v.json")"
			cat "$work/sbom/$v.json"
			echo
			v=$((v + 1))
		done
		i=0
		while test $i -lt "$n"; do
			when=$((1800000000 + (i + 1) * 86400))
			name=v$((i / 100)).$((i % 100)).0
			printf 'commit refs/heads/main\nmark :%d\n' $((100000 + i))
			printf 'committer Bench <bench@example.com> %d +0000\n' $when
			printf 'data <<EOT\nrelease %s\nEOT\n' "$name"
			test $i -eq 0 && printf 'from refs/heads/main^0\n'
			printf 'M 100644 :%d sbom/thermo-hub.cdx.json\n' \
				$((i * versions / n + 1))
			printf 'M 100644 inline VERSION\ndata <<EOT\n%s\nEOT\n' "$name"
			printf 'tag %s\nfrom :%d\n' "$name" $((100000 + i))
			printf 'tagger Bench <bench@example.com> %d +0000\n' $when
			printf 'data <<EOT\n%s\nEOT\n\n' "$name"
			i=$((i + 1))
		done
	} | git fast-import --quiet
	git reset -q --hard main
}

# cpu CMD...: run CMD (its status ignored); set wall_ms and cpu_ms, the
# processor time of CMD and its children (the rule runners, ssh-keygen),
# which a loaded machine changes less than the wall time.
cpu() {
	start=$(now_ns)
	if command -v /usr/bin/time >/dev/null 2>&1; then
		/usr/bin/time -f "%U %S" -o "$work/cpu" "$@" || true
		# The last line: time says first when the status was not 0.
		cpu_ms=$(tail -n 1 "$work/cpu" |
			awk '{ printf "%d", ($1 + $2) * 1000 }')
	else
		"$@" || true
		cpu_ms=0
	fi
	end=$(now_ns)
	wall_ms=$(( (end - start) / 1000000 ))
}

for n in $sizes; do
	history "$n"
	start=$(now_ns)
	# shellcheck disable=SC2046
	git cra attest $(git tag) >/dev/null
	end=$(now_ns)
	echo
	echo "-- $n release tags"
	echo "command: git cra attest <$n tags>"
	echo "attest: $(( (end - start) / 1000000 )) ms, $(( (end - start) / 1000 / n )) us a tag"
	# Three runs, the median of each figure, as for the check below: one
	# run of half a second moves by a tenth with the machine's load.
	: >"$work/audits$n.txt"
	for run in 1 2 3; do
		cpu git cra audit >"$work/audit$n.txt"
		echo "$cpu_ms $wall_ms" >>"$work/audits$n.txt"
	done
	audit_cpu=$(cut -d' ' -f1 "$work/audits$n.txt" | sort -n | sed -n 2p)
	audit_wall=$(cut -d' ' -f2 "$work/audits$n.txt" | sort -n | sed -n 2p)
	echo "command: git cra audit    (3 runs, the median)"
	echo "audit: $audit_wall ms wall, $audit_cpu ms cpu, $((audit_cpu * 1000 / n)) us cpu a tag ($(tail -n 2 "$work/audit$n.txt" | head -n 1))"
	echo "       $(tail -n 1 "$work/audit$n.txt")"
	cpu git cra verify >/dev/null
	echo "command: git cra verify    (the signature checks alone)"
	echo "verify: $wall_ms ms wall, $cpu_ms ms cpu, $((cpu_ms * 1000 / n)) us cpu a tag"
	when=$(git for-each-ref --format='%(taggerdate:iso-strict)' refs/tags/v0.0.0 | sed 's/+00:00/Z/')
	: >"$work/check$n.txt"
	for run in 1 2 3 4 5; do
		cpu git cra check --now "$when" v0.0.0 >/dev/null
		echo "$cpu_ms $wall_ms" >>"$work/check$n.txt"
	done
	check_cpu=$(sort -n "$work/check$n.txt" | sed -n 3p | cut -d' ' -f1)
	check_wall=$(cut -d' ' -f2 "$work/check$n.txt" | sort -n | sed -n 3p)
	echo "command: git cra check --now $when v0.0.0    (5 runs, the median)"
	echo "check: $check_wall ms wall, $check_cpu ms cpu"
	# Wall times: time(1) counts processor time in 10 ms steps, too
	# coarse for one check.
	echo "audit / one check: $(awk -v a="$audit_wall" -v c="$check_wall" 'BEGIN { printf "%.1f", a / (c ? c : 1) }') wall, $(awk -v a="$audit_cpu" -v c="$check_cpu" 'BEGIN { printf "%.1f", a / (c ? c : 1) }') cpu (target for 500 tags: at most 20)"
done
