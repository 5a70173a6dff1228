package org.breastct.imaging;

import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Binary erosion and dilation with a centred box (cube, or square when {@code kz == 1}).
 *
 * <p><b>Contract.</b> Input: {@code mask} of length {@code dims.size()}, C order, not modified.
 * Structuring element: the box of kz x ky x kx voxels (each size odd and &gt;= 1) centred on the
 * voxel, i.e. offsets in [-kz/2, kz/2] x [-ky/2, ky/2] x [-kx/2, kx/2]. Border rule: outside the
 * array is background for both operations, so erosion clears every voxel within k/2 of the array
 * border and dilation never grows from outside. Output: a new mask.
 * <ul>
 *   <li>erode: true iff every voxel of the box is inside the array and true —
 *   {@code scipy.ndimage.binary_erosion(mask, np.ones((kz, ky, kx)), border_value=0)};</li>
 *   <li>dilate: true iff some voxel of the box (clipped to the array) is true —
 *   {@code scipy.ndimage.binary_dilation(mask, np.ones((kz, ky, kx)))}.</li>
 * </ul>
 * {@code kz == 1} is the per-slice 2-D operation. The rule is applied literally also to grids with
 * {@code nz == 1}: eroding such a grid with {@code kz > 1} empties it (the box leaves the array), so
 * pass {@code kz = 1} for 2-D images.
 *
 * <p><b>Algorithm.</b> A box is separable: erosion = AND over the window along x, then y, then z;
 * dilation = OR. Each 1-D pass is one linear scan per line tracking the last false (erosion) or
 * last true (dilation) position, so the cost is O(n) per axis whatever k is (van Herk, "A fast
 * algorithm for local minimum and maximum filters on rectangular and octagonal kernels", Pattern
 * Recognition Letters 13 (1992) 517-521, DOI 10.1016/0167-8655(92)90069-C, gives the same bound).
 * Lines run in parallel with the executor; the result is identical for any thread count. Memory:
 * the output plus one line block of scratch per task.
 */
public final class Morphology {

    /** Lines processed together in the y and z passes, so that reads touch whole cache lines. */
    private static final int BLOCK = 64;

    private Morphology() {
    }

    /**
     * Erosion with a centred box of kz x ky x kx voxels (each odd; kz = 1 gives per-slice 2-D
     * erosion). Outside the array is background, so erosion eats the border. Returns a new mask.
     *
     * @throws IllegalArgumentException if a size is even or below 1, or the length does not match
     */
    public static boolean[] erode(boolean[] mask, Dims dims, int kz, int ky, int kx, TaskExecutor executor) {
        return apply(mask, dims, kz, ky, kx, executor, true);
    }

    /** Dilation with a centred box of kz x ky x kx voxels (each odd). Returns a new mask. */
    public static boolean[] dilate(boolean[] mask, Dims dims, int kz, int ky, int kx, TaskExecutor executor) {
        return apply(mask, dims, kz, ky, kx, executor, false);
    }

    /** Erosion with a k x k x k cube (k x k square per slice when nz == 1). */
    public static boolean[] erode(boolean[] mask, Dims dims, int k, TaskExecutor executor) {
        return erode(mask, dims, dims.nz() > 1 ? k : 1, k, k, executor);
    }

    /** Dilation with a k x k x k cube (k x k square per slice when nz == 1). */
    public static boolean[] dilate(boolean[] mask, Dims dims, int k, TaskExecutor executor) {
        return dilate(mask, dims, dims.nz() > 1 ? k : 1, k, k, executor);
    }

    private static boolean[] apply(boolean[] mask, Dims dims, int kz, int ky, int kx, TaskExecutor executor,
            boolean erode) {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(executor, "executor");
        DistanceTransform.checkLength(mask.length, dims, "mask");
        checkSize(kz, "kz");
        checkSize(ky, "ky");
        checkSize(kx, "kx");
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        boolean[] out = mask.clone();
        if (out.length == 0) {
            return out;
        }
        if (kx > 1) {
            pass(out, nz * ny, nx, nx, 1, 1, kx / 2, erode, executor);
        }
        if (ky > 1) {
            pass(out, nz, ny * nx, ny, nx, nx, ky / 2, erode, executor);
        }
        if (kz > 1) {
            pass(out, ny, nx, nz, ny * nx, nx, kz / 2, erode, executor);
        }
        return out;
    }

    private static void checkSize(int k, String name) {
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("box size " + name + " must be odd and >= 1, got " + k);
        }
    }

    /**
     * One 1-D window pass in place. Lines are {@code o * outerStride + i + j * stride} for o in
     * [0, outer), i in [0, inner), j in [0, len); blocks of consecutive i are gathered together.
     */
    private static void pass(boolean[] data, int outer, int outerStride, int len, int stride, int inner, int r,
            boolean erode, TaskExecutor executor) {
        executor.forRange(outer, (from, to) -> {
            int block = Math.min(BLOCK, inner);
            boolean[] buf = new boolean[block * len];
            boolean[] line = new boolean[len];
            boolean[] res = new boolean[len];
            for (int o = from; o < to; o++) {
                int base = o * outerStride;
                for (int i0 = 0; i0 < inner; i0 += block) {
                    int b = Math.min(block, inner - i0);
                    if (b == 1 && stride == 1) {
                        System.arraycopy(data, base + i0, line, 0, len);
                        window(line, res, len, r, erode);
                        System.arraycopy(res, 0, data, base + i0, len);
                        continue;
                    }
                    for (int j = 0; j < len; j++) {
                        int p = base + i0 + j * stride;
                        for (int k = 0; k < b; k++) {
                            buf[k * len + j] = data[p + k];
                        }
                    }
                    for (int k = 0; k < b; k++) {
                        System.arraycopy(buf, k * len, line, 0, len);
                        window(line, res, len, r, erode);
                        System.arraycopy(res, 0, buf, k * len, len);
                    }
                    for (int j = 0; j < len; j++) {
                        int p = base + i0 + j * stride;
                        for (int k = 0; k < b; k++) {
                            data[p + k] = buf[k * len + j];
                        }
                    }
                }
            }
        });
    }

    /**
     * 1-D window of radius r. Erosion: {@code out[c]} true iff [c-r, c+r] lies inside the line and
     * holds no false. Dilation: true iff [c-r, c+r] clipped to the line holds a true. O(len).
     */
    static void window(boolean[] in, boolean[] out, int len, int r, boolean erode) {
        if (erode) {
            // last false at or before position x; the array outside counts as false
            int lastFalse = -1;
            int x = 0;
            for (int c = 0; c < len; c++) {
                int hi = c + r;
                if (hi >= len) {
                    out[c] = false;
                    continue;
                }
                while (x <= hi) {
                    if (!in[x]) {
                        lastFalse = x;
                    }
                    x++;
                }
                out[c] = c - r >= 0 && lastFalse < c - r;
            }
        } else {
            int lastTrue = Integer.MIN_VALUE;
            int x = 0;
            for (int c = 0; c < len; c++) {
                int hi = Math.min(c + r, len - 1);
                while (x <= hi) {
                    if (in[x]) {
                        lastTrue = x;
                    }
                    x++;
                }
                out[c] = lastTrue >= c - r;
            }
        }
    }
}
