package org.knime.filehandling.core.port;

import java.util.Optional;
import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.filehandling.core.connections.FSConnection;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FileSystemPortObject extends AbstractSimplePortObject {

    public static final PortType TYPE = null;

    public FileSystemPortObject() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    @Override
    public FileSystemPortObjectSpec getSpec() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Optional<FSConnection> getFileSystemConnection(final PortObject[] inData, final int i) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
