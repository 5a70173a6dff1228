package org.breastct.knime.settings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Adapters from KNIME's settings objects to {@link SettingsReader} / {@link SettingsWriter}. */
public final class KnimeSettings {

    private KnimeSettings() {
    }

    /** Parses settings into a validated settings object. */
    @FunctionalInterface
    public interface Loader<S> {
        /** @throws IllegalArgumentException if a value is invalid (the message names the setting) */
        S load(SettingsReader reader);
    }

    public static SettingsReader reader(final NodeSettingsRO s) {
        return new SettingsReader() {
            @Override
            public String getString(final String key, final String def) {
                return s.getString(key, def);
            }

            @Override
            public int getInt(final String key, final int def) {
                return s.getInt(key, def);
            }

            @Override
            public double getDouble(final String key, final double def) {
                return s.getDouble(key, def);
            }

            @Override
            public boolean getBoolean(final String key, final boolean def) {
                return s.getBoolean(key, def);
            }
        };
    }

    public static SettingsWriter writer(final NodeSettingsWO s) {
        return new SettingsWriter() {
            @Override
            public void addString(final String key, final String value) {
                s.addString(key, value);
            }

            @Override
            public void addInt(final String key, final int value) {
                s.addInt(key, value);
            }

            @Override
            public void addDouble(final String key, final double value) {
                s.addDouble(key, value);
            }

            @Override
            public void addBoolean(final String key, final boolean value) {
                s.addBoolean(key, value);
            }
        };
    }

    /** Loads and validates; an invalid value becomes an {@link InvalidSettingsException}. */
    public static <S> S load(final NodeSettingsRO s, final Loader<S> loader) throws InvalidSettingsException {
        try {
            return loader.load(reader(s));
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
    }
}
