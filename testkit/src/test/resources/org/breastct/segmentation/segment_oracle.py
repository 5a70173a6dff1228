#!/usr/bin/env python3
"""Independent oracle for the segmentation of algorithm.md section 2 (used to make test fixtures).

Written from algorithm.md alone with scipy / scikit-image primitives (not a copy of the authors'
scripts, and not a translation of the Java engine's primitives): EDT = scipy distance_transform_edt,
labelling = scipy.ndimage.label with a full 3x3(x3) structure, watershed = skimage 0.19
segmentation.watershed(connectivity=1), erosion/dilation = scipy binary_erosion/dilation with box
structures (border_value 0), Gaussian = scipy gaussian_filter on int16.

Usage: segment_oracle.py image.npy labels_out.npy [fold_out.npy] [--scripts-gland-rule]
       [--implant-min N] [--extra-rib-min N]
Needs numpy, scipy and scikit-image (only to regenerate fixtures; the Java tests do not run it).
"""
import sys
import numpy as np
from scipy import ndimage as ndi
from skimage.segmentation import watershed

SI, BONE, MUS, SKIN, BREAST = 130, 100, -100, -180, -500


def full(ndim):
    return np.ones((3,) * ndim, bool)


def label(m):
    return ndi.label(m, structure=full(m.ndim))


def lcc(m):
    lab, n = label(m)
    if n == 0:
        return np.zeros_like(m, bool)
    sizes = np.bincount(lab.ravel())[1:]
    return lab == (int(np.argmax(sizes)) + 1)


def com(m2):
    ys, xs = np.nonzero(m2)
    return int(ys.mean()), int(xs.mean())


def erode(m, k):
    return ndi.binary_erosion(m, structure=np.ones((k,) * m.ndim, bool), border_value=0)


def dilate(m, k):
    return ndi.binary_dilation(m, structure=np.ones((k,) * m.ndim, bool))


def erode3star(m, k=5):
    e = erode(m, k)
    for z in range(min(2, m.shape[0])):
        e[z] = erode(m[z], k)
    return e


def fill2(m, n=None):
    m = m.copy()
    n = m.shape[0] if n is None else n
    for z in range(min(n, m.shape[0])):
        bg, _ = label(~m[z])
        border = np.unique(np.concatenate([bg[0], bg[-1], bg[:, 0], bg[:, -1]]))
        m[z] |= (bg > 0) & ~np.isin(bg, border)
    return m


def band(m, n):
    out = np.zeros_like(m, bool)
    for z in range(m.shape[0]):
        s = m[z]
        p = np.pad(s, 1)
        inner = p[1:-1, 1:-1] & p[:-2, 1:-1] & p[2:, 1:-1] & p[1:-1, :-2] & p[1:-1, 2:]
        boundary = s & ~inner
        if boundary.any():
            out[z] = s & (ndi.distance_transform_edt(~boundary) <= n)
    return out


def ws(edt, markers, mask):
    return watershed(-edt, markers, mask=mask, connectivity=1)


def G(hu):
    hu = round(min(0.0, max(-300.0, hu)), 1)
    return float(np.interp(hu, [-469, -255, -41, 173], [-1, 0, 1, 2]))


def segment(img, scripts_rule=False, implant_min=150 ** 3, extra_min=15 ** 3):
    L = img.shape[0]
    mask = np.zeros(img.shape, np.uint8)
    breast = img > BREAST
    mask[breast] = 1
    # 2.2
    cc = com(breast[0])
    lenfold = int(0.2 * L)
    counts = []
    for z in range(lenfold):
        lab, n = label(breast[z])
        counts.append(int((np.bincount(lab.ravel())[1:] > 1000).sum()) if n else 0)
    fold = None
    if counts and max(counts) > 1:
        sub = breast[:lenfold]
        s = counts.index(max(counts))
        markers = np.zeros(sub.shape, np.int32)
        markers[s] = label(breast[s])[0]
        lab = ws(ndi.distance_transform_edt(sub), markers, sub)
        f = sub & (lab != lab[0, cc[0], cc[1]])
        fl = int(f.any(axis=(1, 2)).sum())
        fold = f[:fl]
    # 2.3
    last = [z for z in range(max(0, L - 10), L) if breast[z].any()]
    if not last:
        last = [z for z in range(L) if breast[z].any()]
    bL = last[-1] + 1
    tip = com(breast[bL - 1])
    k = np.array([bL, tip[0] - cc[0], tip[1] - cc[1]], float)
    k /= np.linalg.norm(k)
    c = np.array([L, tip[0], tip[1]]) + (30 * k).astype(int)
    zz, yy, xx = np.ogrid[:img.shape[0], :img.shape[1], :img.shape[2]]
    sphere = (zz - c[0]) ** 2 + (yy - c[1]) ** 2 + (xx - c[2]) ** 2 <= 3600
    b3, b9, b25 = band(breast, 3), band(breast, 9), band(breast, 25)
    t = ((img > SKIN) & breast) | b3
    nipple = t & sphere
    inner = erode3star(t)
    inner = (inner | b3) & ~sphere
    wsm = inner | ~breast
    d = ndi.distance_transform_edt(wsm)
    lab = ws(d, label(d > 15)[0], wsm)
    skin = ((lab == lab[0, 0, 0]) & breast) | b3
    for z in range(L):
        sh = (dilate(skin[z], 7) & t[z]) | b3[z]
        if sh.any():
            row = int(np.argmax(sh.sum(axis=1)))
            col = int(np.argmax(sh[row]))
            lab2 = label(sh)[0]
            sh = lab2 == lab2[row, col]
        rest = lcc(breast[z] & ~sh)
        sh = sh | (breast[z] & ~rest)
        if fold is None:
            sh = sh & b25[z]
        if z >= int(0.4 * L):
            sh = sh & b9[z]
        sh = (sh | b3[z] | nipple[z]) & (mask[z] == 1)
        mask[z][sh] = 3
    # 2.4
    t = (img > BONE) & (mask == 1) & ~b9
    lab, n = label(t)
    passed = implant = False
    si = c1 = None
    if n:
        big = int(np.argmax(np.bincount(lab.ravel())[1:])) + 1
        passed = int((lab[0] == big).sum()) > 50
    if passed:
        lrib = int(t.any(axis=(1, 2)).sum())
        c1 = lab == big
        if c1.sum() > implant_min:
            implant = True
            si = img > SI
            si = dilate(lcc(erode3star(si)), 5) & si
            si = fill2(si, int(si.any(axis=(1, 2)).sum()))
            mask[si] = 7
            c1 = fill2(dilate(lcc(erode3star(c1)), 5) & c1, lrib)
            rib = np.zeros(img.shape, bool)
        else:
            c1 = fill2(c1, lrib)
            rib = c1.copy()
        c2 = lcc(t & ~c1)
        if c2.sum() > extra_min:
            rib |= fill2(c2, lrib)
            c3 = lcc(t & ~c1 & ~rib)
            if c3.sum() > extra_min:
                rib |= fill2(c3, lrib)
        mask[rib] = 5
    # 2.5
    seed = None
    if implant:
        comp = lcc(img[0] > MUS)
        seed = si[0] if (comp & ~si[0]).sum() > 80 ** 2 else np.ones(img.shape[1:], bool)
    elif passed:
        seed = c1[0]
    else:
        g = (ndi.gaussian_filter(img[0], 5) > -5) & breast[0]
        if g.any():
            g = lcc(g)
            if not (mask[0][g] == 3).any():
                seed = g
    if seed is not None and seed.any():
        sc = com(seed)
        tt = img > MUS
        tf = fill2(tt)
        te = fill2(erode3star(tt))
        d = ndi.distance_transform_edt(tf)
        v = np.sort(d[0][d[0] > 0])
        n = len(v)
        if n:
            th = v[n - int(np.ceil(2 * n / 5))]
            markers = np.zeros(img.shape, np.int32)
            markers[0] = label(d[0] > th)[0]
            if implant:
                ext = dilate(si, 19)
                ext[:L // 5] = True
                d = d * ext
                te = te & ext
            lab = ws(d, markers, te)
            if lab[0, sc[0], sc[1]] != 0:
                muscle = lab == lab[0, sc[0], sc[1]]
                nm = int(muscle.any(axis=(1, 2)).sum())
                for z in range(nm):
                    if muscle[z].sum() < 100:
                        muscle[z:] = False
                        break
                if muscle[0, sc[0], sc[1]]:
                    md = fill2(dilate(muscle, 7)) & tf
                    lab = label(md)[0]
                    md = lab == lab[0, sc[0], sc[1]]
                    if passed:
                        md &= mask == 1
                    mask[md] = 4
    # 2.6, 2.7
    fat = mask == 1
    N = int(fat.sum())
    if N:
        g0 = G(float(img[fat].astype(np.float64).mean()))
        tis = np.where(fat, img, -1024)
        if (tis >= -51).any():
            lab0, n0 = label(tis >= -51)
            _, first = np.unique(lab0.ravel(), return_index=True)
            seeds = first[1:]  # raster-first voxel of labels 1..n0 (label 0 is first in the list)
            rec = [-51]
            th = -51
            for _ in range(20):
                th -= 5
                rec.append(th)
                if (tis >= th).sum() / N > g0:
                    break
            la = label(tis >= rec[-2])[0].ravel()
            lb = label(tis >= rec[-1])[0].ravel()
            ka = set(la[seeds].tolist()) - {0}
            kb = set(lb[seeds].tolist())
            if scripts_rule:
                kb |= set(la[seeds].tolist())
            kb -= {0}
            a = np.isin(la, list(ka)).reshape(img.shape)
            b = np.isin(lb, list(kb)).reshape(img.shape)
            if abs(a.sum() / N - g0) <= abs(b.sum() / N - g0):
                mask[a] = 2
            else:
                mask[b] = 2
    return mask, fold


if __name__ == '__main__':
    args = [a for a in sys.argv[1:] if not a.startswith('--')]
    opts = sys.argv[1:]
    kw = {'scripts_rule': '--scripts-gland-rule' in opts}
    for name, key in (('--implant-min', 'implant_min'), ('--extra-rib-min', 'extra_min')):
        if name in opts:
            kw[key] = int(opts[opts.index(name) + 1])
            args.remove(opts[opts.index(name) + 1])
    img = np.load(args[0])
    m, f = segment(img, **kw)
    np.save(args[1], m)
    if len(args) > 2 and f is not None:
        np.save(args[2], f)
