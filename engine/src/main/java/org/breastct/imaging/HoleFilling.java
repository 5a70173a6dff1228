package org.breastct.imaging;

import java.util.Arrays;
import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Per-slice 2-D hole filling ("fill2" of docs/method.md).
 *
 * <p><b>Contract.</b> In place on {@code mask} (length {@code dims.size()}, C order), for every
 * slice z in [zFrom, zTo): the background (false) pixels are grouped into 8-connected regions
 * ({@link Connectivity#FULL}); regions that contain a pixel of the slice border stay background,
 * every other background pixel (a hole) becomes true. Other slices are untouched. This is
 * {@code scipy.ndimage.binary_fill_holes(mask[z], structure=np.ones((3, 3)))}: scipy invades the
 * complement from outside the image with the given structure; what is not reached is a hole.
 * (scipy's default structure is the cross, which would fill diagonal-only gaps; the method needs
 * the 8-connected background.)
 *
 * <p><b>Algorithm.</b> Scan-line flood fill of the background from the border pixels with an
 * explicit int stack (hole filling as reconstruction of the complement from the border: Soille,
 * Morphological Image Analysis, 2nd ed., Springer 2003, DOI 10.1007/978-3-662-05088-0), then every
 * unreached background pixel is set. Only the bounding box of the slice's foreground is flooded:
 * everything outside it is background connected to the slice border, and so is every background
 * pixel on the box's edge (its neighbour just outside the box is), so the box edge plays the role
 * of the slice border. O(ny nx) time per slice, O(ny nx) scratch per task. Slices are independent;
 * the executor overload processes them in parallel with identical results.
 */
public final class HoleFilling {

    private HoleFilling() {
    }

    /**
     * In place, for slices z in [zFrom, zTo): background pixels not 8-connected to the slice border
     * become foreground.
     *
     * @throws IllegalArgumentException if the length does not match or the slice range is outside [0, nz]
     */
    public static void fillSlices(boolean[] mask, Dims dims, int zFrom, int zTo) {
        fillSlices(mask, dims, zFrom, zTo, TaskExecutor.sequential());
    }

    /** As {@link #fillSlices(boolean[], Dims, int, int)}, slices in parallel. */
    public static void fillSlices(boolean[] mask, Dims dims, int zFrom, int zTo, TaskExecutor executor) {
        Objects.requireNonNull(mask, "mask");
        Objects.requireNonNull(executor, "executor");
        DistanceTransform.checkLength(mask.length, dims, "mask");
        if (zFrom < 0 || zTo > dims.nz() || zFrom > zTo) {
            throw new IllegalArgumentException("slice range [" + zFrom + ", " + zTo + ") is not inside the "
                    + dims.nz() + " slices of " + dims);
        }
        int ny = dims.ny();
        int nx = dims.nx();
        int sliceSize = ny * nx;
        if (sliceSize == 0) {
            return;
        }
        executor.forRange(zTo - zFrom, (from, to) -> {
            boolean[] outside = new boolean[sliceSize];
            int[] stack = new int[2 * (ny + nx) + 16];
            for (int s = from; s < to; s++) {
                stack = fillSlice(mask, dims, zFrom + s, outside, stack);
            }
        });
    }

    /**
     * "fill2" on the first {@code n} slices (clipped to [0, nz]): as {@link #fillSlices(boolean[], Dims,
     * int, int, TaskExecutor)} on slices [0, min(n, nz)); nothing for {@code n <= 0}.
     */
    public static void fillFirstSlices(boolean[] mask, Dims dims, int n, TaskExecutor executor) {
        fillSlices(mask, dims, 0, Math.max(0, Math.min(n, dims.nz())), executor);
    }

    /**
     * Fills the holes of slice z: finds the bounding box of its foreground ({@link SliceCrop}), then fills
     * the holes of that box ({@link #fillBox}).
     */
    private static int[] fillSlice(boolean[] mask, Dims dims, int z, boolean[] outside, int[] stack) {
        SliceCrop box = SliceCrop.of(mask, dims, z);
        if (box == null) {
            return stack; // no foreground: all background touches the border
        }
        return fillBox(mask, dims.index(z, box.y0(), box.x0()), box.dims().ny(), box.dims().nx(), dims.nx(), outside,
                stack);
    }

    /**
     * Fills the holes of the h x w box whose first pixel is {@code mask[off]} (rows {@code stride}
     * apart), its edge taken as the border: scan-line flood fill of the background from the edge
     * pixels (each popped seed is widened to its maximal background run of the row, then the rows
     * above and below are scanned over [left - 1, right + 1] — the 8-connected contacts — and one
     * seed is pushed per unreached background run found there). {@code outside} (at least h * w)
     * marks the reached pixels, indexed y * w + x.
     */
    private static int[] fillBox(boolean[] mask, int off, int h, int w, int stride, boolean[] outside, int[] stack) {
        Arrays.fill(outside, 0, h * w, false);
        int sp = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x += (y == 0 || y == h - 1) ? 1 : Math.max(1, w - 1)) {
                if (!mask[off + y * stride + x]) {
                    if (sp == stack.length) {
                        stack = Arrays.copyOf(stack, stack.length * 2);
                    }
                    stack[sp++] = y * w + x;
                }
            }
        }
        while (sp > 0) {
            int p = stack[--sp];
            if (outside[p]) {
                continue;
            }
            int y = p / w;
            int row = y * w;
            int mrow = off + y * stride;
            int x = p - row;
            int left = x;
            while (left > 0 && !mask[mrow + left - 1] && !outside[row + left - 1]) {
                left--;
            }
            int right = x;
            while (right < w - 1 && !mask[mrow + right + 1] && !outside[row + right + 1]) {
                right++;
            }
            for (int xx = left; xx <= right; xx++) {
                outside[row + xx] = true;
            }
            int from = Math.max(0, left - 1);
            int to = Math.min(w - 1, right + 1);
            for (int yy = y - 1; yy <= y + 1; yy += 2) {
                if (yy < 0 || yy >= h) {
                    continue;
                }
                int r = yy * w;
                int mr = off + yy * stride;
                int xx = from;
                while (xx <= to) {
                    if (!mask[mr + xx] && !outside[r + xx]) {
                        if (sp == stack.length) {
                            stack = Arrays.copyOf(stack, stack.length * 2);
                        }
                        stack[sp++] = r + xx;
                        // skip the rest of this run: one seed per run
                        while (xx <= to && !mask[mr + xx] && !outside[r + xx]) {
                            xx++;
                        }
                    } else {
                        xx++;
                    }
                }
            }
        }
        for (int y = 0; y < h; y++) {
            int r = y * w;
            int mr = off + y * stride;
            for (int x = 0; x < w; x++) {
                if (!outside[r + x]) {
                    mask[mr + x] = true;
                }
            }
        }
        return stack;
    }
}
