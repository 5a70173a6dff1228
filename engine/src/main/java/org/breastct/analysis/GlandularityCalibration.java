package org.breastct.analysis;

/**
 * The HU-to-glandularity calibration G(HU) of docs/method.md section 2.6, as the authors' scripts
 * compute it: the mean HU is replaced by the nearest point of the grid
 * {@code numpy.linspace(-300, 0, 3001)} (a 0.1 HU grid; this clamps to [-300, 0]; on a tie the lower
 * grid point wins, as {@code argmin} takes the first), then interpolated linearly (as
 * {@code scipy.interpolate.interp1d}) through (-469, -1), (-255, 0), (-41, 1), (173, 2). All segments
 * have the slope 1/214, so G = (HU + 255) / 214 on the grid value.
 */
public final class GlandularityCalibration {

    /** Ends of the 0.1 HU grid (docs/method.md 2.6). */
    public static final double MIN_HU = -300;
    public static final double MAX_HU = 0;
    /** Number of grid points from MIN_HU to MAX_HU inclusive. */
    static final int GRID_POINTS = 3001;
    private static final double GRID_STEP = (MAX_HU - MIN_HU) / (GRID_POINTS - 1);

    private static final double[] XP = {-469, -255, -41, 173};
    private static final double[] FP = {-1, 0, 1, 2};

    private GlandularityCalibration() {
    }

    /** G of a mean HU value; NaN (no tissue) stays NaN. */
    public static double g(double meanHu) {
        if (Double.isNaN(meanHu)) {
            return Double.NaN;
        }
        return interpolate(nearestGridPoint(meanHu));
    }

    /** The grid value numpy.linspace(-300, 0, 3001) nearest to {@code hu}; the lower one on ties. */
    static double nearestGridPoint(double hu) {
        double pos = Math.floor((hu - MIN_HU) / GRID_STEP + 0.5);
        int i0 = (int) Math.max(0, Math.min(GRID_POINTS - 1, pos));
        int best = -1;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int i = Math.max(0, i0 - 1); i <= Math.min(GRID_POINTS - 1, i0 + 1); i++) {
            double d = Math.abs(grid(i) - hu);
            if (d < bestDist) {
                best = i;
                bestDist = d;
            }
        }
        return grid(best);
    }

    /** numpy.linspace(-300, 0, 3001)[i]: i * step + start, the last point exactly the stop value. */
    static double grid(int i) {
        return i == GRID_POINTS - 1 ? MAX_HU : i * GRID_STEP + MIN_HU;
    }

    /** scipy interp1d (linear) through the calibration points, for hu within [-469, 173]. */
    static double interpolate(double hu) {
        int hi = 1;
        while (hi < XP.length - 1 && hu > XP[hi]) {
            hi++;
        }
        int lo = hi - 1;
        double slope = (FP[hi] - FP[lo]) / (XP[hi] - XP[lo]);
        return slope * (hu - XP[lo]) + FP[lo];
    }
}
