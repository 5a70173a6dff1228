package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class SettingsModelBoolean extends SettingsModel {

    public SettingsModelBoolean(final String configName, final boolean defaultValue) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
