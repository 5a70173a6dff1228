package org.breastct.knime.node.dicomreader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/** Dialog of the DICOM Reader. */
final class DicomReaderNodeDialog extends DefaultNodeSettingsPane {

    DicomReaderNodeDialog() {
        DicomReaderSettings d = DicomReaderSettings.DEFAULTS;
        createNewGroup("Input folder (one subfolder per breast, or one series folder)");
        addDialogComponent(new DialogComponentFileChooser(
                new SettingsModelString(DicomReaderSettings.KEY_FOLDER, d.folder()), "breastct-dicom-reader",
                JFileChooser.OPEN_DIALOG, true));
        closeCurrentGroup();
        createNewGroup("Cylinder removal");
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(DicomReaderSettings.KEY_REMOVE_CYLINDER, d.removeCylinder()),
                "Remove the CT-table cylinder"));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(DicomReaderSettings.KEY_CYLINDER_MARGIN, d.cylinderMargin(), 0, 100000),
                "Cylinder margin (pixels)", 1));
        closeCurrentGroup();
        createNewGroup("Trimming");
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(DicomReaderSettings.KEY_TRIM, d.trim()), "Trim to the non-empty slices"));
        addDialogComponent(new DialogComponentNumber(
                new SettingsModelIntegerBounded(DicomReaderSettings.KEY_DUMMY_SLICES, d.dummySlices(), 0, 100000),
                "Dummy slices at the chest wall", 1));
        closeCurrentGroup();
        addDialogComponent(new DialogComponentBoolean(
                new SettingsModelBoolean(DicomReaderSettings.KEY_FAIL_FAST, d.failFast()),
                "Fail on the first breast that cannot be read"));
    }
}
