package org.knime.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.knime.core.node.port.PortObjectSpec;

/**
 * Test-kit stand-in for {@code org.knime.core.data.DataTableSpec} (knime-core,
 * {@code org.knime.core/src/eclipse/org/knime/core/data/DataTableSpec.java} at analytics-platform/5.8.2): an
 * immutable list of column specs. Mirrors the two constructors the nodes use (a duplicate column name is an
 * {@code IllegalArgumentException} naming it and both positions, as in the real constructor), {@code findColumnIndex}
 * (-1 if absent), {@code containsName}, {@code getColumnSpec(int)}, iteration, and {@code equals} as a column-by-column
 * comparison (the real one also compares the table name, handlers and properties, which the nodes never set).
 */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {

    private final List<DataColumnSpec> m_columns;

    private final Map<String, Integer> m_index = new HashMap<>();

    public DataTableSpec(final DataColumnSpec... colSpecs) {
        List<DataColumnSpec> cols = new ArrayList<>();
        for (int i = 0; i < colSpecs.length; i++) {
            if (colSpecs[i] == null) {
                throw new NullPointerException("Column spec at position " + i + " must not be null.");
            }
            Integer dup = m_index.put(colSpecs[i].getName(), i);
            if (dup != null) {
                throw new IllegalArgumentException("Duplicate column name \"" + colSpecs[i].getName()
                    + "\" at positions " + dup + " and " + i + ".");
            }
            cols.add(colSpecs[i]);
        }
        m_columns = Collections.unmodifiableList(cols);
    }

    public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
        this(concat(spec1, spec2));
    }

    private static DataColumnSpec[] concat(final DataTableSpec a, final DataTableSpec b) {
        List<DataColumnSpec> all = new ArrayList<>(a.m_columns);
        all.addAll(b.m_columns);
        return all.toArray(new DataColumnSpec[0]);
    }

    public int getNumColumns() {
        return m_columns.size();
    }

    public DataColumnSpec getColumnSpec(final int index) {
        return m_columns.get(index);
    }

    /** The column named {@code column}, or null (as the real method). */
    public DataColumnSpec getColumnSpec(final String column) {
        int i = findColumnIndex(column);
        return i < 0 ? null : m_columns.get(i);
    }

    public int findColumnIndex(final String columnName) {
        if (columnName == null) {
            throw new NullPointerException("Column name must not be null.");
        }
        Integer i = m_index.get(columnName);
        return i == null ? -1 : i;
    }

    public boolean containsName(final String columnName) {
        return findColumnIndex(columnName) >= 0;
    }

    /** The column names in order (as the real {@code getColumnNames()}). */
    public String[] getColumnNames() {
        return m_columns.stream().map(DataColumnSpec::getName).toArray(String[]::new);
    }

    @Override
    public Iterator<DataColumnSpec> iterator() {
        return m_columns.iterator();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof DataTableSpec s && m_columns.equals(s.m_columns);
    }

    @Override
    public int hashCode() {
        return m_columns.hashCode();
    }

    @Override
    public String toString() {
        return m_columns.toString();
    }
}
