package org.knime.filehandling.core.connections;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public final class FSFiles {

    private FSFiles() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static Path createDirectories(final Path dir, final FileAttribute<?>... attrs) throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static void deleteRecursively(final Path toDelete) throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public static LocalFileHandle toLocalFile(final FSPath source) throws IOException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    /** Shim of the nested KNIME record of the same name. */
    public record LocalFileHandle(String path, Closeable closer) implements Closeable {

        @Override
        public void close() throws IOException {
            throw new UnsupportedOperationException("compile-only KNIME API shim");
        }
    }
}
