package org.breastct.knime.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.breastct.io.npy.NpyReader;
import org.breastct.io.npy.NpyWriter;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;

/**
 * How a volume cell stores its voxels: one 3-D {@code .npy} file (engine {@link NpyWriter}; also
 * for one-slice masks), read back with the type, id and spacing of the cell's
 * {@link VolumeMetadata} (NPY stores neither id nor spacing). Plain Java, unit-tested.
 */
public final class VolumeFiles {

    private VolumeFiles() {
    }

    /** Writes {@code volume} to {@code file} (creating its folder) and returns the metadata to keep. */
    public static VolumeMetadata write(final Path file, final Volume volume, final Progress progress)
            throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        NpyWriter.write(file, volume, progress);
        return VolumeMetadata.of(volume);
    }

    /**
     * Reads the voxels written by {@link #write}.
     *
     * @throws IOException if the file is unreadable or does not hold the shape the metadata says
     */
    public static Volume read(final Path file, final VolumeMetadata m, final Progress progress) throws IOException {
        Volume v = NpyReader.read(file, m.type(), m.spacing(), progress);
        if (!v.dims().equals(m.dims())) {
            throw new IOException("volume '" + m.id() + "': file " + file + " holds " + v.dims() + " voxels, the cell says "
                    + m.dims());
        }
        return Volumes.withIdAndSpacing(v, m.id(), m.spacing());
    }
}
