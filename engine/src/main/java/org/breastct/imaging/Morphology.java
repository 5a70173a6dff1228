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
 * dilation = OR. Inside the primitive the mask is bit-packed, 64 voxels of a row per {@code long}
 * (bits past the row end are 0), so one word operation handles 64 voxels. Each 1-D window of
 * length L = 2r+1 is computed on the line padded with r zeros (outside) on both sides by doubling:
 * B_1 = line, B_2c[i] = B_c[i] op B_c[i+c], then window[i] = B_c[i] op B_c[i+L-c] for the largest
 * power of two c &lt;= L, so the cost is O(log k) word operations per 64 voxels and axis (the
 * same bound as van Herk, "A fast algorithm for local minimum and maximum filters on rectangular
 * and octagonal kernels", Pattern Recognition Letters 13 (1992) 517-521, DOI
 * 10.1016/0167-8655(92)90069-C, up to the log factor). The x and y passes run slice by slice, the
 * z pass row by row (all slices of one row), unpacking into the output; both in parallel with the
 * executor, with identical results for any thread count. Memory: the output, the packed copy
 * (n / 8 bytes) and one padded line block of scratch per task.
 */
public final class Morphology {

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
        if (mask.length == 0) {
            return mask.clone();
        }
        boolean[] out = new boolean[mask.length];
        int words = (nx + 63) >>> 6; // words per row
        int sliceWords = ny * words;
        int rx = kx / 2;
        int ry = ky / 2;
        int rz = kz / 2;
        long[] packed = kz > 1 ? new long[Math.multiplyExact(nz, sliceWords)] : null;
        // x and y passes per slice; without a z pass, unpack directly
        executor.forRange(nz, (from, to) -> {
            long[] slice = new long[sliceWords];
            long[] row = new long[(nx + 2 * rx + 63) >>> 6];
            long[] lines = new long[(ny + 2 * ry) * words];
            for (int z = from; z < to; z++) {
                xyPass(mask, z * ny * nx, ny, nx, words, rx, ry, erode, slice, row, lines);
                if (packed != null) {
                    System.arraycopy(slice, 0, packed, z * sliceWords, sliceWords);
                } else {
                    for (int y = 0, off = z * ny * nx; y < ny; y++) {
                        unpack(slice, y * words, out, off + y * nx, nx);
                    }
                }
            }
        });
        if (packed != null) {
            // z pass per row y: the row's words of all slices (stride sliceWords)
            executor.forRange(ny, (from, to) -> {
                long[] lines = new long[(nz + 2 * rz) * words];
                long[] col = new long[nz * words];
                for (int y = from; y < to; y++) {
                    zPass(packed, y, dims, words, rz, erode, col, lines, out);
                }
            });
        }
        return out;
    }

    /**
     * Packs slice z (flat offset off) into {@code slice} (words per row) and applies the x and y
     * windows there. Its own method (as {@link #zPass}), so that the JIT compiles it per call rather
     * than replacing the caller's long loop on the stack.
     */
    private static void xyPass(boolean[] mask, int off, int ny, int nx, int words, int rx, int ry, boolean erode,
            long[] slice, long[] row, long[] lines) {
        for (int y = 0; y < ny; y++) {
            pack(mask, off + y * nx, nx, slice, y * words);
            if (rx > 0) {
                rowWindow(slice, y * words, words, nx, rx, erode, row);
            }
        }
        if (ry > 0) {
            lineWindow(slice, 0, words, ny, words, ry, erode, lines);
        }
    }

    /** The z window of row y: gathers its words of all slices into col, windows them, unpacks into out. */
    private static void zPass(long[] packed, int y, Dims dims, int words, int rz, boolean erode, long[] col,
            long[] lines, boolean[] out) {
        int nz = dims.nz();
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceWords = ny * words;
        for (int z = 0; z < nz; z++) {
            System.arraycopy(packed, z * sliceWords + y * words, col, z * words, words);
        }
        lineWindow(col, 0, words, nz, words, rz, erode, lines);
        for (int z = 0; z < nz; z++) {
            unpack(col, z * words, out, (z * ny + y) * nx, nx);
        }
    }

    private static void checkSize(int k, String name) {
        if (k < 1 || k % 2 == 0) {
            throw new IllegalArgumentException("box size " + name + " must be odd and >= 1, got " + k);
        }
    }

    /** Packs {@code mask[from .. from + nx)} into bits 0.. of {@code bits[at ..]}; bits past nx are 0. */
    private static void pack(boolean[] mask, int from, int nx, long[] bits, int at) {
        for (int x0 = 0, w = at; x0 < nx; x0 += 64, w++) {
            int end = Math.min(64, nx - x0);
            long word = 0;
            for (int b = 0; b < end; b++) {
                if (mask[from + x0 + b]) {
                    word |= 1L << b;
                }
            }
            bits[w] = word;
        }
    }

    /** Unpacks nx bits of {@code bits[at ..]} into {@code out[to .. to + nx)}. */
    private static void unpack(long[] bits, int at, boolean[] out, int to, int nx) {
        for (int x0 = 0, w = at; x0 < nx; x0 += 64, w++) {
            int end = Math.min(64, nx - x0);
            long word = bits[w];
            for (int b = 0; b < end; b++) {
                out[to + x0 + b] = (word >>> b & 1L) != 0;
            }
        }
    }

    /**
     * 1-D window of radius r along the bits of one row, in place on {@code bits[at .. at + words)}
     * (nx bits, the rest 0). Erosion: bit x = AND of bits x-r .. x+r, outside the row = 0;
     * dilation: OR. {@code buf} holds the row padded with r zero bits on each side.
     */
    static void rowWindow(long[] bits, int at, int words, int nx, int r, boolean erode, long[] buf) {
        int padded = nx + 2 * r;
        int pw = (padded + 63) >>> 6;
        // buf = row shifted up by r bits (bit x of the row at bit x + r)
        java.util.Arrays.fill(buf, 0, pw, 0L);
        int ws = r >>> 6;
        int bs = r & 63;
        for (int w = 0; w < words; w++) {
            long v = bits[at + w];
            buf[w + ws] |= v << bs;
            if (bs != 0 && w + ws + 1 < pw) {
                buf[w + ws + 1] |= v >>> (64 - bs);
            }
        }
        int len = 2 * r + 1;
        int c = 1;
        // B_2c[i] = B_c[i] op B_c[i + c] (bits above the padded row read as 0)
        while (2 * c <= len) {
            shiftOp(buf, pw, c, erode);
            c *= 2;
        }
        if (c < len) {
            shiftOp(buf, pw, len - c, erode);
        }
        // bit x of the result = window over padded bits x .. x + 2r = row bits x - r .. x + r
        for (int w = 0; w < words; w++) {
            bits[at + w] = buf[w];
        }
        int tail = nx & 63;
        if (tail != 0) {
            bits[at + words - 1] &= (1L << tail) - 1;
        }
    }

    /** In place, ascending: {@code b[i] = b[i] op b[i + s]} over the bits of b[0 .. pw), beyond = 0. */
    private static void shiftOp(long[] b, int pw, int s, boolean and) {
        int ws = s >>> 6;
        int bs = s & 63;
        for (int w = 0; w < pw; w++) {
            long lo = w + ws < pw ? b[w + ws] : 0L;
            long hi = w + ws + 1 < pw ? b[w + ws + 1] : 0L;
            long shifted = bs == 0 ? lo : (lo >>> bs) | (hi << (64 - bs));
            b[w] = and ? b[w] & shifted : b[w] | shifted;
        }
    }

    /**
     * 1-D window of radius r across rows of {@code words} longs: line j is
     * {@code bits[base + j * stride ..]} for j in [0, len); in place. Erosion: AND of lines j-r ..
     * j+r, lines outside = 0; dilation: OR. {@code buf} ((len + 2r) * words) holds the padded lines.
     */
    static void lineWindow(long[] bits, int base, int stride, int len, int words, int r, boolean erode, long[] buf) {
        int padded = len + 2 * r;
        java.util.Arrays.fill(buf, 0, r * words, 0L);
        java.util.Arrays.fill(buf, (r + len) * words, padded * words, 0L);
        for (int j = 0; j < len; j++) {
            System.arraycopy(bits, base + j * stride, buf, (r + j) * words, words);
        }
        int wl = 2 * r + 1;
        int c = 1;
        int valid = padded; // B_c[i] is defined for i + c <= padded
        while (2 * c <= wl) {
            combine(buf, valid - c, c, words, erode);
            valid -= c;
            c *= 2;
        }
        if (c < wl) {
            combine(buf, len, wl - c, words, erode);
        }
        for (int j = 0; j < len; j++) {
            System.arraycopy(buf, j * words, bits, base + j * stride, words);
        }
    }

    /** In place, ascending: line i = line i op line i + s, for i in [0, count). */
    private static void combine(long[] buf, int count, int s, int words, boolean and) {
        int end = count * words;
        int d = s * words;
        if (and) {
            for (int i = 0; i < end; i++) {
                buf[i] &= buf[i + d];
            }
        } else {
            for (int i = 0; i < end; i++) {
                buf[i] |= buf[i + d];
            }
        }
    }
}
