package org.knime.core.data.container;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public interface RowFlushable {

    void flushRows();
}
