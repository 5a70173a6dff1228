package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class SettingsModelString extends SettingsModel {

    public SettingsModelString(final String configName, final String defaultValue) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
