package org.breastct.knime.node.npyreader;

import org.breastct.io.npy.NpyDtype;
import org.breastct.io.npy.NpyVolumes;
import org.breastct.knime.settings.Checks;
import org.breastct.volume.Spacing;
import org.breastct.volume.VoxelType;

/**
 * Settings of the NPY Reader except its input location (plain Java; KNIME's side is
 * {@link NpyReaderParameters}).
 *
 * @param pathColumn the Path column of the optional input table (one .npy file per row)
 * @param includePattern glob(s) a file name must match (folder mode), comma-separated
 * @param excludePattern glob(s) that exclude a file name (folder mode), comma-separated; may be empty
 * @param voxelType {@code auto} (the file's natural type), {@code int16}, {@code uint8} or {@code bool}
 * @param spacingMm isotropic voxel spacing attached to the volumes (NPY stores none)
 * @param stripPrefix removed from the start of the file name to form the id (e.g. {@code segmentation_})
 * @param columnName name of the volume column
 * @param storedOffset unsigned (uint8/16/32) HU images hold HU + this (e.g. 1024) and are converted;
 *     {@link #NO_STORED_OFFSET} (default): they are refused (CLI {@code --stored-offset N})
 * @param huCheck refuse HU images that do not look like Hounsfield units (default on; CLI
 *     {@code --no-hu-check} switches it off)
 */
public record NpyReaderSettings(String pathColumn, String includePattern, String excludePattern, String voxelType,
        double spacingMm, String stripPrefix, String columnName, int storedOffset, boolean huCheck) {

    /** {@link #storedOffset()} value: unsigned images are refused. */
    public static final int NO_STORED_OFFSET = -1;

    /** How a 3-D file is read ({@link #reading}). */
    public enum Reading {
        /** {@link NpyVolumes#readHuImage} with {@link #imageOptions()}: bool refused, unsigned only with an offset. */
        HU_IMAGE,
        /** {@link NpyVolumes#readLabels}: bool and values that are no label code refused. */
        LABELS,
        /** A mask: read as bool. */
        MASK
    }

    /** Fixed output column names. */
    public static final String ID_COLUMN = "id";
    public static final String PATH_COLUMN = "path";

    /** The values of {@link #voxelType()}. */
    public static final String AUTO = "auto";
    public static final String[] VOXEL_TYPES = {AUTO, VoxelType.INT16.numpyName(), VoxelType.UINT8.numpyName(),
        VoxelType.BOOL.numpyName()};

    /**
     * Defaults: all {@code .npy} files except the authors' {@code cylinder*} and
     * {@code segmentation_*} files, natural type, 0.3 mm (the scanner of the method), column "image".
     */
    public static final NpyReaderSettings DEFAULTS = new NpyReaderSettings("", "*.npy", "cylinder*,segmentation_*",
            AUTO, Spacing.BREAST_CT.x(), "segmentation_", "image", NO_STORED_OFFSET, true);

    public NpyReaderSettings {
        pathColumn = Checks.text(pathColumn);
        includePattern = Checks.text(includePattern);
        excludePattern = Checks.text(excludePattern);
        voxelType = Checks.oneOf("Voxel type", voxelType, VOXEL_TYPES);
        Checks.positive("Voxel spacing (mm)", spacingMm);
        stripPrefix = stripPrefix == null ? "" : stripPrefix;
        columnName = Checks.text(columnName);
        if (storedOffset != NO_STORED_OFFSET && (storedOffset < 0 || storedOffset > 32768)) {
            throw new IllegalArgumentException("Stored-value offset must be -1 (unsigned images refused) or 0..32768, "
                    + "got " + storedOffset);
        }
        if (includePattern.isEmpty()) {
            throw new IllegalArgumentException("Include pattern is empty (use *.npy for all files)");
        }
        if (columnName.isEmpty()) {
            throw new IllegalArgumentException("Volume column name is empty");
        }
        if (columnName.equals(ID_COLUMN) || columnName.equals(PATH_COLUMN)) {
            throw new IllegalArgumentException("Volume column name '" + columnName + "' is taken by another column");
        }
    }

    /** The voxel type to read as; null for the file's natural type. */
    public VoxelType targetType() {
        return voxelType.equals(AUTO) ? null : VoxelType.fromNumpyName(voxelType);
    }

    public Spacing spacing() {
        return new Spacing(spacingMm, spacingMm, spacingMm);
    }

    /** The engine's options for HU images. */
    public NpyVolumes.ImageOptions imageOptions() {
        return NpyVolumes.ImageOptions.DEFAULTS.withStoredOffset(storedOffset == NO_STORED_OFFSET ? null : storedOffset)
                .withCheckPlausible(huCheck);
    }

    /**
     * How a 3-D file with {@code dtype} is read: a forced voxel type says what the file is (int16 an
     * HU image, uint8 labels, bool a mask); Auto goes by the file's type (bool a mask, uint8 labels,
     * every other type an HU image, so that unsigned stored values are refused unless an offset is set).
     */
    public Reading reading(final NpyDtype dtype) {
        VoxelType t = targetType() != null ? targetType() : dtype.naturalVoxelType();
        return switch (t) {
            case BOOL -> Reading.MASK;
            case UINT8 -> Reading.LABELS;
            case INT16 -> Reading.HU_IMAGE;
        };
    }
}
