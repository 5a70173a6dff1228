package org.breastct.knime.data;

import java.io.IOException;
import java.nio.file.Path;

import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.knime.core.data.DataCellDataInput;
import org.knime.core.data.DataCellDataOutput;
import org.knime.core.data.DataCellSerializer;
import org.knime.core.data.DataType;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.data.filestore.FileStoreCell;

/**
 * A volume held in a KNIME file store as one {@code .npy} file (written once by
 * {@link VolumeCellFactory}, never changed); the table stream holds only the
 * {@link VolumeMetadata}. Immutable; the voxels are read on each {@link #getVolume} call, so cells
 * stay small and many breasts fit in one table.
 *
 * <p>The table view (KNIME's default renderer, which shows {@link #toString()}) shows
 * {@link VolumeMetadata#describe()}, e.g. {@code int16 400x640x640, 0.30 mm}.
 */
public final class VolumeCell extends FileStoreCell implements VolumeValue {

    private static final long serialVersionUID = 1L;

    /** The data type of columns of volume cells. */
    public static final DataType TYPE = DataType.getType(VolumeCell.class);

    private final VolumeMetadata metadata;

    VolumeCell(final FileStore fileStore, final VolumeMetadata metadata) {
        super(fileStore);
        this.metadata = metadata;
    }

    /** For the serializer: the framework re-attaches the file store after construction. */
    private VolumeCell(final VolumeMetadata metadata) {
        super();
        this.metadata = metadata;
    }

    @Override
    public VolumeMetadata getMetadata() {
        return metadata;
    }

    @Override
    public Volume getVolume(final Progress progress) throws IOException {
        Path file = getFileStores()[0].getFile().toPath();
        return VolumeFiles.read(file, metadata, progress);
    }

    @Override
    public Volume getCoronalSlice(final int z) throws IOException {
        Path file = getFileStores()[0].getFile().toPath();
        return VolumeFiles.readCoronalSlice(file, metadata, z);
    }

    @Override
    public String toString() {
        return metadata.describe();
    }

    /** Writes and reads only the metadata; the voxels stay in the file store. */
    public static final class VolumeSerializer implements DataCellSerializer<VolumeCell> {

        public VolumeSerializer() {
            // created by KNIME through the DataType extension point
        }

        @Override
        public void serialize(final VolumeCell cell, final DataCellDataOutput output) throws IOException {
            cell.metadata.write(output);
        }

        @Override
        public VolumeCell deserialize(final DataCellDataInput input) throws IOException {
            return new VolumeCell(VolumeMetadata.read(input));
        }
    }
}
