# Helpers for bench/run.sh: timing by wall clock, with the figures and the
# command printed, never asserted.

now_ns() {
	date +%s%N
}

# measure RUNS CMD...: run CMD RUNS times (its output discarded), print
# the command, the median, the minimum and the maximum wall time in ms.
measure() {
	runs=$1
	shift
	"$@" >/dev/null 2>&1 || true	# warm the page cache
	i=0
	: >"$work/times"
	while test $i -lt "$runs"; do
		start=$(now_ns)
		"$@" >/dev/null 2>&1 || true
		end=$(now_ns)
		echo $(( (end - start) / 1000 )) >>"$work/times"
		i=$((i + 1))
	done
	sort -n "$work/times" | awk -v cmd="$*" -v runs="$runs" '
		{ t[NR] = $1 }
		END {
			median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
			printf "command: %s\n", cmd
			printf "runs: %d  median: %.1f ms  min: %.1f ms  max: %.1f ms\n",
				runs, median / 1000, t[1] / 1000, t[NR] / 1000
		}'
}

# peak_memory CMD...: print the wall time and the peak resident set size;
# the command's own exit status (a failing check exits 1) does not matter.
peak_memory() {
	if command -v /usr/bin/time >/dev/null 2>&1; then
		/usr/bin/time -f "wall: %e s  peak RSS: %M KiB" -o "$work/time.out" \
			"$@" >/dev/null 2>&1 || true
		grep -v '^Command exited' "$work/time.out"
	else
		start=$(now_ns)
		"$@" >/dev/null 2>&1 || true
		end=$(now_ns)
		echo "wall: $(( (end - start) / 1000000 )) ms  (peak RSS: install GNU time)"
	fi
}
