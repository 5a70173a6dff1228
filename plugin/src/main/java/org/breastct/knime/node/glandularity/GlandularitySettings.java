package org.breastct.knime.node.glandularity;

import org.breastct.knime.settings.Checks;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.NodeSettingsRecord;
import org.breastct.knime.settings.SettingsWriter;

/**
 * Settings of the Glandularity Calculator.
 *
 * @param imageColumn column of int16 HU images
 * @param labelColumn column of uint8 label volumes of the same breasts
 */
public record GlandularitySettings(String imageColumn, String labelColumn) implements NodeSettingsRecord {

    public static final String KEY_IMAGE_COLUMN = "image_column";
    public static final String KEY_LABEL_COLUMN = "label_column";

    /** The column names the DICOM Reader / NPY Reader and the Breast Segmenter produce. */
    public static final GlandularitySettings DEFAULTS = new GlandularitySettings("image", "labels");

    public GlandularitySettings {
        imageColumn = Checks.text(imageColumn);
        labelColumn = Checks.text(labelColumn);
    }

    public static GlandularitySettings load(final SettingsReader r) {
        return new GlandularitySettings(r.getString(KEY_IMAGE_COLUMN, DEFAULTS.imageColumn),
                r.getString(KEY_LABEL_COLUMN, DEFAULTS.labelColumn));
    }

    @Override
    public void save(final SettingsWriter w) {
        w.addString(KEY_IMAGE_COLUMN, imageColumn);
        w.addString(KEY_LABEL_COLUMN, labelColumn);
    }
}
