package org.knime.core.node.defaultnodesettings;

import org.knime.core.data.DataValue;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DialogComponentColumnNameSelection extends DialogComponent {

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
            final int specIndex, final Class<? extends DataValue>... classFilter) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DialogComponentColumnNameSelection(final SettingsModelString model, final String label,
            final int specIndex, final boolean isRequired, final boolean addNoneCol,
            final Class<? extends DataValue>... classFilter) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
