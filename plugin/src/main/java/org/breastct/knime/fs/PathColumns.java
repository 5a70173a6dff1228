package org.breastct.knime.fs;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.data.location.FSLocationValueMetaData;
import org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory;

/**
 * KNIME Path columns: the column spec carries the file system of its locations
 * ({@link FSLocationValueMetaData}, as KNIME's own file nodes add it), and the cells come from
 * {@link SimpleFSLocationCellFactory} for that file system (locations of another file system are
 * rejected by the factory).
 */
public final class PathColumns {

    private PathColumns() {
    }

    /** A Path column named {@code name} for locations on the file system of {@code location}. */
    public static DataColumnSpec spec(final String name, final FSLocation location) {
        DataColumnSpecCreator c = new DataColumnSpecCreator(name, SimpleFSLocationCellFactory.TYPE);
        c.addMetaData(new FSLocationValueMetaData(location.getFileSystemCategory(),
                location.getFileSystemSpecifier().orElse(null)), true);
        return c.createSpec();
    }

    /** The cell factory for locations on the file system of {@code location}. */
    public static SimpleFSLocationCellFactory cells(final FSLocation location) {
        return new SimpleFSLocationCellFactory(location);
    }
}
