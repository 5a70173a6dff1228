package org.breastct.io.dicom;

import java.util.List;
import java.util.Optional;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;

/**
 * Result of {@link DicomSeriesReader#read}: the HU volume of one breast, the cylinder ring, the
 * identifying attributes and the warnings collected while reading.
 *
 * @param volume int16 HU volume {@code [slice][row][column]}, id = folder name, spacing from the
 *     headers (z = slice distance, y = PixelSpacing row spacing, x = PixelSpacing column spacing)
 * @param cylinderRing bool mask with {@code nz == 1}, R x C: pixels outside the cylinder radius
 *     whose HU is above -500 on the ring slice ({@link DicomReadOptions#dummySlices()}, 3 by
 *     default), taken BEFORE the cylinder removal; null if the series has no such slice
 * @param info identifying attributes
 * @param warnings human-readable warnings (skipped files, spacing fallbacks, trimming oddities), in
 *     the order they arose; never null
 */
public record DicomSeries(ShortVolume volume, MaskVolume cylinderRing, DicomSeriesInfo info, List<String> warnings) {

    public DicomSeries {
        warnings = List.copyOf(warnings);
    }

    /** The cylinder ring, if the series had a ring slice. */
    public Optional<MaskVolume> cylinderRingIfPresent() {
        return Optional.ofNullable(cylinderRing);
    }
}
