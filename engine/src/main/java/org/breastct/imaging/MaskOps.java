package org.breastct.imaging;

import java.util.Arrays;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Small whole-mask helpers on flat {@code boolean[]} masks in C order ({@link Dims#index}): logical
 * combinations, thresholds, counts and slice access.
 *
 * <p>Contract shared by all methods:
 * <ul>
 * <li>Operands must have the same length; otherwise an {@link IllegalArgumentException} names both
 * lengths. Per-slice methods also check {@code mask.length == dims.size()} and the slice index.</li>
 * <li>Methods named {@code ...InPlace} overwrite their first argument and return it; all others
 * return a new array and leave their inputs untouched.</li>
 * <li>Element-wise operations run in parallel chunks of the {@link TaskExecutor}; chunks write
 * disjoint ranges, so the result does not depend on the number of threads. O(n).</li>
 * </ul>
 * The numpy expression each method reproduces is given in its Javadoc.
 */
public final class MaskOps {

    private MaskOps() {
    }

    // ---------------------------------------------------------------- element-wise combinations

    /** {@code a & b} as a new mask. */
    public static boolean[] and(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        boolean[] r = new boolean[a.length];
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = a[i] & b[i];
            }
        });
        return r;
    }

    /** {@code a &= b}; returns {@code a}. */
    public static boolean[] andInPlace(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] &= b[i];
            }
        });
        return a;
    }

    /** {@code a | b} as a new mask. */
    public static boolean[] or(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        boolean[] r = new boolean[a.length];
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = a[i] | b[i];
            }
        });
        return r;
    }

    /** {@code a |= b}; returns {@code a}. */
    public static boolean[] orInPlace(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] |= b[i];
            }
        });
        return a;
    }

    /** {@code a & ~b} as a new mask. */
    public static boolean[] andNot(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        boolean[] r = new boolean[a.length];
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = a[i] & !b[i];
            }
        });
        return r;
    }

    /** {@code a &= ~b}; returns {@code a}. */
    public static boolean[] andNotInPlace(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] &= !b[i];
            }
        });
        return a;
    }

    /** {@code ~a} as a new mask. */
    public static boolean[] not(boolean[] a, TaskExecutor executor) {
        boolean[] r = new boolean[a.length];
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = !a[i];
            }
        });
        return r;
    }

    /** {@code img > threshold} as a new mask (numpy comparison on int16, strict). */
    public static boolean[] greaterThan(short[] image, int threshold, TaskExecutor executor) {
        boolean[] r = new boolean[image.length];
        executor.forRange(image.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = image[i] > threshold;
            }
        });
        return r;
    }

    /** {@code a |= ~b}; returns {@code a}. */
    public static boolean[] orNotInPlace(boolean[] a, boolean[] b, TaskExecutor executor) {
        sameLength(a, b);
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] |= !b[i];
            }
        });
        return a;
    }

    /**
     * {@code a[zFrom:zTo] &= b[zFrom:zTo]}: the AND on slices [zFrom, zTo) only (clipped to the volume),
     * the other slices of {@code a} unchanged; returns {@code a}.
     */
    public static boolean[] andSlicesInPlace(boolean[] a, boolean[] b, Dims dims, int zFrom, int zTo,
            TaskExecutor executor) {
        sameLength(a, b);
        checkVolume(a, dims);
        int from = Math.max(0, zFrom) * dims.sliceSize();
        int to = Math.max(from, Math.min(zTo, dims.nz()) * dims.sliceSize());
        executor.forRange(to - from, (lo, hi) -> {
            for (int i = from + lo; i < from + hi; i++) {
                a[i] &= b[i];
            }
        });
        return a;
    }

    /** {@code (img > threshold) & within} as a new mask (numpy comparison on int16, strict). */
    public static boolean[] greaterThanWithin(short[] image, int threshold, boolean[] within, TaskExecutor executor) {
        imageMatches(image.length, within);
        boolean[] r = new boolean[image.length];
        executor.forRange(image.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = within[i] && image[i] > threshold;
            }
        });
        return r;
    }

    /** {@code (values > threshold) & within} as a new mask, for a float image (e.g. a smoothed one). */
    public static boolean[] greaterThanWithin(float[] values, float threshold, boolean[] within,
            TaskExecutor executor) {
        imageMatches(values.length, within);
        boolean[] r = new boolean[values.length];
        executor.forRange(values.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = within[i] && values[i] > threshold;
            }
        });
        return r;
    }

    /** {@code a &= img > threshold}; returns {@code a}. */
    public static boolean[] andGreaterThanInPlace(boolean[] a, short[] image, int threshold, TaskExecutor executor) {
        imageMatches(image.length, a);
        executor.forRange(a.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                a[i] &= image[i] > threshold;
            }
        });
        return a;
    }

    /** {@code values > threshold} as a new mask, for an int image (e.g. a squared distance), sequential. */
    public static boolean[] greaterThan(int[] values, long threshold) {
        boolean[] r = new boolean[values.length];
        for (int i = 0; i < values.length; i++) {
            r[i] = values[i] > threshold;
        }
        return r;
    }

    /**
     * {@code result[k]} = number of voxels of {@code within} with {@code image >= start - k * step}, for k
     * = 0..steps, in one pass ({@code step > 0}): a histogram of descending thresholds, then a prefix sum.
     */
    public static long[] countAtLeastEach(short[] image, boolean[] within, int start, int step, int steps,
            TaskExecutor executor) {
        if (image.length != within.length || step <= 0 || steps < 0) {
            throw new IllegalArgumentException("countAtLeastEach: " + image.length + " and " + within.length
                    + " voxels, step " + step + ", steps " + steps);
        }
        long[] total = new long[steps + 1];
        executor.forRange(image.length, (from, to) -> {
            long[] bucket = new long[steps + 1];
            for (int i = from; i < to; i++) {
                if (within[i]) {
                    int v = image[i];
                    // the smallest k with start - k * step <= v (0 when v >= start)
                    long k = v >= start ? 0 : ((long) start - v + step - 1) / step;
                    if (k <= steps) {
                        bucket[(int) k]++;
                    }
                }
            }
            synchronized (total) {
                for (int k = 0; k < bucket.length; k++) {
                    total[k] += bucket[k];
                }
            }
        });
        for (int k = 1; k < total.length; k++) {
            total[k] += total[k - 1];
        }
        return total;
    }

    // ---------------------------------------------------------------- counts

    /** Number of true voxels ({@code np.count_nonzero}). */
    public static long count(boolean[] a) {
        long n = 0;
        for (boolean v : a) {
            if (v) {
                n++;
            }
        }
        return n;
    }

    /** True if any voxel is set ({@code a.any()}); stops at the first one. */
    public static boolean any(boolean[] a) {
        for (boolean v : a) {
            if (v) {
                return true;
            }
        }
        return false;
    }

    /** Number of true pixels of slice {@code z}. */
    public static int countSlice(boolean[] mask, Dims dims, int z) {
        checkSlice(mask, dims, z);
        int s = dims.sliceSize();
        int n = 0;
        for (int i = z * s, end = i + s; i < end; i++) {
            if (mask[i]) {
                n++;
            }
        }
        return n;
    }

    /** True if slice {@code z} has a true pixel. */
    public static boolean anyInSlice(boolean[] mask, Dims dims, int z) {
        checkSlice(mask, dims, z);
        int s = dims.sliceSize();
        for (int i = z * s, end = i + s; i < end; i++) {
            if (mask[i]) {
                return true;
            }
        }
        return false;
    }

    /** Per slice: number of true pixels (length nz). */
    public static int[] countPerSlice(boolean[] mask, Dims dims, TaskExecutor executor) {
        checkVolume(mask, dims);
        int[] counts = new int[dims.nz()];
        executor.forRange(dims.nz(), (from, to) -> {
            for (int z = from; z < to; z++) {
                counts[z] = countSlice(mask, dims, z);
            }
        });
        return counts;
    }

    /** Per slice: whether it has a true pixel ({@code mask.any(axis=(1, 2))}, length nz). */
    public static boolean[] anyPerSlice(boolean[] mask, Dims dims, TaskExecutor executor) {
        checkVolume(mask, dims);
        boolean[] any = new boolean[dims.nz()];
        executor.forRange(dims.nz(), (from, to) -> {
            for (int z = from; z < to; z++) {
                any[z] = anyInSlice(mask, dims, z);
            }
        });
        return any;
    }

    /**
     * Number of slices that contain a true voxel, wherever they are. The authors' scripts use this
     * count as "the first that many slices" (they assume the non-empty slices are contiguous from 0);
     * docs/method.md uses it for {@code Lrib}, {@code LSi} and the fold length {@code fl}.
     */
    public static int slicesContaining(boolean[] mask, Dims dims, TaskExecutor executor) {
        int n = 0;
        for (boolean b : anyPerSlice(mask, dims, executor)) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Highest slice index in {@code [zFrom, zTo)} with a true pixel, or -1 if there is none. */
    public static int lastSliceContaining(boolean[] mask, Dims dims, int zFrom, int zTo) {
        checkVolume(mask, dims);
        for (int z = Math.min(zTo, dims.nz()) - 1; z >= Math.max(0, zFrom); z--) {
            if (anyInSlice(mask, dims, z)) {
                return z;
            }
        }
        return -1;
    }

    // ---------------------------------------------------------------- slices

    /** A copy of slice {@code z} ({@code mask[z]}), of {@code dims.sliceSize()} pixels. */
    public static boolean[] copySlice(boolean[] mask, Dims dims, int z) {
        checkSlice(mask, dims, z);
        int s = dims.sliceSize();
        return Arrays.copyOfRange(mask, z * s, z * s + s);
    }

    /** Overwrites slice {@code z} of {@code mask} with {@code slice} ({@code mask[z] = slice}). */
    public static void setSlice(boolean[] mask, Dims dims, int z, boolean[] slice) {
        checkSlice(mask, dims, z);
        if (slice.length != dims.sliceSize()) {
            throw new IllegalArgumentException("slice has " + slice.length + " pixels, expected " + dims.ny() + " x "
                    + dims.nx() + " = " + dims.sliceSize());
        }
        System.arraycopy(slice, 0, mask, z * dims.sliceSize(), slice.length);
    }

    /** A copy of the first {@code n} slices ({@code mask[0:n]}) of a volume of shape {@code dims}. */
    public static boolean[] firstSlices(boolean[] mask, Dims dims, int n) {
        checkVolume(mask, dims);
        if (n < 0 || n > dims.nz()) {
            throw new IllegalArgumentException("cannot take the first " + n + " slices of a " + dims + " volume");
        }
        return Arrays.copyOf(mask, n * dims.sliceSize());
    }

    // ---------------------------------------------------------------- checks

    private static void imageMatches(int imageLength, boolean[] mask) {
        if (imageLength != mask.length) {
            throw new IllegalArgumentException("image and mask differ in size: " + imageLength + " and "
                    + mask.length + " voxels");
        }
    }

    private static void sameLength(boolean[] a, boolean[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("masks differ in size: " + a.length + " and " + b.length + " voxels");
        }
    }

    private static void checkVolume(boolean[] mask, Dims dims) {
        if (mask.length != dims.size()) {
            throw new IllegalArgumentException("mask has " + mask.length + " voxels, shape " + dims + " needs "
                    + dims.size());
        }
    }

    private static void checkSlice(boolean[] mask, Dims dims, int z) {
        checkVolume(mask, dims);
        if (z < 0 || z >= dims.nz()) {
            throw new IllegalArgumentException("slice " + z + " outside 0.." + (dims.nz() - 1) + " of " + dims);
        }
    }

    /**
     * Per slice, the bounding box of the pixels equal to {@code value} as {@code {y0, y1, x0, x1}}
     * (inclusive), or null for a slice without such a pixel. Parallel over slices.
     */
    public static int[][] sliceBoxes(boolean[] mask, Dims dims, boolean value, TaskExecutor executor) {
        int[][] boxes = new int[dims.nz()][];
        executor.forRange(dims.nz(), (from, to) -> {
            for (int z = from; z < to; z++) {
                boxes[z] = sliceBox(mask, dims, z, value);
            }
        });
        return boxes;
    }

    /**
     * The bounding box of the pixels equal to {@code value} in slice z as {@code {y0, y1, x0, x1}}
     * (inclusive), or null if the slice has no such pixel. The length is not checked.
     */
    public static int[] sliceBox(boolean[] mask, Dims dims, int z, boolean value) {
        int ny = dims.ny();
        int nx = dims.nx();
        int y0 = ny;
        int y1 = -1;
        int x0 = nx;
        int x1 = -1;
        for (int y = 0; y < ny; y++) {
            int row = (z * ny + y) * nx;
            int first = 0;
            while (first < nx && mask[row + first] != value) {
                first++;
            }
            if (first == nx) {
                continue;
            }
            int last = nx - 1;
            while (mask[row + last] != value) {
                last--;
            }
            y0 = Math.min(y0, y);
            y1 = y;
            x0 = Math.min(x0, first);
            x1 = Math.max(x1, last);
        }
        return y1 < 0 ? null : new int[] {y0, y1, x0, x1};
    }
}
