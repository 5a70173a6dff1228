#!/usr/bin/python3
"""Generates the scipy / scikit-image oracle fixtures for org.breastct.imaging tests.

Run from this directory with Debian's /usr/bin/python3 (numpy 1.24, scipy 1.10, skimage 0.19):
    /usr/bin/python3 gen_fixtures.py
Writes gaussian_fixture.txt and watershed_fixture.txt (plain text, whitespace separated, so the
Java tests need no numpy). Fixed seeds: the output is reproducible.
"""
import numpy as np
from scipy import ndimage as ndi
from scipy.ndimage._filters import _gaussian_kernel1d
from skimage.segmentation import watershed


def ints(a):
    return " ".join(str(int(v)) for v in np.asarray(a).ravel())


def gaussian_cases():
    rng = np.random.default_rng(20261125)
    cases = []
    # random HU-like image, the pipeline's sigma
    cases.append((rng.integers(-1024, 1500, (37, 41)).astype(np.int16), 5.0))
    # smooth image with a step: many sums near integers
    yy, xx = np.mgrid[0:30, 0:34]
    disc = np.where((yy - 14) ** 2 + (xx - 17) ** 2 < 100, 40, -1024).astype(np.int16)
    cases.append((disc, 5.0))
    # lines shorter than the radius: repeated reflection
    cases.append((rng.integers(-50, 50, (7, 9)).astype(np.int16), 5.0))
    cases.append((rng.integers(-1024, 1024, (12, 15)).astype(np.int16), 1.3))
    cases.append((rng.integers(-300, 300, (25, 20)).astype(np.int16), 2.5))
    cases.append((rng.integers(-1024, 1024, (1, 6)).astype(np.int16), 0.7))
    lines = []
    for img, sigma in cases:
        out = ndi.gaussian_filter(img, sigma)
        assert out.dtype == np.int16
        r = int(4.0 * sigma + 0.5)
        w = _gaussian_kernel1d(sigma, 0, r)
        lines.append("case %d %d %r" % (img.shape[0], img.shape[1], sigma))
        lines.append("weights " + " ".join(float(v).hex() for v in w[r:]))
        lines.append("input " + ints(img))
        lines.append("output " + ints(out))
    with open("gaussian_fixture.txt", "w") as f:
        f.write("\n".join(lines) + "\n")


def watershed_cases():
    rng = np.random.default_rng(7)
    cases = []
    for k in range(24):
        shape = (4, 5, 6) if k % 2 == 0 else (1, 7, 8)
        conn = 1 if k % 4 < 2 else (3 if shape[0] > 1 else 2)
        prio = rng.integers(0, 4 if k < 12 else 40, shape)
        mask = rng.random(shape) < 0.85
        markers = np.zeros(shape, np.int32)
        idx = rng.choice(prio.size, size=4, replace=False)
        markers.flat[idx] = rng.integers(1, 4, 4)
        distinct = k >= 12
        if distinct:  # distinct marker priorities: FIFO and skimage's heap agree
            prio.flat[idx] = -1000 + 7 * np.arange(4)
        cases.append((prio, markers, mask, conn, distinct))
    # EDT case: two overlapping discs split along the neck
    yy, xx = np.mgrid[0:20, 0:24]
    fg = ((yy - 9) ** 2 + (xx - 7) ** 2 < 36) | ((yy - 10) ** 2 + (xx - 16) ** 2 < 30)
    d2 = np.rint(ndi.distance_transform_edt(fg) ** 2).astype(np.int64)
    markers = ndi.label(d2 > 20, structure=np.ones((3, 3)))[0].astype(np.int32)
    cases.append(((-d2)[None], markers[None], fg[None], 1, False))
    lines = []
    for prio, markers, mask, conn, distinct in cases:
        img = prio.astype(np.float64)
        if prio.shape[0] == 1:
            out = watershed(img[0], markers[0], connectivity=conn, mask=mask[0])[None]
            conn_name = "FACE" if conn == 1 else "FULL"
        else:
            out = watershed(img, markers, connectivity=conn, mask=mask)
            conn_name = "FACE" if conn == 1 else "FULL"
        lines.append("case %d %d %d %s %s" % (prio.shape + (conn_name, "distinct" if distinct else "ties")))
        lines.append("priority " + ints(prio))
        lines.append("markers " + ints(markers))
        lines.append("mask " + ints(mask.astype(np.int32)))
        lines.append("expected " + ints(out))
    with open("watershed_fixture.txt", "w") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    gaussian_cases()
    watershed_cases()
