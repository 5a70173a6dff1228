package org.breastct.preprocessing;

import java.util.Locale;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.VolumeException;

/**
 * Whether an int16 volume looks like a breast CT image in Hounsfield units, before it is
 * segmented: a breast CT image has air around the breast (about -1024 HU, and -1024 outside the
 * cylinder radius after section 1), so at least {@value #MIN_AIR_PERCENT} % of its voxels are
 * below {@value #AIR_BELOW_HU} HU; and no voxel lies below {@value #MIN_HU} HU (below the CT
 * scale). Stored values (HU + 1024), label volumes and masks written as int16 fail the first rule.
 * O(voxels), no allocation.
 */
public final class HuPlausibility {

    /** A voxel below this is air (or padding). */
    public static final int AIR_BELOW_HU = -500;
    /** At least this share of the voxels must be air, in percent. */
    public static final double MIN_AIR_PERCENT = 1.0;
    /** No voxel may be below this (the lowest value of the CT scale is -1024; noise and -2000 padding allowed). */
    public static final int MIN_HU = -2048;

    private HuPlausibility() {
    }

    /**
     * Checks {@code image} (see the class comment).
     *
     * @param source what the image is, for the message (e.g. its file)
     * @throws VolumeException naming {@code source}, the figures and the likely cause
     */
    public static void check(ShortVolume image, String source) throws VolumeException {
        short[] d = image.data();
        long air = 0;
        long below = 0;
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (short v : d) {
            if (v < AIR_BELOW_HU) {
                air++;
                if (v < MIN_HU) {
                    below++;
                }
            }
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (d.length == 0) {
            return;
        }
        double airPercent = 100.0 * air / d.length;
        if (airPercent < MIN_AIR_PERCENT) {
            throw new VolumeException(String.format(Locale.ROOT, "%s does not look like a CT image in Hounsfield"
                    + " units: only %.2f %% of its voxels are below %d HU (air), at least %.0f %% expected; values"
                    + " %d..%d. Stored values (HU + 1024) must be converted first (--stored-offset 1024; KNIME NPY Reader:"
                    + " 'Stored-value offset of unsigned images'); a label volume or mask is not an image", source, airPercent, AIR_BELOW_HU, MIN_AIR_PERCENT, min, max));
        }
        if (below > 0) {
            throw new VolumeException(String.format(Locale.ROOT, "%s does not look like a CT image in Hounsfield"
                    + " units: %d voxels are below %d HU (minimum %d), outside the CT scale", source, below, MIN_HU,
                    min));
        }
    }
}
