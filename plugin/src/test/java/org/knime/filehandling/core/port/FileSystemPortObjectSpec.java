package org.knime.filehandling.core.port;

import java.util.Optional;

import org.knime.core.node.port.AbstractSimplePortObjectSpec;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.filehandling.core.connections.FSConnection;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.port.FileSystemPortObjectSpec} (knime-filehandling-core,
 * analytics-platform/5.8.2): the spec of a File System port. The real spec holds a file system id looked up in
 * KNIME's connection registry; the kit's holds the connection itself (kit constructor). The static
 * {@code getFileSystemConnection(PortObjectSpec[], int)} has the real checks (null array, index out of range or not a
 * file system spec: empty).
 */
public final class FileSystemPortObjectSpec extends AbstractSimplePortObjectSpec {

    private final FSConnection m_connection;

    public FileSystemPortObjectSpec() {
        this(null);
    }

    /** Kit only: the spec of a connector node whose connection is {@code connection} (null: not executed). */
    public FileSystemPortObjectSpec(final FSConnection connection) {
        m_connection = connection;
    }

    public Optional<FSConnection> getFileSystemConnection() {
        return Optional.ofNullable(m_connection);
    }

    public static Optional<FSConnection> getFileSystemConnection(final PortObjectSpec[] inData, final int i) {
        return inData != null && i >= 0 && inData.length > i && inData[i] instanceof FileSystemPortObjectSpec s
            ? s.getFileSystemConnection() : Optional.empty();
    }
}
