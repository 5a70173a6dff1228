package org.breastct.knime.settings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Settings held in a map, for tests: behaves like KNIME's NodeSettings for the calls we make (a
 * missing key or a value of another type yields the default) and records each entry's type as
 * the KNIME config entry type (xstring, xint, xdouble, xboolean).
 */
public final class MapSettings implements SettingsReader, SettingsWriter {

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

    @Override
    public String getString(final String key, final String def) {
        return values.get(key) instanceof String s ? s : def;
    }

    @Override
    public int getInt(final String key, final int def) {
        return values.get(key) instanceof Integer i ? i : def;
    }

    @Override
    public double getDouble(final String key, final double def) {
        return values.get(key) instanceof Double d ? d : def;
    }

    @Override
    public boolean getBoolean(final String key, final boolean def) {
        return values.get(key) instanceof Boolean b ? b : def;
    }

    @Override
    public void addString(final String key, final String value) {
        values.put(key, value);
    }

    @Override
    public void addInt(final String key, final int value) {
        values.put(key, value);
    }

    @Override
    public void addDouble(final String key, final double value) {
        values.put(key, value);
    }

    @Override
    public void addBoolean(final String key, final boolean value) {
        values.put(key, value);
    }
}
