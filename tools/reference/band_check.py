#!/usr/bin/python3
"""How much the band(n) variants differ on real slices (algorithm.md "Conventions", band(n)).

Usage: python3 band_check.py [IMG.npy ...] [--random K] [--n 3 9 25] [--every 1]

For every n and every non-empty slice of breast = img > -500 compares, against the exact
definition (distance to the nearest 4-boundary pixel <= n):
  cv2_list   all contours, cv2.RETR_LIST,  CHAIN_APPROX_NONE, thickness 2n-1, clipped to the mask
  cv2_ccomp  the same with cv2.RETR_CCOMP
  cv2_simple the same with cv2.RETR_TREE and CHAIN_APPROX_SIMPLE (compressed contour points)
  edt        "EDT of the mask <= n" (scipy EDT, border not background)
--random K adds K random blobby 256x256 masks with holes, islands and thin parts (fixed seed:
smoothed noise, thresholded), much harder than breast slices.
Prints, per n and variant: the number of slices where it differs at all, the differing pixels
and the agreement |A & B| / |A | B| in percent, summed over all slices.
"""

import argparse

import cv2
import numpy as np
import scipy.ndimage as ndi

from reference_segment import TH_BREAST, band_cv2_slice, band_exact_slice


def edt_band(m, ns):
    d = ndi.distance_transform_edt(m)
    return [m & (d <= n) for n in ns]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("images", nargs="*")
    ap.add_argument("--random", type=int, default=0, help="add K random blobby masks")
    ap.add_argument("--n", type=int, nargs="+", default=[3, 9, 25])
    ap.add_argument("--every", type=int, default=1, help="use every k-th slice")
    a = ap.parse_args()
    ns = a.n
    variants = {
        "cv2_list": lambda m: band_cv2_slice(m, ns, cv2.RETR_LIST),
        "cv2_ccomp": lambda m: band_cv2_slice(m, ns, cv2.RETR_CCOMP),
        "cv2_simple": lambda m: band_cv2_slice(m, ns, cv2.RETR_TREE, cv2.CHAIN_APPROX_SIMPLE),
        "edt": lambda m: edt_band(m, ns),
    }
    # stats[variant][n] = [slices differing, differing pixels, intersection, union]
    stats = {v: {n: [0, 0, 0, 0] for n in ns} for v in variants}
    nslices = 0
    vols = [np.load(p) > TH_BREAST for p in a.images]
    if a.random:
        rng = np.random.default_rng(12345)
        f = ndi.gaussian_filter(rng.standard_normal((a.random, 256, 256)), sigma=(0, 8, 8))
        vols.append(f > 0.2 * f.std())
    for breast in vols:
        for z in range(0, breast.shape[0], a.every):
            m = breast[z]
            if not m.any():
                continue
            nslices += 1
            ref = band_exact_slice(m, ns)
            for v, fn in variants.items():
                for n, r, b in zip(ns, ref, fn(m)):
                    d = int(np.count_nonzero(r ^ b))
                    st = stats[v][n]
                    st[0] += d > 0
                    st[1] += d
                    st[2] += int(np.count_nonzero(r & b))
                    st[3] += int(np.count_nonzero(r | b))
    print(f"{nslices} slices from {len(a.images)} volume(s) + {a.random} random masks; "
          f"reference = exact definition")
    print(f"{'variant':<10} {'n':>3} {'slices differing':>17} {'pixels differing':>17} "
          f"{'agreement %':>12}")
    for v in variants:
        for n in ns:
            sd, pd, inter, union = stats[v][n]
            agree = 100.0 * inter / union if union else 100.0
            print(f"{v:<10} {n:>3} {sd:>17} {pd:>17} {agree:>12.4f}")


if __name__ == "__main__":
    main()
