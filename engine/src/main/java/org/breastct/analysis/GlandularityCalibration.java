package org.breastct.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The HU-to-glandularity calibration G(HU) of algorithm.md section 2.6: clamp the HU value to
 * [-300, 0], round it to 0.1 HU (half-even on the exact value, as Python's {@code round(x, 1)}),
 * then interpolate linearly through (-469, -1), (-255, 0), (-41, 1), (173, 2). All segments have
 * the slope 1/214, so G = (HU + 255) / 214 on the clamped, rounded value.
 */
public final class GlandularityCalibration {

    /** Clamp range of the mean HU, algorithm.md 2.6. */
    public static final double MIN_HU = -300;
    public static final double MAX_HU = 0;

    private static final double[] XP = {-469, -255, -41, 173};
    private static final double[] FP = {-1, 0, 1, 2};

    private GlandularityCalibration() {
    }

    /** G of a mean HU value; NaN stays NaN (no tissue). */
    public static double g(double meanHu) {
        if (Double.isNaN(meanHu)) {
            return Double.NaN;
        }
        double hu = Math.max(MIN_HU, Math.min(MAX_HU, meanHu));
        hu = new BigDecimal(hu).setScale(1, RoundingMode.HALF_EVEN).doubleValue();
        return interpolate(hu);
    }

    /** numpy.interp through the calibration points (constant beyond the ends). */
    static double interpolate(double hu) {
        if (hu <= XP[0]) {
            return FP[0];
        }
        for (int i = 1; i < XP.length; i++) {
            if (hu <= XP[i]) {
                double t = (hu - XP[i - 1]) / (XP[i] - XP[i - 1]);
                return FP[i - 1] + t * (FP[i] - FP[i - 1]);
            }
        }
        return FP[FP.length - 1];
    }
}
