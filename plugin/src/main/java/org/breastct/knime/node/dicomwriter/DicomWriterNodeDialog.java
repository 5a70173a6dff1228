package org.breastct.knime.node.dicomwriter;

import javax.swing.JFileChooser;

import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.util.OverwritePolicy;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the DICOM Writer. */
final class DicomWriterNodeDialog extends DefaultNodeSettingsPane {

    @SuppressWarnings("unchecked")
    DicomWriterNodeDialog() {
        DicomWriterSettings d = DicomWriterSettings.DEFAULTS;
        createNewGroup("Columns");
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(DicomWriterSettings.KEY_LABEL_COLUMN, d.labelColumn()), "Label column", 0,
                VolumeValue.class));
        addDialogComponent(new DialogComponentColumnNameSelection(
                new SettingsModelString(DicomWriterSettings.KEY_CYLINDER_COLUMN, d.cylinderColumn()),
                "Cylinder mask column (optional)", 0, false, true, VolumeValue.class));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(DicomWriterSettings.KEY_CYLINDER_VALUE, d.cylinderValue(), 0,
                        DicomWriteOptions.MAX_CYLINDER_VALUE), "Cylinder label", 1));
        closeCurrentGroup();
        createNewGroup("Output folder");
        addDialogComponent(new DialogComponentFileChooser(
                new SettingsModelString(DicomWriterSettings.KEY_FOLDER, d.folder()), "breastct-dicom-writer",
                JFileChooser.SAVE_DIALOG, true));
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(DicomWriterSettings.KEY_SERIES_FOLDER_PATTERN, d.seriesFolderPattern()),
                "Series folder name ({id}, {rowid}, {column})", true, 25));
        addDialogComponent(new DialogComponentStringSelection(
                new SettingsModelString(DicomWriterSettings.KEY_OVERWRITE_POLICY, d.overwritePolicy()),
                "If the series folder exists", OverwritePolicy.keys()));
        closeCurrentGroup();
        createNewGroup("Template DICOM file (optional: patient, study and equipment attributes)");
        addDialogComponent(new DialogComponentFileChooser(
                new SettingsModelString(DicomWriterSettings.KEY_TEMPLATE, d.template()), "breastct-dicom-template",
                JFileChooser.OPEN_DIALOG, false));
        addDialogComponent(new DialogComponentString(
                new SettingsModelString(DicomWriterSettings.KEY_SERIES_DESCRIPTION, d.seriesDescription()),
                "Series description (empty: default)", false, 25));
        closeCurrentGroup();
    }
}
