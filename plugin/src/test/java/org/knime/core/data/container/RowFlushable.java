package org.knime.core.data.container;

/**
 * Test-kit stand-in for {@code org.knime.core.data.container.RowFlushable} (knime-core, analytics-platform/5.8.2),
 * implemented by {@link DataContainer} as in the real source.
 */
public interface RowFlushable {

    void flushRows();
}
