package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class DefaultRow implements DataRow {

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final int getNumCells() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final RowKey getKey() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public final DataCell getCell(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Iterator<DataCell> iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
