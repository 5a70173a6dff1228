#!/usr/bin/python3
"""Independent Python reference of the breast-CT segmentation (algorithm.md section 2).

Developer tooling for cross-checking the Java engine; not part of the build or CI.
Written from /work/shared/algorithm.md alone, with the library calls the authors' scripts
most plausibly used (scipy.ndimage, scikit-image 0.19, OpenCV), so that it behaves like the
scripts and not like our Java.

Usage:
    python3 reference_segment.py IN.npy OUT_DIR [--scripts-gland-rule]
                                 [--band exact|cv2|cv2-simple] [--implant-min-voxels N]
                                 [--gauss-float]

Writes OUT_DIR/segmentation_<uid>.npy (uint8 labels) and, if a skin fold exists,
OUT_DIR/segmentation_fold_<uid>.npy (bool, cropped to its first fl slices; written only if
it has a voxel, as the scripts do). <uid> is the
input file name without ".npy". Prints one JSON object per line on stdout: the flags, the
per-stage events (seeds, thresholds, G0, branches taken) and the stage times.

Conventions (algorithm.md "Conventions"): arrays are [z][row][col], slice 0 = chest wall;
"label" = full connectivity, raster numbering (skimage.measure.label); "LCC" = largest
component, ties to the lowest number; "EDT" = scipy.ndimage.distance_transform_edt (the array
border is not background); watershed = skimage.segmentation.watershed(-EDT, markers, mask,
connectivity=1); erode/dilate k = scipy binary morphology with a k-wide cube, outside =
background; centres of mass truncated toward zero.
"""

import argparse
import json
import math
import os
import sys
import time

import cv2
import numpy as np
import scipy.ndimage as ndi
from skimage.measure import label as sk_label
from skimage.segmentation import watershed as sk_watershed

# ---------------------------------------------------------------------------------------------
# Constants, each quoted from algorithm.md section 2.
# ---------------------------------------------------------------------------------------------
TH_SILICONE = 130  # "Thresholds: silicone 130"
TH_BONE = 100  # "bone 100"
TH_MUSCLE = -100  # "muscle -100"
TH_SKIN = -180  # "skin -180"
TH_BREAST = -500  # "breast -500"

FOLD_FRACTION = 0.2  # 2.2 "lenfold = int(0.2 L)"
FOLD_MIN_COMPONENT = 1000  # 2.2 "components ... larger than 1000 pixels"

TIP_SEARCH = 10  # 2.3 "among the last 10 slices"
SPHERE_OFFSET = 30  # 2.3 "+ int(30 * k)"
SPHERE_RADIUS = 60  # 2.3 "radius 60" (r^2 = 3600, boundary included)
SKIN_MARKER_EDT = 15  # 2.3 "markers = label(d > 15)"
SKIN_DILATE = 7  # 2.3 "dilate 7 (skin[s])"
SKIN_B9_FROM = 0.4  # 2.3 "For slices from int(0.4 L) on"

RIB_MIN_SLICE0 = 50  # 2.4 "more than 50 voxels in slice 0"
IMPLANT_MIN_VOXELS = 150 ** 3  # 2.4 "more than 150^3 voxels, an implant is present"
RIB_EXTRA_MIN_VOXELS = 15 ** 3  # 2.4 "more than 15^3 voxels"

MUSCLE_SEED_NON_SILICONE = 80 ** 2  # 2.5 "more than 80^2 pixels"
MUSCLE_GAUSS_SIGMA = 5  # 2.5 "sigma 5 pixels, reflecting border"
MUSCLE_GAUSS_TH = -5  # 2.5 "g = smooth > -5"
MUSCLE_EXT_DILATE = 19  # 2.5 "ext = dilate 19 (si)"
MUSCLE_MIN_SLICE = 100  # 2.5 "fewer than 100 muscle voxels"
MUSCLE_DILATE = 7  # 2.5 "md = fill2(dilate 7 (muscle))"

GLAND_TH0 = -51  # 2.7 "th = -51"
GLAND_STEP = 5  # 2.7 "th -= 5"
GLAND_MAX_STEPS = 20  # 2.7 "repeat at most 20 times"

# 2.6 calibration points (HU, G)
G_POINTS_HU = (-469.0, -255.0, -41.0, 173.0)
G_POINTS_G = (-1.0, 0.0, 1.0, 2.0)

AIR, FAT, GLANDS, SKIN, MUSCLE, RIB, FOLD, IMPLANT = 0, 1, 2, 3, 4, 5, 6, 7


# ---------------------------------------------------------------------------------------------
# Logging: one JSON object per line on stdout.
# ---------------------------------------------------------------------------------------------
def emit(event, **fields):
    rec = {"event": event}
    rec.update(fields)
    print(json.dumps(rec, default=_json_default), flush=True)


def _json_default(o):
    if isinstance(o, (np.integer,)):
        return int(o)
    if isinstance(o, (np.floating,)):
        return float(o)
    if isinstance(o, np.ndarray):
        return o.tolist()
    raise TypeError(type(o))


# ---------------------------------------------------------------------------------------------
# Primitives (algorithm.md "Conventions").
# ---------------------------------------------------------------------------------------------
def label(x):
    """Full connectivity (8 in 2-D, 26 in 3-D), raster numbering; returns (labels, count)."""
    lab, n = sk_label(x, connectivity=x.ndim, background=0, return_num=True)
    return lab, n


def lcc(x):
    """Largest component (full connectivity); ties: the lowest-numbered. Empty in, empty out."""
    lab, n = label(x)
    if n == 0:
        return np.zeros(x.shape, bool)
    counts = np.bincount(lab.ravel())
    counts[0] = 0
    return lab == int(np.argmax(counts))  # argmax returns the first maximum = lowest number


def edt(x):
    """Exact EDT to the nearest zero voxel of the array; the array border is NOT background."""
    return ndi.distance_transform_edt(x)


def watershed(d, markers, mask):
    """Marker watershed on the priority image -d, 6-connectivity (4 in 2-D), FIFO ties."""
    return sk_watershed(-d, markers=markers, mask=mask, connectivity=1)


def _cube(k, ndim):
    return np.ones((k,) * ndim, dtype=bool)


def erode(x, k):
    """Binary erosion with a k-wide cube/square; outside the array counts as background."""
    return ndi.binary_erosion(x, structure=_cube(k, x.ndim), border_value=0)


def dilate(x, k):
    """Binary dilation with a k-wide cube/square; outside the array counts as background."""
    if k >= 11:
        # A cube is the product of three 1-D segments, so dilating along each axis in turn is
        # identical (also at the border: outside is background for every pass); much faster
        # than one 19^3 structuring element. Checked against the full cube in selftest.py.
        out = x
        for ax in range(x.ndim):
            shape = [1] * x.ndim
            shape[ax] = k
            out = ndi.binary_dilation(out, structure=np.ones(shape, bool), border_value=0)
        return out
    return ndi.binary_dilation(x, structure=_cube(k, x.ndim), border_value=0)


def erode3_star(x, k=5):
    """'erode3 k*': 3-D erosion, then slices 0 and 1 replaced by the 2-D erosion of that slice."""
    out = erode(x, k)
    for z in range(min(2, x.shape[0])):
        out[z] = erode(x[z], k)
    return out


_SQUARE3 = np.ones((3, 3), bool)


def fill2(x, nslices=None):
    """Per-slice hole filling with 8-connected background, on slices [0, nslices) only."""
    out = x.copy()
    n = x.shape[0] if nslices is None else min(nslices, x.shape[0])
    for z in range(n):
        out[z] = ndi.binary_fill_holes(x[z], structure=_SQUARE3)
    return out


def com_trunc(x, what):
    """Centre of mass (mean voxel coordinate), each coordinate truncated toward zero."""
    if not x.any():
        raise ValueError(f"centre of mass of an empty {what}")
    return tuple(int(c) for c in ndi.center_of_mass(x))


def slices_containing(x):
    """Number of slices (axis 0) with any set voxel."""
    return int(np.count_nonzero(x.reshape(x.shape[0], -1).any(axis=1)))


_CROSS = ndi.generate_binary_structure(2, 1)


def band_exact_slice(m, ns):
    """band(n) of a 2-D mask for each n in ns: mask pixels whose Euclidean distance to the
    nearest boundary pixel is <= n; boundary = mask pixel with a 4-neighbour outside the mask
    (outside the image counts as outside)."""
    if not m.any():
        return [np.zeros(m.shape, bool) for _ in ns]
    boundary = m & ~ndi.binary_erosion(m, structure=_CROSS, border_value=0)
    dist = ndi.distance_transform_edt(~boundary)
    return [m & (dist <= n) for n in ns]


def band_cv2_slice(m, ns, mode=cv2.RETR_LIST, approx=cv2.CHAIN_APPROX_NONE):
    """The scripts' drawing: all OpenCV contours (outer and holes), thickness 2n-1, clipped to
    the mask. Every retrieval mode finds the same contours (only the hierarchy differs)."""
    if not m.any():
        return [np.zeros(m.shape, bool) for _ in ns]
    contours, _ = cv2.findContours(m.astype(np.uint8) * 255, mode, approx)
    out = []
    for n in ns:
        canvas = np.zeros(m.shape, np.uint8)
        cv2.drawContours(canvas, contours, -1, 1, thickness=2 * n - 1)
        out.append(m & (canvas > 0))
    return out


BAND_METHODS = {
    # algorithm.md definition (default)
    "exact": band_exact_slice,
    # the drawing as algorithm.md describes it: RETR_LIST, CHAIN_APPROX_NONE
    "cv2": lambda m, ns: band_cv2_slice(m, ns, cv2.RETR_LIST, cv2.CHAIN_APPROX_NONE),
    # the same drawing with RETR_TREE and CHAIN_APPROX_SIMPLE (compressed contours)
    "cv2-simple": lambda m, ns: band_cv2_slice(m, ns, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE),
}


def bands(breast, ns, method):
    """band(n) of every slice of breast, for each n in ns; returns a list of volumes."""
    fn = BAND_METHODS[method]
    out = [np.zeros(breast.shape, bool) for _ in ns]
    for z in range(breast.shape[0]):
        for vol, b in zip(out, fn(breast[z], ns)):
            vol[z] = b
    return out


_G_GRID = np.linspace(-300.0, 0.0, num=3001, endpoint=True)


def glandularity(hu):
    """2.6 G(HU): clamp to [-300, 0], round to 0.1 HU, piecewise linear (slope 1/214).
    Clamp + round is done as the nearest value of the 0.1-HU grid on [-300, 0] (first one on
    an exact tie), which is what a "nearest grid value" lookup does."""
    h = _G_GRID[int(np.abs(_G_GRID - float(hu)).argmin())]
    return float(np.interp(h, G_POINTS_HU, G_POINTS_G))


# ---------------------------------------------------------------------------------------------
# 2.1 Breast
# ---------------------------------------------------------------------------------------------
def stage_breast(img):
    """2.1 "breast = img > -500; mask[breast] = 1"."""
    breast = img > TH_BREAST
    mask = np.zeros(img.shape, np.uint8)
    mask[breast] = FAT
    return breast, mask


# ---------------------------------------------------------------------------------------------
# 2.2 Skin fold
# ---------------------------------------------------------------------------------------------
def stage_skin_fold(breast):
    """2.2. Returns (cc, fold) where fold is a bool volume of lenfold slices or None."""
    L = breast.shape[0]
    # "cc = centre of mass of breast[0] (row, col)"
    cc = com_trunc(breast[0], "breast[0] (slice 0 has no voxel > -500)")
    # "For each of the first lenfold = int(0.2 L) slices, count the 2-D components of
    #  breast[z] larger than 1000 pixels."
    lenfold = int(FOLD_FRACTION * L)
    counts = []
    for z in range(lenfold):
        lab, n = label(breast[z])
        sizes = np.bincount(lab.ravel(), minlength=n + 1)[1:]
        counts.append(int(np.count_nonzero(sizes > FOLD_MIN_COMPONENT)))
    emit("fold_counts", cc=cc, lenfold=lenfold, counts=counts)
    # "If some slice has more than one:"
    if not counts or max(counts) <= 1:
        return cc, None
    sub = breast[0:lenfold]
    # "compute the 3-D EDT" of the sub-volume
    d = edt(sub)
    # "take the first slice s with the maximum count"
    s = int(np.argmax(counts))
    # "put its 2-D component labels (all components) as markers on slice s"
    markers = np.zeros(sub.shape, np.int32)
    markers[s] = label(breast[s])[0]
    lab = watershed(d, markers, sub)
    # "The region whose label is at (0, cc) is the breast; every other breast voxel of the
    #  sub-volume (also those no marker reaches) is fold."
    breast_label = lab[0, cc[0], cc[1]]
    fold = sub & (lab != breast_label)
    emit("fold", slice=s, breast_label=int(breast_label), voxels=int(fold.sum()))
    return cc, fold


# ---------------------------------------------------------------------------------------------
# 2.3 Skin
# ---------------------------------------------------------------------------------------------
def find_tip(breast):
    """2.3 "among the last 10 slices, the last one with any breast voxel (index bL-1)"."""
    L = breast.shape[0]
    for z in range(L - 1, max(L - TIP_SEARCH, 0) - 1, -1):
        if breast[z].any():
            return z + 1
    raise ValueError(f"no breast voxel (> {TH_BREAST} HU) in the last {TIP_SEARCH} slices "
                     f"(slices {max(L - TIP_SEARCH, 0)}..{L - 1}): the scripts' tip rule fails")


def nipple_sphere(shape, cc, bL, tip):
    """2.3 sphere: centre (L, tip.row, tip.col) + int(30 k), radius 60, boundary included."""
    L = shape[0]
    k = np.array([bL, tip[0] - cc[0], tip[1] - cc[1]], dtype=np.float64)
    k = k / np.sqrt(np.sum(k * k))
    off = [int(SPHERE_OFFSET * v) for v in k]  # component-wise truncation
    cz, cy, cx = L + off[0], tip[0] + off[1], tip[1] + off[2]
    z, y, x = np.ogrid[0:shape[0], 0:shape[1], 0:shape[2]]
    sphere = (z - cz) ** 2 + (y - cy) ** 2 + (x - cx) ** 2 <= SPHERE_RADIUS ** 2
    return sphere, (cz, cy, cx)


def stage_skin(img, breast, mask, cc, fold_exists, band_method):
    """2.3. Writes 3 into mask; returns (b3, b9)."""
    L = img.shape[0]
    bL = find_tip(breast)
    tip = com_trunc(breast[bL - 1], f"breast slice {bL - 1}")
    sphere, centre = nipple_sphere(img.shape, cc, bL, tip)
    emit("tip", bL=bL, tip=tip, sphere_centre=centre)
    # "b3 = band(3), b9 = band(9), b25 = band(25) of each slice of breast"
    b3, b9, b25 = bands(breast, (3, 9, 25), band_method)
    # "t = (img > -180 AND breast) OR b3; nipple = t AND sphere"
    t = ((img > TH_SKIN) & breast) | b3
    nipple = t & sphere
    # "inner = erode3 5*(t); inner = (inner OR b3) AND NOT sphere; ws_mask = inner OR NOT breast"
    inner = erode3_star(t, 5)
    inner = (inner | b3) & ~sphere
    ws_mask = inner | ~breast
    # "d = EDT(ws_mask); markers = label(d > 15); lab = watershed(markers, ws_mask)"
    d = edt(ws_mask)
    markers, nmark = label(d > SKIN_MARKER_EDT)
    lab = watershed(d, markers, ws_mask)
    # "skin = (lab == lab[0,0,0]) AND breast, OR b3"
    skin = ((lab == lab[0, 0, 0]) & breast) | b3
    emit("skin_watershed", markers=nmark, corner_label=int(lab[0, 0, 0]))
    del d, lab, markers, inner, ws_mask

    sh_all = np.zeros(img.shape, bool)
    b9_from = int(SKIN_B9_FROM * L)
    for s in range(L):
        # "sh = dilate 7 (skin[s]) AND t[s] OR b3[s]"
        sh = (dilate(skin[s], SKIN_DILATE) & t[s]) | b3[s]
        if sh.any():
            # "keep only the 2-D component that contains the first set pixel of the row with
            #  the most set pixels"
            row = int(np.argmax(sh.sum(axis=1)))
            col = int(np.argmax(sh[row]))
            lab2, _ = label(sh)
            sh = lab2 == lab2[row, col]
            # "any breast pixel outside the largest 2-D component of breast[s] AND NOT sh is
            #  added to sh (fills skin islands)"
            rest = lcc(breast[s] & ~sh)
            sh = sh | (breast[s] & ~rest)
            # "if no fold exists, sh = sh AND b25[s]"
            if not fold_exists:
                sh = sh & b25[s]
        # else: defect in the scripts (label 0 = background kept); we keep "no skin".
        # "For slices from int(0.4 L) on: sh = sh AND b9"
        if s >= b9_from:
            sh = sh & b9[s]
        sh_all[s] = sh
    # "sh = sh OR b3 OR nipple, restricted to mask == 1; mask[sh] = 3"
    sh_all = (sh_all | b3 | nipple) & (mask == FAT)
    mask[sh_all] = SKIN
    return b3, b9


# ---------------------------------------------------------------------------------------------
# 2.4 Ribs and silicone implant
# ---------------------------------------------------------------------------------------------
def stage_ribs_implant(img, mask, b9, implant_min_voxels, timer):
    """2.4. Writes 7 (implant) and 5 (rib) into mask. Returns a dict with passed, implant,
    c1, si (None when absent)."""
    res = {"passed": False, "implant": False, "c1": None, "si": None, "LSi": 0}
    # "t = img > 100 AND mask == 1 AND NOT b9"
    t = (img > TH_BONE) & (mask == FAT) & ~b9
    c1 = lcc(t)
    n0 = int(c1[0].sum())
    emit("rib_test", t_voxels=int(t.sum()), lcc_voxels=int(c1.sum()), lcc_slice0=n0)
    # "Only if the largest 3-D component of t has more than 50 voxels in slice 0"
    if n0 <= RIB_MIN_SLICE0:
        return res
    res["passed"] = True
    # "Lrib = number of slices that contain any voxel of t"
    Lrib = slices_containing(t)
    rib = np.zeros(img.shape, bool)
    # "If c1 has more than 150^3 voxels, an implant is present"
    if int(c1.sum()) > implant_min_voxels:
        res["implant"] = True
        t0 = time.perf_counter()
        # "si = img > 130; si = dilate 5 (LCC(erode3 5*(si))) AND si"
        si = img > TH_SILICONE
        si = dilate(lcc(erode3_star(si, 5)), 5) & si
        # "fill2 on the first LSi slices"
        LSi = slices_containing(si)
        si = fill2(si, LSi)
        mask[si] = IMPLANT
        res["si"] = si
        res["LSi"] = LSi
        timer["Silicone"] += time.perf_counter() - t0
        emit("implant", voxels=int(si.sum()), LSi=LSi)
        # "c1 = dilate 5 (LCC(erode3 5*(c1))) AND c1, fill2 on the first Lrib slices;
        #  in this case c1 itself is NOT a rib"
        c1 = dilate(lcc(erode3_star(c1, 5)), 5) & c1
        c1 = fill2(c1, Lrib)
    else:
        # "Otherwise c1 is the rib: fill2 on the first Lrib slices; rib = c1"
        c1 = fill2(c1, Lrib)
        rib = c1.copy()
    # "c2 = LCC(t AND NOT c1); if it has more than 15^3 voxels: fill2 ..., add to rib"
    c2 = lcc(t & ~c1)
    extra = []
    if int(c2.sum()) > RIB_EXTRA_MIN_VOXELS:
        c2 = fill2(c2, Lrib)
        rib |= c2
        extra.append(int(c2.sum()))
        # "then c3 = LCC(t AND NOT c1 AND NOT rib) and if more than 15^3 voxels: fill2, add"
        c3 = lcc(t & ~c1 & ~rib)
        if int(c3.sum()) > RIB_EXTRA_MIN_VOXELS:
            c3 = fill2(c3, Lrib)
            rib |= c3
            extra.append(int(c3.sum()))
    # "mask[rib] = 5"
    mask[rib] = RIB
    res["c1"] = c1
    emit("ribs", Lrib=Lrib, c1_voxels=int(c1.sum()), extra_components=extra,
         rib_voxels=int(rib.sum()))
    return res


# ---------------------------------------------------------------------------------------------
# 2.5 Pectoralis muscle
# ---------------------------------------------------------------------------------------------
def implant_in_muscle(ribs):
    """'implant present' for 2.5. An implant whose si came out empty (LSi == 0) counts as absent
    here, as in the scripts (they test LSi); then the c1[0] seed of the rib branch is used."""
    return ribs["implant"] and ribs["LSi"] > 0


def muscle_seed(img, breast, mask, ribs, gauss_int16):
    """2.5 Seed (2-D, on slice 0). Returns (seed or None, branch name)."""
    if implant_in_muscle(ribs):
        # "comp = LCC(img[0] > -100); if comp AND NOT si[0] has more than 80^2 pixels the seed
        #  is si[0], else the seed is the whole slice."
        si0 = ribs["si"][0]
        comp = lcc(img[0] > TH_MUSCLE)
        if int((comp & ~si0).sum()) > MUSCLE_SEED_NON_SILICONE:
            return si0, "implant:si0"
        return np.ones(img.shape[1:], bool), "implant:whole-slice"
    if ribs["passed"]:
        # "else, if step 2.4 got past its 'Only if' test (c1 is then the rib): c1[0]"
        return ribs["c1"][0], "rib:c1[0]"
    # "else: Gaussian-smooth img[0] (sigma 5 pixels, reflecting border)". Called on the int16
    # slice as the scripts most plausibly did: scipy then writes int16, truncating toward zero
    # after EACH of the two 1-D passes (the row pass reads the truncated column pass). The final
    # truncation does not change "> -5"; the intermediate one can (see README).
    src = img[0] if gauss_int16 else img[0].astype(np.float64)
    smooth = ndi.gaussian_filter(src, sigma=MUSCLE_GAUSS_SIGMA, mode="reflect")
    g = (smooth > MUSCLE_GAUSS_TH) & breast[0]
    if not g.any():
        return None, "gauss:empty"
    g = lcc(g)
    # "it is the seed only if none of its pixels is skin (mask[0] == 3)"
    if (mask[0][g] == SKIN).any():
        return None, "gauss:touches-skin"
    return g, "gauss"


def stage_muscle(img, breast, mask, ribs, gauss_int16=True):
    """2.5. Writes 4 into mask."""
    L = img.shape[0]
    seed, branch = muscle_seed(img, breast, mask, ribs, gauss_int16)
    if seed is None or not seed.any():
        emit("muscle", branch=branch, result="no seed, no muscle")
        return
    # "With a seed, sc = its centre of mass."
    sc = com_trunc(seed, "muscle seed on slice 0")
    # "t = img > -100; tf = fill2(t); te = fill2(erode3 5*(t)); d = EDT(tf) (3-D)"
    t = img > TH_MUSCLE
    tf = fill2(t)
    te = fill2(erode3_star(t, 5))
    d = edt(tf)
    # "On slice 0, take the positive values of d[0] sorted ascending (n of them);
    #  th = sorted[n - ceil(2n/5)]; n = 0 means no muscle"
    pos = np.sort(d[0][d[0] > 0])
    n = pos.size
    if n == 0:
        emit("muscle", branch=branch, sc=sc, result="d[0] has no positive value, no muscle")
        return
    th = float(pos[n - math.ceil(2 * n / 5)])
    # "markers on slice 0 = 2-D labels of d[0] > th"
    markers = np.zeros(img.shape, np.int32)
    markers[0], nmark = label(d[0] > th)
    if implant_in_muscle(ribs):
        # "ext = dilate 19 (si), with the first floor(L/5) slices set entirely;
        #  d = d * ext; te = te AND ext"
        ext = dilate(ribs["si"], MUSCLE_EXT_DILATE)
        ext[: L // 5] = True
        d = d * ext
        te = te & ext
    # "lab = watershed(markers, te); muscle = lab == lab[0, sc]"
    lab = watershed(d, markers, te)
    sc_label = int(lab[0, sc[0], sc[1]])
    if sc_label == 0:
        # Defect in the scripts (label 0 picked); we report no muscle instead.
        emit("muscle", branch=branch, sc=sc, th=th, markers=nmark,
             result="voxel (0, sc) is background of the watershed: no muscle "
                    "(the scripts would take every other voxel)")
        return
    muscle = lab == sc_label
    del lab
    # "Walk the slices that contain muscle from 0: at the first one with fewer than 100
    #  muscle voxels, clear it and all later slices."
    cut = None
    for z in range(L):
        cnt = int(muscle[z].sum())
        if cnt == 0:
            break  # muscle slices are contiguous from 0 (6-connected flood from slice 0)
        if cnt < MUSCLE_MIN_SLICE:
            muscle[z:] = False
            cut = z
            break
    # "md = fill2(dilate 7 (muscle)) AND tf"
    md = fill2(dilate(muscle, MUSCLE_DILATE)) & tf
    # "keep the 3-D component (full connectivity) that contains (0, sc)"
    labm, _ = label(md)
    lm = labm[0, sc[0], sc[1]]
    if lm == 0:
        emit("muscle", branch=branch, sc=sc, th=th, markers=nmark, cut_at=cut,
             result="(0, sc) not in the dilated muscle: no muscle")
        return
    md = labm == lm
    # "if step 2.4 got past its 'Only if' test, restrict md to mask == 1; otherwise do not
    #  restrict it"
    if ribs["passed"]:
        md &= mask == FAT
    mask[md] = MUSCLE
    emit("muscle", branch=branch, sc=sc, th=th, markers=nmark, cut_at=cut,
         restricted=ribs["passed"], voxels=int(md.sum()))


# ---------------------------------------------------------------------------------------------
# 2.6 Breast density estimate
# ---------------------------------------------------------------------------------------------
def stage_density(img, mask):
    """2.6 "meanHU = mean HU of voxels with mask == 1"; G0 = G(meanHU)."""
    sel = mask == FAT
    if not sel.any():
        raise ValueError("no fat/breast voxel (mask == 1) left for the density estimate")
    mean_hu = float(img[sel].astype(np.float64).mean())
    g0 = glandularity(mean_hu)
    emit("density", meanHU=mean_hu, G0=g0)
    return g0


# ---------------------------------------------------------------------------------------------
# 2.7 Glands
# ---------------------------------------------------------------------------------------------
def first_voxels(lab):
    """Flat index of the raster-first voxel of each component (labels 1..n)."""
    flat = lab.ravel()
    labels, idx = np.unique(flat, return_index=True)
    return idx[labels != 0]


def stage_glands(img, mask, g0, scripts_rule):
    """2.7. Writes 2 into mask."""
    sel = mask == FAT
    N = int(sel.sum())
    # "tis = img where mask == 1, else -1024"
    tis = np.where(sel, img, np.int16(-1024))
    th = GLAND_TH0
    if not (tis >= th).any():
        emit("glands", result="no voxel >= -51: no glands")
        return
    # "Seeds: the first voxel of each 3-D component of tis >= -51"
    lab0, n0 = label(tis >= th)
    seeds = first_voxels(lab0)
    del lab0
    # "rec = [-51]; th = -51; repeat at most 20 times: th -= 5; rec.append(th);
    #  if count(tis >= th) / N > G0: stop"
    rec = [th]
    for _ in range(GLAND_MAX_STEPS):
        th -= GLAND_STEP
        rec.append(th)
        if np.count_nonzero(tis >= th) / N > g0:
            break
    thA, thB = rec[-2], rec[-1]
    labA, _ = label(tis >= thA)
    labB, _ = label(tis >= thB)
    fa, fb = labA.ravel(), labB.ravel()
    # Candidate A: components of tis >= thA that contain a seed.
    numsA = np.unique(fa[seeds])
    candA = np.isin(labA, numsA[numsA != 0])
    # Candidate B: components of tis >= thB that contain a seed (intended rule), or, with the
    # scripts' defect, every labB number in {labB[v]} U {labA[v]} over the seeds.
    numsB = np.unique(fb[seeds])
    if scripts_rule:
        numsB = np.union1d(numsB, numsA)
    candB = np.isin(labB, numsB[numsB != 0])
    fA = int(candA.sum()) / N
    fB = int(candB.sum()) / N
    # "Keep whichever of A, B has count / N closer to G0 (A on a tie)"
    keep_a = abs(fA - g0) <= abs(fB - g0)
    kept = candA if keep_a else candB
    mask[kept] = GLANDS
    emit("glands", seeds=int(n0), N=N, rec=rec, thA=thA, thB=thB, fracA=fA, fracB=fB,
         kept="A" if keep_a else "B", rule="scripts" if scripts_rule else "intended",
         voxels=int(kept.sum()))


# ---------------------------------------------------------------------------------------------
# Whole pipeline
# ---------------------------------------------------------------------------------------------
STAGES = ("Total", "Glands", "Skin", "Muscle", "Rib", "Fold", "Silicone")


def segment(img, scripts_gland_rule=False, band_method="exact",
            implant_min_voxels=IMPLANT_MIN_VOXELS, gauss_int16=True):
    """Section 2 on an int16 HU volume [z][row][col]. Returns (mask uint8, fold bool or None
    (cropped to its first fl slices), stage times dict)."""
    if img.ndim != 3:
        raise ValueError(f"expected a 3-D volume, got shape {img.shape}")
    timer = {k: 0.0 for k in STAGES}
    t_total = time.perf_counter()

    breast, mask = stage_breast(img)  # 2.1

    t0 = time.perf_counter()
    cc, fold = stage_skin_fold(breast)  # 2.2
    timer["Fold"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    b3, b9 = stage_skin(img, breast, mask, cc, fold is not None, band_method)  # 2.3
    timer["Skin"] = time.perf_counter() - t0
    del b3

    t0 = time.perf_counter()
    ribs = stage_ribs_implant(img, mask, b9, implant_min_voxels, timer)  # 2.4
    timer["Rib"] = time.perf_counter() - t0 - timer["Silicone"]

    t0 = time.perf_counter()
    stage_muscle(img, breast, mask, ribs, gauss_int16)  # 2.5
    timer["Muscle"] = time.perf_counter() - t0

    t0 = time.perf_counter()
    g0 = stage_density(img, mask)  # 2.6
    stage_glands(img, mask, g0, scripts_gland_rule)  # 2.7
    timer["Glands"] = time.perf_counter() - t0

    if fold is not None:
        fl = slices_containing(fold)  # "fl = number of slices containing fold voxels"
        fold = fold[:fl]
    timer["Total"] = time.perf_counter() - t_total
    return mask, fold, timer


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("input", help="HU volume, int16 .npy, [z][row][col]")
    ap.add_argument("out_dir")
    ap.add_argument("--scripts-gland-rule", action="store_true",
                    help="reproduce the scripts' candidate-B defect (labA numbers)")
    ap.add_argument("--band", choices=tuple(BAND_METHODS), default="exact",
                    help="band(n): exact distance definition (default), cv2 drawing "
                         "(RETR_LIST, CHAIN_APPROX_NONE) or cv2-simple (RETR_TREE, "
                         "CHAIN_APPROX_SIMPLE)")
    ap.add_argument("--gauss-float", action="store_true",
                    help="smooth slice 0 in float64 instead of on the int16 slice (2.5 seed)")
    ap.add_argument("--implant-min-voxels", type=int, default=IMPLANT_MIN_VOXELS,
                    help="implant size threshold (default 150^3; smaller for test volumes)")
    a = ap.parse_args(argv)

    img = np.load(a.input)
    if img.dtype != np.int16:
        emit("warning", message=f"{a.input}: dtype {img.dtype}, converting to int16")
        img = img.astype(np.int16)
    uid = os.path.basename(a.input)
    if uid.endswith(".npy"):
        uid = uid[:-4]
    emit("flags", input=a.input, uid=uid, shape=list(img.shape),
         scripts_gland_rule=a.scripts_gland_rule, band=a.band,
         implant_min_voxels=a.implant_min_voxels, gauss_int16=not a.gauss_float)
    mask, fold, timer = segment(img, a.scripts_gland_rule, a.band, a.implant_min_voxels,
                                not a.gauss_float)
    os.makedirs(a.out_dir, exist_ok=True)
    np.save(os.path.join(a.out_dir, f"segmentation_{uid}.npy"), mask)
    if fold is not None and fold.any():  # the scripts save it only if it has a voxel
        np.save(os.path.join(a.out_dir, f"segmentation_fold_{uid}.npy"), fold)
    counts = np.bincount(mask.ravel(), minlength=10)
    emit("labels", counts={str(i): int(c) for i, c in enumerate(counts) if c},
         fold_slices=None if fold is None else int(fold.shape[0]))
    emit("times", **{k: round(v, 3) for k, v in timer.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
