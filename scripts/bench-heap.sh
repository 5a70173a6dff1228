#!/usr/bin/env bash
# The smallest heap (-Xmx) with which `breastct bench` segments the benchmark phantom: the honest
# memory figure (the in-process "heap pools' peak" counts garbage not yet collected). Bisects -Xmx
# between LO and HI megabytes (MiB) to STEP, one JVM per try (about 15-25 s each).
# Usage: scripts/bench-heap.sh [bench options, e.g. --implant --ribs 3 or --shape 200,320,320]
# Environment: JAR (default cli/target/breastct.jar), LO (1000), HI (6000), STEP (50).
set -euo pipefail
jar=${JAR:-cli/target/breastct.jar}
lo=${LO:-1000}
hi=${HI:-6000}
step=${STEP:-50}
[ -f "$jar" ] || { echo "bench-heap: $jar not found; run 'make build' first" >&2; exit 2; }
voxels=0
finishes() { # finishes MB [bench options]: true if the run completes; notes the voxel count
  local out
  out=$(java -Xmx"$1"m -jar "$jar" bench --in-process --repeat 1 --json "${@:2}" 2>/dev/null) || return 1
  voxels=$(printf '%s\n' "$out" | sed -n 's/.*"voxels":\([0-9]*\).*/\1/p' | head -1)
}
if ! finishes "$hi" "$@"; then
  echo "bench-heap: does not finish even with -Xmx${hi}m" >&2
  exit 1
fi
if finishes "$lo" "$@"; then
  echo "bench-heap: finishes with the lowest heap tried, -Xmx${lo}m (set LO lower)"
  hi=$lo
else
  while [ $((hi - lo)) -gt "$step" ]; do
    mid=$(((lo + hi) / 2))
    if finishes "$mid" "$@"; then hi=$mid; else lo=$mid; fi
    echo "  -Xmx${mid}m: $([ "$hi" = "$mid" ] && echo finishes || echo out of memory)"
  done
fi
awk -v mb="$hi" -v v="$voxels" -v step="$step" -v opts="$*" 'BEGIN {
  printf "bench %s: smallest -Xmx that finishes: %d MiB (within %d MiB) = %.1f bytes per voxel (%d voxels)\n",
    (opts == "" ? "(plain phantom)" : opts), mb, step, mb * 1048576 / v, v }'
