package org.knime.filehandling.core.connections;

import java.nio.file.FileSystem;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSFileSystem} (knime-filehandling-core,
 * analytics-platform/5.8.2): a NIO file system that knows its location spec (category and specifier, used by
 * {@link FSPath#toFSLocation()}); {@code getPath(FSLocation)} is {@code getPath(location.getPath())} as at the tag.
 * The concrete file systems of the kit are in {@code org.breastct.knime.runtime.fs}. Kit only:
 * {@link #kitLocalPath(FSPath)}, the local file a path is mapped to (what the real {@code FSFiles.toLocalFile} finds
 * for the local file system and, through a {@code knime://} URL, for the local relative-to file systems), or null.
 *
 * @param <T> the path class
 */
public abstract class FSFileSystem<T extends FSPath> extends FileSystem {

    private final FSLocationSpec m_spec;

    protected FSFileSystem(final FSLocationSpec spec) {
        m_spec = spec;
    }

    public T getPath(final FSLocation fsLocation) {
        return getPath(fsLocation.getPath());
    }

    @Override
    public abstract T getPath(String first, String... more);

    public FSCategory getFileSystemCategory() {
        return m_spec.getFSCategory();
    }

    public Optional<String> getFileSystemSpecifier() {
        return m_spec.getFileSystemSpecifier();
    }

    /** Kit only: the local file {@code path} maps to, or null if the file system is not on the local disk. */
    public Path kitLocalPath(final FSPath path) {
        return null;
    }
}
