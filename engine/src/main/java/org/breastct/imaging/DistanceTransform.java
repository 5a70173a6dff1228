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
 * DOI 10.4086/toc.2012.v008a019: a linear 1-D pass along x (distance to the nearest background
 * voxel of the line), then the parabola envelope along y and along z. Complexity O(d n) time for n
 * voxels and d dimensions; memory: the output plus O(max(nx, ny, nz) * 16) scratch per task. Lines
 * are processed in parallel with the {@link TaskExecutor}; each line's result does not depend on
 * the number of threads, so the output is identical for any executor. Arithmetic on squared
 * distances is done in {@code long}; the largest possible finite result, nx^2 + ny^2 + nz^2, fits
 * an int for any volume whose sides are below 26 000 voxels.
 */
public final class DistanceTransform {

    /** Value given to foreground voxels when the grid has no background voxel at all. */
    public static final int NO_BACKGROUND = Integer.MAX_VALUE;

    /** Lines processed together in the y and z passes, so that reads touch whole cache lines. */
    private static final int BLOCK = 16;

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
        Objects.requireNonNull(foreground, "foreground");
        Objects.requireNonNull(executor, "executor");
        checkLength(foreground.length, dims, "foreground");
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        int[] out = new int[dims.size()];
        if (out.length == 0) {
            return out;
        }
        // pass 1: along x, distance to the nearest background voxel of the row
        executor.forRange(nz * ny, (from, to) -> {
            for (int line = from; line < to; line++) {
                rowPass(foreground, out, line * nx, nx);
            }
        });
        // pass 2: along y, per slice
        if (ny > 1) {
            envelopePass(out, nz, ny * nx, ny, nx, nx, executor);
        }
        // pass 3: along z, per row
        if (nz > 1) {
            envelopePass(out, ny, nx, nz, ny * nx, nx, executor);
        }
        return out;
    }

    /**
     * 2-D squared EDT to seed pixels, in place, for one slice of {@code ny x nx} pixels starting at
     * {@code offset}: on entry {@code f} holds 0 at the seeds and {@link #NO_BACKGROUND} elsewhere;
     * on return each pixel holds its squared distance to the nearest seed of the slice
     * ({@link #NO_BACKGROUND} everywhere if the slice has no seed). Used by {@link ContourBand}.
     */
    static void slice2dInPlace(int[] f, int offset, int ny, int nx, Scratch scratch) {
        // rows: 1-D envelope on the raw 0/INF values
        for (int y = 0; y < ny; y++) {
            int start = offset + y * nx;
            for (int x = 0; x < nx; x++) {
                scratch.in[x] = f[start + x];
            }
            envelope(scratch.in, scratch.out, nx, scratch.v, scratch.hs);
            for (int x = 0; x < nx; x++) {
                f[start + x] = scratch.out[x];
            }
        }
        if (ny > 1) {
            for (int x = 0; x < nx; x++) {
                for (int y = 0; y < ny; y++) {
                    scratch.in[y] = f[offset + y * nx + x];
                }
                envelope(scratch.in, scratch.out, ny, scratch.v, scratch.hs);
                for (int y = 0; y < ny; y++) {
                    f[offset + y * nx + x] = scratch.out[y];
                }
            }
        }
    }

    /** Per-task scratch for {@link #slice2dInPlace}: arrays sized for lines up to {@code maxLen}. */
    static final class Scratch {
        final int[] in;
        final int[] out;
        final int[] v;
        final long[] hs;

        Scratch(int maxLen) {
            in = new int[maxLen];
            out = new int[maxLen];
            v = new int[maxLen];
            hs = new long[maxLen];
        }
    }

    static void checkLength(int length, Dims dims, String what) {
        Objects.requireNonNull(dims, "dims");
        if (length != dims.size()) {
            throw new IllegalArgumentException(what + " has " + length + " voxels but the grid " + dims
                    + " has " + dims.size());
        }
    }

    /** 1-D squared distance to the nearest false entry of one row; NO_BACKGROUND if none. */
    private static void rowPass(boolean[] fg, int[] out, int start, int n) {
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
            return; // no background in the row: all NO_BACKGROUND
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
            out[start + x] = d * d;
        }
    }

    /**
     * Runs the parabola envelope along one axis of {@code data} in place. Lines are
     * {@code o * outerStride + i + j * stride} for outer index o in [0, outer), inner index i in
     * [0, inner) and position j in [0, len). Blocks of consecutive inner lines are gathered
     * together so that the strided reads use whole cache lines.
     */
    private static void envelopePass(int[] data, int outer, int outerStride, int len, int stride, int inner,
            TaskExecutor executor) {
        executor.forRange(outer, (from, to) -> {
            int[] block = new int[BLOCK * len];
            int[] out = new int[len];
            int[] v = new int[len];
            long[] hs = new long[len];
            int[] line = new int[len];
            for (int o = from; o < to; o++) {
                int base = o * outerStride;
                for (int i0 = 0; i0 < inner; i0 += BLOCK) {
                    int b = Math.min(BLOCK, inner - i0);
                    for (int j = 0; j < len; j++) {
                        int p = base + i0 + j * stride;
                        for (int k = 0; k < b; k++) {
                            block[k * len + j] = data[p + k];
                        }
                    }
                    for (int k = 0; k < b; k++) {
                        int start = k * len;
                        if (isUniform(block, start, len)) {
                            continue; // all 0 or all NO_BACKGROUND: the envelope is the identity
                        }
                        System.arraycopy(block, start, line, 0, len);
                        envelope(line, out, len, v, hs);
                        System.arraycopy(out, 0, block, start, len);
                    }
                    for (int j = 0; j < len; j++) {
                        int p = base + i0 + j * stride;
                        for (int k = 0; k < b; k++) {
                            data[p + k] = block[k * len + j];
                        }
                    }
                }
            }
        });
    }

    /** True if a[start .. start+len) is all 0 or all NO_BACKGROUND. */
    private static boolean isUniform(int[] a, int start, int len) {
        int v = a[start];
        if (v != 0 && v != NO_BACKGROUND) {
            return false;
        }
        for (int j = start + 1, end = start + len; j < end; j++) {
            if (a[j] != v) {
                return false;
            }
        }
        return true;
    }

    /**
     * 1-D lower envelope: {@code d[q] = min_p (q - p)^2 + f[p]} over the p with finite
     * {@code f[p]} (NO_BACKGROUND = infinite). All-infinite lines give all NO_BACKGROUND.
     * Felzenszwalb &amp; Huttenlocher, Algorithm 1, with the parabola intersections compared by
     * cross-multiplication in exact long arithmetic instead of floating-point division
     * ({@code hs} holds f[p] + p^2 of the envelope's parabolas). O(n).
     */
    static void envelope(int[] f, int[] d, int n, int[] v, long[] hs) {
        int k = -1;
        for (int q = 0; q < n; q++) {
            int fq = f[q];
            if (fq == NO_BACKGROUND) {
                continue;
            }
            long hq = (long) fq + (long) q * q;
            // drop parabola k while the new one meets it at or before where k met k - 1
            while (k > 0) {
                int p = v[k];
                int pp = v[k - 1];
                long hp = hs[k];
                if ((hq - hp) * (p - pp) <= (hp - hs[k - 1]) * (q - p)) {
                    k--;
                } else {
                    break;
                }
            }
            k++;
            v[k] = q;
            hs[k] = hq;
        }
        if (k < 0) {
            for (int q = 0; q < n; q++) {
                d[q] = NO_BACKGROUND;
            }
            return;
        }
        int last = k;
        k = 0;
        for (int q = 0; q < n; q++) {
            // parabola k + 1 takes over once q is past its intersection with parabola k
            while (k < last && hs[k + 1] - hs[k] < 2L * q * (v[k + 1] - v[k])) {
                k++;
            }
            int p = v[k];
            long dq = (long) (q - p) * (q - p) + f[p];
            d[q] = dq >= NO_BACKGROUND ? NO_BACKGROUND - 1 : (int) dq;
        }
    }
}
