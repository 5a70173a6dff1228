package org.breastct.knime.util;

import java.util.Locale;

import org.breastct.knime.parameters.EnumKeyPersistor;
import org.knime.node.parameters.widget.choices.Label;

/** What a writer does when its target already exists. */
public enum OverwritePolicy {
    /** Stop with an error naming the file (default: never destroy data silently). */
    @Label(value = "Fail", description = "Stop with an error naming the existing file or folder (default).")
    FAIL,
    /** Replace the existing file or series. */
    @Label(value = "Overwrite", description = "Replace the existing file or DICOM series folder.")
    OVERWRITE,
    /** Keep the existing file, write nothing, and report its path. */
    @Label(value = "Ignore", description = "Keep the existing file or folder, write nothing for that row and "
            + "output its path.")
    IGNORE;

    /** The setting value, e.g. {@code fail}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a setting value (case-insensitive); {@code skip}, the name of {@link #IGNORE} in
     * workflows saved before version 1.1, is accepted.
     *
     * @throws IllegalArgumentException naming the allowed values
     */
    public static OverwritePolicy parse(final String s) {
        String v = s == null ? "" : s.trim();
        if (v.equalsIgnoreCase("skip")) {
            return IGNORE;
        }
        for (OverwritePolicy p : values()) {
            if (p.key().equalsIgnoreCase(v)) {
                return p;
            }
        }
        throw new IllegalArgumentException("If the target exists must be one of fail, overwrite, ignore; got '" + s
                + "'");
    }

    /** Stores the policy under the writers' key {@code overwrite_policy} as its {@link #key()}. */
    public static final class Persistor extends EnumKeyPersistor<OverwritePolicy> {

        Persistor() {
            super(OverwritePolicy.class, "overwrite_policy", "If the target exists");
        }

        @Override
        protected OverwritePolicy parse(final String value) {
            return OverwritePolicy.parse(value);
        }
    }
}
