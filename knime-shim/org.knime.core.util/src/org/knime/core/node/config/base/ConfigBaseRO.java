package org.knime.core.node.config.base;

import org.knime.core.node.InvalidSettingsException;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface ConfigBaseRO extends Iterable<String> {

    public String getString(final String key) throws InvalidSettingsException;

    String getString(String key, String def);

    int getInt(String key, int def);

    double getDouble(String key, double def);

    boolean getBoolean(String key, boolean def);
}
