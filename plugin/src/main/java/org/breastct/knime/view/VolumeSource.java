package org.breastct.knime.view;

import java.io.IOException;

import org.breastct.knime.data.VolumeMetadata;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;

/**
 * Where the volume view gets one volume of a row from: its metadata at once, one coronal slice
 * cheaply, the whole volume when a sagittal or transversal plane or the label volumes need it. In
 * KNIME a {@link org.breastct.knime.data.VolumeValue} (see {@link VolumeValueSource}); in tests any
 * volume file or volume in memory.
 */
public interface VolumeSource {

    /** Id, type, shape and spacing, without reading voxels. */
    VolumeMetadata metadata();

    /** All voxels. */
    Volume read(Progress progress) throws IOException;

    /** Slice {@code z} ({@code vol[z]}) as a volume with {@code nz == 1}. */
    Volume readCoronalSlice(int z) throws IOException;
}
