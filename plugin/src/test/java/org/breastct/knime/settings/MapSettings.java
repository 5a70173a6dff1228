package org.breastct.knime.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Flat settings held in a map, for tests (the model config of a settings.xml): key -> String,
 * Integer, Double or Boolean, and each entry's KNIME config entry type (xstring, xint, xdouble,
 * xboolean).
 */
public final class MapSettings {

    private final Map<String, Object> values = new LinkedHashMap<>();

    public Map<String, Object> values() {
        return values;
    }

    /** The KNIME entry type of a key, e.g. {@code xint}. */
    public String typeOf(final String key) {
        Object v = values.get(key);
        if (v instanceof String) {
            return "xstring";
        }
        if (v instanceof Integer) {
            return "xint";
        }
        if (v instanceof Double) {
            return "xdouble";
        }
        if (v instanceof Boolean) {
            return "xboolean";
        }
        return null;
    }

    public MapSettings with(final String key, final Object value) {
        values.put(key, value);
        return this;
    }
}
