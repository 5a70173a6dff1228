package org.knime.core.node;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface BufferedDataTableHolder {

    BufferedDataTable[] getInternalTables();

    void setInternalTables(final BufferedDataTable[] tables);
}
