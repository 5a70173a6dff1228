package org.breastct.knime.node.glandularity;

import org.breastct.knime.settings.Checks;

/**
 * Settings of the Glandularity Calculator (plain Java; KNIME's side is {@link GlandularityParameters}).
 *
 * @param imageColumn column of int16 HU images
 * @param labelColumn column of uint8 label volumes of the same breasts
 * @param foldColumn optional column of the separate skin-fold masks (the Breast Segmenter's
 *     {@code fold}); a missing cell or no such column in the table means no fold (skin fold 0 ml)
 */
public record GlandularitySettings(String imageColumn, String labelColumn, String foldColumn) {

    /** The column names the DICOM Reader / NPY Reader and the Breast Segmenter produce. */
    public static final GlandularitySettings DEFAULTS = new GlandularitySettings("image", "labels", "fold");

    public GlandularitySettings {
        imageColumn = Checks.text(imageColumn);
        labelColumn = Checks.text(labelColumn);
        foldColumn = Checks.text(foldColumn);
    }
}
