package org.breastct.segmentation;

/**
 * docs/method.md 2.3, Skin (band(9) is also used by 2.4).
 *
 * @param tipSearchSlices      the tip is searched among the last 10 slices ({@code > 0})
 * @param nippleOffset         the nipple sphere centre lies {@code int(30 k)} beyond (L, tip) ({@code >= 0})
 * @param nippleRadius         radius of the nipple sphere, 60, boundary included ({@code >= 0})
 * @param innerBand            band(3) ({@code > 0})
 * @param middleBand           band(9) ({@code > 0})
 * @param outerBand            band(25), applied when no fold exists ({@code > 0})
 * @param markerEdt            watershed markers are {@code label(EDT > 15)} ({@code >= 0})
 * @param dilation             per-slice {@code dilate 7} of the 3-D skin (odd)
 * @param middleBandFromFraction from slice {@code int(0.4 L)} on the skin is cut to band(9) (in [0, 1])
 */
public record SkinSettings(int tipSearchSlices, int nippleOffset, int nippleRadius, int innerBand, int middleBand,
        int outerBand, int markerEdt, int dilation, double middleBandFromFraction) {

    /** The published values. */
    public static final SkinSettings DEFAULTS = new SkinSettings(10, 30, 60, 3, 9, 25, 15, 7, 0.4);

    public SkinSettings {
        SettingsChecks.positive("tipSearchSlices", tipSearchSlices);
        SettingsChecks.nonNegative("nippleOffset", nippleOffset);
        SettingsChecks.nonNegative("nippleRadius", nippleRadius);
        SettingsChecks.positive("innerBand", innerBand);
        SettingsChecks.positive("middleBand", middleBand);
        SettingsChecks.positive("outerBand", outerBand);
        SettingsChecks.nonNegative("skinMarkerEdt", markerEdt);
        SettingsChecks.odd("skinDilation", dilation);
        SettingsChecks.fraction("middleBandFromFraction", middleBandFromFraction);
    }

    /** The nipple sphere {@code int(offset k)} beyond the tip with this radius. */
    public SkinSettings withNipple(int offset, int radius) {
        return new SkinSettings(tipSearchSlices, offset, radius, innerBand, middleBand, outerBand, markerEdt, dilation,
                middleBandFromFraction);
    }

    public SkinSettings withOuterBand(int v) {
        return new SkinSettings(tipSearchSlices, nippleOffset, nippleRadius, innerBand, middleBand, v, markerEdt,
                dilation, middleBandFromFraction);
    }

    public SkinSettings withDilation(int v) {
        return new SkinSettings(tipSearchSlices, nippleOffset, nippleRadius, innerBand, middleBand, outerBand,
                markerEdt, v, middleBandFromFraction);
    }
}
