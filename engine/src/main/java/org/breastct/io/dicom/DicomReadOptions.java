package org.breastct.io.dicom;

import org.breastct.preprocessing.CylinderGeometry;
import org.breastct.preprocessing.PreprocessingSettings;

/**
 * Settings of {@link DicomSeriesReader#read}: the method's section 1 steps 3 and 4 (see
 * {@link PreprocessingSettings}) and which series are accepted.
 *
 * @param removeCylinder set every pixel outside the cylinder radius to -1024 HU in every slice
 *     (step 3); the ring mask of {@link DicomSeries#cylinderRing()} is computed either way
 * @param cylinderMargin the radius is {@code C/2 - cylinderMargin} pixels (C = number of columns);
 *     the scripts use 30 ({@link CylinderGeometry#DEFAULT_MARGIN})
 * @param dummySlices number of reconstruction-dummy slices at the chest wall dropped by trimming
 *     (step 4, 3 in the scripts); also the index of the slice the cylinder ring is taken from
 * @param trim keep only slices {@code [dummySlices, l)}, l = number of slices holding a voxel above
 *     -500 HU (step 4); when false every slice is kept
 * @param anyModality also read series whose Modality is not CT (MR, ...), and CT slices without
 *     RescaleSlope/RescaleIntercept (taken as 1 and 0 with a warning); off by default: such a series
 *     is an error, because the method needs Hounsfield units
 */
public record DicomReadOptions(boolean removeCylinder, int cylinderMargin, int dummySlices, boolean trim,
        boolean anyModality) {

    /** Number of chest-wall reconstruction dummies the scripts drop (docs/method.md 1.4). */
    public static final int DEFAULT_DUMMY_SLICES = PreprocessingSettings.DEFAULT_DUMMY_SLICES;

    /** The scripts' behaviour: cylinder removed with margin 30, 3 dummy slices dropped, trimmed; CT only. */
    public static final DicomReadOptions DEFAULTS =
            new DicomReadOptions(true, CylinderGeometry.DEFAULT_MARGIN, DEFAULT_DUMMY_SLICES, true, false);

    public DicomReadOptions {
        new PreprocessingSettings(removeCylinder, cylinderMargin, dummySlices, trim); // validates
    }

    /** CT only ({@code anyModality} false). */
    public DicomReadOptions(boolean removeCylinder, int cylinderMargin, int dummySlices, boolean trim) {
        this(removeCylinder, cylinderMargin, dummySlices, trim, false);
    }

    /** The section 1 settings these options carry. */
    public PreprocessingSettings preprocessing() {
        return new PreprocessingSettings(removeCylinder, cylinderMargin, dummySlices, trim);
    }

    public DicomReadOptions withRemoveCylinder(boolean v) {
        return new DicomReadOptions(v, cylinderMargin, dummySlices, trim, anyModality);
    }

    public DicomReadOptions withCylinderMargin(int v) {
        return new DicomReadOptions(removeCylinder, v, dummySlices, trim, anyModality);
    }

    public DicomReadOptions withDummySlices(int v) {
        return new DicomReadOptions(removeCylinder, cylinderMargin, v, trim, anyModality);
    }

    public DicomReadOptions withTrim(boolean v) {
        return new DicomReadOptions(removeCylinder, cylinderMargin, dummySlices, v, anyModality);
    }

    public DicomReadOptions withAnyModality(boolean v) {
        return new DicomReadOptions(removeCylinder, cylinderMargin, dummySlices, trim, v);
    }
}
