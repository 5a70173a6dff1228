package org.breastct.knime.node.npyreader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the NPY Reader. */
final class NpyReaderNodeDialog extends DefaultNodeSettingsPane {

    NpyReaderNodeDialog() {
        NpyReaderSettings d = NpyReaderSettings.DEFAULTS;
        createNewGroup("Input (a folder of .npy files or one .npy file)");
        addDialogComponent(new DialogComponentFileChooser(
                new SettingsModelString(NpyReaderSettings.KEY_LOCATION, d.location()), "breastct-npy-reader",
                JFileChooser.OPEN_DIALOG, ".npy"));
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(NpyReaderSettings.KEY_INCLUDE_PATTERN, d.includePattern()),
                "Include files matching", true, 25));
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(NpyReaderSettings.KEY_EXCLUDE_PATTERN, d.excludePattern()),
                "Exclude files matching", false, 25));
        closeCurrentGroup();
        createNewGroup("Volumes");
        addDialogComponent(new DialogComponentStringSelection(
                new SettingsModelString(NpyReaderSettings.KEY_VOXEL_TYPE, d.voxelType()), "Read as voxel type",
                NpyReaderSettings.VOXEL_TYPES));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelDoubleBounded(NpyReaderSettings.KEY_SPACING_MM, d.spacingMm(), 1e-6, 1e6),
                "Voxel spacing (mm)", 0.05));
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(NpyReaderSettings.KEY_STRIP_PREFIX, d.stripPrefix()),
                "Remove this prefix from ids", false, 20));
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(NpyReaderSettings.KEY_COLUMN_NAME, d.columnName()), "Volume column name",
                true, 20));
        closeCurrentGroup();
    }
}
