#!/bin/sh
# End-to-end smoke run of the reference on synthetic breasts (every branch of section 2).
# Usage: tools/reference/run_phantoms.sh [WORK_DIR]   (default: a new directory under /tmp)
# Writes the phantoms, the label volumes and one log per run into WORK_DIR; prints the
# branch events and stage times. Takes about 2-3 minutes on one free core.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PY=/usr/bin/python3
W=${1:-$(mktemp -d /tmp/reference_phantoms.XXXXXX)}
mkdir -p "$W"
# The test volumes are 100 x 256 x 256; a real implant (> 150^3 voxels) would not fit,
# so the implant runs use a smaller size threshold.
IMPLANT_MIN=100000

gen() { name=$1; shift; "$PY" "$HERE/make_test_breast.py" "$W/$name.npy" "$@"; }
gen plain      --muscle --seed 1                     # muscle from the Gaussian seed
gen ribs       --muscle --ribs --seed 2              # rib c1 + c2 + c3, seed c1[0]
gen implant    --muscle --implant --seed 3           # implant, seed si[0]
gen fold       --muscle --fold --seed 4              # skin fold (watershed split)
gen implantrib --implant --ribs --seed 5 --rib-rows -0.29 0.29 --rib-half-width 0.16
                                                     # implant + separate ribs, whole-slice seed
gen bare       --seed 6                              # no seed, no muscle
gen noisy      --muscle --noise 45 --seed 7          # gland candidates A and B differ
gen lowfat     --muscle --blur 1 --noise 30 --fat -285 --seed 10
                                                     # G0 ~ 0: threshold search stops at once

run() {
    name=$1; tag=$2; shift 2
    out="$W/out_${name}${tag}"
    "$PY" "$HERE/reference_segment.py" "$W/$name.npy" "$out" --implant-min-voxels $IMPLANT_MIN "$@" \
        > "$out.log"
    echo "== $name$tag $*"
    grep -E '"event": "(fold|ribs|implant|muscle|density|glands|times)"' "$out.log" \
        | sed -e 's/"rec": \[[^]]*\], //'
}
for v in plain ribs implant fold implantrib bare noisy lowfat; do run $v "" ; done
run noisy _scripts --scripts-gland-rule
run lowfat _scripts --scripts-gland-rule
run fold _cv2 --band cv2
run plain _cv2simple --band cv2-simple
echo "== compare noisy: intended vs scripts gland rule"
"$PY" "$HERE/compare.py" "$W/out_noisy/segmentation_noisy.npy" \
    "$W/out_noisy_scripts/segmentation_noisy.npy" --image "$W/noisy.npy"
echo "== compare fold: exact vs cv2 bands"
"$PY" "$HERE/compare.py" "$W/out_fold/segmentation_fold.npy" \
    "$W/out_fold_cv2/segmentation_fold.npy" --image "$W/fold.npy"
echo "== band variants on all phantom slices"
"$PY" "$HERE/band_check.py" "$W"/plain.npy "$W"/ribs.npy "$W"/implant.npy "$W"/fold.npy \
    "$W"/implantrib.npy "$W"/bare.npy "$W"/noisy.npy "$W"/lowfat.npy --random 40
echo "work dir: $W"
