package org.breastct.phantom;

/**
 * Smooth 3-D value noise in [-1, 1] on a grid of {@code nz x ny x nx} voxels: random values at
 * the nodes of a cubic lattice of {@code cell} voxels (a hash of the seed and the node, so any
 * thread computes the same value for a node without shared state), interpolated with smoothstep
 * weights along each axis. Evaluated one slice at a time: {@link #plane} interpolates the two
 * lattice planes around a slice, {@link #row} one row of that plane, and the voxel value is
 * {@code lerp(row[ix[x]], row[ix[x] + 1], wx[x])}. Cost per slice O(lattice nodes), per voxel O(1).
 */
final class ValueNoise {

    private final long seed;
    private final double cell;
    private final double offZ;
    private final double offY;
    private final double offX;
    /** Lattice nodes along y and x (enough to cover the grid plus one). */
    final int nodesY;
    final int nodesX;
    /** Per column: lattice index and smoothstep weight. */
    final int[] ix;
    final double[] wx;
    /** Per row: lattice index and smoothstep weight. */
    final int[] iy;
    final double[] wy;

    ValueNoise(long seed, double cell, int ny, int nx) {
        this.seed = seed;
        this.cell = cell;
        this.offZ = unit(PhantomModel.mix64(seed + 11)) * cell;
        this.offY = unit(PhantomModel.mix64(seed + 12)) * cell;
        this.offX = unit(PhantomModel.mix64(seed + 13)) * cell;
        this.nodesY = (int) Math.floor((ny - 1 + offY) / cell) + 2;
        this.nodesX = (int) Math.floor((nx - 1 + offX) / cell) + 2;
        this.iy = new int[ny];
        this.wy = new double[ny];
        axis(offY, iy, wy);
        this.ix = new int[nx];
        this.wx = new double[nx];
        axis(offX, ix, wx);
    }

    /** Per grid position p along one axis: lattice index {@code floor((p + off) / cell)} and smoothstep weight. */
    private void axis(double off, int[] index, double[] weight) {
        for (int p = 0; p < index.length; p++) {
            double t = (p + off) / cell;
            int k = (int) Math.floor(t);
            index[p] = k;
            weight[p] = smooth(t - k);
        }
    }

    /** Fills {@code plane} (nodesY * nodesX) with the lattice interpolated to slice {@code z}. */
    void plane(int z, double[] plane) {
        double t = (z + offZ) / cell;
        int kz = (int) Math.floor(t);
        double w = smooth(t - kz);
        for (int j = 0; j < nodesY; j++) {
            int base = j * nodesX;
            for (int i = 0; i < nodesX; i++) {
                double a = node(kz, j, i);
                double b = node(kz + 1, j, i);
                plane[base + i] = a + (b - a) * w;
            }
        }
    }

    /** Fills {@code row} (nodesX) with {@code plane} interpolated to grid row {@code y}. */
    void row(double[] plane, int y, double[] row) {
        int j = iy[y] * nodesX;
        double w = wy[y];
        for (int i = 0; i < nodesX; i++) {
            double a = plane[j + i];
            row[i] = a + (plane[j + nodesX + i] - a) * w;
        }
    }

    /** Value at column {@code x} of an interpolated row. */
    double at(double[] row, int x) {
        int i = ix[x];
        double a = row[i];
        return a + (row[i + 1] - a) * wx[x];
    }

    private double node(int kz, int ky, int kx) {
        long h = PhantomModel.mix64(seed ^ (kz * 0x9E3779B97F4A7C15L) ^ (ky * 0xC2B2AE3D27D4EB4FL)
                ^ (kx * 0x165667B19E3779F9L));
        return unit(h) * 2 - 1;
    }

    /** Top 53 bits of a hash as a double in [0, 1). */
    static double unit(long h) {
        return (h >>> 11) * 0x1.0p-53;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }
}
