package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class SettingsModelDouble extends SettingsModelNumber {

    public SettingsModelDouble(final String configName, final double defaultValue) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
