package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class NodeDescription {

    private NodeDescription() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
