package org.knime.core.data;

import java.io.Serializable;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class DataCell implements DataValue, Serializable {

    private static final long serialVersionUID = 1L;

    public DataCell() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public boolean isMissing() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public abstract String toString();

    protected abstract boolean equalsDataCell(DataCell dc);

    @Override
    public abstract int hashCode();
}
