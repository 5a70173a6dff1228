package org.breastct.imaging;

/**
 * Neighbourhood of a voxel, given by the maximum number of orthogonal hops (as scikit-image
 * defines it). There is deliberately no default: the method names one per step.
 *
 * <pre>
 *   FACE (1 hop)       FULL (2 hops in 2-D, 3 in 3-D)
 *      . x .               x x x
 *      x o x               x o x
 *      . x .               x x x
 *   4 in 2-D, 6 in 3-D   8 in 2-D, 26 in 3-D
 * </pre>
 * A grid with {@code nz == 1} is 2-D: no neighbours in z.
 */
public enum Connectivity {
    /** Face neighbours: 4 in 2-D, 6 in 3-D. */
    FACE,
    /** Face, edge and corner neighbours: 8 in 2-D, 26 in 3-D. */
    FULL
}
