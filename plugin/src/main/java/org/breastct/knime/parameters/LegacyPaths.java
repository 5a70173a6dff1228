package org.breastct.knime.parameters;

import java.util.regex.Pattern;

/**
 * What a location string of the Swing-era nodes is (they stored a plain path or a URL such as
 * {@code knime://knime.workflow/../data/dicom}), so that it can become a KNIME file-system
 * location: URLs go through KNIME's URL conversion ({@code knime://knime.workflow/...} becomes
 * "relative to the current workflow", {@code knime://knime.mountpoint/...} "relative to the
 * mountpoint", {@code knime://<mountpoint>/...} a mountpoint location, {@code file:} a local path),
 * anything else is a path on the local file system. Plain Java, unit-tested.
 */
public final class LegacyPaths {

    /** A URL scheme of at least two characters (so that {@code C:\data} stays a Windows path). */
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:.*");

    private LegacyPaths() {
    }

    /** The kinds of old location strings. */
    public enum Kind {
        /** Not set. */
        EMPTY,
        /** A URL ({@code knime:}, {@code file:}, {@code http:} ...). */
        URL,
        /** A local path. */
        LOCAL_PATH
    }

    /** The kind of an old location string (surrounding blanks ignored). */
    public static Kind kind(final String location) {
        String s = location == null ? "" : location.trim();
        if (s.isEmpty()) {
            return Kind.EMPTY;
        }
        return URL.matcher(s).matches() ? Kind.URL : Kind.LOCAL_PATH;
    }
}
