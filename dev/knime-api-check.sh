#!/usr/bin/env bash
# Runs ../shared/tools/knime-api-check/check.sh on this checkout. The tool reads the shim from knime-shim/src,
# while the shim is split into one folder per KNIME bundle (knime-shim/<bundle>/src): this script lays a
# read-only view with knime-shim/src = the union of the shim bundles' sources (symlinks) and checks that.
# usage: dev/knime-api-check.sh [--shim] [other check.sh options]     (needs the tool's setup.sh done once)
#
# --shim: the tool compiles the real KNIME sources of the shim's classes with javac in one run; two of KNIME's
# sources do not compile with javac (see dev/kac-javac.sh: StateProvider.java, an ECJ-only generic call, and
# SubNodeContainerDialogFactory.java, Eclipse UI jars the tool lacks), and after the first error javac writes no
# more class files, so the tool reported every later class as "== X: not in real" (67 per version) without
# comparing it. That is the shared tool's limitation; this script works around it by handing the tool
# dev/kac-javac.sh as javac (JAVAC_LTS / JAVAC_MASTER), which compiles the classes javac left out with ECJ.
# At the end it prints, per version, the classes taken from ECJ, the count of shim lines that differ from the
# real declarations, and, separately, the count of "not in real" entries (a shim class the real sources lack,
# or one neither compiler produced), so real mismatches are visible at a glance.
# Exit code: the tool's, except that "NodeFactory.xml missing" for a factory whose compiled class generates its
# description (see the end of this script) does not count as a problem.
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

# javac for each version as check.sh picks it (JAVAC_LTS; JAVAC_MASTER, else javac if >= 21, JAVA21_HOME, or a
# JDK >= 21 next to the default one), wrapped by dev/kac-javac.sh
jver() { "$1" -version 2>&1 | sed -E 's/javac ([0-9]+).*/\1/'; }
lts_javac=${JAVAC_LTS:-javac}
master_javac=${JAVAC_MASTER:-}
if [ -z "$master_javac" ]; then
  master_javac=javac
  if [ "$(jver javac)" -lt 21 ] 2>/dev/null; then
    for j in "${JAVA21_HOME:-}" $(ls -d "$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"/../*/ 2>/dev/null); do
      [ -x "$j/bin/javac" ] && [ "$(jver "$j/bin/javac")" -ge 21 ] 2>/dev/null && { master_javac=$j/bin/javac; break; }
    done
  fi
fi
for v in lts master; do
  real=$lts_javac; [ $v = master ] && real=$master_javac
  printf '#!/usr/bin/env bash\nKAC_ECJ_REPORT=%q exec %q %q "$@"\n' "$view/ecj-$v.txt" "$root/dev/kac-javac.sh" "$real" > "$view/javac-$v"
  chmod +x "$view/javac-$v"; : > "$view/ecj-$v.txt"
done

set +e
JAVAC_LTS=$view/javac-lts JAVAC_MASTER=$view/javac-master bash "$tool" "$@" "$view" > "$view/out.txt" 2>&1
rc=$?
set -e
sed "s#$view#.#g" "$view/out.txt" | sed '$d'
case " $* " in *" --shim "*)
  echo "################ knime-shim vs real, summary (dev/knime-api-check.sh)"
  for v in lts master; do
    name=$v; [ $v = master ] || name=$(sed -n 's/^################ KNIME \([^ ]*\) .*/\1/p' "$view/out.txt" | head -1)
    sec=$(awk -v h="== knime-shim vs real declarations ($name)" '/^== knime-shim vs real declarations/ {on = ($0 == h); next} /^################/ {on = 0} on' "$view/out.txt")
    differ=$(grep -c '^   *shim:' <<< "$sec" || true)
    classes=$( (grep -E '^ *== [^ ]+  \(shim line' <<< "$sec" || true) | sed -E 's/^ *== ([^ ]+) .*/\1/' | tr '\n' ' ')
    notreal=$(grep -c ': not in real$' <<< "$sec" || true)
    ecj=$(grep -c '^ECJ-FALLBACK-CLASS:' "$view/ecj-$v.txt" || true)
    echo "  $name: $differ shim lines differ from real${classes:+ (in: ${classes% })}; $notreal 'not in real' entries; $ecj real classes compiled by ECJ because javac stopped (dev/kac-javac.sh)"
    (grep -v '^ECJ-FALLBACK-CLASS:' "$view/ecj-$v.txt" || true) | sed 's/^/    /'
    (grep ': not in real$' <<< "$sec" || true) | sed 's/^ */    /'
  done;;
esac
tail -1 "$view/out.txt"

# The tool's descriptor check wants a <Factory>.xml beside every factory whose superclass chain does not reach
# WebUINodeFactory or DefaultNodeFactory. Our four file nodes are ConfigurableNodeFactory subclasses (for the
# optional File System port) whose description is generated in code: FileNodeFactory overrides
# NodeFactory.createNodeDescription() with WebUINodeFactory.createNodeDescription(configuration), the pattern of
# KNIME's own 5.8 readers with that port (e.g. CSVTableReaderNodeFactory2). Such a "missing" is explained only when
# the compiled factory (plugin/target/classes) really declares, or inherits from a plugin class, that override
# calling WebUINodeFactory.createNodeDescription; any other problem keeps the tool's exit code.
if [ $rc -ne 0 ] && grep -q '^knime-api-check: 5.8.x 0 errors .*; master 0 errors ' <<< "$(tail -1 "$view/out.txt")"; then
  classes=$root/plugin/target/classes
  unexplained=0; explained=0
  while read -r line; do
    f=$(sed -nE 's#^ *PROBLEM: node description plugin/src/main/java/(.*)\.xml missing$#\1#p' <<< "$line")
    ok=no
    if [ -n "$f" ] && [ -d "$classes" ]; then
      c=${f//\//.}
      for _ in 1 2 3 4 5; do
        code=$(javap -c -p -cp "$classes" "$c" 2>/dev/null) || break
        if grep -q 'NodeDescription createNodeDescription()' <<< "$code"; then
          grep -q 'WebUINodeFactory.createNodeDescription' <<< "$code" && ok=yes
          break
        fi
        c=$(sed -nE 's/^.* class [^ ]+ extends ([A-Za-z0-9_.$]+).*/\1/p' <<< "$code" | head -1)
        [ -n "$c" ] || break
      done
    fi
    if [ $ok = yes ]; then explained=$((explained + 1)); else unexplained=$((unexplained + 1)); fi
  done < <(grep '^ *PROBLEM:' "$view/out.txt" | sort -u)
  if [ $unexplained -eq 0 ] && [ $explained -gt 0 ]; then
    echo "dev/knime-api-check.sh: the $explained descriptor problem(s) above are all 'NodeFactory.xml missing' for factories whose compiled class generates its description (createNodeDescription -> WebUINodeFactory.createNodeDescription, checked in plugin/target/classes): exit 0"
    rc=0
  elif [ ! -d "$classes" ]; then
    echo "dev/knime-api-check.sh: build the plugin first (plugin/target/classes) to tell generated node descriptions from missing ones"
  fi
fi
exit $rc
