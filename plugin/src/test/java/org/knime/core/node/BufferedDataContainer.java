package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.DataContainer;

/**
 * Test-kit stand-in for {@code org.knime.core.node.BufferedDataContainer} (knime-core, analytics-platform/5.8.2): the
 * container an {@link ExecutionContext} creates; {@link #getTable()} is the closed container's rows as a
 * {@link BufferedDataTable} ({@code IllegalStateException} before {@code close()}, as the real
 * {@code DataContainer.getTable}). Checked in BufferedDataContainer.java at the tag.
 */
public class BufferedDataContainer extends DataContainer {

    private BufferedDataTable m_table;

    BufferedDataContainer(final DataTableSpec spec) {
        super(spec);
    }

    public BufferedDataTable getTable() {
        if (m_table == null) {
            m_table = new BufferedDataTable(getTableSpec(), rows());
        }
        return m_table;
    }
}
