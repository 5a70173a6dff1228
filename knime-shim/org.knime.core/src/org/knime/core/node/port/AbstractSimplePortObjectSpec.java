package org.knime.core.node.port;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {

    public AbstractSimplePortObjectSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
