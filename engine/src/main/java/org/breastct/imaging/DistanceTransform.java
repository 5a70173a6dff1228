package org.breastct.imaging;

import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Exact squared Euclidean distance transform (EDT) of a binary volume, unit spacing.
 *
 * <p><b>Contract.</b> Input: {@code foreground} of length {@code dims.size()} in C order; true =
 * foreground, false = background. Output: a new {@code int[]} of the same length, where every
 * background voxel holds 0 and every foreground voxel holds {@code min over background b of
 * |v - b|^2} (squared Euclidean distance in voxel units, an exact integer). The array border is NOT
 * background: voxels outside the array are ignored, exactly like
 * {@code scipy.ndimage.distance_transform_edt(foreground) ** 2} (scipy returns the square root; the
 * square root of our value is its result). A grid with {@code nz == 1} is 2-D (distances in the
 * slice). If the array holds no background voxel at all, every voxel gets {@link #NO_BACKGROUND}
 * (scipy's result is undefined there).
 *
 * <p><b>Algorithm.</b> Separable lower-envelope-of-parabolas transform of Felzenszwalb &amp;
 * Huttenlocher, "Distance Transforms of Sampled Functions", Theory of Computing 8 (2012) 415-428,
 * DOI 10.4086/toc.2012.v008a019. 3-D: a linear 1-D pass along z (distance to the nearest background
 * voxel of the column, run on blocks of adjacent columns so that every slice is read in whole cache
 * lines), then, slice by slice while the slice is in the cache, the parabola envelope along y (on
 * blocks of adjacent columns copied to scratch) and along x (in place, contiguous). 2-D: a linear
 * pass along x, then the envelope along y. The squared EDT is a minimum over separable terms, so
 * the order of the axes does not change the result; z first leaves the most lines without
 * background (skipped) for the y pass on breast volumes. Constant lines are their own envelope and
 * are skipped. Complexity O(d n) time for n voxels and d dimensions; memory: the output plus, per
 * task, O(16 max(nx, ny)) ints of scratch and nz * min(nx, 1024) ints for the z pass. Lines are
 * processed in parallel with the {@link TaskExecutor}; each line's result does not depend on the
 * number of threads, so the output is identical for any executor. Envelope arithmetic on squared
 * distances is done in {@code long}; the largest possible finite result, nx^2 + ny^2 + nz^2, fits
 * an int for any volume whose sides are below 26 000 voxels.
 */
public final class DistanceTransform {

    /** Value given to foreground voxels when the grid has no background voxel at all. */
    public static final int NO_BACKGROUND = Integer.MAX_VALUE;

    /** Columns processed together in the envelope pass along y, so that reads touch whole cache lines. */
    private static final int BLOCK = 16;

    /** Columns processed together in the linear pass along z (a whole row for rows up to 1024). */
    private static final int COLUMNS = 1024;

    /**
     * "No background voxel in the column" in the linear pass along z: larger than any distance
     * along z when {@code nz < NONE}, and 2 * NONE + nz fits an int. Taller (degenerate) grids
     * use {@link #columnPassLarge}.
     */
    private static final int NONE = 1 << 29;

    private DistanceTransform() {
    }

    /**
     * Squared Euclidean distance (unit spacing) of each true voxel to the nearest false voxel of the
     * array; false voxels get 0. Outside the array is NOT background. nz == 1: 2-D. If there is no
     * false voxel at all, true voxels get {@link #NO_BACKGROUND}.
     *
     * @throws IllegalArgumentException if {@code foreground.length != dims.size()}
     */
    public static int[] squared(boolean[] foreground, Dims dims, TaskExecutor executor) {
        Objects.requireNonNull(dims, "dims");
        return squared(foreground, dims, new int[dims.size()], executor);
    }

    /**
     * {@link #squared(boolean[], Dims, TaskExecutor)} written into the first {@code dims.size()}
     * entries of {@code out} (whatever they held), which is returned; entries past
     * {@code dims.size()} are not touched. For callers that need a longer array, e.g. of
     * {@link Watershed#inPlaceLength} entries.
     *
     * @throws IllegalArgumentException if {@code foreground.length != dims.size()} or
     *                                  {@code out.length < dims.size()}
     */
    static int[] squared(boolean[] foreground, Dims dims, int[] out, TaskExecutor executor) {
        return squaredAtMost(foreground, dims, out, NO_BACKGROUND, executor);
    }

    /**
     * {@code min(EDT^2, cap)} voxel by voxel, written into the first {@code dims.size()} entries of
     * {@code out} as {@link #squared(boolean[], Dims, int[], TaskExecutor)} does (voxels of a grid
     * without background get {@code cap}; {@code cap == NO_BACKGROUND} is {@code squared} itself).
     * Exact, not an approximation: capping the first (1-D) pass at {@code cap} caps the result, since
     * every voxel's own term of the later passes is at most {@code cap}. Faster when the caller needs
     * only small distances (lines whose values all reach the cap are constant and skipped).
     *
     * @throws IllegalArgumentException if {@code cap < 1}, {@code foreground.length != dims.size()} or
     *                                  {@code out.length < dims.size()}
     */
    static int[] squaredAtMost(boolean[] foreground, Dims dims, int[] out, int cap, TaskExecutor executor) {
        Objects.requireNonNull(out, "out");
        checkInputs(foreground, dims, out.length, dims.size(), cap, executor);
        transform(foreground, dims, dims.nz(), VoxelInts.of(out), cap, executor);
        return out;
    }

    /**
     * Slices {@code 0 .. slices - 1} of {@link #squared(boolean[], Dims, int[], TaskExecutor)}: the squared
     * EDT of the whole volume (background voxels of every slice count), written into the first
     * {@code slices * dims.sliceSize()} entries of {@code out}, which is returned; the later slices are
     * neither written nor computed. The linear pass along z reads whole columns, the two in-slice passes
     * run on the written slices only, so the values are exactly those of the whole transform and the
     * cost of the in-slice passes shrinks with {@code slices}.
     *
     * @throws IllegalArgumentException if {@code slices} is outside {@code 1 .. dims.nz()},
     *                                  {@code foreground.length != dims.size()} or {@code out} is shorter
     */
    static int[] squaredOfFirstSlices(boolean[] foreground, Dims dims, int slices, int[] out,
            TaskExecutor executor) {
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(out, "out");
        if (slices < 1 || slices > dims.nz()) {
            throw new IllegalArgumentException("slices must be in 1.." + dims.nz() + ", not " + slices);
        }
        int written = dims.nz() > 1 ? slices * dims.sliceSize() : dims.size();
        checkInputs(foreground, dims, out.length, written, NO_BACKGROUND, executor);
        transform(foreground, dims, slices, VoxelInts.of(out), NO_BACKGROUND, executor);
        return out;
    }

    /**
     * {@link #squaredAtMost(boolean[], Dims, int[], int, TaskExecutor)} stored as shorts (two bytes per
     * voxel instead of four), for caps up to {@link Short#MAX_VALUE}: the same values. 3-D grids are
     * transformed in the shorts (a slice of the work box at a time widened to ints for the envelope
     * passes); a 2-D grid (one slice) through a temporary {@code int[]}.
     *
     * @throws IllegalArgumentException if {@code cap} is not in {@code 1..32767}, {@code foreground.length
     *                                  != dims.size()} or {@code out.length < dims.size()}
     */
    static short[] squaredAtMost(boolean[] foreground, Dims dims, short[] out, int cap, TaskExecutor executor) {
        Objects.requireNonNull(out, "out");
        checkInputs(foreground, dims, out.length, dims.size(), cap, executor);
        if (cap > Short.MAX_VALUE) {
            throw new IllegalArgumentException("cap " + cap + " does not fit shorts (at most " + Short.MAX_VALUE + ")");
        }
        if (dims.nz() > 1) {
            transform(foreground, dims, dims.nz(), VoxelInts.of(out), cap, executor);
        } else {
            int[] wide = squaredAtMost(foreground, dims, new int[dims.size()], cap, executor);
            for (int i = 0; i < wide.length; i++) {
                out[i] = (short) wide[i];
            }
        }
        return out;
    }

    /** Checks the inputs; {@code needed}: the entries of the output that will be written. */
    private static void checkInputs(boolean[] foreground, Dims dims, int outLength, int needed, int cap,
            TaskExecutor executor) {
        if (cap < 1) {
            throw new IllegalArgumentException("cap must be at least 1, not " + cap);
        }
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(executor, "executor");
        checkLength(foreground.length, dims, "foreground");
        if (outLength < needed) {
            throw new IllegalArgumentException("out has " + outLength + " entries, fewer than the " + needed
                    + " voxels to write of " + dims);
        }
    }

    /**
     * The transform of {@link #squaredAtMost} into {@code values} (an {@code int[]}, or for 3-D grids
     * a {@code short[]} with {@code cap <= 32767}), written for slices {@code 0 .. zOut - 1} (all of a
     * 2-D grid); inputs checked.
     */
    private static void transform(boolean[] foreground, Dims dims, int zOut, VoxelInts values, int cap,
            TaskExecutor executor) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        if (dims.size() == 0) {
            return;
        }
        int sliceSize = ny * nx;
        if (nz > 1) {
            // only the work box needs the passes (see workBox); outside it every value is known
            int[] box = workBox(foreground, dims, cap, zOut, values, executor);
            if (box == null || box[0] >= zOut) {
                return;
            }
            int z0 = box[0];
            int y0 = box[2];
            int x0 = box[4];
            int bz = box[1] - z0 + 1;
            int by = box[3] - y0 + 1;
            int bx = box[5] - x0 + 1;
            int wz = Math.min(bz, zOut - z0); // slices of the box that are written
            // pass 1: along z, distance to the nearest background voxel of the column, for blocks
            // of adjacent columns (whole cache lines per slice)
            executor.forRange(by, (from, to) -> {
                int cw = Math.min(COLUMNS, bx);
                int[] tmp = new int[bz * cw];
                int[] last = new int[cw];
                for (int y = y0 + from; y < y0 + to; y++) {
                    for (int c = 0; c < bx; c += cw) {
                        int b = Math.min(cw, bx - c);
                        int start = z0 * sliceSize + y * nx + x0 + c;
                        if (bz < NONE) {
                            columnPass(foreground, values, start, b, bz, wz, sliceSize, tmp, last, cw, cap);
                        } else {
                            columnPassLarge(foreground, values, start, b, bz, wz, sliceSize, tmp, last, cw,
                                    cap);
                        }
                    }
                }
            });
            // passes 2 and 3 slice by slice (the slice stays in the cache): along y, then along x; in
            // place in an int[], else on the slice's box widened to ints and narrowed back
            executor.forRange(wz, (from, to) -> {
                BlockScratch s = new BlockScratch(Math.max(ny, nx));
                int[] wide = values instanceof VoxelInts.Ints ? null : new int[by * bx];
                for (int z = z0 + from; z < z0 + to; z++) {
                    int origin = z * sliceSize + y0 * nx + x0;
                    if (values instanceof VoxelInts.Ints ints) {
                        envelopeSlice(ints.a, origin, nx, by, bx, s);
                    } else {
                        short[] a = ((VoxelInts.Shorts) values).a;
                        for (int y = 0, w = 0, i = origin; y < by; y++, i += nx) {
                            for (int x = 0; x < bx; x++, w++) {
                                wide[w] = a[i + x];
                            }
                        }
                        envelopeSlice(wide, 0, bx, by, bx, s);
                        for (int y = 0, w = 0, i = origin; y < by; y++, i += nx) {
                            for (int x = 0; x < bx; x++, w++) {
                                a[i + x] = (short) wide[w]; // at most cap
                            }
                        }
                    }
                }
            });
        } else {
            int[] out = ((VoxelInts.Ints) values).a;
            // 2-D: rows in parallel, then blocks of columns in parallel
            executor.forRange(ny, (from, to) -> {
                for (int y = from; y < to; y++) {
                    rowPass(foreground, out, y * nx, nx, cap);
                }
            });
            if (ny > 1) {
                int blocks = (nx + BLOCK - 1) / BLOCK;
                executor.forRange(blocks, (from, to) -> {
                    BlockScratch s = new BlockScratch(ny);
                    envelopeColumns(out, 0, ny, nx, from * BLOCK, Math.min(nx, to * BLOCK), s);
                });
            }
        }
    }

    /**
     * The envelope passes along y, then x, on the {@code by} x {@code bx} box of one slice whose
     * first voxel is {@code data[origin]}, rows {@code stride} apart.
     */
    private static void envelopeSlice(int[] data, int origin, int stride, int by, int bx, BlockScratch s) {
        if (by > 1) {
            envelopeColumns(data, origin, by, stride, 0, bx, s);
        }
        if (bx > 1) {
            for (int y = 0; y < by; y++) {
                envelope(data, origin + y * stride, 1, bx, s.v, s.fv, s.hs);
            }
        }
    }

    /**
     * The box of a 3-D grid the passes must compute, {z0, z1, y0, y1, x0, x1} (inclusive); the values
     * outside it are written here. It is the bounding box of the foreground grown by one voxel (every
     * voxel outside it is background: 0; its faces inside the grid are background, so no background
     * beyond them can be nearer to a voxel inside), intersected, when {@code cap} is finite, with the
     * bounding box of the background grown by {@code ceil(sqrt(cap))} (outside it every voxel is
     * farther than that from all background: {@code cap}; lines leaving it hold no background, so
     * their terms are at least {@code cap}). The passes restricted to the box thus give exactly the
     * values of the whole grid. Only slices below {@code zOut} are written. Returns null (all values
     * written) when there is no foreground or no background.
     */
    private static int[] workBox(boolean[] fg, Dims dims, int cap, int zOut, VoxelInts out, TaskExecutor executor) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        // the bounding boxes of the foreground (f) and of the background (b), {z0, z1, y0, y1, x0, x1}
        int[][] fSlices = MaskOps.sliceBoxes(fg, dims, true, executor);
        int[][] bSlices = MaskOps.sliceBoxes(fg, dims, false, executor);
        int[] f = {nz, -1, ny, -1, nx, -1};
        int[] b = {nz, -1, ny, -1, nx, -1};
        for (int z = 0; z < nz; z++) {
            grow(f, z, fSlices[z]);
            grow(b, z, bSlices[z]);
        }
        if (f[1] < 0) {
            out.fill(0, zOut * sliceSize, 0); // no foreground
            return null;
        }
        if (b[1] < 0) {
            out.fill(0, zOut * sliceSize, cap); // no background
            return null;
        }
        int[] max = {nz - 1, ny - 1, nx - 1};
        // the foreground box grown by 1, and the work box
        int[] f1 = new int[6];
        int[] w = new int[6];
        long margin = cap == NO_BACKGROUND ? Integer.MAX_VALUE : (long) Math.ceil(Math.sqrt(cap));
        for (int a = 0; a < 3; a++) {
            f1[2 * a] = Math.max(0, f[2 * a] - 1);
            f1[2 * a + 1] = Math.min(max[a], f[2 * a + 1] + 1);
            w[2 * a] = (int) Math.max(f1[2 * a], b[2 * a] - margin);
            w[2 * a + 1] = (int) Math.min(f1[2 * a + 1], b[2 * a + 1] + margin);
        }
        // outside the work box: 0 outside the grown foreground box, cap inside it (written slices only)
        executor.forRange(zOut, (from, to) -> {
            for (int z = from; z < to; z++) {
                boolean zf = z >= f1[0] && z <= f1[1];
                boolean zw = z >= w[0] && z <= w[1];
                for (int y = 0, i = z * sliceSize; y < ny; y++, i += nx) {
                    boolean yf = zf && y >= f1[2] && y <= f1[3];
                    if (zw && y >= w[2] && y <= w[3]) {
                        fillRow(out, i, 0, w[4], yf, f1, cap);
                        fillRow(out, i, w[5] + 1, nx, yf, f1, cap);
                    } else {
                        fillRow(out, i, 0, nx, yf, f1, cap);
                    }
                }
            }
        });
        return w;
    }

    /** Adds slice z's box {y0, y1, x0, x1} (null: none) to the box {z0, z1, y0, y1, x0, x1}. */
    private static void grow(int[] box, int z, int[] slice) {
        if (slice == null) {
            return;
        }
        box[0] = Math.min(box[0], z);
        box[1] = Math.max(box[1], z);
        box[2] = Math.min(box[2], slice[0]);
        box[3] = Math.max(box[3], slice[1]);
        box[4] = Math.min(box[4], slice[2]);
        box[5] = Math.max(box[5], slice[3]);
    }

    /** Columns [from, to) of the row starting at i: cap inside the grown foreground box (row in it: yf), else 0. */
    private static void fillRow(VoxelInts out, int i, int from, int to, boolean yf, int[] f1, int cap) {
        int a = yf ? Math.min(Math.max(f1[4], from), to) : to; // [a, b): the columns in the box
        int b = yf ? Math.min(Math.max(f1[5] + 1, a), to) : to;
        out.fill(i + from, i + a, 0);
        out.fill(i + a, i + b, cap);
        out.fill(i + b, i + to, 0);
    }

    static void checkLength(int length, Dims dims, String what) {
        Objects.requireNonNull(dims, "dims");
        if (length != dims.size()) {
            throw new IllegalArgumentException(what + " has " + length + " voxels but the grid " + dims
                    + " has " + dims.size());
        }
    }

    /** 1-D squared distance to the nearest false entry of one row, at most cap (cap if none). */
    private static void rowPass(boolean[] fg, int[] out, int start, int n, int cap) {
        // forward: distance to the nearest background on the left (or "none")
        int last = -1;
        for (int x = 0; x < n; x++) {
            if (!fg[start + x]) {
                last = x;
                out[start + x] = 0;
            } else {
                out[start + x] = last < 0 ? NO_BACKGROUND : x - last;
            }
        }
        if (last < 0) {
            java.util.Arrays.fill(out, start, start + n, cap); // no background in the row
            return;
        }
        // backward: nearest background on the right; square the result
        int next = -1;
        for (int x = n - 1; x >= 0; x--) {
            if (!fg[start + x]) {
                next = x;
                continue;
            }
            int d = out[start + x];
            if (next >= 0 && (d == NO_BACKGROUND || next - x < d)) {
                d = next - x;
            }
            out[start + x] = d == NO_BACKGROUND ? cap : Math.min(d * d, cap);
        }
    }

    /**
     * 1-D pass along z for the {@code b} adjacent columns starting at flat index {@code start} of
     * slice 0: squared distance to the nearest background voxel of each column, NO_BACKGROUND if
     * the column has none, both capped at {@code cap}, written for the first {@code wz} of the
     * {@code nz} slices. {@code tmp} (nz * cw, cw &gt;= b) and {@code last} (cw) are scratch.
     */
    private static void columnPass(boolean[] fg, VoxelInts out, int start, int b, int nz, int wz, int sliceSize,
            int[] tmp, int[] last, int cw, int cap) {
        // forward (written slices only): z minus the last background z at or before z (NONE - ... when
        // there is none)
        for (int k = 0; k < b; k++) {
            last[k] = -NONE;
        }
        for (int z = 0, p = start, t = 0; z < wz; z++, p += sliceSize, t += cw) {
            for (int k = 0; k < b; k++) {
                int l = fg[p + k] ? last[k] : z;
                last[k] = l;
                tmp[t + k] = z - l;
            }
        }
        // backward: the next background z at or after z (slices not written: only that); square the
        // nearer one
        for (int k = 0; k < b; k++) {
            last[k] = 2 * NONE;
        }
        for (int z = nz - 1, p = start + (nz - 1) * sliceSize; z >= wz; z--, p -= sliceSize) {
            for (int k = 0; k < b; k++) {
                if (!fg[p + k]) {
                    last[k] = z;
                }
            }
        }
        for (int z = wz - 1, p = start + (wz - 1) * sliceSize, t = (wz - 1) * cw; z >= 0; z--,
                p -= sliceSize, t -= cw) {
            for (int k = 0; k < b; k++) {
                int l = fg[p + k] ? last[k] : z;
                last[k] = l;
                int d = Math.min(tmp[t + k], l - z);
                tmp[t + k] = d >= NONE ? cap : Math.min(d * d, cap);
            }
            out.setAll(p, tmp, t, b); // one dispatch per row of the block
        }
    }

    /** {@link #columnPass} with explicit tests, for grids of at least {@link #NONE} slices. */
    private static void columnPassLarge(boolean[] fg, VoxelInts out, int start, int b, int nz, int wz,
            int sliceSize, int[] tmp, int[] last, int cw, int cap) {
        // forward: distance to the nearest background at or before z (-1 = none)
        for (int k = 0; k < b; k++) {
            last[k] = -1;
        }
        for (int z = 0, p = start, t = 0; z < nz; z++, p += sliceSize, t += cw) {
            for (int k = 0; k < b; k++) {
                if (!fg[p + k]) {
                    last[k] = z;
                }
                tmp[t + k] = last[k] < 0 ? -1 : z - last[k];
            }
        }
        // backward: nearest background at or after z; square the minimum (written slices only)
        for (int k = 0; k < b; k++) {
            last[k] = -1;
        }
        for (int z = nz - 1, p = start + (nz - 1) * sliceSize, t = (nz - 1) * cw; z >= 0; z--, p -= sliceSize,
                t -= cw) {
            if (z >= wz) {
                for (int k = 0; k < b; k++) {
                    if (!fg[p + k]) {
                        last[k] = z;
                    }
                }
                continue;
            }
            for (int k = 0; k < b; k++) {
                if (!fg[p + k]) {
                    last[k] = z;
                }
                int d = tmp[t + k];
                if (last[k] >= 0 && (d < 0 || last[k] - z < d)) {
                    d = last[k] - z;
                }
                tmp[t + k] = d < 0 ? cap : (int) Math.min((long) d * d, cap);
            }
            out.setAll(p, tmp, t, b);
        }
    }

    /** Per-task scratch of the envelope passes: one block of {@link #BLOCK} lines and the envelope arrays. */
    private static final class BlockScratch {
        final int[] block;
        final int[] v;
        final int[] fv;
        final long[] hs;

        /** Scratch for lines of up to {@code len} voxels. */
        BlockScratch(int len) {
            block = new int[BLOCK * len];
            v = new int[len];
            fv = new int[len];
            hs = new long[len];
        }
    }

    /**
     * Parabola envelope in place along the lines {@code base + i + j * stride}, j in [0, len), for
     * the columns i in [i0, i1). Blocks of {@link #BLOCK} adjacent columns are copied into the
     * scratch block (element j of column k at {@code j * BLOCK + k}: whole cache lines are read and
     * written), transformed there and copied back.
     */
    private static void envelopeColumns(int[] data, int base, int len, int stride, int i0, int i1,
            BlockScratch s) {
        int[] block = s.block;
        for (int c0 = i0; c0 < i1; c0 += BLOCK) {
            int b = Math.min(BLOCK, i1 - c0);
            for (int j = 0, p = base + c0; j < len; j++, p += stride) {
                System.arraycopy(data, p, block, j * BLOCK, b);
            }
            boolean changed = false;
            for (int k = 0; k < b; k++) {
                changed |= envelope(block, k, BLOCK, len, s.v, s.fv, s.hs);
            }
            if (changed) {
                for (int j = 0, p = base + c0; j < len; j++, p += stride) {
                    System.arraycopy(block, j * BLOCK, data, p, b);
                }
            }
        }
    }

    /**
     * In place, the 1-D lower envelope of the line {@code a[off + j * step]}, j in [0, n):
     * {@code d[q] = min_p (q - p)^2 + f[p]} over the p with finite {@code f[p]} (NO_BACKGROUND =
     * infinite; results at or above it are stored as NO_BACKGROUND - 1), all NO_BACKGROUND if there
     * is none. Felzenszwalb &amp; Huttenlocher, Algorithm 1, with the parabola intersections compared
     * by cross-multiplication in exact long arithmetic instead of floating-point division ({@code hs}
     * holds f[p] + p^2 of the envelope's parabolas, {@code fv} f[p]); the top two parabolas of the
     * envelope (and the current and next one in the second loop) are kept in locals. Constant lines
     * (their own envelope) are left alone and reported by returning false. O(n).
     */
    static boolean envelope(int[] a, int off, int step, int n, int[] v, int[] fv, long[] hs) {
        int first = a[off];
        int end = off + n * step;
        int idx = off + step;
        while (idx < end && a[idx] == first) {
            idx += step;
        }
        if (idx >= end) {
            return false;
        }
        int k = -1;
        int p = 0; // parabola k
        long hp = 0;
        int pp = 0; // parabola k - 1
        long hpp = 0;
        for (int q = 0, iq = off; q < n; q++, iq += step) {
            int fq = a[iq];
            if (fq == NO_BACKGROUND) {
                continue;
            }
            long hq = (long) fq + (long) q * q;
            // drop parabola k while the new one meets it at or before where k met k - 1
            while (k > 0 && (hq - hp) * (p - pp) <= (hp - hpp) * (q - p)) {
                k--;
                p = pp;
                hp = hpp;
                if (k > 0) {
                    pp = v[k - 1];
                    hpp = hs[k - 1];
                }
            }
            k++;
            v[k] = q;
            fv[k] = fq;
            hs[k] = hq;
            pp = p;
            hpp = hp;
            p = q;
            hp = hq;
        }
        // k >= 0: a line without finite values is constant
        int last = k;
        k = 0;
        int vk = v[0];
        long hk = hs[0];
        int fk = fv[0];
        int vn = last > 0 ? v[1] : 0;
        long hn = last > 0 ? hs[1] : 0;
        for (int q = 0, iq = off; q < n; q++, iq += step) {
            // parabola k + 1 takes over once q is past its intersection with parabola k
            while (k < last && hn - hk < 2L * q * (vn - vk)) {
                k++;
                vk = vn;
                hk = hn;
                fk = fv[k];
                if (k < last) {
                    vn = v[k + 1];
                    hn = hs[k + 1];
                }
            }
            int dp = q - vk;
            long dq = (long) dp * dp + fk;
            a[iq] = dq >= NO_BACKGROUND ? NO_BACKGROUND - 1 : (int) dq;
        }
        return true;
    }
}
