package org.knime.core.data;

import java.util.Iterator;

import org.knime.core.node.port.PortObjectSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DataTableSpec
implements PortObjectSpec, Iterable<DataColumnSpec> {

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DataColumnSpec getColumnSpec(final int index) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public int findColumnIndex(final String columnName) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public boolean containsName(final String columnName) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
