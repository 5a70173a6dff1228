package org.knime.core.node.port;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class AbstractSimplePortObject implements PortObject {

    public AbstractSimplePortObject() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
