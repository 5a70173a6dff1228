package org.breastct.imaging;

import org.breastct.volume.Dims;

/**
 * Result of {@link ConnectedComponents#label}: component labels 1..count numbered in raster
 * (C) order of each component's first voxel; 0 is background.
 */
public final class Labeling {

    private final Dims dims;
    private final int[] labels;
    private final int count;
    private final int[] sizes;
    private final int[] firstIndex;

    /**
     * @param labels     per voxel label, 0 = background
     * @param count      number of components
     * @param sizes      voxel count per label, index 0 unused (length count + 1)
     * @param firstIndex flat index of the raster-first voxel per label, index 0 unused
     */
    public Labeling(Dims dims, int[] labels, int count, int[] sizes, int[] firstIndex) {
        this.dims = dims;
        this.labels = labels;
        this.count = count;
        this.sizes = sizes;
        this.firstIndex = firstIndex;
    }

    public Dims dims() {
        return dims;
    }

    /** Labels per voxel (shared array). */
    public int[] labels() {
        return labels;
    }

    public int count() {
        return count;
    }

    /** Voxel count of component {@code label} (1..count). */
    public int size(int label) {
        return sizes[label];
    }

    /** Flat index of the raster-first voxel of component {@code label} (1..count). */
    public int firstIndex(int label) {
        return firstIndex[label];
    }

    /** The largest component's label; ties go to the lowest label; 0 when there is none. */
    public int largest() {
        return largestOf(sizes, count);
    }

    /**
     * The label in 1..count with the largest {@code sizes[label]}, ties to the lowest; 0 when count is 0
     * (also {@link ConnectedComponents.Components#largest}).
     */
    static int largestOf(int[] sizes, int count) {
        int best = 0;
        int bestSize = -1;
        for (int l = 1; l <= count; l++) {
            if (sizes[l] > bestSize) {
                best = l;
                bestSize = sizes[l];
            }
        }
        return best;
    }

    /** A new mask of the voxels of component {@code label}; all false for label 0 or out of range. */
    public boolean[] mask(int label) {
        boolean[] m = new boolean[labels.length];
        if (label <= 0 || label > count) {
            return m;
        }
        for (int i = 0; i < labels.length; i++) {
            m[i] = labels[i] == label;
        }
        return m;
    }
}
