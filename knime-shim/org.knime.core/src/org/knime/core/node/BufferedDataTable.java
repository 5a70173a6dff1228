package org.knime.core.node;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class BufferedDataTable implements DataTable, PortObject {

    public static final PortType TYPE = null;

    private BufferedDataTable() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public DataTableSpec getSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public long size() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public CloseableRowIterator iterator() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
