package org.breastct.knime.view;

import java.io.IOException;

import org.breastct.knime.data.VolumeMetadata;
import org.breastct.knime.data.VolumeValue;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;

/** A volume cell of a KNIME table as a {@link VolumeSource}. */
public record VolumeValueSource(VolumeValue value) implements VolumeSource {

    @Override
    public VolumeMetadata metadata() {
        return value.getMetadata();
    }

    @Override
    public Volume read(final Progress progress) throws IOException {
        return value.getVolume(progress);
    }

    @Override
    public Volume readCoronalSlice(final int z) throws IOException {
        return value.getCoronalSlice(z);
    }
}
