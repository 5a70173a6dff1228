package org.breastct.preprocessing;

/**
 * Settings of {@link Preprocessing} (docs/method.md section 1, steps 3 and 4).
 *
 * @param removeCylinder set every pixel outside the cylinder radius to -1024 HU in every slice
 *     (step 3); the ring mask is computed either way
 * @param cylinderMargin the radius is {@code C/2 - cylinderMargin} pixels (C = number of columns);
 *     the scripts use 30 ({@link CylinderGeometry#DEFAULT_MARGIN})
 * @param dummySlices number of reconstruction-dummy slices at the chest wall dropped by trimming
 *     (step 4, 3 in the scripts); also the index of the slice the cylinder ring is taken from
 * @param trim keep only slices {@code [dummySlices, l)}, l = number of slices holding a voxel above
 *     -500 HU (step 4); when false every slice is kept
 */
public record PreprocessingSettings(boolean removeCylinder, int cylinderMargin, int dummySlices, boolean trim) {

    /** Number of chest-wall reconstruction dummies the scripts drop (docs/method.md 1.4). */
    public static final int DEFAULT_DUMMY_SLICES = 3;

    /** The scripts' behaviour: cylinder removed with margin 30, 3 dummy slices dropped, trimmed. */
    public static final PreprocessingSettings DEFAULTS =
            new PreprocessingSettings(true, CylinderGeometry.DEFAULT_MARGIN, DEFAULT_DUMMY_SLICES, true);

    public PreprocessingSettings {
        if (cylinderMargin < 0) {
            throw new IllegalArgumentException("cylinder margin must be >= 0 pixels, got " + cylinderMargin);
        }
        if (dummySlices < 0) {
            throw new IllegalArgumentException("number of dummy slices must be >= 0, got " + dummySlices);
        }
    }
}
