package org.breastct.volume;

/** A uint8 volume: label codes (0 air, 1 fat, 2 glands, ...). Values are read unsigned. */
public final class ByteVolume extends Volume {

    private final byte[] data;

    public ByteVolume(String id, Dims dims, Spacing spacing, byte[] data) {
        super(id, dims, spacing, data.length);
        this.data = data;
    }

    public static ByteVolume zeros(String id, Dims dims, Spacing spacing) {
        return new ByteVolume(id, dims, spacing, new byte[dims.size()]);
    }

    /** The backing array in C order (shared, not copied); values are unsigned. */
    public byte[] data() {
        return data;
    }

    /** Unsigned value at (z, y, x). */
    public int get(int z, int y, int x) {
        return data[dims().index(z, y, x)] & 0xFF;
    }

    public void set(int z, int y, int x, int v) {
        data[dims().index(z, y, x)] = (byte) v;
    }

    @Override
    public VoxelType type() {
        return VoxelType.UINT8;
    }

    @Override
    public int intAt(int i) {
        return data[i] & 0xFF;
    }

    public ByteVolume with(String newId, Spacing newSpacing) {
        return new ByteVolume(newId, dims(), newSpacing, data);
    }
}
