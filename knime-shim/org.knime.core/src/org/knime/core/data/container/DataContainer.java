package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DataContainer {

    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void close() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
