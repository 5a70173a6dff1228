package org.knime.core.data;

import java.util.Iterator;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class RowIterator implements Iterator<DataRow> {

    public RowIterator() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();
}
