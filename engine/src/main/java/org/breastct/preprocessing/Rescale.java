package org.breastct.preprocessing;

/**
 * The linear map from stored values to HU of docs/method.md section 1, step 2: {@code HU = slope *
 * stored + intercept}, done as the scripts do it in int16 (see {@link Preprocessing}).
 *
 * @param slope RescaleSlope (0028,1053); applied only when it is not 1
 * @param intercept RescaleIntercept (0028,1052); truncated toward zero to int16 before adding
 */
public record Rescale(double slope, double intercept) {

    /** Stored values are HU already. */
    public static final Rescale IDENTITY = new Rescale(1, 0);

    public Rescale {
        if (!Double.isFinite(slope) || !Double.isFinite(intercept)) {
            throw new IllegalArgumentException("rescale slope and intercept must be finite, got " + slope + " and "
                    + intercept);
        }
    }

    /** Stored values are {@code HU + offset} (e.g. 1024 for unsigned images): slope 1, intercept -offset. */
    public static Rescale storedOffset(int offset) {
        return new Rescale(1, -offset);
    }
}
