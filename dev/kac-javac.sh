#!/usr/bin/env bash
# javac stand-in that dev/knime-api-check.sh hands to the shared knime-api-check tool (JAVAC_LTS / JAVAC_MASTER).
# usage: kac-javac.sh <real javac> <javac arguments...>
#
# Every call is passed to the real javac unchanged, except the one the tool's --shim comparison
# (shimcompare.sh) makes to compile the REAL KNIME sources of the shim's classes (recognised by "-d .../shimcmp/real"):
# javac compiles all those files in one run, and KNIME's sources are written for ECJ (KNIME builds with it), two of
# them do not compile with javac (5.8 and master: node/parameters/updates/StateProvider.java:126, a call ECJ's
# inference accepts and javac's rejects; webui/node/dialog/SubNodeContainerDialogFactory.java, reached from
# NodeDialogManager, needs org.eclipse.jface/org.eclipse.ui.workbench, which the tool does not download). After the
# first error javac writes no more class files, so every class after it in the tool's (sorted) file list came out
# as "not in real" although it exists (before this script: 67 per version, all of org.knime.core.ui from
# NodeDialogManager on, all of org.knime.filehandling.core and org.knime.node.parameters).
# So after javac, the listed files that got no class file are compiled again with ECJ (-proceedOnError: a class
# with an error still gets a class file with all its declarations) into a separate folder, and only those files'
# classes (C.class, C$*.class) are copied next to javac's. The declarations javap shows are the same from either
# compiler (ECJ is also what KNIME's own jars are built with). Which files were taken from ECJ, and ECJ errors in
# them, go to $KAC_ECJ_REPORT (appended) for dev/knime-api-check.sh to print.
# ECJ: $KAC_ECJ, else the newest org/eclipse/jdt/ecj in ~/.m2 (Tycho puts it there when the plugin is built).
set -uo pipefail
javac=$1; shift
"$javac" "$@"; rc=$?

out=""; list=""; cp=""; sp=""; rel=""; prev=""
for a in "$@"; do
  case $prev in -d) out=$a;; -cp) cp=$a;; -sourcepath) sp=$a;; --release) rel=$a;; esac
  case $a in @*) list=${a#@};; esac
  prev=$a
done
case $out in */shimcmp/real) ;; *) exit $rc;; esac
[ -n "$list" ] && [ -f "$list" ] || exit $rc
report=${KAC_ECJ_REPORT:-/dev/stderr}

missing=$(dirname "$out")/ecj-files.txt; : > "$missing"
IFS=: read -ra roots <<< "$sp"
while read -r f; do
  rel_path=""
  for d in "${roots[@]}"; do case $f in "$d"/*) rel_path=${f#"$d"/}; break;; esac; done
  [ -n "$rel_path" ] || continue
  [ -f "$out/${rel_path%.java}.class" ] || echo "$f" >> "$missing"
done < "$list"
[ -s "$missing" ] || exit $rc

ecj=${KAC_ECJ:-$(ls -d ~/.m2/repository/org/eclipse/jdt/ecj/*/ecj-*.jar 2>/dev/null | grep -v sources | sort -V | tail -1)}
if [ -z "$ecj" ] || [ ! -f "$ecj" ]; then
  echo "ECJ-FALLBACK: no ECJ jar (set KAC_ECJ or build the plugin once); $(wc -l < "$missing") real classes stay 'not in real'" >> "$report"
  exit $rc
fi
java=$(dirname "$(readlink -f "$(command -v "$javac")")")/java
ecjout=$(dirname "$out")/ecj-classes; rm -rf "$ecjout"; mkdir -p "$ecjout"
"$java" -jar "$ecj" --release "$rel" -proc:none -nowarn -encoding UTF-8 -proceedOnError -d "$ecjout" -cp "$cp" \
  -sourcepath "$sp" @"$missing" > "$(dirname "$out")/ecj.log" 2>&1
n=0
while read -r f; do
  for d in "${roots[@]}"; do case $f in "$d"/*) r=${f#"$d"/}; break;; esac; done
  c=${r%.java}
  if [ -f "$ecjout/$c.class" ]; then
    mkdir -p "$out/$(dirname "$c")"
    cp "$ecjout/$c.class" "$ecjout/$c"\$*.class "$out/$(dirname "$c")/" 2>/dev/null
    echo "ECJ-FALLBACK-CLASS: ${c//\//.}" >> "$report"; n=$((n + 1))
  else
    echo "ECJ-FALLBACK-FAILED: ${c//\//.} (no class file from ECJ either)" >> "$report"
  fi
  grep -A3 "ERROR in $f " "$(dirname "$out")/ecj.log" | sed 's/^/ECJ-ERROR-IN-LISTED-FILE: /' >> "$report"
done < "$missing"
echo "ECJ-FALLBACK: $n of $(wc -l < "$missing") real classes javac left without a class file (after the javac errors listed in the shim section above) compiled by $(basename "$ecj") --release $rel" >> "$report"
exit $rc
