package org.knime.core.webui.node.dialog;

/** Shim of the KNIME enum of the same name (compile only; never shipped). */
public enum SettingsType {
        MODEL("model", "variables"),
        VIEW("view", "view_variables");

    private SettingsType(final String configKey, final String variablesConfigKey) {
    }
}
