/**
 * DICOM in and out through PixelMed (docs/method.md sections 1 and 4).
 *
 * <ul>
 * <li>{@link org.breastct.io.dicom.DicomSeriesReader}: one breast's series folder to stored values in
 * slice order ({@link org.breastct.io.dicom.DicomSlices}), and through the method's section 1
 * ({@link org.breastct.preprocessing.Preprocessing}) to an int16 HU volume
 * ({@link org.breastct.io.dicom.DicomSeries}: volume, cylinder ring, identifying attributes,
 * warnings), settings in {@link org.breastct.io.dicom.DicomReadOptions}.
 * <li>{@link org.breastct.io.dicom.DicomDiscovery}: the breasts of an input folder (a folder of
 * breast folders, one series folder, a CD with a DICOMDIR), naming the folders that are none.
 * <li>{@link org.breastct.io.dicom.DicomSeriesWriter}: label volumes (HU-space = label codes, the
 * format the AB-CT dose simulation reads) and HU images (as a scanner exports them) to valid CT
 * series, atomically; settings in {@link org.breastct.io.dicom.DicomWriteOptions}.
 * </ul>
 * Errors are {@link org.breastct.io.dicom.DicomSeriesException}s whose message names the folder or
 * file(s) and the cause.
 */
package org.breastct.io.dicom;
