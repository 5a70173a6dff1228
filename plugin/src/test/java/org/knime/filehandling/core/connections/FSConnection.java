package org.knime.filehandling.core.connections;

import java.io.IOException;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSConnection} (knime-filehandling-core,
 * analytics-platform/5.8.2): a connection owning a file system; {@code close()} closes that file system by default,
 * as the real default method ({@code getFileSystem().ensureClosed()}).
 */
public interface FSConnection extends AutoCloseable {

    @Override
    default void close() throws IOException {
        getFileSystem().close();
    }

    FSFileSystem<?> getFileSystem();
}
