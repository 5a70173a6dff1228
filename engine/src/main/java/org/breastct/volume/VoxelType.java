package org.breastct.volume;

/** The voxel types a {@link Volume} holds, with the numpy dtype names they are stored as. */
public enum VoxelType {
    /** Signed 16-bit, Hounsfield units. numpy {@code int16}. */
    INT16("int16", 2),
    /** Unsigned 8-bit, label codes. numpy {@code uint8}. */
    UINT8("uint8", 1),
    /** Boolean masks. numpy {@code bool}. */
    BOOL("bool", 1);

    private final String numpyName;
    private final int bytesPerVoxel;

    VoxelType(String numpyName, int bytesPerVoxel) {
        this.numpyName = numpyName;
        this.bytesPerVoxel = bytesPerVoxel;
    }

    /** The numpy dtype name, e.g. {@code int16}. */
    public String numpyName() {
        return numpyName;
    }

    public int bytesPerVoxel() {
        return bytesPerVoxel;
    }

    /** Inverse of {@link #numpyName()}; throws for names that are not volume types. */
    public static VoxelType fromNumpyName(String name) {
        for (VoxelType t : values()) {
            if (t.numpyName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("not a volume voxel type: " + name + " (expected int16, uint8 or bool)");
    }
}
