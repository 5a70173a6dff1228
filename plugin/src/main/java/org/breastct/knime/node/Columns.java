package org.breastct.knime.node;

import java.io.IOException;

import org.breastct.knime.data.VolumeValue;
import org.breastct.knime.settings.Checks;
import org.breastct.progress.Progress;
import org.breastct.volume.Volume;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;

/** Column checks for configure and cell access for execute. */
public final class Columns {

    private Columns() {
    }

    /**
     * Index of the volume column {@code name}.
     *
     * @param what the column's role for messages, e.g. "HU image column"
     * @throws InvalidSettingsException if not set, absent, or not a volume column
     */
    public static int volumeColumn(final DataTableSpec spec, final String name, final String what)
            throws InvalidSettingsException {
        if (Checks.isNone(name)) {
            throw new InvalidSettingsException(what + " is not selected; open the configuration dialog and choose one");
        }
        int idx = spec.findColumnIndex(name);
        if (idx < 0) {
            throw new InvalidSettingsException(what + " '" + name + "' is not in the input table");
        }
        if (!spec.getColumnSpec(idx).getType().isCompatible(VolumeValue.class)) {
            throw new InvalidSettingsException(what + " '" + name + "' does not hold Breast CT volumes");
        }
        return idx;
    }

    /** Like {@link #volumeColumn} but -1 when the setting means "none". */
    public static int optionalVolumeColumn(final DataTableSpec spec, final String name, final String what)
            throws InvalidSettingsException {
        return Checks.isNone(name) ? -1 : volumeColumn(spec, name, what);
    }

    /**
     * The volume value of a cell, or null if it is missing and {@code optional}.
     *
     * @throws IllegalArgumentException if it is missing and not optional
     */
    public static VolumeValue value(final DataRow row, final int idx, final String what, final boolean optional) {
        DataCell c = row.getCell(idx);
        if (c.isMissing()) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException(what + " is missing");
        }
        return (VolumeValue) c;
    }

    /** Reads the volume of a (non-missing) cell. */
    public static Volume read(final DataRow row, final int idx, final String what, final Progress progress)
            throws IOException {
        return value(row, idx, what, false).getVolume(progress);
    }

    /** A column spec. */
    public static DataColumnSpec column(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }
}
