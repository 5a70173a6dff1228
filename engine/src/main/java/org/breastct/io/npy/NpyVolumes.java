package org.breastct.io.npy;

import java.io.IOException;
import java.nio.file.Path;
import org.breastct.preprocessing.HuPlausibility;
import org.breastct.preprocessing.Preprocessing;
import org.breastct.preprocessing.Rescale;
import org.breastct.progress.Progress;
import org.breastct.segmentation.LabelCode;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.VolumeException;
import org.breastct.volume.VoxelType;

/**
 * The two kinds of {@code .npy} volume a batch reads, with the checks that keep a wrong file from
 * giving a silent wrong result:
 * <ul>
 * <li>HU images {@code <uid>.npy} ({@link #readHuImage}): a bool array is refused (a mask is not an
 * image); unsigned dtypes (uint8, uint16, uint32) hold stored values, not HU, and are refused unless
 * {@link ImageOptions#storedOffset()} says what to subtract (HU = stored - offset, through
 * {@link Preprocessing#rescale}); other dtypes convert exactly to int16 or fail
 * ({@link NpyReader}); then {@link HuPlausibility} unless switched off.
 * <li>Label volumes {@code segmentation_<uid>.npy} ({@link #readLabels}): bool is refused, values
 * must be uint8 label codes 0..{@value #MAX_LABEL} ({@link #checkLabels}).
 * </ul>
 */
public final class NpyVolumes {

    /** Highest code a label volume file may hold (7 implant; 8 is unused, 9 only appears in exported DICOM). */
    public static final int MAX_LABEL = LabelCode.IMPLANT;

    private NpyVolumes() {
    }

    /**
     * How HU images are read.
     *
     * @param storedOffset null: unsigned images are refused; N: unsigned images hold HU + N and are
     *     converted (1024 for scanner stored values)
     * @param checkPlausible run {@link HuPlausibility#check} on the image
     */
    public record ImageOptions(Integer storedOffset, boolean checkPlausible) {

        /** Unsigned images refused, plausibility checked. */
        public static final ImageOptions DEFAULTS = new ImageOptions(null, true);

        public ImageOptions {
            if (storedOffset != null && (storedOffset < 0 || storedOffset > 32768)) {
                throw new IllegalArgumentException("stored-value offset must be 0..32768, got " + storedOffset);
            }
        }

        public ImageOptions withStoredOffset(Integer v) {
            return new ImageOptions(v, checkPlausible);
        }

        public ImageOptions withCheckPlausible(boolean v) {
            return new ImageOptions(storedOffset, v);
        }
    }

    /**
     * Reads an HU image (see the class comment).
     *
     * @throws NpyFormatException if the file is malformed, bool, unsigned without an offset, or a
     *     value does not convert
     * @throws VolumeException if the image does not look like HU ({@link HuPlausibility})
     */
    public static ShortVolume readHuImage(Path file, ImageOptions options, Spacing spacing, Progress progress)
            throws IOException {
        NpyDtype dtype = NpyReader.readHeader(file).dtype();
        if (dtype == NpyDtype.BOOL) {
            throw new NpyFormatException(file, "holds a bool array (a mask), not an HU image (int16)");
        }
        boolean unsigned = dtype == NpyDtype.UINT8 || dtype == NpyDtype.UINT16 || dtype == NpyDtype.UINT32;
        if (unsigned && options.storedOffset() == null) {
            throw new NpyFormatException(file, "holds " + dtype.numpyName() + " values: stored values, not Hounsfield"
                    + " units (HU images are signed int16). If they are HU + 1024 as scanners store them, convert them"
                    + " with --stored-offset 1024 (KNIME NPY Reader: 'Stored-value offset of unsigned images' 1024; engine:"
                    + " NpyVolumes.ImageOptions.withStoredOffset(1024))");
        }
        ShortVolume image = (ShortVolume) NpyReader.read(file, VoxelType.INT16, spacing, progress);
        if (unsigned) {
            Preprocessing.rescale(image, Rescale.storedOffset(options.storedOffset()));
        }
        if (options.checkPlausible()) {
            HuPlausibility.check(image, "image " + file);
        }
        return image;
    }

    /**
     * Reads a label volume (see the class comment).
     *
     * @throws NpyFormatException if the file is malformed or bool, or a value is not uint8
     * @throws VolumeException if a value is not a label code
     */
    public static ByteVolume readLabels(Path file, Spacing spacing, Progress progress) throws IOException {
        if (NpyReader.readHeader(file).dtype() == NpyDtype.BOOL) {
            throw new NpyFormatException(file, "holds a bool array (a mask), not a label volume (uint8 codes 0.."
                    + MAX_LABEL + ")");
        }
        ByteVolume labels = (ByteVolume) NpyReader.read(file, VoxelType.UINT8, spacing, progress);
        checkLabels(labels, "label volume " + file);
        return labels;
    }

    /**
     * Checks that every voxel of {@code labels} is a label code 0..{@value #MAX_LABEL}.
     *
     * @param source what the volume is, for the message
     * @throws VolumeException naming {@code source}, the first bad value with its index and the count
     */
    public static void checkLabels(ByteVolume labels, String source) throws VolumeException {
        byte[] d = labels.data();
        long bad = 0;
        int first = -1;
        for (int i = 0; i < d.length; i++) {
            if ((d[i] & 0xFF) > MAX_LABEL) {
                bad++;
                if (first < 0) {
                    first = i;
                }
            }
        }
        if (bad > 0) {
            var dims = labels.dims();
            int plane = dims.ny() * dims.nx();
            throw new VolumeException(source + " holds " + bad + " voxels that are not label codes 0.." + MAX_LABEL
                    + " (first: " + (d[first] & 0xFF) + " at [" + first / plane + ", " + first % plane / dims.nx() + ", "
                    + first % dims.nx() + "]); it is not a segmentation of this program");
        }
    }
}
