package org.knime.core.internal;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface MessageAwareException {
}
