package org.breastct.knime.node.npywriter;

import org.breastct.knime.fs.LocationTexts;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.LegacyPathMigration;
import org.breastct.knime.parameters.VolumeColumns;
import org.breastct.knime.util.OverwritePolicy;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileReaderWidget;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileWriterWidget;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.migration.Migration;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;

/**
 * Parameters of the NPY Writer. The Swing-era keys are kept; the output folder, a plain path or URL
 * string under {@code folder} before, is a KNIME file selection under {@code output_folder} now
 * (migrated on load). {@code FileSelection} and the file widgets are internal KNIME API (x-internal)
 * that KNIME's own 5.8 file nodes with web dialogs use.
 */
@SuppressWarnings("restriction")
@LoadDefaultsForAbsentFields
public final class NpyWriterParameters implements BreastCtParameters<NpyWriterSettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    @Section(title = "Output")
    @After(InputSection.class)
    interface OutputSection {
    }

    static final class FolderMigration extends LegacyPathMigration {
        FolderMigration() {
            super("folder");
        }
    }

    private static final NpyWriterSettings D = NpyWriterSettings.DEFAULTS;

    @Widget(title = "Volume column", description = "The Breast CT volume column to write (default <i>labels</i>, "
            + "the Breast Segmenter's label volumes).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "volume_column")
    String m_volumeColumn = D.volumeColumn();

    @Widget(title = "Output folder", description = "Folder the .npy files are written to."
            + LocationTexts.TYPE_FOLDER + LocationTexts.FILE_SYSTEMS)
    @FileWriterWidget
    @FileReaderWidget
    @Layout(OutputSection.class)
    @Persist(configKey = "output_folder")
    @Migration(FolderMigration.class)
    FileSelection m_outputFolder = new FileSelection();

    @Widget(title = "Create missing folders", description = LocationTexts.CREATE_MISSING_FOLDERS)
    @Layout(OutputSection.class)
    @Persist(configKey = "create_missing_folders")
    boolean m_createMissingFolders = D.createMissingFolders();

    @Widget(title = "File name pattern", description = "Name of each file, with the placeholders <tt>{id}</tt> "
            + "(the volume id, i.e. the breast id), <tt>{rowid}</tt> (the row ID) and <tt>{column}</tt>; characters "
            + "not allowed in file names are replaced by _. <tt>auto</tt> (default): <tt>{id}.npy</tt> for int16 "
            + "images, <tt>segmentation_{id}.npy</tt> for uint8 labels, <tt>cylinder_{id}.npy</tt> for one-slice "
            + "bool masks, <tt>fold_{id}.npy</tt> for 3-D bool masks. Two rows giving the same file name are an "
            + "error.")
    @Layout(OutputSection.class)
    @Persist(configKey = "name_pattern")
    String m_namePattern = D.namePattern();

    @Widget(title = "If the file exists", description = "What to do when a file of that name exists already.")
    @ValueSwitchWidget
    @Layout(OutputSection.class)
    @Persistor(OverwritePolicy.Persistor.class)
    OverwritePolicy m_overwritePolicy = D.overwritePolicy();

    @Override
    public NpyWriterSettings toSettings() {
        return new NpyWriterSettings(m_volumeColumn, m_namePattern, m_overwritePolicy, m_createMissingFolders);
    }
}
