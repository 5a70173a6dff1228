package org.breastct.cli;

import org.breastct.volume.Spacing;

/** {@code --spacing MM}: the voxel size recorded with volumes read from {@code .npy} (which holds none). */
final class SpacingOption {

    static final double MIN_SPACING_MM = 0.01;
    static final double MAX_SPACING_MM = 10;

    private SpacingOption() {
    }

    /** {@code --spacing MM} (default 0.3), between {@link #MIN_SPACING_MM} and {@link #MAX_SPACING_MM}. */
    static Spacing parse(Args args) throws UsageException {
        if (!args.has("spacing")) {
            return Spacing.BREAST_CT;
        }
        String v = args.option("spacing", "");
        double mm;
        try {
            mm = Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            mm = Double.NaN;
        }
        // beyond these the volumes in ml round to 0 or overflow; a breast CT voxel is 0.1 - 1 mm
        if (!(mm >= MIN_SPACING_MM && mm <= MAX_SPACING_MM)) {
            throw new UsageException("--spacing must be a voxel size in mm between " + MIN_SPACING_MM + " and "
                    + MAX_SPACING_MM + ", got '" + v + "'");
        }
        return new Spacing(mm, mm, mm);
    }
}
