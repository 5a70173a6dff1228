package org.knime.core.data.filestore;

import java.io.File;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileStore {

    private FileStore() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public File getFile() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
