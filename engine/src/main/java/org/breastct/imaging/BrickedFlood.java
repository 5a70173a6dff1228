package org.breastct.imaging;

import org.breastct.volume.Dims;

/**
 * FACE-connectivity bucket-queue flooding of {@link Watershed#flood} on a bricked copy of the
 * voxel state: the volume is stored as 8 x 8 x 8 bricks (8 x 8 tiles in 2-D) of contiguous ints,
 * so the six neighbours of a voxel mostly lie in the same 2 KB of memory. Flooding fronts then reuse
 * cache lines and pages instead of touching six rows of a C-order array far apart. Same queue, same
 * order of operations, hence exactly the same result as the C-order path; the markers are queued
 * in raster (C) order. Memory: 4 bytes per (padded) voxel for the bricked state on top of the
 * output.
 */
final class BrickedFlood {

    private static final int SX = 3;
    private static final int SY = 3;
    private static final int B = 8;

    private BrickedFlood() {
    }

    /** True if the padded bricked volume fits one Java array. */
    static boolean fits(Dims dims) {
        long nbx = (dims.nx() + B - 1) / B;
        long nby = (dims.ny() + B - 1) / B;
        long nbz = dims.nz() > 1 ? (dims.nz() + B - 1) / B : 1;
        long bv = dims.nz() > 1 ? B * B * B : B * B;
        return nbx * nby * nbz * bv <= Dims.MAX_VOXELS;
    }

    static int[] flood(int[] priority, int[] markers, boolean[] mask, Dims dims, int min, int range) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        boolean is3d = nz > 1;
        int sz = is3d ? 3 : 0;
        int bz = 1 << sz;
        int shift = SX + SY + sz;
        int bv = 1 << shift;
        int nbx = (nx + B - 1) / B;
        int nby = (ny + B - 1) / B;
        int nbz = (nz + bz - 1) / bz;
        int rowStride = nbx * bv; // +1 brick in y
        int sliceStride = nbx * nby * bv; // +1 brick in z
        int[] state = new int[nbz * nby * nbx * bv];
        // encode in C order (so that markers are queued in raster order)
        Watershed.BucketQueue q = new Watershed.BucketQueue(range);
        int i = 0;
        for (int z = 0; z < nz; z++) {
            int zb = (z >> sz) * nby;
            int zl = (z & (bz - 1)) << (SY + SX);
            for (int y = 0; y < ny; y++) {
                int yb = (zb + (y >> SY)) * nbx;
                int yl = zl | ((y & (B - 1)) << SX);
                for (int x = 0; x < nx; x++, i++) {
                    if (mask == null || mask[i]) {
                        int m = markers[i];
                        state[((yb + (x >> SX)) << shift) | yl | (x & (B - 1))] = m != 0 ? m : -1 - (priority[i] - min);
                    }
                }
            }
        }
        // markers with a floodable neighbour, raster order (their neighbours' states are final now)
        i = 0;
        for (int z = 0; z < nz; z++) {
            int zb = (z >> sz) * nby;
            int zl = (z & (bz - 1)) << (SY + SX);
            for (int y = 0; y < ny; y++) {
                int yb = (zb + (y >> SY)) * nbx;
                int yl = zl | ((y & (B - 1)) << SX);
                for (int x = 0; x < nx; x++, i++) {
                    int m = markers[i];
                    if (m == 0 || (mask != null && !mask[i])) {
                        continue;
                    }
                    int idx = ((yb + (x >> SX)) << shift) | yl | (x & (B - 1));
                    int lx = x & (B - 1);
                    int ly = y & (B - 1);
                    int lz = z & (bz - 1);
                    boolean floodable = (z > 0 && state[lz > 0 ? idx - B * B : idx - sliceStride + (bz - 1) * B * B] < 0)
                            || (y > 0 && state[ly > 0 ? idx - B : idx - rowStride + (B - 1) * B] < 0)
                            || (x > 0 && state[lx > 0 ? idx - 1 : idx - bv + (B - 1)] < 0)
                            || (x < nx - 1 && state[lx < B - 1 ? idx + 1 : idx + bv - (B - 1)] < 0)
                            || (y < ny - 1 && state[ly < B - 1 ? idx + B : idx + rowStride - (B - 1) * B] < 0)
                            || (z < nz - 1 && state[lz < bz - 1 ? idx + B * B : idx + sliceStride - (bz - 1) * B * B] < 0);
                    if (floodable) {
                        q.push(idx, priority[i] - min);
                    }
                }
            }
        }
        int lastX = nx - 1;
        int lastY = ny - 1;
        int lastZ = nz - 1;
        int zMask = bz - 1;
        int zWrap = (bz - 1) * B * B;
        while (q.size > 0) {
            int idx = q.pop();
            int label = state[idx];
            int lx = idx & (B - 1);
            int ly = (idx >> SX) & (B - 1);
            int lz = (idx >> (SX + SY)) & zMask;
            int brick = idx >>> shift;
            int t = brick / nbx;
            int x = ((brick - t * nbx) << SX) | lx;
            int byIndex = t % nby;
            int y = (byIndex << SY) | ly;
            int z = ((t / nby) << sz) | lz;
            // same neighbour order as Watershed: -z, -y, -x, +x, +y, +z; load first, then act
            int jMz = lz > 0 ? idx - B * B : idx - sliceStride + zWrap;
            int jMy = ly > 0 ? idx - B : idx - rowStride + (B - 1) * B;
            int jMx = lx > 0 ? idx - 1 : idx - bv + (B - 1);
            int jPx = lx < B - 1 ? idx + 1 : idx + bv - (B - 1);
            int jPy = ly < B - 1 ? idx + B : idx + rowStride - (B - 1) * B;
            int jPz = lz < zMask ? idx + B * B : idx + sliceStride - zWrap;
            int sMz = z > 0 ? state[jMz] : 0;
            int sMy = y > 0 ? state[jMy] : 0;
            int sMx = x > 0 ? state[jMx] : 0;
            int sPx = x < lastX ? state[jPx] : 0;
            int sPy = y < lastY ? state[jPy] : 0;
            int sPz = z < lastZ ? state[jPz] : 0;
            if (sMz < 0) {
                state[jMz] = label;
                q.push(jMz, -1 - sMz);
            }
            if (sMy < 0) {
                state[jMy] = label;
                q.push(jMy, -1 - sMy);
            }
            if (sMx < 0) {
                state[jMx] = label;
                q.push(jMx, -1 - sMx);
            }
            if (sPx < 0) {
                state[jPx] = label;
                q.push(jPx, -1 - sPx);
            }
            if (sPy < 0) {
                state[jPy] = label;
                q.push(jPy, -1 - sPy);
            }
            if (sPz < 0) {
                state[jPz] = label;
                q.push(jPz, -1 - sPz);
            }
        }
        // back to C order; never reached (still negative) -> 0
        int[] out = new int[dims.size()];
        i = 0;
        for (int z = 0; z < nz; z++) {
            int zb = (z >> sz) * nby;
            int zl = (z & (bz - 1)) << (SY + SX);
            for (int y = 0; y < ny; y++) {
                int yb = (zb + (y >> SY)) * nbx;
                int yl = zl | ((y & (B - 1)) << SX);
                for (int x = 0; x < nx; x++, i++) {
                    int v = state[((yb + (x >> SX)) << shift) | yl | (x & (B - 1))];
                    out[i] = v > 0 ? v : 0;
                }
            }
        }
        return out;
    }
}
