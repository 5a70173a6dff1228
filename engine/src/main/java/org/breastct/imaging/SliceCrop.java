package org.breastct.imaging;

import java.util.Arrays;

import org.breastct.volume.Dims;

/**
 * The bounding box of the true pixels of one slice of a mask, for per-slice work on the box instead of
 * the whole slice: crop other volumes' pixels to it ({@link #crop}) and write a result back
 * ({@link #replaceSlice}).
 *
 * <p>Working on the box gives the same values as working on the slice for operations whose result
 * outside the mask does not matter and that treat the image border as the box edge treats its
 * outside: per-slice labelling and largest component, the contour band, hole filling and a dilation
 * whose values are only used inside the mask (raster order is kept, so label numbers and ties are
 * the same). The caller states why it holds for its use.
 */
public final class SliceCrop {

    private final Dims volume;
    private final int z;
    private final int y0;
    private final int x0;
    private final Dims box;

    private SliceCrop(Dims volume, int z, int y0, int y1, int x0, int x1) {
        this.volume = volume;
        this.z = z;
        this.y0 = y0;
        this.x0 = x0;
        this.box = Dims.slice(y1 - y0 + 1, x1 - x0 + 1);
    }

    /**
     * The bounding box of the true pixels of slice {@code z} of {@code mask}, or null when the slice has
     * none.
     *
     * @throws IllegalArgumentException if the length does not match or z is outside the volume
     */
    public static SliceCrop of(boolean[] mask, Dims dims, int z) {
        DistanceTransform.checkLength(mask.length, dims, "mask");
        if (z < 0 || z >= dims.nz()) {
            throw new IllegalArgumentException("slice " + z + " outside 0.." + (dims.nz() - 1) + " of " + dims);
        }
        int[] b = MaskOps.sliceBox(mask, dims, z, true);
        return b == null ? null : new SliceCrop(dims, z, b[0], b[1], b[2], b[3]);
    }

    /** First row of the box in the slice. */
    int y0() {
        return y0;
    }

    /** First column of the box in the slice. */
    int x0() {
        return x0;
    }

    /** The box as a 2-D grid (1 x h x w). */
    public Dims dims() {
        return box;
    }

    /** The pixels of {@code volumeMask} (same shape as the cropped mask) inside the box, as a new h x w mask. */
    public boolean[] crop(boolean[] volumeMask) {
        DistanceTransform.checkLength(volumeMask.length, volume, "mask");
        int w = box.nx();
        boolean[] out = new boolean[box.size()];
        for (int y = 0; y < box.ny(); y++) {
            System.arraycopy(volumeMask, volume.index(z, y0 + y, x0), out, y * w, w);
        }
        return out;
    }

    /**
     * The pixels inside the box of a mask that holds slice z only ({@code ny * nx} pixels, e.g. a per-slice
     * result computed on the whole slice), as a new h x w mask.
     */
    public boolean[] cropSlice(boolean[] sliceMask) {
        DistanceTransform.checkLength(sliceMask.length, volume.sliceDims(), "slice mask");
        int w = box.nx();
        boolean[] out = new boolean[box.size()];
        for (int y = 0; y < box.ny(); y++) {
            System.arraycopy(sliceMask, (y0 + y) * volume.nx() + x0, out, y * w, w);
        }
        return out;
    }

    /**
     * Slice z of {@code volumeMask} becomes {@code boxMask} inside the box and false outside it.
     *
     * @throws IllegalArgumentException if a length does not match
     */
    public void replaceSlice(boolean[] boxMask, boolean[] volumeMask) {
        DistanceTransform.checkLength(volumeMask.length, volume, "mask");
        DistanceTransform.checkLength(boxMask.length, box, "box mask");
        int s = volume.sliceSize();
        Arrays.fill(volumeMask, z * s, z * s + s, false);
        int w = box.nx();
        for (int y = 0; y < box.ny(); y++) {
            System.arraycopy(boxMask, y * w, volumeMask, volume.index(z, y0 + y, x0), w);
        }
    }
}
