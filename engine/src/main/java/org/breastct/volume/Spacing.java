package org.breastct.volume;

/**
 * Voxel spacing in millimetres along z (slice), y (row) and x (column).
 * The method was built for 0.3 mm isotropic voxels ({@link #BREAST_CT}).
 */
public record Spacing(double z, double y, double x) {

    /** Unit spacing, used where the source format has no spacing (e.g. {@code .npy}). */
    public static final Spacing UNIT = new Spacing(1, 1, 1);

    /** 0.3 mm isotropic: the dedicated breast-CT scanner the method was published for. */
    public static final Spacing BREAST_CT = new Spacing(0.3, 0.3, 0.3);

    public Spacing {
        if (!(z > 0) || !(y > 0) || !(x > 0) || Double.isInfinite(z) || Double.isInfinite(y) || Double.isInfinite(x)) {
            throw new IllegalArgumentException("voxel spacing must be positive and finite: " + z + ", " + y + ", " + x);
        }
    }

    /** Volume of one voxel in millilitres (cm^3). */
    public double voxelMillilitres() {
        return z * y * x / 1000.0;
    }

    public boolean isIsotropic() {
        return z == y && y == x;
    }

    @Override
    public String toString() {
        if (isIsotropic()) {
            return String.format(java.util.Locale.ROOT, "%.2f mm", x);
        }
        return String.format(java.util.Locale.ROOT, "%.2fx%.2fx%.2f mm", z, y, x);
    }
}
