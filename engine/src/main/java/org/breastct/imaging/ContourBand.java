package org.breastct.imaging;

import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Contour band of each 2-D slice ("band(n)" of algorithm.md).
 *
 * <p><b>Contract.</b> Input: {@code mask} of length {@code dims.size()}, C order, not modified;
 * {@code n >= 0}. Per slice, a <em>boundary pixel</em> is a mask pixel with at least one of its 4
 * face neighbours outside the mask, where pixels outside the image count as outside (so mask
 * pixels on the image border are boundary pixels). Output: a new mask holding the mask pixels whose
 * Euclidean distance to the nearest boundary pixel of the same slice is &lt;= n (boundary pixels
 * included; the test is {@code d^2 <= n^2} on exact integers, so there are no rounding ties).
 * Slices are independent (no z neighbours). Holes in the mask have boundaries too, so the band
 * follows outer and inner contours alike.
 *
 * <p>It stands in for the scripts' drawing of all OpenCV contours (outer and holes) with thickness
 * 2n-1, clipped to the mask: algorithm.md reports identity for n = 3 and 9 and 99.9 % for n = 25.
 *
 * <p><b>Algorithm.</b> Mark the boundary pixels, run the exact 2-D squared EDT to them (Felzenszwalb
 * &amp; Huttenlocher 2012, DOI 10.4086/toc.2012.v008a019, see {@link DistanceTransform}) and keep
 * the mask pixels with {@code d^2 <= n^2}. O(ny nx) per slice; scratch O(ny nx) per task; slices
 * run in parallel with identical results for any thread count.
 */
public final class ContourBand {

    private ContourBand() {
    }

    /**
     * For every slice: the mask pixels whose Euclidean distance to the nearest boundary pixel is
     * {@code <= n}; a boundary pixel is a mask pixel with at least one 4-neighbour outside the mask
     * (outside the image counts as outside). Returns a new mask.
     *
     * @throws IllegalArgumentException if {@code n < 0} or the length does not match
     */
    public static boolean[] band(boolean[] mask, Dims dims, int n, TaskExecutor executor) {
        return bands(mask, dims, executor, n)[0];
    }

    /**
     * Several bands of the same mask at once, sharing one distance computation: element k of the
     * result is {@code band(mask, dims, widths[k], executor)}.
     *
     * @throws IllegalArgumentException if a width is negative or the length does not match
     */
    public static boolean[][] bands(boolean[] mask, Dims dims, TaskExecutor executor, int... widths) {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(widths, "widths");
        DistanceTransform.checkLength(mask.length, dims, "mask");
        long[] n2 = new long[widths.length];
        for (int k = 0; k < widths.length; k++) {
            if (widths[k] < 0) {
                throw new IllegalArgumentException("band width must be >= 0, got " + widths[k]);
            }
            n2[k] = (long) widths[k] * widths[k];
        }
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        boolean[][] out = new boolean[widths.length][mask.length];
        if (sliceSize == 0 || widths.length == 0) {
            return out;
        }
        executor.forRange(dims.nz(), (from, to) -> {
            int[] f = new int[sliceSize];
            DistanceTransform.Scratch scratch = new DistanceTransform.Scratch(Math.max(ny, nx));
            for (int z = from; z < to; z++) {
                int off = z * sliceSize;
                boolean any = false;
                for (int y = 0; y < ny; y++) {
                    for (int x = 0; x < nx; x++) {
                        int i = off + y * nx + x;
                        boolean boundary = mask[i] && (x == 0 || !mask[i - 1] || x == nx - 1 || !mask[i + 1]
                                || y == 0 || !mask[i - nx] || y == ny - 1 || !mask[i + nx]);
                        f[y * nx + x] = boundary ? 0 : DistanceTransform.NO_BACKGROUND;
                        any |= boundary;
                    }
                }
                if (!any) {
                    continue; // empty slice (a non-empty mask always has a boundary pixel)
                }
                DistanceTransform.slice2dInPlace(f, 0, ny, nx, scratch);
                for (int k = 0; k < n2.length; k++) {
                    boolean[] o = out[k];
                    long limit = n2[k];
                    for (int p = 0; p < sliceSize; p++) {
                        o[off + p] = mask[off + p] && f[p] <= limit;
                    }
                }
            }
        });
        return out;
    }
}
