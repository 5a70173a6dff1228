package org.breastct.knime.data;

import org.breastct.io.npy.NpyVolumes;
import org.breastct.volume.ByteVolume;
import org.breastct.volume.MaskVolume;
import org.breastct.volume.ShortVolume;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.breastct.volume.VolumeException;

/** Small conversions between volume types the nodes need (no voxel copies). */
public final class Volumes {

    private Volumes() {
    }

    /** The same voxels under another id and spacing. */
    public static Volume withIdAndSpacing(Volume v, String id, Spacing spacing) {
        if (v instanceof ShortVolume s) {
            return s.with(id, spacing);
        }
        if (v instanceof ByteVolume b) {
            return b.with(id, spacing);
        }
        return ((MaskVolume) v).with(id, spacing);
    }

    /**
     * The volume as an int16 image.
     *
     * @throws IllegalArgumentException naming the id and the actual type if it is not int16
     */
    public static ShortVolume asImage(Volume v, String what) {
        if (v instanceof ShortVolume s) {
            return s;
        }
        throw new IllegalArgumentException(what + " '" + v.id() + "' is " + v.type().numpyName()
                + ", expected an int16 HU image");
    }

    /**
     * The volume as uint8 labels.
     *
     * @throws IllegalArgumentException naming the id and the actual type if it is not uint8
     */
    public static ByteVolume asLabels(Volume v, String what) {
        if (v instanceof ByteVolume b) {
            return b;
        }
        throw new IllegalArgumentException(what + " '" + v.id() + "' is " + v.type().numpyName()
                + ", expected a uint8 label volume");
    }

    /**
     * The volume as uint8 labels whose every voxel is a label code ({@link NpyVolumes#checkLabels}): what
     * the nodes that interpret labels (Glandularity, Renderer, DICOM Writer) take, so a label cell made
     * otherwise (an older workflow's cell, a 2-D file) is refused as the CLI refuses such a file.
     *
     * @throws IllegalArgumentException if it is not uint8
     * @throws VolumeException naming {@code what}, the id and the first value that is no label code
     */
    public static ByteVolume asCheckedLabels(Volume v, String what) throws VolumeException {
        ByteVolume labels = asLabels(v, what);
        NpyVolumes.checkLabels(labels, what + " '" + v.id() + "'");
        return labels;
    }

    /**
     * The volume as a boolean mask.
     *
     * @throws IllegalArgumentException naming the id and the actual type if it is not bool
     */
    public static MaskVolume asMask(Volume v, String what) {
        if (v instanceof MaskVolume m) {
            return m;
        }
        throw new IllegalArgumentException(what + " '" + v.id() + "' is " + v.type().numpyName()
                + ", expected a bool mask");
    }
}
