#!/usr/bin/env bash
# Regenerates the oracle fixtures of SegmentationOracleTest (testkit/src/test/.../segmentation/oracle/):
#   1. builds the engine and the test kit with Maven, dumps each case's phantom image (OracleCases.main, int16 LE raw);
#   2. segments each with segment_oracle.py (needs /usr/bin/python3 with numpy, scipy, scikit-image);
#   3. writes <case>.labels.gz (uint8, C order, gzip), <case>.fold.gz (if a fold) and <case>.meta.
# Run from anywhere; rerun whenever PhantomGenerator's output changes (the test then fails and names this script).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../../../.." && pwd)
work=$(mktemp -d /tmp/oraclefix.XXXXXX)
trap 'rm -rf "$work"' EXIT
(cd "$root" && ./mvnw -B -ntp -q -pl engine,testkit test-compile)
java -cp "$root/engine/target/classes:$root/testkit/target/classes:$root/testkit/target/test-classes:/usr/share/java/pixelmed.jar" \
  org.breastct.segmentation.OracleCases "$work/img"
for c in "$work"/img/*.case; do
  name=$(basename "$c" .case)
  read -r nz ny nx crc oracle_args < "$c"
  echo "oracle: $name $nz x $ny x $nx $oracle_args"
  /usr/bin/python3 "$here/make_oracle_fixture.py" "$work/img/$name.img.raw" "$nz" "$ny" "$nx" "$crc" "$here/oracle/$name" $oracle_args
done
