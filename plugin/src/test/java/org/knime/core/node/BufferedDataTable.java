package org.knime.core.node;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortType;

/**
 * Test-kit stand-in for {@code org.knime.core.node.BufferedDataTable} (knime-core,
 * {@code org.knime.core/src/eclipse/org/knime/core/node/BufferedDataTable.java} at analytics-platform/5.8.2): an
 * immutable in-memory table made by a closed {@link BufferedDataContainer}. Same supertypes as at the tag
 * ({@code DataTable, PortObject}); {@link #getSpec()} is the table spec, {@link #size()} the row count,
 * {@link #iterator()} a {@link CloseableRowIterator} in insertion order; {@link #TYPE} the table port type
 * (spec class {@link DataTableSpec}) and {@link #TYPE_OPTIONAL} its optional variant, as the real constants.
 */
public final class BufferedDataTable implements DataTable, org.knime.core.node.port.PortObject {

    public static final PortType TYPE = new PortType(BufferedDataTable.class, DataTableSpec.class, false);

    public static final PortType TYPE_OPTIONAL = TYPE.optional();

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows;

    BufferedDataTable(final DataTableSpec spec, final List<DataRow> rows) {
        m_spec = spec;
        m_rows = List.copyOf(rows);
    }

    @Override
    public DataTableSpec getDataTableSpec() {
        return m_spec;
    }

    @Override
    public DataTableSpec getSpec() {
        return m_spec;
    }

    public long size() {
        return m_rows.size();
    }

    @Override
    public CloseableRowIterator iterator() {
        Iterator<DataRow> it = m_rows.iterator();
        return new CloseableRowIterator() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public DataRow next() {
                return it.next();
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    @Override
    public String toString() {
        return "BufferedDataTable " + m_spec + " (" + m_rows.size() + " rows)";
    }
}
