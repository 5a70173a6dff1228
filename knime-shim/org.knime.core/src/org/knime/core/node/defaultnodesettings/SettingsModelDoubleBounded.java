package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class SettingsModelDoubleBounded extends SettingsModelDouble {

    public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
            final double maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
