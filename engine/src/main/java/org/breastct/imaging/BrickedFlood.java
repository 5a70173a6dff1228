package org.breastct.imaging;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * FACE-connectivity bucket-queue flooding of {@link Watershed#floodInPlace} on a bricked copy of the
 * voxel state: the volume is stored as 8 x 8 x 8 bricks (8 x 8 tiles in 2-D) of contiguous ints
 * or shorts, so the six neighbours of a voxel mostly lie in the same 2 KB (1 KB) of memory. Flooding fronts then reuse
 * cache lines and pages instead of touching six rows of a C-order array far apart. Same queue, same
 * order of operations, hence exactly the same result as the C-order path; the markers are queued
 * in raster (C) order. A first pass over the C-order inputs (slices in parallel) finds the
 * priority range and, per row, whether it holds floodable voxels and markers, from which the
 * markers with a floodable neighbour are listed per slice; a second pass encodes the bricked
 * state. Whether a neighbour lies outside the volume is decided by one border flag byte per brick
 * (interior bricks need no test). The labels are decoded into the caller's priority array
 * ({@link Watershed#floodInPlace}). The state is one {@link VoxelInts}: laid over the priorities
 * (their type) when they have room for it, else a new {@code short[]} when the priority range and
 * the labels fit 16 bits and a new {@code int[]} otherwise; one loop body serves both types.
 * Memory: 4 or 2 bytes per (padded) voxel for the bricked state, 2 bytes per row and 8 bytes per
 * queued marker; if the priority array has room for the padded bricked volume
 * ({@link #brickedLength}), the state is laid over it, one z-slab of bricks at a time through a
 * one-slab buffer, so no state array is allocated.
 */
final class BrickedFlood {

    private static final int SX = 3;
    private static final int SY = 3;
    private static final int B = 8;

    /** Border flags of a brick: its face at the low / high end of x, y, z is on the volume border. */
    private static final int XLO = 1;
    private static final int XHI = 2;
    private static final int YLO = 4;
    private static final int YHI = 8;
    private static final int ZLO = 16;
    private static final int ZHI = 32;

    private BrickedFlood() {
    }

    /** Marker voxels to queue first: (bricked) index and priority, in raster order. */
    static final class Seeds {
        int[] index = new int[1024];
        int[] priority = new int[1024];
        int count;

        void add(int idx, int p) {
            if (count == index.length) {
                index = java.util.Arrays.copyOf(index, count * 2);
                priority = java.util.Arrays.copyOf(priority, count * 2);
            }
            index[count] = idx;
            priority[count] = p;
            count++;
        }
    }

    /**
     * Lists, in raster order, the in-mask marker voxels of slice z that have a floodable neighbour
     * (tested on the C-order inputs); rows whose own and neighbour rows hold no floodable voxel
     * (per {@code rowFlood}, known for slices up to z + 1) are skipped.
     */
    private static void listSeeds(int z, VoxelInts priority, FloodMarkers markers, boolean[] mask, Dims dims,
            boolean[] rowFlood, boolean[] rowMark, Seeds seeds) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        Bricks bricks = new Bricks(dims);
        int sliceSize = ny * nx;
        for (int y = 0; y < ny; y++) {
            int r = z * ny + y;
            if (!rowMark[r] || !(rowFlood[r] || (y > 0 && rowFlood[r - 1]) || (y < ny - 1 && rowFlood[r + 1])
                    || (z > 0 && rowFlood[r - ny]) || (z < nz - 1 && rowFlood[r + ny]))) {
                continue;
            }
            int row = r * nx;
            for (int x = 0; x < nx; x++) {
                int i = row + x;
                if (markers.at(i) == 0 || (mask != null && !mask[i])) {
                    continue;
                }
                if ((z > 0 && floodable(i - sliceSize, markers, mask))
                        || (y > 0 && floodable(i - nx, markers, mask))
                        || (x > 0 && floodable(i - 1, markers, mask))
                        || (x < nx - 1 && floodable(i + 1, markers, mask))
                        || (y < ny - 1 && floodable(i + nx, markers, mask))
                        || (z < nz - 1 && floodable(i + sliceSize, markers, mask))) {
                    seeds.add(bricks.index(z, y, x), priority.get(i));
                }
            }
        }
    }

    /** An empty {@code short[]}: asks whether a range fits shorts. */
    private static final VoxelInts SHORTS = VoxelInts.of(new short[0]);

    /** In the mask with marker 0: flooded by the watershed (state &lt; 0). */
    private static boolean floodable(int j, FloodMarkers markers, boolean[] mask) {
        return markers.at(j) == 0 && (mask == null || mask[j]);
    }

    /** True if the padded bricked volume fits one Java array. */
    static boolean fits(Dims dims) {
        return brickedLength(dims) <= Dims.MAX_VOXELS;
    }

    /** Length of the bricked state (padded to whole bricks), as a long (may exceed an array). */
    static long brickedLength(Dims dims) {
        long nbx = (dims.nx() + B - 1) / B;
        long nby = (dims.ny() + B - 1) / B;
        long nbz = dims.nz() > 1 ? (dims.nz() + B - 1) / B : 1;
        long bv = dims.nz() > 1 ? B * B * B : B * B;
        return nbx * nby * nbz * bv;
    }

    /**
     * The FACE flood of {@link Watershed#floodInPlace}, or null when this layout does not apply: a
     * negative marker, an empty mask, a priority range above {@link Watershed#MAX_BUCKETS}, or
     * {@code short} priorities whose range (above 2^15 values) or labels (above 32767) do not fit a
     * {@code short} state (the caller then takes its general path, which reports or handles these
     * cases). A first pass over the inputs finds the priority range and lists the markers to queue;
     * only then is the bricked state encoded, so nothing is written when null is returned. Otherwise
     * the result is written into the first {@code dims.size()} entries of {@code priority}, which is
     * returned. If {@code priority} has at least {@link #brickedLength} entries, the bricked state is
     * laid over it (one z-slab of bricks at a time, through a one-slab buffer) and no state array is
     * allocated; entries past {@code dims.size()} are then left undefined. Otherwise the state is a
     * new {@code short[]} when the range and labels fit one (2 bytes per padded voxel), else a new
     * {@code int[]}.
     */
    static VoxelInts flood(VoxelInts priority, FloodMarkers markers, boolean[] mask, Dims dims,
            TaskExecutor executor) {
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
        int sliceSize = ny * nx;
        int bricked = nbz * sliceStride;
        // pass 1 (inputs only read), slices in parallel: the priority range in the mask, the OR of
        // the markers (sign) and, per row, whether it holds a floodable voxel (in the mask with
        // marker 0) and an in-mask marker
        boolean[] rowFlood = new boolean[nz * ny];
        boolean[] rowMark = new boolean[nz * ny];
        int[] found = {Integer.MAX_VALUE, Integer.MIN_VALUE, 0}; // min, max, OR of the markers
        executor.forRange(nz, (from, to) -> {
            int min = Integer.MAX_VALUE;
            int max = Integer.MIN_VALUE;
            int sign = 0;
            for (int r = from * ny; r < to * ny; r++) {
                boolean flood = false;
                boolean mark = false;
                for (int i = r * nx, end = i + nx; i < end; i++) {
                    int m = markers.at(i);
                    sign |= m;
                    if (mask != null && !mask[i]) {
                        continue;
                    }
                    int p = priority.get(i);
                    min = Math.min(min, p);
                    max = Math.max(max, p);
                    if (m == 0) {
                        flood = true;
                    } else {
                        mark = true;
                    }
                }
                rowFlood[r] = flood;
                rowMark[r] = mark;
            }
            synchronized (found) {
                found[0] = Math.min(found[0], min);
                found[1] = Math.max(found[1], max);
                found[2] |= sign;
            }
        });
        int min = found[0];
        int max = found[1];
        int sign = found[2];
        long range = (long) max - min + 1;
        if (sign < 0 || min > max || range > Watershed.MAX_BUCKETS) {
            return null;
        }
        // the state holds labels 1..(the OR of the markers) and -1 - bucket for buckets 0..range - 1;
        // the labels are decoded into the priorities
        boolean overlay = priority.length() >= bricked;
        if (!priority.holds(0, sign) || (overlay && !priority.holds(-range, sign))) {
            return null; // short priorities with large labels, or a wide range for the state over them
        }
        // the in-mask markers with a floodable neighbour, per slice in raster order, with their
        // priorities (rows whose own and neighbour rows hold no floodable voxel are skipped)
        Seeds[] seeds = new Seeds[nz];
        executor.forRange(nz, (from, to) -> {
            for (int z = from; z < to; z++) {
                seeds[z] = new Seeds();
                listSeeds(z, priority, markers, mask, dims, rowFlood, rowMark, seeds[z]);
            }
        });
        // pass 2: the bricked state (floodable: -1 - (priority - min); marker: its label; outside
        // the mask or the volume: 0)
        VoxelInts state;
        if (overlay) {
            state = priority;
            // slabs from the last to the first: bricked slab b covers [b * sliceStride, (b + 1) *
            // sliceStride), which starts at or after C-order slab b (sliceStride >= slab), so it
            // overlaps only C-order slabs b and later; slab b is copied out first, the later ones
            // have been encoded already
            VoxelInts buffer = priority.newOfSameType(sliceStride);
            boolean padded = bricked != dims.size();
            for (int b = nbz - 1; b >= 0; b--) {
                int z0 = b * bz;
                int z1 = Math.min(nz, z0 + bz);
                int cFrom = z0 * sliceSize;
                priority.copyTo(cFrom, buffer, 0, (z1 - z0) * sliceSize);
                if (padded) {
                    state.fill(b * sliceStride, (b + 1) * sliceStride, 0);
                }
                executor.forRange(z1 - z0, (from, to) -> {
                    for (int z = z0 + from; z < z0 + to; z++) {
                        encodeSlice(z, buffer, cFrom, min, markers, mask, dims, state);
                    }
                });
            }
        } else {
            state = SHORTS.holds(-range, sign) ? VoxelInts.of(new short[bricked]) : VoxelInts.of(new int[bricked]);
            executor.forRange(nz, (from, to) -> {
                for (int z = from; z < to; z++) {
                    encodeSlice(z, priority, 0, min, markers, mask, dims, state);
                }
            });
        }
        long queued = 0;
        for (Seeds sl : seeds) {
            queued += sl.count;
        }
        Watershed.BucketQueue q = new Watershed.BucketQueue((int) range, (int) queued, executor);
        for (int z = 0; z < nz; z++) {
            Seeds sl = seeds[z];
            for (int s = 0; s < sl.count; s++) {
                q.push(sl.index[s], sl.priority[s] - min);
            }
            seeds[z] = null;
        }
        // per brick: which of its faces lie on the volume border (no divisions in the loop below)
        byte[] border = new byte[nbz * nby * nbx];
        for (int bzi = 0, b = 0; bzi < nbz; bzi++) {
            for (int byi = 0; byi < nby; byi++) {
                for (int bxi = 0; bxi < nbx; bxi++, b++) {
                    border[b] = (byte) ((bxi == 0 ? XLO : 0) | (bxi == nbx - 1 ? XHI : 0) | (byi == 0 ? YLO : 0)
                            | (byi == nby - 1 ? YHI : 0) | (bzi == 0 ? ZLO : 0) | (bzi == nbz - 1 ? ZHI : 0));
                }
            }
        }
        // local coordinates of the last voxel in the last brick along each axis
        Geometry g = new Geometry(shift, bz - 1, (bz - 1) * B * B, rowStride, sliceStride, (nx - 1) & (B - 1),
                (ny - 1) & (B - 1), (nz - 1) & (bz - 1));
        drain(state, q, border, g);
        // back to C order into priority, slices in parallel; never reached (still negative) -> 0 (the
        // priorities were last read by listSeeds above, so they may be overwritten now)
        if (overlay) {
            // slabs from the first to the last: C-order slab b ends at or before bricked slab b,
            // so writing it overlaps only bricked slabs b and earlier; slab b is copied out first,
            // the earlier ones have been decoded already
            VoxelInts buffer = state.newOfSameType(sliceStride);
            for (int b = 0; b < nbz; b++) {
                int z0 = b * bz;
                int z1 = Math.min(nz, z0 + bz);
                int bFrom = b * sliceStride;
                state.copyTo(bFrom, buffer, 0, sliceStride);
                executor.forRange(z1 - z0, (from, to) -> {
                    for (int z = z0 + from; z < z0 + to; z++) {
                        decodeSlice(z, buffer, bFrom, dims, priority);
                    }
                });
            }
            return priority;
        }
        executor.forRange(nz, (from, to) -> {
            for (int z = from; z < to; z++) {
                decodeSlice(z, state, 0, dims, priority);
            }
        });
        return priority;
    }

    /**
     * What {@link #drain} needs of the bricked layout: index shift of a brick, z mask and wrap of a
     * brick, strides of one brick row and slab, local coordinates of the last voxel.
     */
    private record Geometry(int shift, int zMask, int zWrap, int rowStride, int sliceStride, int lastLx,
            int lastLy, int lastLz) {
    }

    /**
     * The flooding loop: pops until the queue is empty, labelling and queueing the floodable
     * neighbours of each popped voxel in the order -z, -y, -x, +x, +y, +z. A method of its own (not
     * a loop inside {@link #flood}), so that the JIT compiles this small loop early instead of
     * replacing a large method on the stack. The state of a floodable voxel is {@code -1 - bucket}.
     */
    private static void drain(VoxelInts state, Watershed.BucketQueue q, byte[] border, Geometry g) {
        int shift = g.shift();
        int zMask = g.zMask();
        int zWrap = g.zWrap();
        int rowStride = g.rowStride();
        int sliceStride = g.sliceStride();
        int bv = 1 << shift;
        int lastLx = g.lastLx();
        int lastLy = g.lastLy();
        int lastLz = g.lastLz();
        while (q.size > 0) {
            int idx = q.pop();
            int label = state.get(idx);
            int lx = idx & (B - 1);
            int ly = (idx >> SX) & (B - 1);
            int lz = (idx >> (SX + SY)) & zMask;
            int f = border[idx >>> shift];
            // same neighbour order as Watershed: -z, -y, -x, +x, +y, +z; load first, then act
            int jMz = lz > 0 ? idx - B * B : idx - sliceStride + zWrap;
            int jMy = ly > 0 ? idx - B : idx - rowStride + (B - 1) * B;
            int jMx = lx > 0 ? idx - 1 : idx - bv + (B - 1);
            int jPx = lx < B - 1 ? idx + 1 : idx + bv - (B - 1);
            int jPy = ly < B - 1 ? idx + B : idx + rowStride - (B - 1) * B;
            int jPz = lz < zMask ? idx + B * B : idx + sliceStride - zWrap;
            int sMz;
            int sMy;
            int sMx;
            int sPx;
            int sPy;
            int sPz;
            if (f == 0) {
                // interior brick: all six neighbours exist
                sMz = state.get(jMz);
                sMy = state.get(jMy);
                sMx = state.get(jMx);
                sPx = state.get(jPx);
                sPy = state.get(jPy);
                sPz = state.get(jPz);
            } else {
                // a neighbour outside the array reads as 0 (= not floodable)
                sMz = lz > 0 || (f & ZLO) == 0 ? state.get(jMz) : 0;
                sMy = ly > 0 || (f & YLO) == 0 ? state.get(jMy) : 0;
                sMx = lx > 0 || (f & XLO) == 0 ? state.get(jMx) : 0;
                sPx = (f & XHI) == 0 || lx < lastLx ? state.get(jPx) : 0;
                sPy = (f & YHI) == 0 || ly < lastLy ? state.get(jPy) : 0;
                sPz = (f & ZHI) == 0 || lz < lastLz ? state.get(jPz) : 0;
            }
            if (sMz < 0) {
                state.set(jMz, label);
                q.push(jMz, -1 - sMz);
            }
            if (sMy < 0) {
                state.set(jMy, label);
                q.push(jMy, -1 - sMy);
            }
            if (sMx < 0) {
                state.set(jMx, label);
                q.push(jMx, -1 - sMx);
            }
            if (sPx < 0) {
                state.set(jPx, label);
                q.push(jPx, -1 - sPx);
            }
            if (sPy < 0) {
                state.set(jPy, label);
                q.push(jPy, -1 - sPy);
            }
            if (sPz < 0) {
                state.set(jPz, label);
                q.push(jPz, -1 - sPz);
            }
        }
    }

    /**
     * Writes the bricked state of slice z: {@code src[i - srcFrom]} is the priority of C-order voxel i,
     * {@code min} the lowest in-mask priority; every voxel of the slice inside the volume is written
     * (0 outside the mask).
     */
    private static void encodeSlice(int z, VoxelInts src, int srcFrom, int min, FloodMarkers markers,
            boolean[] mask, Dims dims, VoxelInts state) {
        forEachRun(z, dims, (c, b, count) -> {
            for (int k = 0; k < count; k++) {
                int i = c + k;
                int v = 0;
                if (mask == null || mask[i]) {
                    int m = markers.at(i);
                    v = m != 0 ? m : -1 - (src.get(i - srcFrom) - min);
                }
                state.set(b + k, v);
            }
        });
    }

    /**
     * Writes slice z of the C-order result: {@code src[j - srcFrom]} is the state of bricked index j;
     * states still negative (never reached) become 0.
     */
    private static void decodeSlice(int z, VoxelInts src, int srcFrom, Dims dims, VoxelInts out) {
        forEachRun(z, dims, (c, b, count) -> src.copyNonNegativeTo(b - srcFrom, out, c, count));
    }

    /** A run of voxels contiguous in both layouts: C-order index c, bricked index b, length count. */
    @FunctionalInterface
    private interface RunBody {
        void run(int c, int b, int count);
    }

    /** Visits slice z as runs of up to 8 voxels of one row inside one brick, in raster order. */
    private static void forEachRun(int z, Dims dims, RunBody body) {
        int ny = dims.ny();
        int nx = dims.nx();
        Bricks bricks = new Bricks(dims);
        for (int y = 0; y < ny; y++) {
            int row = (z * ny + y) * nx;
            for (int x0 = 0; x0 < nx; x0 += B) {
                body.run(row + x0, bricks.index(z, y, x0), Math.min(B, nx - x0));
            }
        }
    }

    /** The bricked index of a voxel: bricks in C order, voxels in C order within a brick. */
    private static final class Bricks {
        private final int sz;
        private final int shift;
        private final int nbx;
        private final int nby;

        Bricks(Dims dims) {
            sz = dims.nz() > 1 ? 3 : 0;
            shift = SX + SY + sz;
            nbx = (dims.nx() + B - 1) / B;
            nby = (dims.ny() + B - 1) / B;
        }

        int index(int z, int y, int x) {
            int brick = ((z >> sz) * nby + (y >> SY)) * nbx + (x >> SX);
            return (brick << shift) | ((z & ((1 << sz) - 1)) << (SY + SX)) | ((y & (B - 1)) << SX) | (x & (B - 1));
        }
    }
}
