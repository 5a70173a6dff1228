package org.breastct.knime.node.dicomwriter;

import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.knime.settings.Checks;
import org.breastct.knime.util.FileNamePattern;
import org.breastct.knime.util.OverwritePolicy;

/**
 * Settings of the DICOM Writer except its file locations (plain Java; KNIME's side is
 * {@link DicomWriterParameters}).
 *
 * @param labelColumn column of uint8 label volumes
 * @param drawCylinder draw the cylinder ring of {@code cylinderColumn} into every slice
 * @param cylinderColumn column of cylinder ring masks (bool, one slice); used if {@code drawCylinder}
 * @param cylinderValue label code the cylinder ring is written with (9; the scripts wrote 8)
 * @param seriesFolderPattern name of each series folder ({@link FileNamePattern})
 * @param seriesDescription SeriesDescription written; empty for the engine's default
 * @param overwritePolicy what to do when a series folder exists
 * @param createMissingFolders create the output folder if it does not exist
 */
public record DicomWriterSettings(String labelColumn, boolean drawCylinder, String cylinderColumn, int cylinderValue,
        String seriesFolderPattern, String seriesDescription, OverwritePolicy overwritePolicy,
        boolean createMissingFolders) {

    /** Name of the appended column. */
    public static final String PATH_COLUMN = "DICOM series path";

    public static final DicomWriterSettings DEFAULTS = new DicomWriterSettings("labels", false, "cylinder",
            DicomWriteOptions.DEFAULT_CYLINDER_VALUE, "segmentation_{id}", "", OverwritePolicy.FAIL, true);

    public DicomWriterSettings {
        labelColumn = Checks.text(labelColumn);
        cylinderColumn = Checks.text(cylinderColumn);
        if (drawCylinder && Checks.isNone(cylinderColumn)) {
            throw new IllegalArgumentException("Cylinder mask column is not selected; choose one or switch off "
                    + "'Draw the cylinder ring'");
        }
        Checks.atLeast("Cylinder label", cylinderValue, 0);
        if (cylinderValue > DicomWriteOptions.MAX_CYLINDER_VALUE) {
            throw new IllegalArgumentException("Cylinder label must be at most " + DicomWriteOptions.MAX_CYLINDER_VALUE
                    + ", got " + cylinderValue);
        }
        seriesFolderPattern = FileNamePattern.of(seriesFolderPattern, "Series folder name pattern").pattern();
        seriesDescription = seriesDescription == null ? "" : seriesDescription;
        if (overwritePolicy == null) {
            throw new IllegalArgumentException("If the series folder exists is not set");
        }
    }

    public FileNamePattern pattern() {
        return FileNamePattern.of(seriesFolderPattern, "Series folder name pattern");
    }
}
