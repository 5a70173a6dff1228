package org.breastct.knime.node.glandularity;

import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.VolumeColumns;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.ChoicesProvider;

/**
 * Parameters of the Glandularity Calculator (the keys of the Swing-era node, so old workflows load).
 * Defaults: the column names the readers and the Breast Segmenter produce.
 */
@LoadDefaultsForAbsentFields
public final class GlandularityParameters implements BreastCtParameters<GlandularitySettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    private static final GlandularitySettings D = GlandularitySettings.DEFAULTS;

    @Widget(title = "HU image column", description = "Column of breast CT volumes in Hounsfield units (int16), "
            + "the images that were segmented (default <i>image</i>).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "image_column")
    String m_imageColumn = D.imageColumn();

    @Widget(title = "Label column", description = "Column of the uint8 label volumes of the same breasts, same "
            + "shape as the images (default <i>labels</i>, as the Breast Segmenter names it).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "label_column")
    String m_labelColumn = D.labelColumn();

    @Widget(title = "Skin fold column", description = "Optional column of the skin-fold masks of the same "
            + "breasts (default <i>fold</i>, as the Breast Segmenter names it): the skin fold volume (ml) is counted "
            + "from it. When the table has no such column, or a row's cell is missing, that breast has no fold "
            + "(0 ml).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "fold_column")
    String m_foldColumn = D.foldColumn();

    @Override
    public GlandularitySettings toSettings() {
        return new GlandularitySettings(m_imageColumn, m_labelColumn, m_foldColumn);
    }
}
