package org.knime.filehandling.core.connections;

import java.io.IOException;

/** Shim of the KNIME interface of the same name (compile only; never shipped). */
public interface FSConnection extends AutoCloseable {

    @Override
    public default void close() throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    FSFileSystem<?> getFileSystem();
}
