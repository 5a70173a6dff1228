#!/usr/bin/python3
"""Synthetic breast-CT-like int16 HU volume for exercising reference_segment.py.

Stand-in until the Java phantom generator exists. Geometry ([z][row][col], slice 0 = chest
wall, 0.3 mm voxels implied; all sizes in voxels):
- breast: half-ellipsoid on the chest wall, largest cross-section at slice 0, tip (nipple) a
  few slices before the last slice; fat -255 HU;
- skin: ~0 HU, the breast voxels within `--skin` (default 6) voxels of the outside in 3-D
  (the chest-wall side z < 0 is not outside);
- glands: smooth random blobs, -41..0 HU, away from the chest wall and the skin;
- optional pectoralis muscle (+40 HU): a lens on the first slices, centred in the disc;
- optional ribs (+300 HU): three half-cylinders along the columns on the first slices;
- optional silicone implant (+250 HU): half-ellipsoid on the chest wall;
- optional skin fold: an abdominal-wall lobe under the breast on the first ~10 % of the
  slices, joined to it by a thin bridge on slices 0..2 only;
- fat HU settable (--fat): a low fat HU lowers G0 so that the gland threshold search of 2.7
  stops early;
- air -1024; optional partial-volume blur of the tissue (--blur sigma); Gaussian noise
  (default sigma 20 HU) on tissue, none on air.

Usage: python3 make_test_breast.py OUT.npy [--shape 100 256 256] [--muscle] [--ribs]
       [--implant] [--fold] [--seed 1] [--noise 20] [--skin 6]
       [--rib-rows -0.16 0.02 0.20] [--rib-half-width 0.27] [--blur 0] [--fat -255]
"""

import argparse

import numpy as np
import scipy.ndimage as ndi

HU_AIR, HU_FAT, HU_SKIN, HU_MUSCLE, HU_RIB, HU_SILICONE = -1024, -255, 0, 40, 300, 250


def ellipsoid(shape, centre, radii):
    z, y, x = np.ogrid[0:shape[0], 0:shape[1], 0:shape[2]]
    return (((z - centre[0]) / radii[0]) ** 2 + ((y - centre[1]) / radii[1]) ** 2
            + ((x - centre[2]) / radii[2]) ** 2) <= 1.0


def make(shape=(100, 256, 256), muscle=False, ribs=False, implant=False, fold=False,
         seed=1, noise=20.0, skin=6, rib_rows=(-0.16, 0.02, 0.20), rib_half_width=0.27,
         blur=0.0, fat=HU_FAT):
    nz, ny, nx = shape
    rng = np.random.default_rng(seed)
    cy, cx = (int(0.43 * ny), nx // 2) if fold else (ny // 2, nx // 2)
    ry, rx = 0.35 * ny, 0.41 * nx
    tip = nz - 4  # last breast slice is a few slices before the end
    body = ellipsoid(shape, (0, cy, cx), (tip + 0.5, ry, rx))
    if fold:
        # abdominal skin fold under the breast: a lobe 3 voxels below the breast, joined to it
        # by a thin bridge on slices 0..2 only, so that the watershed of 2.2 has to split it
        lry = 0.08 * ny
        fy = cy + ry + lry + 3
        body |= ellipsoid(shape, (0, fy, cx), (0.1 * nz, lry, 0.23 * nx))
        body[0:3, int(cy + ry) - 4:int(fy - lry) + 4, cx - 10:cx + 11] = True
    # 3-D depth below the surface; the chest wall (z < 0) is not outside: pad with copies
    pad = skin + 2
    padded = np.concatenate([np.repeat(body[:1], pad, axis=0), body], axis=0)
    depth = ndi.distance_transform_edt(padded)[pad:]

    img = np.full(shape, fat, np.float32)
    img[~body] = HU_AIR
    img[body & (depth <= skin)] = HU_SKIN

    # glands: thresholded smooth noise, -41..0 HU, well inside, from slice 0.25 nz on
    field = ndi.gaussian_filter(rng.standard_normal(shape).astype(np.float32), sigma=6)
    field /= field.std()
    z = np.arange(nz)[:, None, None]
    gl = (field > 0.8) & (depth > skin + 4) & (z >= int(0.25 * nz)) & (z < tip - 6)
    img[gl] = -41 + 41 * np.clip((field[gl] - 0.8) / 1.5, 0, 1)

    if muscle:
        # pectoralis: lens on the first ~12 % of the slices, radius ~0.33 nx at slice 0
        m = ellipsoid(shape, (0, cy, cx), (0.12 * nz, 0.30 * ny, 0.33 * nx)) & body
        m &= depth > skin + 3
        img[m] = HU_MUSCLE
    if implant:
        imp = ellipsoid(shape, (0, cy, cx), (0.35 * nz, 0.24 * ny, 0.27 * nx)) & body
        img[imp] = HU_SILICONE
    if ribs:
        zz, yy, xx = np.ogrid[0:nz, 0:ny, 0:nx]
        for dy in rib_rows:
            ry0 = cy + dy * ny
            r = (((zz / 7.0) ** 2 + ((yy - ry0) / 6.0) ** 2 <= 1.0)
                 & (np.abs(xx - cx) < rib_half_width * nx))
            img[r & body & (depth > skin + 4)] = HU_RIB

    if blur > 0:
        # partial-volume blur of the tissue only (air stays -1024 outside the body)
        body_img = np.where(body, img, fat).astype(np.float32)
        img = np.where(body, ndi.gaussian_filter(body_img, sigma=blur), img)
    tissue = img > HU_AIR
    img[tissue] += rng.normal(0.0, noise, size=int(tissue.sum())).astype(np.float32)
    return np.clip(np.rint(img), -1024, 3000).astype(np.int16)


def main():
    ap = argparse.ArgumentParser(description="synthetic breast-CT-like int16 volume")
    ap.add_argument("out")
    ap.add_argument("--shape", type=int, nargs=3, default=(100, 256, 256))
    ap.add_argument("--muscle", action="store_true")
    ap.add_argument("--ribs", action="store_true")
    ap.add_argument("--implant", action="store_true")
    ap.add_argument("--fold", action="store_true")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--noise", type=float, default=20.0)
    ap.add_argument("--skin", type=int, default=6)
    ap.add_argument("--rib-rows", type=float, nargs="+", default=[-0.16, 0.02, 0.20],
                    help="rib centre rows as offsets from the disc centre, in units of rows")
    ap.add_argument("--rib-half-width", type=float, default=0.27,
                    help="rib half length along the columns, in units of columns")
    ap.add_argument("--blur", type=float, default=0.0,
                    help="Gaussian partial-volume blur of the tissue (sigma, voxels)")
    ap.add_argument("--fat", type=float, default=HU_FAT, help="fat HU (default -255)")
    a = ap.parse_args()
    img = make(tuple(a.shape), a.muscle, a.ribs, a.implant, a.fold, a.seed, a.noise, a.skin,
               tuple(a.rib_rows), a.rib_half_width, a.blur, a.fat)
    np.save(a.out, img)
    print(f"{a.out}: shape {img.shape} int16, HU range [{img.min()}, {img.max()}]")


if __name__ == "__main__":
    main()
