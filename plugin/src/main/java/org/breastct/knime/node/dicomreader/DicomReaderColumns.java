package org.breastct.knime.node.dicomreader;

import java.util.List;

/** Output column names of the DICOM Reader, in order (plain Java, unit-tested). */
public final class DicomReaderColumns {

    public static final String ID = "id";
    public static final String IMAGE = "image";
    public static final String CYLINDER = "cylinder";
    public static final String SLICES = "slices";
    public static final String ROWS = "rows";
    public static final String COLUMNS = "columns";
    public static final String SPACING_Z = "slice spacing (mm)";
    public static final String SPACING_Y = "row spacing (mm)";
    public static final String SPACING_X = "column spacing (mm)";
    public static final String PATIENT_ID = "PatientID";
    public static final String STUDY_UID = "StudyInstanceUID";
    public static final String SERIES_UID = "SeriesInstanceUID";
    public static final String STUDY_DATE = "StudyDate";
    public static final String SERIES_DESCRIPTION = "SeriesDescription";
    public static final String WARNINGS = "warnings";

    /** All names in table order. */
    public static final List<String> ALL = List.of(ID, IMAGE, CYLINDER, SLICES, ROWS, COLUMNS, SPACING_Z, SPACING_Y,
            SPACING_X, PATIENT_ID, STUDY_UID, SERIES_UID, STUDY_DATE, SERIES_DESCRIPTION, WARNINGS);

    private DicomReaderColumns() {
    }
}
