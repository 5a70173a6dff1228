package org.knime.filehandling.core.defaultnodesettings;

import java.util.Optional;
import org.knime.filehandling.core.connections.FSConnection;
import org.knime.filehandling.core.connections.FSLocation;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileSystemHelper {

    private FileSystemHelper() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Optional<FSConnection> retrieveFSConnection(final Optional<FSConnection> portObjectConnection,
        final FSLocation location) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
