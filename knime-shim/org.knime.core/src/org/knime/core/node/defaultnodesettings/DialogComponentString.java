package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DialogComponentString extends DialogComponent {

    public DialogComponentString(final SettingsModelString stringModel, final String label,
            final boolean disallowEmptyString, final int compWidth) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
