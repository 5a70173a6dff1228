package org.breastct.knime.parameters;

import java.util.Locale;

/**
 * The setting value of an enum constant as the Swing-era nodes saved it: the constant's name in
 * lower case ({@code grey}, {@code largest_transection}, {@code int16}, {@code fail}). Parsing is
 * case-insensitive. Plain Java, unit-tested.
 */
public final class EnumKeys {

    private EnumKeys() {
    }

    /** The setting value of {@code e}. */
    public static String key(final Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The constant whose {@link #key} is {@code value} (case-insensitive, surrounding blanks ignored).
     *
     * @param label the setting's name for the message
     * @throws IllegalArgumentException naming the setting, the value and the allowed values
     */
    public static <E extends Enum<E>> E parse(final Class<E> type, final String value, final String label) {
        String v = value == null ? "" : value.trim();
        StringBuilder allowed = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (key(e).equalsIgnoreCase(v)) {
                return e;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(key(e));
        }
        throw new IllegalArgumentException(label + " must be one of " + allowed + ", got '" + value + "'");
    }
}
