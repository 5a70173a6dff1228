#!/usr/bin/env bash
# The smallest heap (-Xmx) with which `breastct bench` reliably segments the benchmark phantom: the
# honest memory figure (the in-process "heap pools' peak" counts garbage not yet collected). Bisects
# -Xmx between LO and HI megabytes (MiB) to STEP, one JVM per try (about 15-25 s each). Whether a
# heap suffices can depend on chance (G1 needs contiguous regions for the largest arrays, and
# fragmentation differs between runs), so a size counts as sufficient only if all TRIES runs finish;
# the first run that runs out of memory marks it too small. A run that fails for another reason
# (a crash, a bad option) stops the script with its message instead of being taken for a too
# small heap.
# Usage: scripts/bench-heap.sh [bench options, e.g. --implant --ribs 3 or --shape 200,320,320]
# Environment: JAR (default cli/target/breastct.jar), LO (1000), HI (6000), STEP (50), TRIES (3).
set -euo pipefail
jar=${JAR:-cli/target/breastct.jar}
lo=${LO:-1000}
hi=${HI:-6000}
step=${STEP:-50}
tries=${TRIES:-3}
[ -f "$jar" ] || { echo "bench-heap: $jar not found; run 'make build' first" >&2; exit 2; }
voxels=0
err=$(mktemp)
trap 'rm -f "$err"' EXIT
javarc=0
# run_once MB [bench options]: 0 if the run completes (notes the voxel count), 3 if it ran out of
# memory, 4 if it failed otherwise (java's exit code in $javarc, its stderr in $err)
run_once() {
  local out
  javarc=0
  out=$(java -Xmx"$1"m -jar "$jar" bench --in-process --repeat 1 --json "${@:2}" 2>"$err") || javarc=$?
  if [ "$javarc" -eq 0 ]; then
    voxels=$(printf '%s\n' "$out" | sed -n 's/.*"voxels":\([0-9]*\).*/\1/p' | head -1)
    return 0
  fi
  if grep -qiE 'out of memory|OutOfMemoryError' "$err"; then
    return 3
  fi
  return 4
}
# sufficient MB [bench options]: 0 if all $tries runs finish, 1 at the first out-of-memory run;
# exits the script on any other failure. Prints one line per size.
sufficient() {
  local t rc
  for ((t = 1; t <= tries; t++)); do
    rc=0
    run_once "$@" || rc=$?
    if [ "$rc" -eq 3 ]; then
      echo "  -Xmx${1}m: out of memory in try $t of $tries"
      return 1
    elif [ "$rc" -ne 0 ]; then
      echo "  -Xmx${1}m: failed in try $t of $tries (not out of memory; java exit code $javarc):" >&2
      tail -5 "$err" >&2
      exit 1
    fi
  done
  echo "  -Xmx${1}m: finishes ($tries of $tries tries)"
}
if ! sufficient "$hi" "$@"; then
  echo "bench-heap: does not finish reliably even with -Xmx${hi}m (set HI higher)" >&2
  exit 1
fi
if sufficient "$lo" "$@"; then
  echo "bench-heap: finishes with the lowest heap tried, -Xmx${lo}m (set LO lower)"
  hi=$lo
  lo=0
else
  while [ $((hi - lo)) -gt "$step" ]; do
    mid=$(((lo + hi) / 2))
    if sufficient "$mid" "$@"; then hi=$mid; else lo=$mid; fi
  done
fi
awk -v mb="$hi" -v lo="$lo" -v v="$voxels" -v tries="$tries" -v opts="$*" 'BEGIN {
  printf "bench %s: smallest -Xmx that finishes in all of %d tries: %d MiB = %.1f bytes per voxel (%d voxels)%s\n",
    (opts == "" ? "(plain phantom)" : opts), tries, mb, mb * 1048576 / v, v,
    (lo > 0 ? sprintf("; -Xmx%dm ran out of memory", lo) : "") }'
