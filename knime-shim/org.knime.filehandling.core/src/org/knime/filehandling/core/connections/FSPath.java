package org.knime.filehandling.core.connections;

import java.nio.file.Path;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public abstract class FSPath implements Path {

    private FSPath() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public abstract FSFileSystem<? extends FSPath> getFileSystem();

    public FSLocation toFSLocation() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
