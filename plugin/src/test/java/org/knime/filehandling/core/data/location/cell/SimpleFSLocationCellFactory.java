package org.knime.filehandling.core.data.location.cell;

import java.util.Objects;

import org.knime.core.data.DataType;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.connections.FSLocationSpec;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.data.location.cell.SimpleFSLocationCellFactory}
 * (knime-filehandling-core, analytics-platform/5.8.2). As the real {@code createCell(FSLocation)} at the tag: a null
 * location or path is an error, and a location whose file system category or specifier differs from the factory's
 * (the column's meta data) is an {@code IllegalArgumentException} ("The file system type (%s) must match ...").
 */
public final class SimpleFSLocationCellFactory {

    public static final DataType TYPE = SimpleFSLocationCell.TYPE;

    private final String m_fsCategory;

    private final String m_fsSpecifier;

    public SimpleFSLocationCellFactory(final FSLocationSpec fsLocationSpec) {
        m_fsCategory = fsLocationSpec.getFileSystemCategory();
        m_fsSpecifier = fsLocationSpec.getFileSystemSpecifier().orElse(null);
    }

    public SimpleFSLocationCell createCell(final FSLocation fsLocation) {
        Objects.requireNonNull(fsLocation, "The file system location must not be null.");
        if (fsLocation.getPath() == null) {
            throw new IllegalArgumentException("The path must not be null.");
        }
        String category = fsLocation.getFileSystemCategory();
        if (!category.equals(m_fsCategory)) {
            throw new IllegalArgumentException(String.format(
                "The file system type (%s) must match the file system type in the meta data (%s).", category,
                m_fsCategory));
        }
        String specifier = fsLocation.getFileSystemSpecifier().orElse(null);
        if (!Objects.equals(specifier, m_fsSpecifier)) {
            throw new IllegalArgumentException(String.format(
                "The file system specifier (%s) must match the file system specifier in the meta data (%s).",
                specifier, m_fsSpecifier));
        }
        return new SimpleFSLocationCell(fsLocation);
    }
}
