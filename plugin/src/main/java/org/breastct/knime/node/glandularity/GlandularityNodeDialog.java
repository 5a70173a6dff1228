package org.breastct.knime.node.glandularity;

import org.breastct.knime.data.VolumeValue;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the Glandularity Calculator. */
final class GlandularityNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    GlandularityNodeDialog() {
        GlandularitySettings d = GlandularitySettings.DEFAULTS;
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(GlandularitySettings.KEY_IMAGE_COLUMN, d.imageColumn()), "HU image column", 0,
                VolumeValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(GlandularitySettings.KEY_LABEL_COLUMN, d.labelColumn()), "Label column", 0,
                VolumeValue.class));
    }
}
