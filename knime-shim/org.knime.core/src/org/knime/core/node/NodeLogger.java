package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class NodeLogger {

    private NodeLogger() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void warn(final Object o, final Throwable t) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
