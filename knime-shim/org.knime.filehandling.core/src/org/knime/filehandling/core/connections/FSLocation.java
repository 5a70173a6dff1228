package org.knime.filehandling.core.connections;

import java.io.Serializable;
import java.util.Optional;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FSLocation implements FSLocationSpec, Serializable {

    public FSLocation(final FSCategory fsCategory, final String path) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public String getPath() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public Optional<String> getFileSystemSpecifier() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public String getFileSystemCategory() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
