package org.breastct.volume;

/**
 * Shape of a voxel grid, indexed {@code [z][y][x]} = (slice, row, column), stored flat in C (raster)
 * order: {@code index = (z * ny + y) * nx + x}.
 *
 * <p>A 2-D image is a grid with {@code nz == 1}. Every primitive in {@code org.breastct.imaging}
 * treats such a grid exactly as the 2-D case (8/4-connectivity, 2-D distances).
 *
 * <p>The voxel count must fit a single Java array ({@link #MAX_VOXELS}); 600 x 1024 x 1024
 * (629 145 600 voxels) does.
 */
public record Dims(int nz, int ny, int nx) {

    /** Largest number of voxels a flat primitive array can hold on HotSpot. */
    public static final long MAX_VOXELS = Integer.MAX_VALUE - 8L;

    public Dims {
        if (nz < 0 || ny < 0 || nx < 0) {
            throw new IllegalArgumentException("negative dimension in " + nz + " x " + ny + " x " + nx);
        }
        long n = (long) nz * ny * nx;
        if (n > MAX_VOXELS) {
            throw new IllegalArgumentException("volume " + nz + " x " + ny + " x " + nx + " has " + n
                    + " voxels, more than the " + MAX_VOXELS + " a volume can hold");
        }
    }

    /** A single 2-D slice of {@code ny} rows and {@code nx} columns. */
    public static Dims slice(int ny, int nx) {
        return new Dims(1, ny, nx);
    }

    /** Number of voxels. */
    public int size() {
        return nz * ny * nx;
    }

    /** Number of voxels in one slice. */
    public int sliceSize() {
        return ny * nx;
    }

    /** Flat index of (z, y, x). */
    public int index(int z, int y, int x) {
        return (z * ny + y) * nx + x;
    }

    /** The dims of one slice of this grid. */
    public Dims sliceDims() {
        return new Dims(1, ny, nx);
    }

    public boolean is2d() {
        return nz == 1;
    }

    @Override
    public String toString() {
        return nz + "x" + ny + "x" + nx;
    }
}
