package org.knime.core.node.port;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class PortType {

    private PortType() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
