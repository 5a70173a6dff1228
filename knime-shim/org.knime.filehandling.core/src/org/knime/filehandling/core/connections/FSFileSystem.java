package org.knime.filehandling.core.connections;

import java.nio.file.FileSystem;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class FSFileSystem<T extends FSPath> extends FileSystem {

    private FSFileSystem() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public T getPath(final FSLocation fsLocation) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
