package org.knime.core.data.meta;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface DataColumnMetaData {
}
