package org.knime.filehandling.core.data.location.cell;

import org.knime.core.data.DataCell;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.data.location.FSLocationValue;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class SimpleFSLocationCell extends DataCell implements FSLocationValue {

    private static final long serialVersionUID = 1L;

    private SimpleFSLocationCell() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public FSLocation getFSLocation() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String toString() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    protected boolean equalsDataCell(final DataCell dc) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public int hashCode() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
