package org.knime.core.data.container;

import org.knime.core.data.DataRow;

/**
 * Test-kit stand-in for {@code org.knime.core.data.container.RowAppender} (knime-core, analytics-platform/5.8.2),
 * implemented by {@link DataContainer} as in the real source.
 */
public interface RowAppender {

    void addRowToTable(DataRow row);
}
