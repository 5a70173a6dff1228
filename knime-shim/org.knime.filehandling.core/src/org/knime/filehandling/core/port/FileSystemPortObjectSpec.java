package org.knime.filehandling.core.port;

import java.util.Optional;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.filehandling.core.connections.FSConnection;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileSystemPortObjectSpec extends AbstractSimplePortObjectSpec {

    public FileSystemPortObjectSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Optional<FSConnection> getFileSystemConnection(final PortObjectSpec[] inData, final int i) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
