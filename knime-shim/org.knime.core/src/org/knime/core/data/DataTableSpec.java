package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DataTableSpec {

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
}
