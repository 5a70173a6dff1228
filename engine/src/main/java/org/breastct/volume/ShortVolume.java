package org.breastct.volume;

/** An int16 volume: CT images in Hounsfield units. */
public final class ShortVolume extends Volume {

    private final short[] data;

    public ShortVolume(String id, Dims dims, Spacing spacing, short[] data) {
        super(id, dims, spacing, data.length);
        this.data = data;
    }

    /** A zero-filled volume. */
    public static ShortVolume zeros(String id, Dims dims, Spacing spacing) {
        return new ShortVolume(id, dims, spacing, new short[dims.size()]);
    }

    /** The backing array in C order (shared, not copied). */
    public short[] data() {
        return data;
    }

    public short get(int z, int y, int x) {
        return data[dims().index(z, y, x)];
    }

    public void set(int z, int y, int x, short v) {
        data[dims().index(z, y, x)] = v;
    }

    @Override
    public VoxelType type() {
        return VoxelType.INT16;
    }

    @Override
    public int intAt(int i) {
        return data[i];
    }

    /** Same data, other id / spacing. */
    public ShortVolume with(String newId, Spacing newSpacing) {
        return new ShortVolume(newId, dims(), newSpacing, data);
    }
}
