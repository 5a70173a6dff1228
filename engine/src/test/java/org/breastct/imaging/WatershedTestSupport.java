package org.breastct.imaging;

import org.breastct.parallel.TaskExecutor;
import org.breastct.volume.Dims;

/**
 * Test-only ways into {@link Watershed}: the flood with a chosen layout (C order or bricked, which
 * the engine chooses by volume size) and skimage's own heap order, for comparisons with the
 * Python scripts.
 */
final class WatershedTestSupport {

    /** Layout modes: -1 automatic (as the engine), 0 never bricked, 1 bricked where it fits. */
    static final int AUTOMATIC = -1;

    private WatershedTestSupport() {
    }

    /** {@link Watershed#floodInPlace} in layout {@code mode}. */
    static int[] floodInPlace(int mode, int[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        return mode == AUTOMATIC ? Watershed.floodInPlace(priority, markers, mask, dims, connectivity, executor)
                : Watershed.floodInPlace(priority, markers, mask, dims, connectivity, executor, mode == 1);
    }

    /** {@link Watershed#floodInPlace} with byte markers in layout {@code mode}. */
    static int[] floodInPlace(int mode, int[] priority, byte[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        return mode == AUTOMATIC ? Watershed.floodInPlace(priority, markers, mask, dims, connectivity, executor)
                : Watershed.floodInPlace(priority, markers, mask, dims, connectivity, executor, mode == 1);
    }

    /** {@link Watershed#flood} in layout {@code mode} (floodInPlace on a copy, as flood does). */
    static int[] flood(int mode, int[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity, TaskExecutor executor) {
        DistanceTransform.checkLength(priority.length, dims, "priority");
        return floodInPlace(mode, priority.clone(), markers, mask, dims, connectivity, executor);
    }

    /** {@link Watershed#inPlaceLength} for layout {@code mode}. */
    static int inPlaceLength(int mode, Dims dims, Connectivity connectivity) {
        return mode == AUTOMATIC ? Watershed.inPlaceLength(dims, connectivity)
                : Watershed.inPlaceLength(dims, connectivity, mode == 1);
    }

    /**
     * {@link Watershed#flood} with skimage's own queue: a binary heap ordered by (priority, age) in
     * which every in-mask marker voxel is pushed with age 0 (also those with nothing to flood), so
     * equal-priority markers leave the heap in the order skimage's heap gives them (sift-up and
     * sift-down of heap_general.pxi, as {@link Watershed.PrimitiveHeap}), not raster order; the age
     * starts at 1 and is incremented before each later push. O(n log n), sequential.
     */
    static int[] floodSkimageHeap(int[] priority, int[] markers, boolean[] mask, Dims dims,
            Connectivity connectivity) {
        int n = dims.size();
        DistanceTransform.checkLength(priority.length, dims, "priority");
        DistanceTransform.checkLength(markers.length, dims, "markers");
        if (mask != null) {
            DistanceTransform.checkLength(mask.length, dims, "mask");
        }
        int[] out = new int[n];
        Watershed.PrimitiveHeap heap = new Watershed.PrimitiveHeap(1024);
        for (int i = 0; i < n; i++) {
            if (markers[i] < 0) {
                throw new IllegalArgumentException("negative marker " + markers[i] + " at voxel " + i);
            }
            if (mask == null || mask[i]) {
                out[i] = markers[i];
                if (out[i] != 0) {
                    heap.push(Watershed.key(priority[i], 0), i);
                }
            }
        }
        int[][] order = Watershed.neighbourOrder(dims, connectivity);
        int nx = dims.nx();
        int ny = dims.ny();
        int nz = dims.nz();
        long age = 1;
        while (heap.size > 0) {
            int i = heap.pop();
            int z = i / (ny * nx);
            int y = i / nx % ny;
            int x = i % nx;
            for (int[] o : order) {
                int zz = z + o[0];
                int yy = y + o[1];
                int xx = x + o[2];
                if (zz < 0 || zz >= nz || yy < 0 || yy >= ny || xx < 0 || xx >= nx) {
                    continue;
                }
                int j = (zz * ny + yy) * nx + xx;
                if (out[j] != 0 || (mask != null && !mask[j])) {
                    continue;
                }
                age++;
                out[j] = out[i];
                heap.push(Watershed.key(priority[j], age), j);
            }
        }
        return out;
    }
}
