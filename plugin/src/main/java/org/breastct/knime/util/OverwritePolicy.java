package org.breastct.knime.util;

import java.util.Locale;

/** What a writer does when its target already exists. */
public enum OverwritePolicy {
    /** Stop with an error naming the file (default: never destroy data silently). */
    FAIL,
    /** Replace the existing file or series. */
    OVERWRITE,
    /** Keep the existing file, write nothing, and report its path. */
    SKIP;

    /** The setting value, e.g. {@code fail}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** All setting values, in dialog order. */
    public static String[] keys() {
        OverwritePolicy[] v = values();
        String[] k = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            k[i] = v[i].key();
        }
        return k;
    }

    /**
     * Parses a setting value (case-insensitive).
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static OverwritePolicy parse(final String s) {
        String v = s == null ? "" : s.trim();
        for (OverwritePolicy p : values()) {
            if (p.key().equalsIgnoreCase(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("Overwrite policy must be one of fail, overwrite, skip; got '" + s + "'");
    }
}
