package org.breastct.knime.node.viewer;

import org.breastct.knime.parameters.VolumeColumns;
import org.knime.core.node.InvalidSettingsException;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.widget.choices.ChoicesProvider;

/** Parameters of the Breast CT Volume Viewer: which columns the view shows. */
@LoadDefaultsForAbsentFields
public final class VolumeViewerParameters implements NodeParameters {

    @Section(title = "Input")
    interface InputSection {
    }

    @Widget(title = "HU image column", description = "Column of breast CT volumes in Hounsfield units (int16) "
            + "the view shows, one breast per row (default <i>image</i>).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    String m_imageColumn = "image";

    @Widget(title = "Show labels", description = "Overlay a label volume (uint8, same shape as the image) in the "
            + "label colours; off for a table of images only.")
    @Layout(InputSection.class)
    boolean m_showLabels = true;

    @Widget(title = "Label column", description = "Column of the label volumes of the same breasts (default "
            + "<i>labels</i>, as the Breast Segmenter names it); used when <i>Show labels</i> is on.")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    String m_labelColumn = "labels";

    /** The image column. */
    String imageColumn() {
        return m_imageColumn;
    }

    /** The label column, or null when labels are not shown. */
    String labelColumn() {
        return m_showLabels ? m_labelColumn : null;
    }

    @Override
    public void validate() throws InvalidSettingsException {
        if (m_imageColumn == null || m_imageColumn.isBlank()) {
            throw new InvalidSettingsException("HU image column is not selected");
        }
        if (m_showLabels && (m_labelColumn == null || m_labelColumn.isBlank())) {
            throw new InvalidSettingsException("Label column is not selected (or switch off Show labels)");
        }
    }
}
