package org.breastct.knime.settings;

/**
 * Read access to a node's settings by key, as the settings classes need it. Implemented over
 * KNIME's {@code NodeSettingsRO} ({@link KnimeSettings}) and, in tests, over a map. A missing key
 * yields the default, so workflows saved before a setting existed keep loading.
 */
public interface SettingsReader {

    String getString(String key, String def);

    int getInt(String key, int def);

    double getDouble(String key, double def);

    boolean getBoolean(String key, boolean def);
}
