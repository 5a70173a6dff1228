package org.breastct.knime.util;

/**
 * File and folder name patterns of the writer nodes. Placeholders: {@code {id}} (the volume's id,
 * i.e. the breast id), {@code {rowid}} (the KNIME row ID) and {@code {column}} (the column name).
 * Substituted values have characters that are not allowed in file names on Windows, macOS or Linux
 * ({@code / \ : * ? " < > |} and control characters) replaced by '_'; the literal text of the
 * pattern is kept as written.
 */
public final class FileNamePattern {

    /** The placeholders a pattern may use. */
    public static final String ID = "{id}";
    public static final String ROW_ID = "{rowid}";
    public static final String COLUMN = "{column}";

    private final String pattern;

    private FileNamePattern(final String pattern) {
        this.pattern = pattern;
    }

    /**
     * A validated pattern.
     *
     * @throws IllegalArgumentException if it is empty, contains a path separator, an unknown
     *     {@code {placeholder}} or an unbalanced brace
     */
    public static FileNamePattern of(final String pattern, final String what) {
        String p = pattern == null ? "" : pattern.trim();
        if (p.isEmpty()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (p.indexOf('/') >= 0 || p.indexOf('\\') >= 0) {
            throw new IllegalArgumentException(what + " '" + p + "' must be a name, not a path (no / or \\)");
        }
        String rest = p.replace(ID, "").replace(ROW_ID, "").replace(COLUMN, "");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            throw new IllegalArgumentException(what + " '" + p + "' has an unknown placeholder; use " + ID + ", "
                    + ROW_ID + " or " + COLUMN);
        }
        return new FileNamePattern(p);
    }

    /** The pattern text. */
    public String pattern() {
        return pattern;
    }

    /**
     * The name for one row.
     *
     * @throws IllegalArgumentException if the result is empty, "." or ".."
     */
    public String expand(final String id, final String rowId, final String column) {
        String name = pattern.replace(ID, sanitize(id)).replace(ROW_ID, sanitize(rowId)).replace(COLUMN,
                sanitize(column));
        if (name.isBlank() || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("pattern '" + pattern + "' gives the invalid file name '" + name + "'");
        }
        return name;
    }

    /** {@code s} with characters not allowed in file names replaced by '_' (null becomes ""). */
    public static String sanitize(final String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c < 32 || "/\\:*?\"<>|".indexOf(c) >= 0 ? '_' : c);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
