#!/usr/bin/python3
"""Compare two label volumes (e.g. Java engine vs reference_segment.py).

Usage: python3 compare.py A.npy B.npy [--image IMG.npy] [--top 10]

Prints, for labels present in either volume: voxel counts in A and B and the Dice
coefficient 2|A=l & B=l| / (|A=l| + |B=l|); the number of differing voxels; the slices with the
most differing voxels (and which label pairs differ there); and, with the HU image, HU_G and
Seg_G of both volumes and the representative-plane tip, per docs/method.md section 3.
Bool volumes (fold volumes) are compared as labels 0/1. If the shapes differ only in the
number of slices, the common first slices are compared and the difference is reported.
Always exits 0: it is a report, not a test.
"""

import argparse
import sys

import numpy as np
import scipy.ndimage as ndi

# docs/method.md 2.6 calibration points
G_POINTS_HU = (-469.0, -255.0, -41.0, 173.0)
G_POINTS_G = (-1.0, 0.0, 1.0, 2.0)
NAMES = {0: "air", 1: "fat", 2: "glands", 3: "skin", 4: "muscle", 5: "rib", 6: "fold",
         7: "implant", 8: "unused", 9: "cylinder"}


_G_GRID = np.linspace(-300.0, 0.0, num=3001, endpoint=True)


def glandularity(hu):
    """G(HU): clamp to [-300, 0], round to 0.1 HU (nearest value of the 0.1-HU grid, first on
    an exact tie), piecewise linear (slope 1/214)."""
    h = _G_GRID[int(np.abs(_G_GRID - float(hu)).argmin())]
    return float(np.interp(h, G_POINTS_HU, G_POINTS_G))


def section3(img, seg):
    """HU_G, Seg_G and the tip/planes of docs/method.md section 3 for one label volume."""
    tissue = (seg == 1) | (seg == 2)
    nt = int(tissue.sum())
    out = {"tissue_voxels": nt}
    if nt == 0:
        out.update(HU_G=float("nan"), Seg_G=float("nan"))
    else:
        out["HU_G"] = glandularity(img[tissue].astype(np.float64).mean())
        out["Seg_G"] = int((seg == 2).sum()) / nt
    # "Tip: last non-empty slice of mask != 0 among the last 50; centre of mass (row, col)."
    L = seg.shape[0]
    tip = None
    for z in range(L - 1, max(L - 50, 0) - 1, -1):
        if (seg[z] != 0).any():
            tip = (z, tuple(int(c) for c in ndi.center_of_mass(seg[z] != 0)))
            break
    out["tip"] = tip
    return out


def load_labels(path):
    """Returns (labels as uint8-compatible array, True if the file held a bool volume)."""
    a = np.load(path)
    if a.dtype == bool:
        return a.astype(np.uint8), True
    return a, False


def main(argv=None):
    ap = argparse.ArgumentParser(description="compare two label volumes")
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--image", help="HU volume for HU_G / Seg_G (docs/method.md section 3)")
    ap.add_argument("--top", type=int, default=10, help="how many worst slices to list")
    args = ap.parse_args(argv)
    try:
        report(args)
    except Exception as e:  # a report never fails the caller
        print(f"compare.py: could not finish the report: {type(e).__name__}: {e}")
    return 0


def report(args):
    (a, abool), (b, bbool) = load_labels(args.a), load_labels(args.b)
    names = {0: "outside", 1: "fold"} if abool and bbool else NAMES
    print(f"A: {args.a}  shape {a.shape} {a.dtype}")
    print(f"B: {args.b}  shape {b.shape} {b.dtype}")
    if a.shape != b.shape:
        if a.ndim == b.ndim and a.shape[1:] == b.shape[1:]:
            n = min(a.shape[0], b.shape[0])
            print(f"SHAPES DIFFER in the number of slices; comparing the first {n} slices; "
                  f"the extra slices hold {int(np.count_nonzero(a[n:]))} non-zero voxels in A, "
                  f"{int(np.count_nonzero(b[n:]))} in B")
            a, b = a[:n], b[:n]
        else:
            print("SHAPES DIFFER; no voxel comparison possible")
            return
    ca = np.bincount(a.ravel().astype(np.int64), minlength=10)
    cb = np.bincount(b.ravel().astype(np.int64), minlength=10)
    n = max(len(ca), len(cb))
    ca = np.pad(ca, (0, n - len(ca)))
    cb = np.pad(cb, (0, n - len(cb)))
    print(f"{'label':>5} {'name':<9} {'count A':>12} {'count B':>12} {'A-B':>10} {'Dice':>8}")
    for lab in range(n):
        if ca[lab] == 0 and cb[lab] == 0:
            continue
        inter = int(np.count_nonzero((a == lab) & (b == lab)))
        dice = 2.0 * inter / (ca[lab] + cb[lab])
        print(f"{lab:>5} {names.get(lab, '?'):<9} {ca[lab]:>12} {cb[lab]:>12} "
              f"{int(ca[lab]) - int(cb[lab]):>10} {dice:>8.5f}")
    diff = a != b
    nd = int(diff.sum())
    print(f"differing voxels: {nd} of {a.size} ({100.0 * nd / a.size:.4f} %)")
    if nd and a.ndim == 3:
        per = diff.reshape(a.shape[0], -1).sum(axis=1)
        order = np.argsort(-per, kind="stable")[: args.top]
        print(f"slices differing most (slice: voxels; A->B label pairs):")
        for z in order:
            if per[z] == 0:
                break
            pairs, cnt = np.unique(np.stack([a[z][diff[z]], b[z][diff[z]]], 1), axis=0,
                                   return_counts=True)
            top = sorted(zip(cnt.tolist(), [tuple(p) for p in pairs.tolist()]), reverse=True)[:4]
            desc = ", ".join(f"{p[0]}->{p[1]}: {c}" for c, p in top)
            print(f"  {int(z):>4}: {int(per[z]):>8}   {desc}")
        zs = np.nonzero(per)[0]
        print(f"differences span slices {int(zs[0])}..{int(zs[-1])} "
              f"({len(zs)} slices)")
    if args.image:
        img = np.load(args.image)
        if img.shape != a.shape:
            print(f"image shape {img.shape} != label shape {a.shape}; no section-3 values")
            return
        for name, seg in (("A", a), ("B", b)):
            s = section3(img, seg)
            print(f"{name}: HU_G {s['HU_G']:.4f}  Seg_G {s['Seg_G']:.4f}  "
                  f"tissue {s['tissue_voxels']}  tip (slice, (row, col)) {s['tip']}")


if __name__ == "__main__":
    sys.exit(main())
