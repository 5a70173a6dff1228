package org.knime.core.data.convert.map;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface IdentifiableType {

    String getIdentifier();
}
