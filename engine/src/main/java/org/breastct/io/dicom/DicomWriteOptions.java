package org.breastct.io.dicom;

import java.nio.file.Path;
import org.breastct.volume.MaskVolume;

/**
 * Settings of {@link DicomSeriesWriter} (docs/method.md section 4).
 *
 * @param template a DICOM file whose patient, study and equipment attributes are copied (see
 *     {@link DicomSeriesWriter#TEMPLATE_TAGS}); null: defaults (PatientID and PatientName = the
 *     volume id, a new StudyInstanceUID, today's date)
 * @param ifExists what to do when the target folder exists
 * @param seriesDescription SeriesDescription; null: {@link DicomSeriesWriter#LABEL_DESCRIPTION} or
 *     {@link DicomSeriesWriter#IMAGE_DESCRIPTION}
 * @param cylinderRing labels only: bool mask with {@code nz == 1}, R x C (e.g. the reader's
 *     {@link DicomSeries#cylinderRing()}); drawn with {@code cylinderValue} on every slice where the
 *     label is 0; null: no cylinder
 * @param cylinderValue labels only: label code of the cylinder ring, 9 by default
 *     ({@code org.breastct.segmentation.LabelCode.CYLINDER}; the scripts used 8, a defect); 0..64511
 * @param padOutsideCircle images only: store the raw padding value -2000 for pixels outside the
 *     reconstruction circle (radius C/2, {@link CylinderGeometry} with margin 0), as scanners do
 */
public record DicomWriteOptions(Path template, IfExists ifExists, String seriesDescription, MaskVolume cylinderRing,
        int cylinderValue, boolean padOutsideCircle) {

    /** What to do when the target folder exists. */
    public enum IfExists {
        /** Throw a {@link DicomSeriesException} naming the folder (default). */
        FAIL,
        /** Replace the folder: the new series is written aside, then swapped in by renames. */
        OVERWRITE
    }

    /**
     * Label code of the CT-table cylinder (docs/method.md "Conventions"; equal to
     * {@code org.breastct.segmentation.LabelCode.CYLINDER}, not referenced to keep io.dicom independent).
     */
    public static final int DEFAULT_CYLINDER_VALUE = 9;

    /** Largest cylinder label code that still fits {@code value + 1024} in unsigned 16 bits. */
    public static final int MAX_CYLINDER_VALUE = 65535 - 1024;

    /** No template, fail if the target exists, default description, no cylinder (value 9), no padding. */
    public static final DicomWriteOptions DEFAULTS =
            new DicomWriteOptions(null, IfExists.FAIL, null, null, DEFAULT_CYLINDER_VALUE, false);

    public DicomWriteOptions {
        if (ifExists == null) {
            throw new IllegalArgumentException("ifExists must not be null");
        }
        if (cylinderValue < 0 || cylinderValue > MAX_CYLINDER_VALUE) {
            throw new IllegalArgumentException("cylinder value must be in 0.." + MAX_CYLINDER_VALUE + ", got "
                    + cylinderValue);
        }
        if (cylinderRing != null && !cylinderRing.dims().is2d()) {
            throw new IllegalArgumentException("cylinder ring must be a single R x C slice, got " + cylinderRing.dims());
        }
    }

    public DicomWriteOptions withTemplate(Path v) {
        return new DicomWriteOptions(v, ifExists, seriesDescription, cylinderRing, cylinderValue, padOutsideCircle);
    }

    public DicomWriteOptions withIfExists(IfExists v) {
        return new DicomWriteOptions(template, v, seriesDescription, cylinderRing, cylinderValue, padOutsideCircle);
    }

    public DicomWriteOptions withSeriesDescription(String v) {
        return new DicomWriteOptions(template, ifExists, v, cylinderRing, cylinderValue, padOutsideCircle);
    }

    public DicomWriteOptions withCylinderRing(MaskVolume v) {
        return new DicomWriteOptions(template, ifExists, seriesDescription, v, cylinderValue, padOutsideCircle);
    }

    public DicomWriteOptions withCylinderValue(int v) {
        return new DicomWriteOptions(template, ifExists, seriesDescription, cylinderRing, v, padOutsideCircle);
    }

    public DicomWriteOptions withPadOutsideCircle(boolean v) {
        return new DicomWriteOptions(template, ifExists, seriesDescription, cylinderRing, cylinderValue, v);
    }
}
