package org.knime.core.data;

import org.knime.core.data.meta.DataColumnMetaData;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class DataColumnSpecCreator {

    public DataColumnSpecCreator(final String name, final DataType type) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void addMetaData(final DataColumnMetaData metaData, final boolean overwrite) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public DataColumnSpec createSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
