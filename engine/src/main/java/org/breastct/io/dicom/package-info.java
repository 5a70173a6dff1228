/**
 * DICOM in and out through PixelMed (algorithm.md sections 1 and 4).
 *
 * <ul>
 * <li>{@link org.breastct.io.dicom.DicomSeriesReader}: one breast's series folder to an int16 HU
 * volume ({@link org.breastct.io.dicom.DicomSeries}: volume, cylinder ring, identifying attributes,
 * warnings), settings in {@link org.breastct.io.dicom.DicomReadOptions}; also lists the breast
 * folders of a root folder.
 * <li>{@link org.breastct.io.dicom.DicomSeriesWriter}: label volumes (HU-space = label codes, the
 * format the AB-CT dose simulation reads) and HU images (as a scanner exports them) to valid CT
 * series, atomically; settings in {@link org.breastct.io.dicom.DicomWriteOptions}.
 * <li>{@link org.breastct.io.dicom.CylinderGeometry}: the CT-table cylinder radius test.
 * <li>{@link org.breastct.io.dicom.DicomReadBenchmark}: a command that times a read.
 * </ul>
 * Errors are {@link org.breastct.io.dicom.DicomSeriesException}s whose message names the folder or
 * file(s) and the cause.
 */
package org.breastct.io.dicom;
