#!/usr/bin/env bash
# Runs ../shared/tools/knime-api-check/check.sh on this checkout. The tool reads the shim from knime-shim/src,
# while the shim is split into one folder per KNIME bundle (knime-shim/<bundle>/src): this script lays a
# read-only view with knime-shim/src = the union of the three bundles' sources (symlinks) and checks that.
# usage: dev/knime-api-check.sh [--shim] [other check.sh options]     (needs the tool's setup.sh done once)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
tool=${KAC_TOOL:-$root/../shared/tools/knime-api-check/check.sh}
[ -x "$tool" ] || [ -f "$tool" ] || { echo "knime-api-check not found at $tool (set KAC_TOOL)"; exit 2; }
view=$(mktemp -d -t kacview.XXXXXX)
trap 'rm -rf "$view"' EXIT
for d in engine plugin; do ln -s "$root/$d" "$view/$d"; done
mkdir -p "$view/knime-shim/src"
for b in "$root"/knime-shim/*/src; do
  (cd "$b" && find . -name '*.java') | while read -r f; do
    mkdir -p "$view/knime-shim/src/$(dirname "$f")"
    ln -s "$b/$f" "$view/knime-shim/src/$f"
  done
done
git -C "$view" init -q
bash "$tool" "$@" "$view" | sed "s#$view#.#g"
