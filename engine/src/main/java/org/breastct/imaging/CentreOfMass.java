package org.breastct.imaging;

import java.util.Objects;

import org.breastct.volume.Dims;

/**
 * Centre of mass of a binary mask, truncated to integer voxel coordinates.
 *
 * <p><b>Contract.</b> Input: {@code mask} of length {@code dims.size()}, C order, not modified. The
 * centre is the mean coordinate of the true voxels (each true voxel weighs 1), every component
 * truncated toward zero to int — {@code int(c)} of {@code scipy.ndimage.center_of_mass(mask)}
 * (coordinates are non-negative, so truncation is the floor). Sums are exact ({@code long});
 * the integer division equals Python's float division followed by {@code int()} because the
 * fractional part of a mean is at least 1/count away from an integer, far above double rounding.
 * Empty input: {@code null}. O(n) time, O(1) memory.
 */
public final class CentreOfMass {

    private CentreOfMass() {
    }

    /**
     * Mean (row, column) of the true pixels of slice {@code z}, each truncated toward zero to int;
     * null if the slice is empty.
     *
     * @throws IllegalArgumentException if the length does not match or z is not a slice of dims
     */
    public static int[] ofSlice(boolean[] mask, Dims dims, int z) {
        Objects.requireNonNull(mask, "mask");
        DistanceTransform.checkLength(mask.length, dims, "mask");
        if (z < 0 || z >= dims.nz()) {
            throw new IllegalArgumentException("slice " + z + " is outside the " + dims.nz() + " slices of " + dims);
        }
        int ny = dims.ny();
        int nx = dims.nx();
        int off = z * ny * nx;
        long count = 0;
        long sy = 0;
        long sx = 0;
        for (int y = 0; y < ny; y++) {
            int row = off + y * nx;
            for (int x = 0; x < nx; x++) {
                if (mask[row + x]) {
                    count++;
                    sy += y;
                    sx += x;
                }
            }
        }
        if (count == 0) {
            return null;
        }
        return new int[] {(int) (sy / count), (int) (sx / count)};
    }

    /**
     * Mean (z, row, column) of all true voxels, each truncated toward zero to int; null if the
     * mask is empty.
     */
    public static int[] ofVolume(boolean[] mask, Dims dims) {
        Objects.requireNonNull(mask, "mask");
        DistanceTransform.checkLength(mask.length, dims, "mask");
        int ny = dims.ny();
        int nx = dims.nx();
        long count = 0;
        long sz = 0;
        long sy = 0;
        long sx = 0;
        int i = 0;
        for (int z = 0; z < dims.nz(); z++) {
            for (int y = 0; y < ny; y++) {
                for (int x = 0; x < nx; x++, i++) {
                    if (mask[i]) {
                        count++;
                        sz += z;
                        sy += y;
                        sx += x;
                    }
                }
            }
        }
        if (count == 0) {
            return null;
        }
        return new int[] {(int) (sz / count), (int) (sy / count), (int) (sx / count)};
    }
}
