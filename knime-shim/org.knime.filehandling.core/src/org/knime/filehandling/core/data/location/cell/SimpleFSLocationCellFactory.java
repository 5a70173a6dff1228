package org.knime.filehandling.core.data.location.cell;

import org.knime.core.data.DataType;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.connections.FSLocationSpec;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class SimpleFSLocationCellFactory {

    public static final DataType TYPE = null;

    public SimpleFSLocationCellFactory(final FSLocationSpec fsLocationSpec) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public SimpleFSLocationCell createCell(final FSLocation fsLocation) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
