package org.knime.filehandling.core.connections;

import java.util.Optional;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface FSLocationSpec {

    String getFileSystemCategory();

    Optional<String> getFileSystemSpecifier();

    default FSCategory getFSCategory() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
