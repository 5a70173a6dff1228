package org.knime.core.node;

import org.knime.core.data.container.DataContainer;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class BufferedDataContainer extends DataContainer {

    BufferedDataContainer() {
        super(null);
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public BufferedDataTable getTable() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
