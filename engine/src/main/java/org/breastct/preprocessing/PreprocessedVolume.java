package org.breastct.preprocessing;

import java.util.List;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;

/**
 * Result of {@link Preprocessing#apply}.
 *
 * @param volume int16 HU volume after rescale, cylinder removal and trimming
 * @param cylinderRing bool R x C mask ({@code nz == 1}) of the pixels outside the cylinder radius
 *     that are above -500 HU on slice {@link PreprocessingSettings#dummySlices()}, taken before the
 *     removal; null when the input has no such slice
 * @param firstKeptSlice index in the input of the first kept slice
 * @param warnings human-readable warnings, never null
 */
public record PreprocessedVolume(ShortVolume volume, MaskVolume cylinderRing, int firstKeptSlice,
        List<String> warnings) {

    public PreprocessedVolume {
        warnings = List.copyOf(warnings);
    }
}
