package org.breastct.segmentation;

/**
 * docs/method.md 2.5, Pectoralis muscle (robust mode R2 reuses {@code smoothHu} and {@code minSliceVoxels}).
 *
 * @param implantMinPixels             implant seed rule, more than 80^2 pixels ({@code >= 0})
 * @param sigma                        Gaussian sigma (pixels) of the seed without ribs or implant (positive)
 * @param smoothHu                     {@code smooth > -5} (int16)
 * @param topNumerator                 numerator of the top fraction of d[0] used as markers (2 of 2/5)
 * @param topDenominator               its denominator (5 of 2/5); the fraction lies in [0, 1]
 * @param minSliceVoxels               the muscle ends at the first slice with fewer than 100 voxels ({@code >= 0})
 * @param implantExtensionDilation     {@code ext = dilate 19 (si)} (odd)
 * @param implantExtensionSliceDivisor the first {@code floor(L/5)} slices of ext are set ({@code > 0})
 * @param dilation                     {@code md = fill2(dilate 7 (muscle))} (odd)
 */
public record MuscleSettings(int implantMinPixels, double sigma, int smoothHu, int topNumerator, int topDenominator,
        int minSliceVoxels, int implantExtensionDilation, int implantExtensionSliceDivisor, int dilation) {

    /** The published values. */
    public static final MuscleSettings DEFAULTS = new MuscleSettings(80 * 80, 5, -5, 2, 5, 100, 19, 5, 7);

    public MuscleSettings {
        SettingsChecks.nonNegative("implantMuscleMinPixels", implantMinPixels);
        if (!(sigma > 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("muscleSigma must be positive and finite, got " + sigma);
        }
        SettingsChecks.hu("muscleSmoothHu", smoothHu);
        SettingsChecks.positive("muscleTopDenominator", topDenominator);
        if (topNumerator < 0 || topNumerator > topDenominator) {
            throw new IllegalArgumentException("muscle top fraction " + topNumerator + "/" + topDenominator
                    + " must lie in [0, 1]");
        }
        SettingsChecks.nonNegative("muscleMinSliceVoxels", minSliceVoxels);
        SettingsChecks.odd("implantExtensionDilation", implantExtensionDilation);
        SettingsChecks.positive("implantExtensionSliceDivisor", implantExtensionSliceDivisor);
        SettingsChecks.odd("muscleDilation", dilation);
    }

    public MuscleSettings withSigma(double v) {
        return new MuscleSettings(implantMinPixels, v, smoothHu, topNumerator, topDenominator, minSliceVoxels,
                implantExtensionDilation, implantExtensionSliceDivisor, dilation);
    }

    /** The top {@code numerator / denominator} of the positive distances of slice 0 become markers. */
    public MuscleSettings withTopFraction(int numerator, int denominator) {
        return new MuscleSettings(implantMinPixels, sigma, smoothHu, numerator, denominator, minSliceVoxels,
                implantExtensionDilation, implantExtensionSliceDivisor, dilation);
    }
}
