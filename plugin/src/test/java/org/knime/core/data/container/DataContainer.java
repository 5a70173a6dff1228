package org.knime.core.data.container;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.util.DuplicateKeyException;

/**
 * Test-kit stand-in for {@code org.knime.core.data.container.DataContainer} (knime-core, analytics-platform/5.8.2),
 * rows kept in memory. Mirrors the checks of the real {@code addRowToTable} (in
 * {@code BufferedDataContainerDelegate.validateSpecCompatiblity} at the tag): a null row is a
 * {@code NullPointerException}; a row whose cell count differs from the spec, or a cell whose type the column type is
 * not a super type of ({@link DataType#isASuperTypeOf}; missing cells always fit), is an
 * {@code IllegalArgumentException} naming the row; adding after {@code close()} is an {@code IllegalStateException}.
 * Duplicate row ids are a {@link DuplicateKeyException} ("Encountered duplicate row ID") — the real container finds
 * them in a background check at the latest on {@code close()}, the stand-in at the add. {@code getTable()} before
 * {@code close()} is an {@code IllegalStateException}, as in the real class.
 */
public class DataContainer implements RowAppender, RowFlushable {

    private final DataTableSpec m_spec;

    private final List<DataRow> m_rows = new ArrayList<>();

    private final Set<RowKey> m_keys = new HashSet<>();

    private boolean m_closed;

    public DataContainer(final DataTableSpec spec) {
        if (spec == null) {
            throw new NullPointerException("Spec must not be null!");
        }
        m_spec = spec;
    }

    @Override
    public void addRowToTable(final DataRow row) {
        if (m_closed) {
            throw new IllegalStateException("Cannot add row: container has not been initialized (opened).");
        }
        if (row == null) {
            throw new NullPointerException("Can't add null rows to container");
        }
        RowKey key = row.getKey();
        if (row.getNumCells() != m_spec.getNumColumns()) {
            throw new IllegalArgumentException("Cell count in row \"" + key
                + "\" is not equal to length of column names array: " + row.getNumCells() + " vs. "
                + m_spec.getNumColumns());
        }
        for (int c = 0; c < row.getNumCells(); c++) {
            DataType columnType = m_spec.getColumnSpec(c).getType();
            DataCell value = row.getCell(c);
            if (value == null) {
                throw new NullPointerException("Cell " + c + " in row \"" + key + "\" is null");
            }
            if (!columnType.isASuperTypeOf(value.getType())) {
                throw new IllegalArgumentException("Runtime class of object \"" + value + "\" (index " + c
                    + ") in row \"" + key + "\" is " + value.getType() + " and does not comply with its supposed "
                    + "superclass " + columnType);
            }
        }
        if (!m_keys.add(key)) {
            throw new DuplicateKeyException("Encountered duplicate row ID \"" + key + "\"", key.getString());
        }
        m_rows.add(row);
    }

    /** Nothing to flush: rows are in memory. */
    @Override
    public void flushRows() {
        // in memory
    }

    public void close() {
        m_closed = true;
    }

    public boolean isClosed() {
        return m_closed;
    }

    /** The spec rows are checked against. */
    public DataTableSpec getTableSpec() {
        return m_spec;
    }

    /** The rows added so far (kit only: read by {@code BufferedDataContainer.getTable()}). */
    protected final List<DataRow> rows() {
        if (!m_closed) {
            throw new IllegalStateException("Cannot get table: container is not closed.");
        }
        return m_rows;
    }
}
