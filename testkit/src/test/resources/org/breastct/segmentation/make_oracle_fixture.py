#!/usr/bin/env python3
"""One oracle fixture: raw int16 image -> <out>.labels.gz, <out>.fold.gz (if any) and <out>.meta.

Usage: make_oracle_fixture.py image.raw nz ny nx crc32 out_base [segment_oracle options]
"""
import gzip
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import segment_oracle  # noqa: E402

raw, nz, ny, nx, crc, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5], sys.argv[6]
opts = sys.argv[7:]
kw = {'scripts_rule': '--scripts-gland-rule' in opts}
if '--implant-min' in opts:
    kw['implant_min'] = int(opts[opts.index('--implant-min') + 1])
img = np.fromfile(raw, '<i2').reshape(nz, ny, nx)
labels, fold = segment_oracle.segment(img, **kw)
os.makedirs(os.path.dirname(out), exist_ok=True)
with gzip.GzipFile(out + '.labels.gz', 'wb', mtime=0) as f:
    f.write(np.ascontiguousarray(labels, np.uint8).tobytes())
fold_slices = -1
if fold is not None:
    fold_slices = fold.shape[0]
    with gzip.GzipFile(out + '.fold.gz', 'wb', mtime=0) as f:
        f.write(np.ascontiguousarray(fold, np.uint8).tobytes())
elif os.path.exists(out + '.fold.gz'):
    os.remove(out + '.fold.gz')
counts = np.bincount(labels.ravel(), minlength=10)
with open(out + '.meta', 'w') as f:
    f.write('shape %d %d %d\n' % (nz, ny, nx))
    f.write('crc32 %s\n' % crc)
    f.write('foldSlices %d\n' % fold_slices)
    f.write('counts %s\n' % ' '.join(str(int(c)) for c in counts))
    f.write('options %s\n' % ' '.join(opts))
print(out, 'counts', counts.tolist(), 'fold', fold_slices)
