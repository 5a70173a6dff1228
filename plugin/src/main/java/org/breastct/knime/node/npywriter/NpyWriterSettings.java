package org.breastct.knime.node.npywriter;

import org.breastct.knime.settings.Checks;
import org.breastct.knime.util.FileNamePattern;
import org.breastct.knime.util.OverwritePolicy;
import org.breastct.volume.VoxelType;

/**
 * Settings of the NPY Writer except the output folder (plain Java; KNIME's side is
 * {@link NpyWriterParameters}).
 *
 * @param volumeColumn the volume column to write
 * @param namePattern file name pattern ({@link FileNamePattern}) or {@code auto}: {@code {id}.npy}
 *     for int16 images, {@code segmentation_{id}.npy} for uint8 labels, {@code cylinder_{id}.npy}
 *     for 2-D bool masks and {@code fold_{id}.npy} for 3-D bool masks (the authors' file names)
 * @param overwritePolicy what to do when a file exists
 * @param createMissingFolders create the output folder if it does not exist
 */
public record NpyWriterSettings(String volumeColumn, String namePattern, OverwritePolicy overwritePolicy,
        boolean createMissingFolders) {

    /** The automatic name pattern. */
    public static final String AUTO = "auto";

    /** Writes the Breast Segmenter's labels as segmentation_{id}.npy; never overwrites. */
    public static final NpyWriterSettings DEFAULTS = new NpyWriterSettings("labels", AUTO, OverwritePolicy.FAIL, true);

    public NpyWriterSettings {
        volumeColumn = Checks.text(volumeColumn);
        namePattern = Checks.text(namePattern);
        if (overwritePolicy == null) {
            throw new IllegalArgumentException("If the file exists is not set");
        }
        if (!namePattern.equalsIgnoreCase(AUTO)) {
            FileNamePattern.of(namePattern, "File name pattern");
        }
    }

    /** The pattern for a volume of {@code type} with {@code nz} slices. */
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
}
