package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DataColumnSpec {

    private DataColumnSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public String getName() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DataType getType() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
