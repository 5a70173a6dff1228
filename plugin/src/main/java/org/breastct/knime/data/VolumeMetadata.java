package org.breastct.knime.data;

import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.Objects;

import org.breastct.volume.Dims;
import org.breastct.volume.Spacing;
import org.breastct.volume.Volume;
import org.breastct.volume.VoxelType;

/**
 * What a volume cell keeps in the table itself: id, voxel type (numpy dtype), shape and voxel
 * spacing. The voxels live in the cell's file store as an {@code .npy} file and are only read when
 * a node asks for them.
 *
 * <p>Binary encoding (the cell serializer's whole payload, see {@link #write} / {@link #read}): a
 * format byte ({@link #FORMAT}), the id (modified UTF-8), the numpy dtype name, nz, ny, nx (int),
 * spacing z, y, x (double, mm).
 *
 * @param id the volume id, usually the breast id ({@code uid})
 * @param type voxel type (int16 HU image, uint8 labels, bool mask)
 * @param dims shape {@code [z][y][x]}
 * @param spacing voxel spacing in mm
 */
public record VolumeMetadata(String id, VoxelType type, Dims dims, Spacing spacing) {

    /** Version of the binary encoding; bumped when it changes. */
    public static final int FORMAT = 1;

    public VolumeMetadata {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(dims, "dims");
        Objects.requireNonNull(spacing, "spacing");
    }

    /** The metadata of a volume in memory. */
    public static VolumeMetadata of(Volume volume) {
        return new VolumeMetadata(volume.id(), volume.type(), volume.dims(), volume.spacing());
    }

    /** What the table view shows, e.g. {@code int16 400x640x640, 0.30 mm}. */
    public String describe() {
        return type.numpyName() + " " + dims + ", " + spacing;
    }

    /** Writes the binary encoding. */
    public void write(DataOutput out) throws IOException {
        out.writeByte(FORMAT);
        out.writeUTF(id);
        out.writeUTF(type.numpyName());
        out.writeInt(dims.nz());
        out.writeInt(dims.ny());
        out.writeInt(dims.nx());
        out.writeDouble(spacing.z());
        out.writeDouble(spacing.y());
        out.writeDouble(spacing.x());
    }

    /**
     * Reads what {@link #write} wrote.
     *
     * @throws IOException if the format byte is unknown or a value is invalid (naming it)
     */
    public static VolumeMetadata read(DataInput in) throws IOException {
        int format = in.readUnsignedByte();
        if (format != FORMAT) {
            throw new IOException("volume cell written in format " + format + ", this version reads format " + FORMAT
                    + " (written by a newer version of the Breast CT extension?)");
        }
        String id = in.readUTF();
        String dtype = in.readUTF();
        int nz = in.readInt();
        int ny = in.readInt();
        int nx = in.readInt();
        double sz = in.readDouble();
        double sy = in.readDouble();
        double sx = in.readDouble();
        try {
            return new VolumeMetadata(id, VoxelType.fromNumpyName(dtype), new Dims(nz, ny, nx), new Spacing(sz, sy, sx));
        } catch (IllegalArgumentException e) {
            throw new IOException("corrupt volume cell '" + id + "': " + e.getMessage(), e);
        }
    }
}
