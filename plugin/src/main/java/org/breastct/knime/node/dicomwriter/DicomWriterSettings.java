package org.breastct.knime.node.dicomwriter;

import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.knime.settings.Checks;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.NodeSettingsRecord;
import org.breastct.knime.settings.SettingsWriter;
import org.breastct.knime.util.FileNamePattern;
import org.breastct.knime.util.OverwritePolicy;

/**
 * Settings of the DICOM Writer (algorithm.md section 4).
 *
 * @param labelColumn column of uint8 label volumes
 * @param cylinderColumn optional column of cylinder ring masks (bool, one slice); empty or
 *     {@code <none>} for none
 * @param cylinderValue label code the cylinder ring is written with (9; the scripts wrote 8)
 * @param folder output folder (local path or URL, {@code knime://} accepted); created if missing
 * @param seriesFolderPattern name of each series folder ({@link FileNamePattern})
 * @param template optional DICOM file whose patient/study/equipment attributes are copied; empty for none
 * @param seriesDescription SeriesDescription written; empty for the engine's default
 * @param overwritePolicy {@code fail}, {@code overwrite} or {@code skip}
 */
public record DicomWriterSettings(String labelColumn, String cylinderColumn, int cylinderValue, String folder,
        String seriesFolderPattern, String template, String seriesDescription, String overwritePolicy)
        implements NodeSettingsRecord {

    public static final String KEY_LABEL_COLUMN = "label_column";
    public static final String KEY_CYLINDER_COLUMN = "cylinder_column";
    public static final String KEY_CYLINDER_VALUE = "cylinder_value";
    public static final String KEY_FOLDER = "folder";
    public static final String KEY_SERIES_FOLDER_PATTERN = "series_folder_pattern";
    public static final String KEY_TEMPLATE = "template";
    public static final String KEY_SERIES_DESCRIPTION = "series_description";
    public static final String KEY_OVERWRITE_POLICY = "overwrite_policy";

    /** Name of the appended column. */
    public static final String PATH_COLUMN = "DICOM series path";

    public static final DicomWriterSettings DEFAULTS = new DicomWriterSettings("labels", "",
            DicomWriteOptions.DEFAULT_CYLINDER_VALUE, "", "segmentation_{id}", "", "", OverwritePolicy.FAIL.key());

    public DicomWriterSettings {
        labelColumn = Checks.text(labelColumn);
        cylinderColumn = Checks.isNone(cylinderColumn) ? "" : Checks.text(cylinderColumn);
        Checks.atLeast("Cylinder label", cylinderValue, 0);
        if (cylinderValue > DicomWriteOptions.MAX_CYLINDER_VALUE) {
            throw new IllegalArgumentException("Cylinder label must be at most " + DicomWriteOptions.MAX_CYLINDER_VALUE
                    + ", got " + cylinderValue);
        }
        folder = Checks.text(folder);
        seriesFolderPattern = FileNamePattern.of(seriesFolderPattern, "Series folder name pattern").pattern();
        template = Checks.text(template);
        seriesDescription = seriesDescription == null ? "" : seriesDescription;
        overwritePolicy = OverwritePolicy.parse(overwritePolicy).key();
    }

    public OverwritePolicy policy() {
        return OverwritePolicy.parse(overwritePolicy);
    }

    public FileNamePattern pattern() {
        return FileNamePattern.of(seriesFolderPattern, "Series folder name pattern");
    }

    public boolean hasCylinderColumn() {
        return !cylinderColumn.isEmpty();
    }

    public static DicomWriterSettings load(final SettingsReader r) {
        DicomWriterSettings d = DEFAULTS;
        return new DicomWriterSettings(r.getString(KEY_LABEL_COLUMN, d.labelColumn),
                r.getString(KEY_CYLINDER_COLUMN, d.cylinderColumn), r.getInt(KEY_CYLINDER_VALUE, d.cylinderValue),
                r.getString(KEY_FOLDER, d.folder), r.getString(KEY_SERIES_FOLDER_PATTERN, d.seriesFolderPattern),
                r.getString(KEY_TEMPLATE, d.template), r.getString(KEY_SERIES_DESCRIPTION, d.seriesDescription),
                r.getString(KEY_OVERWRITE_POLICY, d.overwritePolicy));
    }

    @Override
    public void save(final SettingsWriter w) {
        w.addString(KEY_LABEL_COLUMN, labelColumn);
        w.addString(KEY_CYLINDER_COLUMN, cylinderColumn);
        w.addInt(KEY_CYLINDER_VALUE, cylinderValue);
        w.addString(KEY_FOLDER, folder);
        w.addString(KEY_SERIES_FOLDER_PATTERN, seriesFolderPattern);
        w.addString(KEY_TEMPLATE, template);
        w.addString(KEY_SERIES_DESCRIPTION, seriesDescription);
        w.addString(KEY_OVERWRITE_POLICY, overwritePolicy);
    }
}
