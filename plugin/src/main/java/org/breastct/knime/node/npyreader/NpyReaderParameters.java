package org.breastct.knime.node.npyreader;

import org.breastct.knime.fs.LocationTexts;
import org.breastct.knime.fs.PathColumnChoices;
import org.breastct.knime.parameters.BreastCtParameters;
import org.breastct.knime.parameters.EnumKeyPersistor;
import org.breastct.knime.parameters.EnumKeys;
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
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;

/**
 * Parameters of the NPY Reader. The Swing-era keys are kept; the input location, a plain path or URL
 * string under {@code location} before, is a KNIME file selection under {@code input_location} now
 * (migrated on load). {@code FileSelection} and {@code @FileReaderWidget} are internal KNIME API
 * (x-internal) that KNIME's own 5.8 file readers with web dialogs use.
 */
@SuppressWarnings("restriction")
@LoadDefaultsForAbsentFields
public final class NpyReaderParameters implements BreastCtParameters<NpyReaderSettings> {

    @Section(title = "Input")
    interface InputSection {
    }

    @Section(title = "Volumes")
    @After(InputSection.class)
    interface VolumesSection {
    }

    /** The voxel type to read as (setting values as {@link NpyReaderSettings#VOXEL_TYPES}). */
    public enum VoxelTypeChoice {
        @Label(value = "Auto", description = "The file's own type: bool as mask, uint8 as labels, any other "
                + "integer or whole-number float type as an int16 HU image (unsigned types only with a stored-value "
                + "offset).")
        AUTO,
        @Label(value = "int16", description = "HU images (bool files refused).")
        INT16,
        @Label(value = "uint8", description = "Label volumes (bool files and values other than the codes 0 to 7 "
                + "refused).")
        UINT8,
        @Label(value = "bool", description = "Masks.")
        BOOL
    }

    static final class VoxelTypePersistor extends EnumKeyPersistor<VoxelTypeChoice> {
        VoxelTypePersistor() {
            super(VoxelTypeChoice.class, "voxel_type", "Read as voxel type");
        }
    }

    static final class LocationMigration extends LegacyPathMigration {
        LocationMigration() {
            super("location");
        }
    }

    private static final NpyReaderSettings D = NpyReaderSettings.DEFAULTS;

    @Widget(title = "Input", description = "A folder (all matching files directly inside it are read, sorted by "
            + "name) or one .npy file (read as is). To read a folder, type or paste its path (or remove the file "
            + "name after browsing)." + LocationTexts.FILE_SYSTEMS + " Not used when an input table is connected.")
    @FileReaderWidget(fileExtensions = {"npy"})
    @Layout(InputSection.class)
    @Persist(configKey = "input_location")
    @Migration(LocationMigration.class)
    FileSelection m_location = new FileSelection();

    @Widget(title = "Path column", description = "With the optional input table (add it with the node's \"...\" "
            + "menu): the KNIME Path column of the .npy files to read, one per row (e.g. from <i>List "
            + "Files/Folders</i>); the id and the volume are appended to each row and the patterns below do not "
            + "apply.")
    @ChoicesProvider(PathColumnChoices.class)
    @Layout(InputSection.class)
    @Persist(configKey = "path_column")
    String m_pathColumn = D.pathColumn();

    @Widget(title = "Include files matching", description = "Comma-separated glob patterns on the file name "
            + "(<tt>*</tt>, <tt>?</tt>, <tt>[...]</tt>, <tt>{a,b}</tt>); default <tt>*.npy</tt>.")
    @Layout(InputSection.class)
    @Persist(configKey = "include_pattern")
    String m_includePattern = D.includePattern();

    @Widget(title = "Exclude files matching", description = "Comma-separated glob patterns of files to skip; "
            + "default <tt>cylinder*,segmentation_*</tt> (the authors' scripts skip these when segmenting). Clear "
            + "it to read label volumes.")
    @Layout(InputSection.class)
    @Persist(configKey = "exclude_pattern")
    String m_excludePattern = D.excludePattern();

    @Widget(title = "Read as voxel type", description = "Auto (default) or a forced type; a value that does not "
            + "fit the forced type exactly is an error naming the file, value and index.")
    @Layout(VolumesSection.class)
    @Persistor(VoxelTypePersistor.class)
    VoxelTypeChoice m_voxelType = EnumKeys.parse(VoxelTypeChoice.class, D.voxelType(), "Read as voxel type");

    @Widget(title = "Voxel spacing (mm)", description = "Isotropic spacing attached to the volumes, which .npy "
            + "files do not store (default 0.3 mm, the scanner of the method; must be positive). Used for volumes "
            + "in ml.")
    @Layout(VolumesSection.class)
    @Persist(configKey = "spacing_mm")
    double m_spacingMm = D.spacingMm();

    @Widget(title = "Remove this prefix from ids", description = "Removed from the start of the file name to "
            + "form the id (default <tt>segmentation_</tt>), so that label files join with their images.")
    @Layout(VolumesSection.class)
    @Persist(configKey = "strip_prefix")
    String m_stripPrefix = D.stripPrefix();

    @Widget(title = "Volume column name", description = "Name of the volume column (default <tt>image</tt>; use "
            + "<tt>labels</tt> when reading segmentations).")
    @Layout(VolumesSection.class)
    @Persist(configKey = "column_name")
    String m_columnName = D.columnName();

    @Widget(title = "Stored-value offset of unsigned images", description = "HU images are signed int16. An "
            + "image file of an unsigned type (uint16, uint32, or uint8 read as int16) holds stored values, not "
            + "Hounsfield units: with -1 (default) it is refused; with an offset N (0 to 32768, 1024 for scanner "
            + "stored values) it holds HU + N and is converted to HU = value - N.")
    @Advanced
    @Layout(VolumesSection.class)
    @Persist(configKey = "stored_offset")
    int m_storedOffset = D.storedOffset();

    @Widget(title = "Check that images are in Hounsfield units", description = "On (default): an image (read "
            + "as int16) is refused when it does not look like a breast CT image in HU: fewer than 1 % of its "
            + "voxels below -500 HU (air), or values below -2048 HU. Label volumes (uint8) are always checked for "
            + "codes 0 to 7, and bool files are never taken as images or labels.")
    @Advanced
    @Layout(VolumesSection.class)
    @Persist(configKey = "hu_check")
    boolean m_huCheck = D.huCheck();

    @Override
    public NpyReaderSettings toSettings() {
        return new NpyReaderSettings(m_pathColumn, m_includePattern, m_excludePattern, EnumKeys.key(m_voxelType),
                m_spacingMm, m_stripPrefix, m_columnName, m_storedOffset, m_huCheck);
    }
}
