package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface IntValue extends DataValue {
}
