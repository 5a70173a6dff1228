package org.breastct.io.dicom;

import java.nio.file.Path;
import java.util.List;
import org.breastct.preprocessing.Rescale;
import org.breastct.volume.ShortVolume;

/**
 * What {@link DicomSeriesReader#readSlices} reads from a series folder, before the method's
 * section 1 ({@link org.breastct.preprocessing.Preprocessing}) makes HU of it.
 *
 * @param stored the stored values as int16, slices in order ({@code [slice][row][column]}): signed
 *     words sign-extended from BitsStored, unsigned words masked to BitsStored and wrapped to int16
 *     as numpy's {@code astype(np.int16)} does; id = folder name, spacing from the headers
 * @param rescale RescaleSlope and RescaleIntercept of the first slice in order
 * @param files the file of each slice, in order
 * @param info identifying attributes (slicesKept = slicesRead, firstKeptSlice = 0)
 * @param warnings human-readable warnings, never null
 */
public record DicomSlices(ShortVolume stored, Rescale rescale, List<Path> files, DicomSeriesInfo info,
        List<String> warnings) {

    public DicomSlices {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
