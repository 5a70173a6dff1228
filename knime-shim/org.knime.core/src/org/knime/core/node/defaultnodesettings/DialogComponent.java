package org.knime.core.node.defaultnodesettings;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class DialogComponent {

    DialogComponent() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
