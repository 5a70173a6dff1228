package org.breastct.knime.node.dicomwriter;

import java.util.List;

import org.breastct.io.dicom.DicomWriteOptions;
import org.breastct.knime.fs.LocationTexts;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.LegacyPathMigration;
import org.breastct.knime.parameters.VolumeColumns;
import org.breastct.knime.settings.Checks;
import org.breastct.knime.util.OverwritePolicy;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileReaderWidget;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileWriterWidget;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.ConfigMigration;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.migration.Migration;
import org.knime.node.parameters.migration.NodeParametersMigration;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;

/**
 * Parameters of the DICOM Writer. The Swing-era keys are kept; the output folder and the template
 * file, plain path or URL strings under {@code folder} and {@code template} before, are KNIME file
 * selections under {@code output_folder} and {@code template_file} now (migrated on load), and
 * "no cylinder column" is the new switch {@code draw_cylinder} (derived from the old column setting
 * on load). {@code FileSelection} and the file widgets are internal KNIME API (x-internal) that
 * KNIME's own 5.8 file nodes with web dialogs use.
 */
@SuppressWarnings("restriction")
@LoadDefaultsForAbsentFields
public final class DicomWriterParameters implements BreastCtParameters<DicomWriterSettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    @Section(title = "Output")
    @After(InputSection.class)
    interface OutputSection {
    }

    @Section(title = "DICOM attributes")
    @After(OutputSection.class)
    interface AttributesSection {
    }

    static final class FolderMigration extends LegacyPathMigration {
        FolderMigration() {
            super("folder");
        }
    }

    static final class TemplateMigration extends LegacyPathMigration {
        TemplateMigration() {
            super("template");
        }
    }

    /** Old workflows: the ring was drawn if a cylinder column was chosen (not empty, not "&lt;none&gt;"). */
    static final class DrawCylinderMigration implements NodeParametersMigration<Boolean> {
        @Override
        public List<ConfigMigration<Boolean>> getConfigMigrations() {
            return List.of(ConfigMigration.<Boolean> builder(s -> drewCylinder(s.getString("cylinder_column", "")))
                    .build());
        }
    }

    /** Whether the Swing-era node drew the ring for its cylinder column setting {@code column}. */
    public static boolean drewCylinder(final String column) {
        return !Checks.isNone(column);
    }

    private static final DicomWriterSettings D = DicomWriterSettings.DEFAULTS;

    @Widget(title = "Label column", description = "Column of uint8 label volumes, one breast per row (default "
            + "<i>labels</i>, the Breast Segmenter's output).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "label_column")
    String m_labelColumn = D.labelColumn();

    @Widget(title = "Draw the cylinder ring", description = "Draw the CT-table cylinder ring of the column below "
            + "into every slice with the cylinder label, as the dose simulation expects (default off).")
    @Layout(InputSection.class)
    @Persist(configKey = "draw_cylinder")
    @Migration(DrawCylinderMigration.class)
    boolean m_drawCylinder = D.drawCylinder();

    @Widget(title = "Cylinder mask column", description = "Column of one-slice bool cylinder ring masks, the DICOM "
            + "Reader's <i>cylinder</i> column (used when the ring is drawn).")
    @ChoicesProvider(VolumeColumns.class)
    @Layout(InputSection.class)
    @Persist(configKey = "cylinder_column")
    String m_cylinderColumn = D.cylinderColumn();

    @Widget(title = "Cylinder label", description = "Label code the cylinder ring is written with (default 9, the "
            + "colour code of the method; the authors' scripts wrote 8; 0 to "
            + DicomWriteOptions.MAX_CYLINDER_VALUE + ").")
    @Layout(InputSection.class)
    @Persist(configKey = "cylinder_value")
    int m_cylinderValue = D.cylinderValue();

    @Widget(title = "Output folder", description = "Folder in which one series folder per row is created."
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

    @Widget(title = "Series folder name", description = "Name of each series folder, with the placeholders "
            + "<tt>{id}</tt> (the breast id), <tt>{rowid}</tt> (the row ID) and <tt>{column}</tt> (default "
            + "<tt>segmentation_{id}</tt>, as the authors' scripts name it). Two rows giving the same name are an "
            + "error.")
    @Layout(OutputSection.class)
    @Persist(configKey = "series_folder_pattern")
    String m_seriesFolderPattern = D.seriesFolderPattern();

    @Widget(title = "If the series folder exists", description = "What to do when a series folder of that name "
            + "exists already (overwrite replaces the whole folder).")
    @ValueSwitchWidget
    @Layout(OutputSection.class)
    @Persistor(OverwritePolicy.Persistor.class)
    OverwritePolicy m_overwritePolicy = D.overwritePolicy();

    @Widget(title = "Template DICOM file", description = "Optional DICOM file whose patient, study and equipment "
            + "attributes are copied into every slice; leave the path empty for none.")
    @FileReaderWidget
    @Layout(AttributesSection.class)
    @Persist(configKey = "template_file")
    @Migration(TemplateMigration.class)
    FileSelection m_template = new FileSelection();

    @Widget(title = "Series description", description = "SeriesDescription of the written series; empty for "
            + "<tt>breast-ct segmentation</tt>, followed by the segmentation method, e.g. <tt>breast-ct segmentation "
            + "(robust method)</tt>, when the table has the Breast Segmenter's <i>method</i> column.")
    @Layout(AttributesSection.class)
    @Persist(configKey = "series_description")
    String m_seriesDescription = D.seriesDescription();

    @Override
    public DicomWriterSettings toSettings() {
        return new DicomWriterSettings(m_labelColumn, m_drawCylinder, m_cylinderColumn, m_cylinderValue,
                m_seriesFolderPattern, m_seriesDescription, m_overwritePolicy, m_createMissingFolders);
    }
}
