package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DataContainer implements RowAppender, RowFlushable {

    public DataContainer(final DataTableSpec spec) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public void addRowToTable(final DataRow row) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void close() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public void flushRows() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
