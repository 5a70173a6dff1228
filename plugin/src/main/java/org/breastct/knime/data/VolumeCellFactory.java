package org.breastct.knime.data;

import java.io.IOException;
import java.nio.file.Path;

import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.knime.core.node.ExecutionContext;
import org.knime.core.data.filestore.FileStore;

/** The one place volume cells are made: writes the voxels into a new file store as {@code .npy}. */
public final class VolumeCellFactory {

    private VolumeCellFactory() {
    }

    /**
     * Stores {@code volume} in a new file store of {@code exec} and returns its cell.
     *
     * @param fileStoreName unique per node execution, see {@link FileStoreNames}
     * @param progress reports the fraction written; checked for cancellation
     */
    public static VolumeCell create(final ExecutionContext exec, final String fileStoreName, final Volume volume,
            final Progress progress) throws IOException {
        FileStore store = exec.createFileStore(fileStoreName);
        Path file = store.getFile().toPath();
        return new VolumeCell(store, VolumeFiles.write(file, volume, progress));
    }
}
