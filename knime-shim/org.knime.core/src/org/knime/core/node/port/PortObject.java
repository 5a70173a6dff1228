package org.knime.core.node.port;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface PortObject {

    PortObjectSpec getSpec();
}
