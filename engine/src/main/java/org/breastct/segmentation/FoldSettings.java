package org.breastct.segmentation;

/**
 * docs/method.md 2.2, Skin fold.
 *
 * @param sliceFraction      the fold is searched in the first {@code int(0.2 L)} slices (in [0, 1])
 * @param minComponentPixels a 2-D component counts if it has more than 1000 pixels ({@code >= 0})
 */
public record FoldSettings(double sliceFraction, int minComponentPixels) {

    /** The published values. */
    public static final FoldSettings DEFAULTS = new FoldSettings(0.2, 1000);

    public FoldSettings {
        SettingsChecks.fraction("foldSliceFraction", sliceFraction);
        SettingsChecks.nonNegative("foldMinComponentPixels", minComponentPixels);
    }

    public FoldSettings withSliceFraction(double v) {
        return new FoldSettings(v, minComponentPixels);
    }
}
