package org.breastct.segmentation;

import org.breastct.imaging.Connectivity;
import org.breastct.imaging.ContourBand;
import org.breastct.imaging.DistanceTransform;
import org.breastct.imaging.HoleFilling;
import org.breastct.imaging.Morphology;
import org.breastct.imaging.Watershed;
import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Compound operations of docs/method.md "Conventions" that several stages share, built from the
 * imaging primitives. Package-private: the stages are the public API.
 */
final class MethodOps {

    /** Number of leading slices "erode3 k*" replaces by the 2-D erosion (docs/method.md Conventions). */
    static final int ERODE3_STAR_2D_SLICES = 2;

    private MethodOps() {
    }

    /**
     * "erode3 k*": 3-D erosion with a k-cube (outside = background), then slices 0 and 1 replaced by
     * the 2-D k x k erosion of the same slices of {@code mask}. Returns a new mask.
     */
    static boolean[] erode3Star(boolean[] mask, Dims dims, int k, TaskExecutor executor) {
        boolean[] eroded = Morphology.erode(mask, dims, k, k, k, executor);
        int head = Math.min(ERODE3_STAR_2D_SLICES, dims.nz());
        if (head > 0) {
            Dims headDims = new Dims(head, dims.ny(), dims.nx());
            boolean[] headMask = java.util.Arrays.copyOf(mask, headDims.size());
            boolean[] head2d = Morphology.erode(headMask, headDims, 1, k, k, executor);
            System.arraycopy(head2d, 0, eroded, 0, head2d.length);
        }
        return eroded;
    }

    /**
     * "fill2" on slices [zFrom, zTo) clipped to the volume, in place, slices in parallel: background
     * pixels not 8-connected to the slice border become foreground.
     */
    static void fill2(boolean[] mask, Dims dims, int zFrom, int zTo, TaskExecutor executor) {
        int from = Math.max(0, zFrom);
        int to = Math.min(zTo, dims.nz());
        if (to > from) {
            HoleFilling.fillSlices(mask, dims, from, to, executor);
        }
    }

    /**
     * The squared EDT of {@code foreground} (as {@link DistanceTransform#squared}) in an array of
     * {@link Watershed#inPlaceLength} entries for FACE connectivity, so that the 6-connected
     * {@link Watershed#floodInPlace} on it (after {@link #negate}) allocates no state array; the
     * entries past {@code dims.size()} are 0.
     */
    static int[] squaredEdtForFlood(boolean[] foreground, Dims dims, TaskExecutor executor) {
        return squaredEdtForFlood(foreground, dims, DistanceTransform.NO_BACKGROUND, executor);
    }

    /** {@link #squaredEdtForFlood(boolean[], Dims, TaskExecutor)} capped: {@code min(EDT^2, cap)}. */
    static int[] squaredEdtForFlood(boolean[] foreground, Dims dims, int cap, TaskExecutor executor) {
        int[] out = new int[Watershed.inPlaceLength(dims, Connectivity.FACE)];
        return DistanceTransform.squaredAtMost(foreground, dims, out, cap, executor);
    }

    /** {@code values[i] = -values[i]} (squared EDT to watershed priority "-EDT"), in parallel. */
    static void negate(int[] values, TaskExecutor executor) {
        executor.forRange(values.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                values[i] = -values[i];
            }
        });
    }

    /** Slice {@code z} of an int16 volume, as a new array. */
    static short[] slice(short[] image, Dims dims, int z) {
        int s = dims.sliceSize();
        return java.util.Arrays.copyOfRange(image, z * s, z * s + s);
    }

    /** {@code labels[i] = code} wherever {@code where[i]}; returns the number of voxels written. */
    static long write(byte[] labels, boolean[] where, int code, TaskExecutor executor) {
        java.util.concurrent.atomic.AtomicLong n = new java.util.concurrent.atomic.AtomicLong();
        byte b = (byte) code;
        executor.forRange(where.length, (from, to) -> {
            long c = 0;
            for (int i = from; i < to; i++) {
                if (where[i]) {
                    labels[i] = b;
                    c++;
                }
            }
            n.addAndGet(c);
        });
        return n.get();
    }

    /** Mask of {@code labels == code} (unsigned), as a new array. */
    static boolean[] labelIs(byte[] labels, int code, TaskExecutor executor) {
        boolean[] r = new boolean[labels.length];
        byte b = (byte) code;
        executor.forRange(labels.length, (from, to) -> {
            for (int i = from; i < to; i++) {
                r[i] = labels[i] == b;
            }
        });
        return r;
    }

    /**
     * Per slice, the bounding box of the true pixels as {@code {y0, y1, x0, x1}} (inclusive), or null
     * for an empty slice. Parallel over slices.
     */
    static int[][] sliceBoxes(boolean[] mask, Dims dims, TaskExecutor executor) {
        return org.breastct.imaging.MaskOps.sliceBoxes(mask, dims, true, executor);
    }

    /** Slice z of {@code mask} inside {@code box} ({@code sliceBoxes} format), as a new h x w array. */
    static boolean[] crop(boolean[] mask, Dims dims, int z, int[] box) {
        int h = box[1] - box[0] + 1;
        int w = box[3] - box[2] + 1;
        boolean[] out = new boolean[h * w];
        for (int y = 0; y < h; y++) {
            System.arraycopy(mask, (z * dims.ny() + box[0] + y) * dims.nx() + box[2], out, y * w, w);
        }
        return out;
    }

    /**
     * band(n) of every slice of {@code mask} ({@link ContourBand#band}), computed on each slice's
     * bounding box only ({@code boxes} from {@link #sliceBoxes} of the same mask). Same result: every
     * mask pixel and every boundary pixel lies in the box, and pixels just outside it are outside the
     * mask, as the image border is. Parallel over slices.
     */
    static boolean[] bandInBoxes(boolean[] mask, Dims dims, int[][] boxes, int n, TaskExecutor executor) {
        boolean[] out = new boolean[mask.length];
        executor.forRange(dims.nz(), (from, to) -> {
            for (int z = from; z < to; z++) {
                int[] box = boxes[z];
                if (box == null) {
                    continue;
                }
                int h = box[1] - box[0] + 1;
                int w = box[3] - box[2] + 1;
                boolean[] band = ContourBand.band(crop(mask, dims, z, box), Dims.slice(h, w), n,
                        TaskExecutor.sequential());
                for (int y = 0; y < h; y++) {
                    System.arraycopy(band, y * w, out, (z * dims.ny() + box[0] + y) * dims.nx() + box[2], w);
                }
            }
        });
        return out;
    }

    /** Python's int() of a double: truncation toward zero. */
    static int truncate(double v) {
        return (int) v;
    }
}
