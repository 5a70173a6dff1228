#!/usr/bin/env bash
# Regenerates the oracle fixtures of SegmentationOracleTest:
#   1. compiles the engine and the OracleCases class, dumps each case's phantom image (int16 LE raw);
#   2. segments each with segment_oracle.py (needs /usr/bin/python3 with numpy, scipy, scikit-image);
#   3. writes <case>.labels.gz (uint8, C order, gzip), <case>.fold.gz (if a fold) and <case>.meta.
# Run from anywhere; rerun whenever PhantomGenerator's output changes (the test then skips with a message).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../../../.." && pwd)
work=$(mktemp -d /tmp/oraclefix.XXXXXX)
trap 'rm -rf "$work"' EXIT
src=$root/engine/src
junit=$(ls ~/.m2/repository/org/junit/platform/junit-platform-console-standalone/1.14.1/*.jar | head -1)
javac -nowarn --release 17 -d "$work/main" $(find "$src/main/java/org/breastct"/{volume,progress,parallel,imaging,analysis,segmentation,phantom} -name '*.java')
javac -nowarn --release 17 -cp "$work/main:$junit" -d "$work/test" $(find "$src/test/java/org/breastct/segmentation" -name '*.java')
java -cp "$work/main:$work/test" org.breastct.segmentation.OracleCases "$work/img"
for c in "$work"/img/*.case; do
  name=$(basename "$c" .case)
  read -r nz ny nx crc oracle_args < "$c"
  echo "oracle: $name $nz x $ny x $nx $oracle_args"
  /usr/bin/python3 "$here/make_oracle_fixture.py" "$work/img/$name.img.raw" "$nz" "$ny" "$nx" "$crc" "$here/oracle/$name" $oracle_args
done
