package org.knime.core.data.container;

import java.io.Closeable;

import org.knime.core.data.RowIterator;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public CloseableRowIterator() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public abstract void close();
}
