package org.breastct.imaging;

import java.util.Arrays;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * "erode3 k*" of docs/method.md (Conventions): the 3-D erosion with a k x k x k cube, after which the
 * first two slices are replaced by the 2-D k x k erosion of the same slices of the input.
 *
 * <p><b>Contract.</b> Input {@code mask} of length {@code dims.size()}, C order, not modified; k odd
 * and &gt;= 1. Outside the array is background ({@link Morphology}), so the 3-D erosion clears the first
 * and last k/2 slices; the 2-D erosion of slices 0 and 1 (the chest wall in the method) keeps them.
 * Slices 2 and later are the 3-D erosion. A volume with fewer than two slices has all its slices
 * replaced. Output: a new mask. {@code scipy.ndimage.binary_erosion(m, np.ones((k, k, k)))} followed by
 * {@code e[s] = binary_erosion(m[s], np.ones((k, k)))} for s = 0, 1. Cost: that of the two
 * {@link Morphology#erode} calls (the 2-D one on two slices only); same result for any thread count.
 */
public final class StarErosion {

    /** Number of leading slices replaced by the 2-D erosion. */
    public static final int SLICES_2D = 2;

    private StarErosion() {
    }

    /**
     * The 3-D erosion with a k-cube, slices 0 and 1 replaced by their 2-D k x k erosion.
     *
     * @throws IllegalArgumentException if k is even or below 1, or the length does not match
     */
    public static boolean[] erode(boolean[] mask, Dims dims, int k, TaskExecutor executor) {
        boolean[] eroded = Morphology.erode(mask, dims, k, k, k, executor);
        int head = Math.min(SLICES_2D, dims.nz());
        if (head > 0) {
            Dims headDims = new Dims(head, dims.ny(), dims.nx());
            boolean[] head2d = Morphology.erode(Arrays.copyOf(mask, headDims.size()), headDims, 1, k, k, executor);
            System.arraycopy(head2d, 0, eroded, 0, head2d.length);
        }
        return eroded;
    }
}
