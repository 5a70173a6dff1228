package org.knime.core.data;

import java.util.Iterator;

/**
 * Test-kit stand-in for {@code org.knime.core.data.RowIterator} (knime-core, analytics-platform/5.8.2): the abstract
 * row iterator (the real one adds nothing the nodes use). Checked in RowIterator.java at the tag.
 */
public abstract class RowIterator implements Iterator<DataRow> {

    public RowIterator() {
    }

    @Override
    public abstract boolean hasNext();

    @Override
    public abstract DataRow next();
}
