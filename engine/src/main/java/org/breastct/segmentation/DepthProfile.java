package org.breastct.segmentation;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * The skin depth profile of docs/method.md "Robust mode" R1: the mean image value of the breast voxels per unit
 * layer of 3-D depth, and the skin thickness read from it.
 *
 * <p><b>Layers.</b> With {@code D} the Euclidean depth of a breast voxel (EDT of {@code breast}), layer k
 * (k = 1..{@value #LAYERS}) holds the breast voxels with {@code |D - k| < 0.5}. On the squared EDT
 * {@code q = D^2} (an integer) this is {@code k^2 - k + 1 <= q <= k^2 + k} ({@link #layer}); a depth of
 * exactly k + 0.5 cannot occur. {@link #of} sums the image and counts the voxels per slice and layer once,
 * so the profile of any run of slices ({@link #prof}) costs O(slices x layers).
 *
 * <p><b>Thickness</b> ({@link #thick}), on {@code prof[1..15]}: {@code p} = the k of the maximum (the
 * first on ties); {@code lo} = the minimum of {@code prof[p..15]}; {@code mid = (prof[p] + lo) / 2}; the
 * first {@code k >= p} (k &lt;= 14) with {@code prof[k+1] <= mid} gives
 * {@code T = k + (prof[k] - mid) / (prof[k] - prof[k+1])}; {@code contrast = prof[p] - lo}. Undefined
 * (null) when a layer of 1..15 is empty (its mean is NaN), when there is no such k (p = 15), or when the
 * contrast is 0 (a flat profile: the k found would divide 0 by 0).
 */
final class DepthProfile {

    /** Layers 1..15 of docs/method.md "Robust mode" R1. */
    public static final int LAYERS = 15;

    /**
     * A skin thickness read from a profile.
     *
     * @param thickness T in voxels (k of the half-way crossing plus the linear interpolation)
     * @param contrast  {@code prof[p] - lo} in HU
     * @param peak      p, the layer of the maximum
     */
    public record Thickness(double thickness, double contrast, int peak) {
    }

    private final int nz;
    /** Per slice z and layer k (1..15): sum of the image at {@code [z * 16 + k]} and voxel count. */
    private final long[] sums;
    private final long[] counts;

    private DepthProfile(int nz, long[] sums, long[] counts) {
        this.nz = nz;
        this.sums = sums;
        this.counts = counts;
    }

    /**
     * Sums the image over every layer of every slice.
     *
     * @param image    the HU image
     * @param breast   the breast mask (only its voxels count)
     * @param squaredDepth squared EDT of {@code breast} (at least {@code dims.size()} entries)
     * @param dims     the grid
     */
    public static DepthProfile of(short[] image, boolean[] breast, int[] squaredDepth, Dims dims,
            TaskExecutor executor) {
        int nz = dims.nz();
        int plane = dims.sliceSize();
        int stride = LAYERS + 1;
        long[] sums = new long[nz * stride];
        long[] counts = new long[nz * stride];
        int maxSq = LAYERS * LAYERS + LAYERS;
        int[] layerOf = new int[maxSq + 1];
        for (int q = 0; q <= maxSq; q++) {
            layerOf[q] = layer(q);
        }
        executor.forEach(nz, z -> accumulate(image, breast, squaredDepth, z * plane, plane, layerOf,
                sums, counts, z * stride));
        return new DepthProfile(nz, sums, counts);
    }

    /** Adds the image values of the breast voxels of one slice to their layers' sums and counts. */
    private static void accumulate(short[] image, boolean[] breast, int[] squaredDepth, int o, int plane, int[] layerOf,
            long[] sums, long[] counts, int b) {
        int maxSq = layerOf.length - 1;
        for (int i = o; i < o + plane; i++) {
            int q = squaredDepth[i];
            if (breast[i] && q >= 1 && q <= maxSq) {
                int k = layerOf[q];
                sums[b + k] += image[i];
                counts[b + k]++;
            }
        }
    }

    /** The layer k (1..15) of a squared depth q: {@code k^2 - k + 1 <= q <= k^2 + k}; 0 if none. */
    public static int layer(int q) {
        for (int k = 1; k <= LAYERS; k++) {
            if (q >= k * k - k + 1 && q <= k * k + k) {
                return k;
            }
        }
        return 0;
    }

    /** {@code prof(S)} for the slices {@code [zFrom, zTo)}: index k = 1..15 (index 0 unused), NaN = empty layer. */
    public double[] prof(int zFrom, int zTo) {
        double[] prof = new double[LAYERS + 1];
        prof[0] = Double.NaN;
        int from = Math.max(0, zFrom);
        int to = Math.min(nz, zTo);
        for (int k = 1; k <= LAYERS; k++) {
            long s = 0;
            long n = 0;
            for (int z = from; z < to; z++) {
                s += sums[z * (LAYERS + 1) + k];
                n += counts[z * (LAYERS + 1) + k];
            }
            prof[k] = n == 0 ? Double.NaN : (double) s / n;
        }
        return prof;
    }

    /**
     * {@code thick(prof)} as the class documentation says; {@code prof[1..15]} (index 0 ignored).
     *
     * @return the thickness, or null when undefined
     */
    public static Thickness thick(double[] prof) {
        if (prof.length != LAYERS + 1) {
            throw new IllegalArgumentException("a profile has layers 1.." + LAYERS + ", got length " + prof.length);
        }
        for (int k = 1; k <= LAYERS; k++) {
            if (Double.isNaN(prof[k])) {
                return null; // an empty layer
            }
        }
        int p = 1;
        for (int k = 2; k <= LAYERS; k++) {
            if (prof[k] > prof[p]) {
                p = k;
            }
        }
        double lo = prof[p];
        for (int k = p; k <= LAYERS; k++) {
            lo = Math.min(lo, prof[k]);
        }
        double contrast = prof[p] - lo;
        if (!(contrast > 0)) {
            return null; // flat from the peak on
        }
        double mid = (prof[p] + lo) / 2;
        for (int k = p; k < LAYERS; k++) {
            if (prof[k + 1] <= mid) {
                return new Thickness(k + (prof[k] - mid) / (prof[k] - prof[k + 1]), contrast, p);
            }
        }
        return null;
    }
}
