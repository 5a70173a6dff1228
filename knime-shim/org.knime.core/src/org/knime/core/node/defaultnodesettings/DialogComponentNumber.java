package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DialogComponentNumber extends DialogComponent {

    public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
