package org.knime.core.data.def;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/**
 * Test-kit stand-in for {@code org.knime.core.data.def.DefaultRow} (knime-core, analytics-platform/5.8.2): a row id
 * and a copy of its cells. As the real constructors: a null key, cell array or cell is a {@code NullPointerException}
 * with the real messages ("Row ID must not be null!", "Cell at index i is null!"). Checked in DefaultRow.java at the
 * tag.
 */
public class DefaultRow implements DataRow {

    private final RowKey m_key;

    private final DataCell[] m_cells;

    public DefaultRow(final RowKey rowKey, final DataCell... row) {
        if (rowKey == null) {
            throw new NullPointerException("Row ID must not be null!");
        }
        if (row == null) {
            throw new NullPointerException("Row array must not be null!");
        }
        for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
                throw new NullPointerException("Cell at index " + i + " is null!");
            }
        }
        m_key = rowKey;
        m_cells = row.clone();
    }

    public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
        this(rowKey, row.toArray(new DataCell[0]));
    }

    /** As the real convenience constructor: the key from a string. */
    public DefaultRow(final String rowKey, final DataCell... row) {
        this(new RowKey(rowKey), row);
    }

    @Override
    public final int getNumCells() {
        return m_cells.length;
    }

    @Override
    public final RowKey getKey() {
        return m_key;
    }

    @Override
    public final DataCell getCell(final int index) {
        return m_cells[index];
    }

    @Override
    public Iterator<DataCell> iterator() {
        return Arrays.asList(m_cells).iterator();
    }

    @Override
    public String toString() {
        return m_key + ": " + Arrays.toString(m_cells);
    }
}
