package org.breastct.imaging;

import java.util.Objects;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * A closed digital ball: the voxels (z, y, x) with {@code (z-cz)^2 + (y-cy)^2 + (x-cx)^2 <= r^2}
 * (boundary included; exact integer arithmetic, no rounding). The centre may lie outside the array;
 * only voxels inside it are ever read or written. Operations visit the slices the ball meets,
 * in parallel, with the same result for any thread count.
 *
 * @param cz     centre slice
 * @param cy     centre row
 * @param cx     centre column
 * @param radius radius in voxels, {@code >= 0}
 */
public record Ball(int cz, int cy, int cx, int radius) {

    public Ball {
        if (radius < 0) {
            throw new IllegalArgumentException("radius must be >= 0, got " + radius);
        }
    }

    /** Whether (z, y, x) lies in the ball. */
    public boolean contains(int z, int y, int x) {
        long dz = z - (long) cz;
        long dy = y - (long) cy;
        long dx = x - (long) cx;
        return dz * dz + dy * dy + dx * dx <= (long) radius * radius;
    }

    /** {@code mask AND ball} as a new mask ({@code mask} of length {@code dims.size()}, not modified). */
    public boolean[] within(boolean[] mask, Dims dims, TaskExecutor executor) {
        DistanceTransform.checkLength(mask.length, dims, "mask");
        boolean[] out = new boolean[mask.length];
        forEachInside(dims, executor, i -> out[i] = mask[i]);
        return out;
    }

    /** {@code mask &= NOT ball}, in place. */
    public void clearInside(boolean[] mask, Dims dims, TaskExecutor executor) {
        DistanceTransform.checkLength(mask.length, dims, "mask");
        forEachInside(dims, executor, i -> mask[i] = false);
    }

    private void forEachInside(Dims dims, TaskExecutor executor, java.util.function.IntConsumer body) {
        Objects.requireNonNull(executor, "executor");
        long zFrom = Math.max(0L, (long) cz - radius);
        long zTo = Math.min(dims.nz() - 1L, (long) cz + radius);
        if (zFrom > zTo || dims.ny() == 0 || dims.nx() == 0) {
            return;
        }
        executor.forEach((int) (zTo - zFrom + 1), s -> {
            int z = (int) zFrom + s;
            for (int y = 0; y < dims.ny(); y++) {
                for (int x = 0, i = dims.index(z, y, 0); x < dims.nx(); x++, i++) {
                    if (contains(z, y, x)) {
                        body.accept(i);
                    }
                }
            }
        });
    }
}
