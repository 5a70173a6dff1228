package org.knime.filehandling.core.port;

import java.util.Optional;

import org.knime.core.node.port.AbstractSimplePortObject;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;
import org.knime.filehandling.core.connections.FSConnection;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.port.FileSystemPortObject} (knime-filehandling-core,
 * analytics-platform/5.8.2): the File System port object of a connector node. {@link #TYPE} is its port type;
 * {@code getFileSystemConnection(PortObject[], int)} is the port's connection if {@code inData[i]} is such an object,
 * otherwise empty, as the real static method.
 */
public final class FileSystemPortObject extends AbstractSimplePortObject {

    public static final PortType TYPE =
        new PortType(FileSystemPortObject.class, FileSystemPortObjectSpec.class, false);

    public static final PortType TYPE_OPTIONAL = TYPE.optional();

    private final FileSystemPortObjectSpec m_spec;

    public FileSystemPortObject() {
        this(new FileSystemPortObjectSpec());
    }

    public FileSystemPortObject(final FileSystemPortObjectSpec spec) {
        m_spec = spec;
    }

    @Override
    public FileSystemPortObjectSpec getSpec() {
        return m_spec;
    }

    public Optional<FSConnection> getFileSystemConnection() {
        return m_spec.getFileSystemConnection();
    }

    public static Optional<FSConnection> getFileSystemConnection(final PortObject[] inData, final int i) {
        return inData != null && i >= 0 && inData.length > i && inData[i] instanceof FileSystemPortObject p
            ? p.getFileSystemConnection() : Optional.empty();
    }
}
