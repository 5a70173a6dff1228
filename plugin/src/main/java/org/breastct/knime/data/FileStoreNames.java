package org.breastct.knime.data;

import java.util.Locale;

/**
 * Names of the file stores a node creates. KNIME requires them unique per node execution, not
 * starting with '.', and not nested; we derive them from the row index and the column role only
 * (ids may hold any character).
 */
public final class FileStoreNames {

    private FileStoreNames() {
    }

    /**
     * E.g. {@code row12_labels.npy} for row index 12 and role "labels".
     *
     * @throws IllegalArgumentException if the index is negative or the role is not a plain
     *     lower-case word ([a-z0-9_]+)
     */
    public static String of(final long rowIndex, final String role) {
        if (rowIndex < 0) {
            throw new IllegalArgumentException("negative row index " + rowIndex);
        }
        if (role == null || !role.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("file store role must be [a-z0-9_]+, got '" + role + "'");
        }
        return String.format(Locale.ROOT, "row%d_%s.npy", rowIndex, role);
    }
}
