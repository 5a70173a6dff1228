package org.breastct.segmentation;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * All parameters of the segmentation method (docs/method.md section 2), one small record per step,
 * immutable and validated in their canonical constructors. {@link #DEFAULTS} is the published method; each
 * record's {@code DEFAULTS} is the single place its values are written down. Sizes are in voxels, exactly as
 * the method uses them (0.3 mm voxels on the scanner it was built for); thresholds are in HU and compare
 * strictly ({@code img > threshold}) unless stated.
 *
 * <p>Change single values with the {@code with...} methods:
 * <pre>{@code
 * SegmentationSettings s = SegmentationSettings.DEFAULTS.withScriptsParity(true)
 *         .withRibs(r -> r.withImplantMinVoxels(5000));
 * }</pre>
 *
 * @param thresholds       the HU thresholds of docs/method.md (Conventions)
 * @param erosionSize      2.3-2.5: the cube of "erode3 5*" (odd)
 * @param fold             2.2
 * @param skin             2.3
 * @param ribs             2.4
 * @param muscle           2.5
 * @param glands           2.7
 * @param writeFoldLabel   write label 6 for fold voxels (not done by the scripts; docs/method.md "Outputs")
 * @param scriptsParity    reproduce the authors' scripts exactly where they deviate from the published method:
 *                         the candidate-B rule of 2.7 and OpenCV's drawing of the contour bands (docs/method.md
 *                         "Deviations")
 * @param method           the published method (default) or robust mode (docs/method.md "Robust mode")
 */
public record SegmentationSettings(Thresholds thresholds, int erosionSize, FoldSettings fold, SkinSettings skin,
        RibSettings ribs, MuscleSettings muscle, GlandSettings glands, boolean writeFoldLabel,
        boolean scriptsParity, SegmentationMethod method) {

    /** docs/method.md 2.3-2.5: "erode3 5*". */
    public static final int EROSION_SIZE = 5;

    /** The published method (intended gland rule, exact contour bands) and no label 6 (as the scripts). */
    public static final SegmentationSettings DEFAULTS = new SegmentationSettings(Thresholds.DEFAULTS, EROSION_SIZE,
            FoldSettings.DEFAULTS, SkinSettings.DEFAULTS, RibSettings.DEFAULTS, MuscleSettings.DEFAULTS,
            GlandSettings.DEFAULTS, false, false, SegmentationMethod.PUBLISHED);

    /** Validates what the parts do not: no part is null, the erosion size is odd. */
    public SegmentationSettings {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(fold, "fold");
        Objects.requireNonNull(skin, "skin");
        Objects.requireNonNull(ribs, "ribs");
        Objects.requireNonNull(muscle, "muscle");
        Objects.requireNonNull(glands, "glands");
        Objects.requireNonNull(method, "method");
        SettingsChecks.odd("erosionSize", erosionSize);
    }

    public SegmentationSettings withThresholds(Thresholds v) {
        return new SegmentationSettings(v, erosionSize, fold, skin, ribs, muscle, glands, writeFoldLabel,
                scriptsParity, method);
    }

    public SegmentationSettings withFold(UnaryOperator<FoldSettings> change) {
        return new SegmentationSettings(thresholds, erosionSize, change.apply(fold), skin, ribs, muscle, glands,
                writeFoldLabel, scriptsParity, method);
    }

    public SegmentationSettings withSkin(UnaryOperator<SkinSettings> change) {
        return new SegmentationSettings(thresholds, erosionSize, fold, change.apply(skin), ribs, muscle, glands,
                writeFoldLabel, scriptsParity, method);
    }

    public SegmentationSettings withRibs(UnaryOperator<RibSettings> change) {
        return new SegmentationSettings(thresholds, erosionSize, fold, skin, change.apply(ribs), muscle, glands,
                writeFoldLabel, scriptsParity, method);
    }

    public SegmentationSettings withMuscle(UnaryOperator<MuscleSettings> change) {
        return new SegmentationSettings(thresholds, erosionSize, fold, skin, ribs, change.apply(muscle), glands,
                writeFoldLabel, scriptsParity, method);
    }

    public SegmentationSettings withGlands(GlandSettings v) {
        return new SegmentationSettings(thresholds, erosionSize, fold, skin, ribs, muscle, v, writeFoldLabel,
                scriptsParity, method);
    }

    public SegmentationSettings withWriteFoldLabel(boolean v) {
        return new SegmentationSettings(thresholds, erosionSize, fold, skin, ribs, muscle, glands, v,
                scriptsParity, method);
    }

    public SegmentationSettings withScriptsParity(boolean v) {
        return new SegmentationSettings(thresholds, erosionSize, fold, skin, ribs, muscle, glands, writeFoldLabel, v,
                method);
    }

    public SegmentationSettings withMethod(SegmentationMethod v) {
        return new SegmentationSettings(thresholds, erosionSize, fold, skin, ribs, muscle, glands, writeFoldLabel,
                scriptsParity, v);
    }
}
