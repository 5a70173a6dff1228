package org.knime.core.data;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class RowKey implements RowKeyValue {

    public RowKey(final String id) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String getString() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
