#!/usr/bin/env bash
# Developer fast loop (not used by the build): compiles only the named engine/testkit packages (plus
# volume, progress, parallel) with their tests into a private temp dir and runs JUnit on them.
# Usage: dev/jtest.sh imaging [segmentation ... | segmentation/LabelCode.java] [-- extra ConsoleLauncher args, e.g. --select-class X]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
pkgs=(volume progress parallel)
extra=()
while [ $# -gt 0 ]; do
  if [ "$1" = "--" ]; then shift; extra=("$@"); break; fi
  pkgs+=("$1"); shift
done
work=$(mktemp -d /tmp/jtest.XXXXXX)
trap 'rm -rf "$work"' EXIT
junit=$(ls ~/.m2/repository/org/junit/platform/junit-platform-console-standalone/1.14.1/*.jar 2>/dev/null | head -1)
if [ -z "$junit" ]; then
  mvn -q dependency:get -Dartifact=org.junit.platform:junit-platform-console-standalone:1.14.1 >/dev/null
  junit=$(ls ~/.m2/repository/org/junit/platform/junit-platform-console-standalone/1.14.1/*.jar | head -1)
fi
cp=/usr/share/java/pixelmed.jar:$HOME/.m2/repository/commons-codec/commons-codec/1.19.0/commons-codec-1.19.0.jar:$HOME/.m2/repository/org/apache/commons/commons-csv/1.11.0/commons-csv-1.11.0.jar:$(ls ~/.m2/repository/commons-io/commons-io/2.2*/commons-io-2.2*.jar | sort -V | tail -1)
main=(); tests=()
for p in "${pkgs[@]}"; do
  if [[ "$p" == *.java ]]; then main+=("$root/engine/src/main/java/org/breastct/$p"); continue; fi
  for m in engine testkit; do # testkit: phantom, validation and the engine tests that need a phantom
    [ -d "$root/$m/src/main/java/org/breastct/$p" ] && while IFS= read -r f; do main+=("$f"); done < <(find "$root/$m/src/main/java/org/breastct/$p" -name '*.java')
    [ -d "$root/$m/src/test/java/org/breastct/$p" ] && while IFS= read -r f; do tests+=("$f"); done < <(find "$root/$m/src/test/java/org/breastct/$p" -name '*.java')
  done
done
mkdir -p "$work/main" "$work/test"
javac -nowarn --release 17 -encoding UTF-8 -cp "$cp" -d "$work/main" "${main[@]}"
if [ ${#tests[@]} -gt 0 ]; then
  javac -nowarn --release 17 -encoding UTF-8 -cp "$cp:$junit:$work/main" -d "$work/test" "${tests[@]}"
fi
for m in engine testkit; do
  [ -d "$root/$m/src/main/resources" ] && cp -r "$root/$m/src/main/resources/." "$work/main/"
  [ -d "$root/$m/src/test/resources" ] && cp -r "$root/$m/src/test/resources/." "$work/test/"
done
if [ ${#extra[@]} -eq 0 ]; then extra=(--scan-classpath "$work/test"); fi
java -Xmx4g -cp "$cp:$junit:$work/main:$work/test" org.junit.platform.console.ConsoleLauncher execute \
  --disable-banner --details=summary --details-theme=ascii -cp "$work/test" "${extra[@]}"
