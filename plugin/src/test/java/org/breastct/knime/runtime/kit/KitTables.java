package org.breastct.knime.runtime.kit;

import java.util.ArrayList;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;

/** Tables in tests: made through a container of an execution context (as a node makes them), read as lists. */
public final class KitTables {

    private KitTables() {
    }

    /** A table of {@code rows} with {@code spec} (every row checked against the spec by the container). */
    public static BufferedDataTable table(final ExecutionContext exec, final DataTableSpec spec,
        final DataRow... rows) {
        BufferedDataContainer c = exec.createDataContainer(spec);
        for (DataRow r : rows) {
            c.addRowToTable(r);
        }
        c.close();
        return c.getTable();
    }

    /** The rows of {@code table} in order. */
    public static List<DataRow> rows(final BufferedDataTable table) {
        List<DataRow> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                out.add(it.next());
            }
        }
        return out;
    }

    /** The cell of column {@code column} (by name) in {@code row} of a table with {@code spec}. */
    public static DataCell cell(final DataTableSpec spec, final DataRow row, final String column) {
        int i = spec.findColumnIndex(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column '" + column + "' in " + spec);
        }
        return row.getCell(i);
    }
}
