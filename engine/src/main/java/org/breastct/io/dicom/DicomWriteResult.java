package org.breastct.io.dicom;

import java.nio.file.Path;

/**
 * What {@link DicomSeriesWriter} wrote.
 *
 * @param folder the series folder (the target)
 * @param studyInstanceUid the StudyInstanceUID written (the template's, or a new one)
 * @param seriesInstanceUid the new SeriesInstanceUID
 * @param slices number of files ({@code CT00000000.dcm} ... )
 */
public record DicomWriteResult(Path folder, String studyInstanceUid, String seriesInstanceUid, int slices) {
}
