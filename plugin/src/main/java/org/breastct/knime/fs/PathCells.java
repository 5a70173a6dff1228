package org.breastct.knime.fs;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.filehandling.core.data.location.FSLocationValue;
import org.breastct.knime.settings.Checks;

/** The Path column of a reader's optional input table. */
public final class PathCells {

    private PathCells() {
    }

    /**
     * Index of the Path column {@code name} in {@code spec}; if {@code name} is not set, the first
     * Path column.
     *
     * @throws InvalidSettingsException if there is none, or the named column is absent or not a Path
     */
    public static int column(final DataTableSpec spec, final String name) throws InvalidSettingsException {
        if (Checks.isNone(name)) {
            for (int i = 0; i < spec.getNumColumns(); i++) {
                if (spec.getColumnSpec(i).getType().isCompatible(FSLocationValue.class)) {
                    return i;
                }
            }
            throw new InvalidSettingsException("The input table has no Path column; connect e.g. List Files/Folders, "
                    + "or remove the input table to read the configured location");
        }
        int idx = spec.findColumnIndex(name);
        if (idx < 0) {
            throw new InvalidSettingsException("Path column '" + name + "' is not in the input table");
        }
        if (!spec.getColumnSpec(idx).getType().isCompatible(FSLocationValue.class)) {
            throw new InvalidSettingsException("Column '" + name + "' is not a Path column");
        }
        return idx;
    }
}
