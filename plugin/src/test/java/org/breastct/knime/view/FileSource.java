package org.breastct.knime.view;

import java.io.IOException;
import java.nio.file.Path;

import org.breastct.io.npy.NpyHeader;
import org.breastct.io.npy.NpyReader;
import org.breastct.knime.data.VolumeFiles;
import org.breastct.knime.data.VolumeMetadata;
import org.breastct.progress.Progress;
import org.breastct.volume.Dims;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;

/**
 * An NPY file as a {@link VolumeSource}, read the way a volume cell reads its file store
 * ({@link VolumeFiles}), with the spacing given (NPY has none).
 */
record FileSource(Path file, VolumeMetadata metadata) implements VolumeSource {

    static FileSource of(final Path file, final Spacing spacing) throws IOException {
        NpyHeader h = NpyReader.readHeader(file);
        long[] s = h.shape();
        Dims d = new Dims((int) s[0], (int) s[1], (int) s[2]);
        return new FileSource(file,
            new VolumeMetadata(NpyReader.idOf(file), h.dtype().naturalVoxelType(), d, spacing));
    }

    @Override
    public Volume read(final Progress progress) throws IOException {
        return VolumeFiles.read(file, metadata, progress);
    }

    @Override
    public Volume readCoronalSlice(final int z) throws IOException {
        return VolumeFiles.readCoronalSlice(file, metadata, z);
    }
}
