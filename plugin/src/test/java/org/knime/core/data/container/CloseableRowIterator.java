package org.knime.core.data.container;

import java.io.Closeable;

import org.knime.core.data.RowIterator;

/**
 * Test-kit stand-in for {@code org.knime.core.data.container.CloseableRowIterator} (knime-core,
 * analytics-platform/5.8.2): a row iterator that must be closed; the real {@code close()} has no checked exception, the
 * same here (same header as at the tag: {@code Closeable}, public constructor). Checked in CloseableRowIterator.java at
 * the tag.
 */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {

    public CloseableRowIterator() {
    }

    @Override
    public abstract void close();
}
