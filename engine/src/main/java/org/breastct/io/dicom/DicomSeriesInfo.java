package org.breastct.io.dicom;

/**
 * The identifying attributes of a series read by {@link DicomSeriesReader}, taken from the first
 * slice after sorting. Missing string attributes are empty strings, never null.
 *
 * @param folderName the series folder's name: the breast id ({@code uid})
 * @param patientId PatientID (0010,0020)
 * @param studyInstanceUid StudyInstanceUID (0020,000D)
 * @param seriesInstanceUid SeriesInstanceUID (0020,000E)
 * @param studyDate StudyDate (0008,0020), {@code YYYYMMDD} as stored
 * @param seriesDescription SeriesDescription (0008,103E)
 * @param rows Rows (0028,0010), R
 * @param columns Columns (0028,0011), C
 * @param slicesRead number of image files read
 * @param slicesKept number of slices in the returned volume (after trimming)
 * @param firstKeptSlice index (in sorted order, 0-based) of the first kept slice
 */
public record DicomSeriesInfo(String folderName, String patientId, String studyInstanceUid, String seriesInstanceUid,
        String studyDate, String seriesDescription, int rows, int columns, int slicesRead, int slicesKept,
        int firstKeptSlice) {
}
