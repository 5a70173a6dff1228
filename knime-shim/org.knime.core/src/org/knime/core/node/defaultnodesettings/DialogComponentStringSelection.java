package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DialogComponentStringSelection extends DialogComponent {

    public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
            final String... list) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
