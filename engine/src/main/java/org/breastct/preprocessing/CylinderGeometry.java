package org.breastct.preprocessing;

/**
 * The CT-table cylinder test of docs/method.md section 1, step 3: with R rows and C columns, pixel
 * (i, j) (i row, j column, 0-based) lies outside the cylinder radius when
 * {@code sqrt((i+1-R/2)^2 + (j+1-C/2)^2) > C/2 - margin} (R/2 and C/2 are real divisions; the "+1"
 * is the scripts' 1-based grid). The same test with margin 0 defines the reconstruction circle the
 * image writer pads outside of.
 *
 * <p>The comparison is done on squared distances in double precision when the radius is
 * non-negative (exact for any realistic R, C: all terms are multiples of 0.25); a negative radius
 * puts every pixel outside.
 */
public final class CylinderGeometry {

    /** Margin in pixels between the image edge and the cylinder radius used by the scripts. */
    public static final int DEFAULT_MARGIN = 30;

    private CylinderGeometry() {
    }

    /** True if pixel (i, j) of an R x C slice lies outside the radius {@code C/2 - margin}. */
    public static boolean isOutside(int i, int j, int rows, int cols, double margin) {
        double radius = cols / 2.0 - margin;
        if (radius < 0) {
            return true;
        }
        double di = i + 1 - rows / 2.0;
        double dj = j + 1 - cols / 2.0;
        return di * di + dj * dj > radius * radius;
    }

    /**
     * The R x C mask (row-major, index {@code i*C + j}) of pixels outside the radius
     * {@code C/2 - margin}. O(R*C).
     */
    public static boolean[] outsideMask(int rows, int cols, double margin) {
        if (rows < 0 || cols < 0) {
            throw new IllegalArgumentException("negative slice size " + rows + " x " + cols);
        }
        boolean[] out = new boolean[rows * cols];
        double radius = cols / 2.0 - margin;
        double r2 = radius * radius;
        for (int i = 0; i < rows; i++) {
            double di = i + 1 - rows / 2.0;
            double di2 = di * di;
            int row = i * cols;
            for (int j = 0; j < cols; j++) {
                double dj = j + 1 - cols / 2.0;
                out[row + j] = radius < 0 || di2 + dj * dj > r2;
            }
        }
        return out;
    }
}
