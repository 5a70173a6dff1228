package org.breastct.volume;

/** A boolean volume (mask). */
public final class MaskVolume extends Volume {

    private final boolean[] data;

    public MaskVolume(String id, Dims dims, Spacing spacing, boolean[] data) {
        super(id, dims, spacing, data.length);
        this.data = data;
    }

    public static MaskVolume empty(String id, Dims dims, Spacing spacing) {
        return new MaskVolume(id, dims, spacing, new boolean[dims.size()]);
    }

    /** The backing array in C order (shared, not copied). */
    public boolean[] data() {
        return data;
    }

    public boolean get(int z, int y, int x) {
        return data[dims().index(z, y, x)];
    }

    public void set(int z, int y, int x, boolean v) {
        data[dims().index(z, y, x)] = v;
    }

    @Override
    public VoxelType type() {
        return VoxelType.BOOL;
    }

    @Override
    public int intAt(int i) {
        return data[i] ? 1 : 0;
    }

    public MaskVolume with(String newId, Spacing newSpacing) {
        return new MaskVolume(newId, dims(), newSpacing, data);
    }
}
