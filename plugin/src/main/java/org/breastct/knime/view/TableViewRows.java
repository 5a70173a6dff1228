package org.breastct.knime.view;

import java.util.ArrayList;
import java.util.List;

import org.breastct.knime.data.VolumeValue;
import org.breastct.volume.VoxelType;
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

    /**
     * The image column to show: {@code preferred} if the table has it, else the first column whose
     * first present cell is an int16 volume (read from the cell's metadata, no voxels); null if none.
     */
    public static String imageColumnOf(final BufferedDataTable table, final String preferred) {
        DataTableSpec spec = table.getDataTableSpec();
        if (preferred != null && spec.containsName(preferred)) {
            return preferred;
        }
        try (CloseableRowIterator it = table.iterator()) {
            if (!it.hasNext()) {
                return null;
            }
            DataRow row = it.next();
            for (int i = 0; i < row.getNumCells(); i++) {
                if (row.getCell(i) instanceof VolumeValue v && v.getMetadata().type() == VoxelType.INT16) {
                    return spec.getColumnSpec(i).getName();
                }
            }
        }
        return null;
    }

    private static int index(final DataTableSpec spec, final String column) {
        int i = spec.findColumnIndex(column);
        if (i < 0) {
            throw new IllegalArgumentException("column '" + column + "' is not in the table");
        }
        return i;
    }
}
