package org.breastct.render;

/**
 * The three representative planes of docs/method.md section 3 and their letters in the file names.
 * Orientation (as numpy indexing of the {@code [z][y][x]} volume gives it): CORONAL =
 * {@code vol[z]}, image rows = y, columns = x; SAGITTAL = {@code vol[:, :, col]}, rows = slices z
 * (slice 0, the chest wall, at the top), columns = y; TRANSVERSAL = {@code vol[:, row, :]}, rows =
 * slices z, columns = x.
 */
public enum Plane {
    CORONAL("c"),
    SAGITTAL("s"),
    TRANSVERSAL("t");

    private final String letter;

    Plane(String letter) {
        this.letter = letter;
    }

    /** c, s or t. */
    public String letter() {
        return letter;
    }
}
