package org.breastct.knime.settings;

/** Validation helpers for settings records; all throw {@link IllegalArgumentException} naming the setting. */
public final class Checks {

    private Checks() {
    }

    /** A non-null string (null becomes ""), trimmed. */
    public static String text(final String value) {
        return value == null ? "" : value.trim();
    }

    public static int atLeast(final String label, final int value, final int min) {
        if (value < min) {
            throw new IllegalArgumentException(label + " must be at least " + min + ", got " + value);
        }
        return value;
    }

    public static double positive(final String label, final double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(label + " must be a positive number, got " + value);
        }
        return value;
    }

    /** The value if it is one of {@code allowed} (case-insensitive, returned as in {@code allowed}). */
    public static String oneOf(final String label, final String value, final String... allowed) {
        String v = text(value);
        for (String a : allowed) {
            if (a.equalsIgnoreCase(v)) {
                return a;
            }
        }
        throw new IllegalArgumentException(label + " must be one of " + String.join(", ", allowed) + ", got '"
                + value + "'");
    }

    /** True if a column setting means "no column": empty or KNIME's "&lt;none&gt;" choice. */
    public static boolean isNone(final String column) {
        String c = text(column);
        return c.isEmpty() || c.equalsIgnoreCase("<none>") || c.equalsIgnoreCase("none");
    }
}
