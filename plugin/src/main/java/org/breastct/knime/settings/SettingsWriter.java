package org.breastct.knime.settings;

/**
 * Write access to a node's settings by key. Each value is written as the entry type the matching
 * SettingsModel writes (xstring, xint, xdouble, xboolean), so dialog and model share the keys.
 */
public interface SettingsWriter {

    void addString(String key, String value);

    void addInt(String key, int value);

    void addDouble(String key, double value);

    void addBoolean(String key, boolean value);
}
