package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface FluentNodeAPI {
}
