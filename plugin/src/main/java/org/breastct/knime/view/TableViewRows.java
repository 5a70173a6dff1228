package org.breastct.knime.view;

import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.data.VolumeValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.BufferedDataTable;

/** The rows of a KNIME table the volume view can show (KNIME side; the cells are read lazily). */
public final class TableViewRows {

    private TableViewRows() {
    }

    /**
     * One {@link ViewRow} per row whose image cell is present; the label cell is optional.
     *
     * @param imageColumn name of the HU image column
     * @param labelColumn name of the label column, or null for none
     * @throws IllegalArgumentException naming the column if it is not in the table
     */
    public static List<ViewRow> of(final BufferedDataTable table, final String imageColumn, final String labelColumn) {
        if (table == null) {
            return List.of();
        }
        DataTableSpec spec = table.getDataTableSpec();
        int img = index(spec, imageColumn);
        int lab = labelColumn == null ? -1 : index(spec, labelColumn);
        List<ViewRow> rows = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                DataRow row = it.next();
                DataCell ic = row.getCell(img);
                if (ic.isMissing() || !(ic instanceof VolumeValue iv)) {
                    continue;
                }
                VolumeSource labels = null;
                if (lab >= 0) {
                    DataCell lc = row.getCell(lab);
                    if (!lc.isMissing() && lc instanceof VolumeValue lv) {
                        labels = new VolumeValueSource(lv);
                    }
                }
                rows.add(new ViewRow(row.getKey().getString(), new VolumeValueSource(iv), labels));
            }
        }
        return rows;
    }

    private static int index(final DataTableSpec spec, final String column) {
        int i = spec.findColumnIndex(column);
        if (i < 0) {
            throw new IllegalArgumentException("column '" + column + "' is not in the table");
        }
        return i;
    }
}
