package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class SettingsModelIntegerBounded extends SettingsModelInteger {

    public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
            final int maxValue) {
        super(configName, defaultValue);
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
