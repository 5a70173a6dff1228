package org.knime.node.parameters.updates;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface StateProvider<S> {
}
