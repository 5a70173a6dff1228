package org.knime.filehandling.core.connections;

import java.nio.file.Path;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSPath} (knime-filehandling-core,
 * analytics-platform/5.8.2): a {@link Path} of a KNIME file system; {@link #toFSLocation()} is (the file system's
 * category, its specifier, {@code toString()}) as at the tag. The kit's paths ({@code org.breastct.knime.runtime.fs})
 * extend it; as in KNIME, {@code toFile()} is unsupported.
 */
public abstract class FSPath implements Path {

    protected FSPath() {
    }

    @Override
    public abstract FSFileSystem<? extends FSPath> getFileSystem();

    public FSLocation toFSLocation() {
        FSFileSystem<?> fs = getFileSystem();
        return new FSLocation(fs.getFileSystemCategory().toString(), fs.getFileSystemSpecifier().orElse(null),
            toString());
    }
}
