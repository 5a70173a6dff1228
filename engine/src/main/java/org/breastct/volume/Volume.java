package org.breastct.volume;

import java.util.Objects;

/**
 * A 3-D voxel volume indexed {@code [z][y][x]}, backed by one flat primitive array in C order
 * ({@link Dims#index}), with voxel spacing in mm and an id (the breast id, {@code uid}).
 *
 * <p>Subclasses: {@link ShortVolume} (int16 HU images), {@link ByteVolume} (uint8 labels) and
 * {@link MaskVolume} (boolean masks). Volumes are mutable containers: the array is shared, not copied.
 */
public abstract sealed class Volume permits ShortVolume, ByteVolume, MaskVolume {

    private final String id;
    private final Dims dims;
    private final Spacing spacing;

    protected Volume(String id, Dims dims, Spacing spacing, int arrayLength) {
        this.id = Objects.requireNonNull(id, "id");
        this.dims = Objects.requireNonNull(dims, "dims");
        this.spacing = Objects.requireNonNull(spacing, "spacing");
        if (arrayLength != dims.size()) {
            throw new IllegalArgumentException("data length " + arrayLength + " does not match shape " + dims
                    + " (" + dims.size() + " voxels)");
        }
    }

    public String id() {
        return id;
    }

    public Dims dims() {
        return dims;
    }

    public Spacing spacing() {
        return spacing;
    }

    public abstract VoxelType type();

    /** Value at flat index {@code i} as an int (uint8 read unsigned, bool as 0/1). */
    public abstract int intAt(int i);

    /** Size of the voxel data in bytes. */
    public long sizeInBytes() {
        return (long) dims.size() * type().bytesPerVoxel();
    }

    /** E.g. {@code int16 400x640x640, 0.30 mm}. */
    public String describe() {
        return type().numpyName() + " " + dims + ", " + spacing;
    }

    @Override
    public String toString() {
        return id + ": " + describe();
    }
}
