package org.knime.core.data;

import org.knime.core.data.convert.map.IdentifiableType;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DataType implements IdentifiableType {

    private DataType() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static DataType getType(final Class<? extends DataCell> cell) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static DataCell getMissingCell() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String getIdentifier() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
