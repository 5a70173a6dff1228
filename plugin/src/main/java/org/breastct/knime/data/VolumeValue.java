package org.breastct.knime.data;

import java.io.IOException;

import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.knime.core.data.DataValue;

/**
 * A breast-CT volume in a KNIME table: an int16 HU image, a uint8 label volume or a bool mask, with
 * id, shape and voxel spacing. The metadata is always available; the voxels are read on demand.
 */
public interface VolumeValue extends DataValue {

    /** Meta information about this value type (looked up by KNIME by reflection). */
    UtilityFactory UTILITY = new VolumeUtilityFactory();

    /** Id, voxel type, shape and spacing, without reading the voxels. */
    VolumeMetadata getMetadata();

    /**
     * Reads the voxels (a new volume each call, with the id and spacing of {@link #getMetadata()}).
     *
     * @param progress reports the fraction read and is checked for cancellation
     * @throws IOException if the data cannot be read
     */
    Volume getVolume(Progress progress) throws IOException;

    /**
     * Reads only slice {@code z} ({@code vol[z]}, the coronal plane): a volume with {@code nz == 1},
     * the id and spacing of {@link #getMetadata()}. For thumbnails and the first image of the volume
     * view, without reading the whole volume.
     *
     * @throws IOException if the data cannot be read or {@code z} is outside the volume
     */
    Volume getCoronalSlice(int z) throws IOException;
}
