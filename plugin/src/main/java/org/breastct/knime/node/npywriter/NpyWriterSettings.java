package org.breastct.knime.node.npywriter;

import org.breastct.knime.settings.Checks;
import org.breastct.knime.settings.SettingsReader;
import org.breastct.knime.settings.NodeSettingsRecord;
import org.breastct.knime.settings.SettingsWriter;
import org.breastct.knime.util.FileNamePattern;
import org.breastct.knime.util.OverwritePolicy;
import org.breastct.volume.VoxelType;

/**
 * Settings of the NPY Writer.
 *
 * @param volumeColumn the volume column to write
 * @param folder output folder (local path or URL, {@code knime://} accepted); created if missing
 * @param namePattern file name pattern ({@link FileNamePattern}) or {@code auto}: {@code {id}.npy}
 *     for int16 images, {@code segmentation_{id}.npy} for uint8 labels, {@code cylinder_{id}.npy}
 *     for 2-D bool masks and {@code fold_{id}.npy} for 3-D bool masks (the authors' file names)
 * @param overwritePolicy {@code fail}, {@code overwrite} or {@code skip}
 */
public record NpyWriterSettings(String volumeColumn, String folder, String namePattern, String overwritePolicy)
        implements NodeSettingsRecord {

    public static final String KEY_VOLUME_COLUMN = "volume_column";
    public static final String KEY_FOLDER = "folder";
    public static final String KEY_NAME_PATTERN = "name_pattern";
    public static final String KEY_OVERWRITE_POLICY = "overwrite_policy";

    /** The automatic name pattern. */
    public static final String AUTO = "auto";

    /** Writes the Breast Segmenter's labels as segmentation_{id}.npy; never overwrites. */
    public static final NpyWriterSettings DEFAULTS =
            new NpyWriterSettings("labels", "", AUTO, OverwritePolicy.FAIL.key());

    public NpyWriterSettings {
        volumeColumn = Checks.text(volumeColumn);
        folder = Checks.text(folder);
        namePattern = Checks.text(namePattern);
        overwritePolicy = OverwritePolicy.parse(overwritePolicy).key();
        if (!namePattern.equalsIgnoreCase(AUTO)) {
            FileNamePattern.of(namePattern, "File name pattern");
        }
    }

    public OverwritePolicy policy() {
        return OverwritePolicy.parse(overwritePolicy);
    }

    /**
     * The pattern for a volume of {@code type} with {@code nz} slices.
     */
    public FileNamePattern patternFor(final VoxelType type, final int nz) {
        if (!namePattern.equalsIgnoreCase(AUTO)) {
            return FileNamePattern.of(namePattern, "File name pattern");
        }
        return FileNamePattern.of(autoPattern(type, nz), "File name pattern");
    }

    /** The authors' file names by voxel type. */
    public static String autoPattern(final VoxelType type, final int nz) {
        return switch (type) {
            case INT16 -> "{id}.npy";
            case UINT8 -> "segmentation_{id}.npy";
            case BOOL -> nz == 1 ? "cylinder_{id}.npy" : "fold_{id}.npy";
        };
    }

    /** Name of the appended path column. */
    public String pathColumn() {
        return volumeColumn + " path";
    }

    public static NpyWriterSettings load(final SettingsReader r) {
        NpyWriterSettings d = DEFAULTS;
        return new NpyWriterSettings(r.getString(KEY_VOLUME_COLUMN, d.volumeColumn), r.getString(KEY_FOLDER, d.folder),
                r.getString(KEY_NAME_PATTERN, d.namePattern), r.getString(KEY_OVERWRITE_POLICY, d.overwritePolicy));
    }

    @Override
    public void save(final SettingsWriter w) {
        w.addString(KEY_VOLUME_COLUMN, volumeColumn);
        w.addString(KEY_FOLDER, folder);
        w.addString(KEY_NAME_PATTERN, namePattern);
        w.addString(KEY_OVERWRITE_POLICY, overwritePolicy);
    }
}
