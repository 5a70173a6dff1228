package org.knime.core.node.port;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface PortObjectSpec {
}
