package org.knime.node.parameters.persistence;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface Persistable {
}
