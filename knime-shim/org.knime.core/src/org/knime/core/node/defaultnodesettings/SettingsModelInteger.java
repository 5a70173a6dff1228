package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class SettingsModelInteger extends SettingsModelNumber {

    public SettingsModelInteger(final String configName, final int defaultValue) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
