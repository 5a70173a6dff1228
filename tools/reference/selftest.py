#!/usr/bin/python3
"""Self-checks of the reference's primitives and rules on small hand-checkable arrays.

Usage: python3 selftest.py   (prints one line per check, exits 1 on the first failure)

Expected values are written out by hand from algorithm.md, not copied from a run.
"""

import contextlib
import io
import sys

import numpy as np
import scipy.ndimage as ndi

import reference_segment as r


def check(name, cond):
    print(f"{'ok  ' if cond else 'FAIL'} {name}")
    if not cond:
        sys.exit(1)


def grid(text):
    """'.#' picture -> bool array."""
    return np.array([[c == "#" for c in line] for line in text.strip().split()], bool)


def test_label_and_lcc():
    # two components of 3 pixels each (8-connected diagonal counts), raster numbering;
    # LCC tie goes to the lowest number = the one whose first pixel comes first
    x = grid("""
        #....
        .#...
        ..#.#
        ....#
        ....#
    """)
    lab, n = r.label(x)
    check("label: diagonal pixels join (full connectivity)", n == 2)
    check("label: raster numbering", lab[0, 0] == 1 and lab[2, 4] == 2)
    check("lcc: tie -> lowest-numbered", np.array_equal(r.lcc(x), lab == 1))


def test_morphology():
    x = np.zeros((7, 7), bool)
    x[0:5, 0:5] = True
    # 3x3 erosion: outside is background, so the array border row/col 0 is eaten
    e = r.erode(x, 3)
    exp = np.zeros((7, 7), bool)
    exp[1:4, 1:4] = True
    check("erode 3: outside counts as background", np.array_equal(e, exp))
    d = r.dilate(np.pad(np.ones((1, 1), bool), 3), 3)
    exp = np.zeros((7, 7), bool)
    exp[2:5, 2:5] = True
    check("dilate 3: square footprint", np.array_equal(d, exp))
    # separable (k >= 11) equals the full cube, also at the border
    rng = np.random.default_rng(7)
    v = rng.random((9, 23, 25)) > 0.995
    full = ndi.binary_dilation(v, structure=np.ones((19, 19, 19), bool), border_value=0)
    check("dilate 19: separable == full cube", np.array_equal(r.dilate(v, 19), full))
    # erode3 5*: slices 0 and 1 come from the 2-D erosion
    v = np.zeros((4, 9, 9), bool)
    v[0:3, 1:8, 1:8] = True
    e = r.erode3_star(v, 5)
    exp = np.zeros((4, 9, 9), bool)
    exp[0, 3:6, 3:6] = True  # 2-D erosion of slice 0
    exp[1, 3:6, 3:6] = True  # 2-D erosion of slice 1
    # slice 2: 3-D erosion needs slices 0..4 all set -> empty (slice 3 is empty)
    check("erode3 5*: slices 0,1 in 2-D, others 3-D", np.array_equal(e, exp))


def test_fill2():
    # the inner background touches the outer background only diagonally: with 8-connected
    # background it is NOT a hole
    s = grid("""
        .....
        .###.
        .#.#.
        .##..
        .....
    """)
    f = r.fill2(s[None])[0]
    check("fill2: diagonal leak is not a hole (8-connected background)", np.array_equal(f, s))
    s = grid("""
        .....
        .###.
        .#.#.
        .###.
        .....
    """)
    exp = grid("""
        .....
        .###.
        .###.
        .###.
        .....
    """)
    check("fill2: enclosed pixel filled", np.array_equal(r.fill2(s[None])[0], exp))
    v = np.stack([s, s])
    out = r.fill2(v, 1)
    check("fill2: only the first n slices",
          np.array_equal(out[0], exp) and np.array_equal(out[1], s))


def test_band():
    m = np.zeros((9, 9), bool)
    m[1:8, 1:8] = True
    # boundary = ring of the 7x7 square; n=1: ring + next ring (distance 1 orthogonal;
    # the pixel diagonal to a boundary corner inside is at distance 1 from an edge too)
    b1, b2 = r.band_exact_slice(m, (1, 2))
    exp1 = m.copy()
    exp1[3:6, 3:6] = False
    exp2 = m.copy()
    exp2[4, 4] = False
    check("band exact n=1 on a 7x7 square", np.array_equal(b1, exp1))
    check("band exact n=2 on a 7x7 square", np.array_equal(b2, exp2))
    # the image border counts as outside
    full = np.ones((5, 5), bool)
    b = r.band_exact_slice(full, (1,))[0]
    exp = full.copy()
    exp[2, 2] = False
    check("band exact: image border is outside", np.array_equal(b, exp))
    # cv2 thickness 2n-1: equal for n >= 2; n = 1 (thickness 1) is a 1-pixel line, so it
    # keeps only the boundary ring (the pipeline uses n = 3, 9, 25 only)
    c1, c2 = r.band_cv2_slice(m, (1, 2))
    ring = m & ~r.erode(m, 3)
    check("band cv2 n=2 equals exact on the square", np.array_equal(c2, exp2))
    check("band cv2 n=1 is the boundary ring only (differs from exact)",
          np.array_equal(c1, ring))


def test_glandularity():
    check("G(-255) = 0", r.glandularity(-255) == 0.0)
    check("G(-41) = 1", abs(r.glandularity(-41) - 1.0) < 1e-12)
    check("G clamps at -300", abs(r.glandularity(-700) - (-45 / 214)) < 1e-12)
    check("G clamps at 0", abs(r.glandularity(50) - 255 / 214) < 1e-12)
    check("G rounds to 0.1 HU", r.glandularity(-148.04) == r.glandularity(-148.0))


def test_sphere_truncation():
    # k = (10, -3, 4)/|.|, |.| = sqrt(125); 30k = (26.83, -8.05, 10.73) -> (26, -8, 10)
    shape = (12, 40, 40)
    sphere, centre = r.nipple_sphere(shape, (20, 20), 10, (17, 24))
    check("nipple sphere: int(30 k) truncated toward zero", centre == (12 + 26, 17 - 8, 24 + 10))


def test_gland_rules():
    # one row of 12 voxels, all mask == 1; -100 elsewhere
    vals = [-100, -40, -100, -58, -100, -54, -45, -100, -100, -100, -100, -100]
    img = np.array(vals, np.int16).reshape(1, 1, 12)
    # G0 = 0.3: count(>= -56)/12 = 3/12 no, count(>= -61)/12 = 4/12 > 0.3 -> thA -56, thB -61
    # labA: {1}=1, {5,6}=2; labB: {1}=1, {3}=2, {5,6}=3; seeds: voxels 1 and 6
    # intended: A={1,5,6}, B={1,5,6}: tie -> A. scripts: B numbers {1,3} U {1,2} -> {1,3,5,6},
    # |4/12 - 0.3| < |3/12 - 0.3| -> B.
    for rule, exp in ((False, [1, 5, 6]), (True, [1, 3, 5, 6])):
        mask = np.ones(img.shape, np.uint8)
        with contextlib.redirect_stdout(io.StringIO()):
            r.stage_glands(img, mask, 0.3, rule)
        got = np.nonzero(mask.ravel() == 2)[0].tolist()
        check(f"glands {'scripts' if rule else 'intended'} rule -> {exp}", got == exp)


def test_tip():
    b = np.zeros((15, 4, 4), bool)
    b[0:9, 1, 1] = True
    check("tip: last non-empty slice among the last 10 (bL = 9)", r.find_tip(b) == 9)


if __name__ == "__main__":
    for name, fn in list(globals().items()):
        if name.startswith("test_"):
            fn()
    print("all checks passed")
