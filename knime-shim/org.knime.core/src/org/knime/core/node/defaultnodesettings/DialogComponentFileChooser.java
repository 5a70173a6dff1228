package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DialogComponentFileChooser extends DialogComponent {

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
            final int dialogType, final boolean directoryOnly) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DialogComponentFileChooser(final SettingsModelString stringModel, final String historyID,
            final int dialogType, final String... validExtensions) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
