package org.breastct.knime.node.npywriter;

import javax.swing.JFileChooser;

import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.util.OverwritePolicy;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the NPY Writer. */
final class NpyWriterNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    NpyWriterNodeDialog() {
        NpyWriterSettings d = NpyWriterSettings.DEFAULTS;
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(NpyWriterSettings.KEY_VOLUME_COLUMN, d.volumeColumn()), "Volume column", 0,
                VolumeValue.class));
        createNewGroup("Output folder");
        addDialogComponent(new DialogComponentFileChooser(
                new SettingsModelString(NpyWriterSettings.KEY_FOLDER, d.folder()), "breastct-npy-writer",
                JFileChooser.SAVE_DIALOG, true));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(NpyWriterSettings.KEY_NAME_PATTERN, d.namePattern()),
                "File name pattern ({id}, {rowid}, {column}; auto = by type)", true, 25));
        addDialogComponent(new DialogComponentStringSelection(
                new SettingsModelString(NpyWriterSettings.KEY_OVERWRITE_POLICY, d.overwritePolicy()),
                "If the file exists", OverwritePolicy.keys()));
    }
}
