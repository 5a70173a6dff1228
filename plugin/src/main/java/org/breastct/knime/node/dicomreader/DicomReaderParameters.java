package org.breastct.knime.node.dicomreader;

import org.breastct.knime.fs.LocationTexts;
import org.breastct.knime.fs.PathColumnChoices;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.LegacyPathMigration;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileReaderWidget;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection;
import org.knime.node.parameters.Advanced;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.migration.LoadDefaultsForAbsentFields;
import org.knime.node.parameters.migration.Migration;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.widget.choices.ChoicesProvider;

/**
 * Parameters of the DICOM Reader. The Swing-era keys are kept; the input folder, a plain path or URL
 * string under {@code folder} before, is a KNIME file selection under {@code input_folder} now
 * (migrated on load). {@code FileSelection} and {@code @FileReaderWidget} are internal KNIME API
 * (x-internal) that KNIME's own 5.8 file readers with web dialogs use.
 */
@SuppressWarnings("restriction")
@LoadDefaultsForAbsentFields
public final class DicomReaderParameters implements BreastCtParameters<DicomReaderSettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    @Section(title = "Cylinder removal")
    @After(InputSection.class)
    interface CylinderSection {
    }

    @Section(title = "Trimming")
    @After(CylinderSection.class)
    interface TrimSection {
    }

    @Section(title = "Errors")
    @After(TrimSection.class)
    interface ErrorSection {
    }

    static final class FolderMigration extends LegacyPathMigration {
        FolderMigration() {
            super("folder");
        }
    }

    private static final DicomReaderSettings D = DicomReaderSettings.DEFAULTS;

    @Widget(title = "Input folder", description = "A folder with one series subfolder per breast (the subfolder "
            + "name is the breast id; a subfolder may hold its one series further down, e.g. STUDY/SERIES), one "
            + "series folder (it directly holds the DICOM files), or a CD/DVD layout with a DICOMDIR (every series "
            + "folder below it is a breast). A breast folder without a readable DICOM image, or with several "
            + "series, gives a failed row. A file chosen "
            + "here stands for its folder, so browsing to any slice of a series reads that series; to read a "
            + "folder of breasts, type or paste the folder's path (or remove the file name after browsing)."
            + LocationTexts.FILE_SYSTEMS + " Not used when an input table is connected.")
    @FileReaderWidget
    @Layout(InputSection.class)
    @Persist(configKey = "input_folder")
    @Migration(FolderMigration.class)
    FileSelection m_folder = new FileSelection();

    @Widget(title = "Path column", description = "With the optional input table (add it with the node's \"...\" "
            + "menu): the KNIME Path column whose rows are series folders (or a DICOM file of the series), e.g. "
            + "from <i>List Files/Folders</i> listing folders. One breast per row: the folder, or the one series "
            + "nested below it (STUDY/SERIES, a DICOMDIR layout); the reader's columns are appended to the row.")
    @ChoicesProvider(PathColumnChoices.class)
    @Layout(InputSection.class)
    @Persist(configKey = "path_column")
    String m_pathColumn = D.pathColumn();

    @Widget(title = "Remove the CT-table cylinder", description = "Sets every pixel outside the radius C/2 - "
            + "margin (C = number of columns) to -1024 HU in every slice (default on, as the authors' scripts).")
    @Layout(CylinderSection.class)
    @Persist(configKey = "remove_cylinder")
    boolean m_removeCylinder = D.removeCylinder();

    @Widget(title = "Cylinder margin (pixels)", description = "The cylinder radius is C/2 minus this margin "
            + "(default 30, as the scripts; 0 or more).")
    @Layout(CylinderSection.class)
    @Persist(configKey = "cylinder_margin")
    int m_cylinderMargin = D.cylinderMargin();

    @Widget(title = "Trim to the non-empty slices", description = "Keeps only the slices from the dummy slices "
            + "on up to the last slice with a voxel above -500 HU (default on).")
    @Layout(TrimSection.class)
    @Persist(configKey = "trim")
    boolean m_trim = D.trim();

    @Widget(title = "Dummy slices at the chest wall", description = "Number of reconstruction dummy slices "
            + "dropped at the chest wall (default 3; 0 or more); the cylinder ring is taken from this slice.")
    @Layout(TrimSection.class)
    @Persist(configKey = "dummy_slices")
    int m_dummySlices = D.dummySlices();

    @Widget(title = "Fail on the first breast that cannot be read", description = "Off (default): a breast that "
            + "cannot be read gives a row with missing cells, its error in the <i>warnings</i> column and a node "
            + "warning. On: the node fails, naming the breast and the cause.")
    @Layout(ErrorSection.class)
    @Persist(configKey = "fail_fast")
    boolean m_failFast = D.failFast();

    @Widget(title = "Accept any modality", description = "Off (default): only CT series are read, and every "
            + "slice must carry RescaleSlope and RescaleIntercept, because the method needs Hounsfield units; an MR "
            + "or other series, or CT slices without the rescale tags, make that breast fail. On: such series are "
            + "read anyway (missing rescale tags taken as slope 1, intercept 0, with a warning in the "
            + "<i>warnings</i> column); the segmentation of a non-CT image is meaningless.")
    @Advanced
    @Layout(ErrorSection.class)
    @Persist(configKey = "any_modality")
    boolean m_anyModality = D.anyModality();

    @Override
    public DicomReaderSettings toSettings() {
        return new DicomReaderSettings(m_pathColumn, m_removeCylinder, m_cylinderMargin, m_dummySlices, m_trim,
                m_failFast, m_anyModality);
    }
}
