package org.knime.filehandling.core.connections;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSFiles} (knime-filehandling-core,
 * analytics-platform/5.8.2). {@link #toLocalFile} follows the real method at the tag: a path that is on the local
 * disk (local file system, or a local relative-to file system whose {@code knime://} URL resolves to a local file;
 * here {@link FSFileSystem#kitLocalPath}) is returned as is with a no-op closer; anything else is downloaded with
 * {@code Files.copy(path, out)} into a temporary file that closing deletes (so a folder on a remote file system
 * fails with an {@code IOException}, as in KNIME). {@link #createDirectories} and {@link #deleteRecursively} work
 * through the path's own provider.
 */
public final class FSFiles {

    private FSFiles() {
    }

    public static Path createDirectories(final Path dir, final FileAttribute<?>... attrs) throws IOException {
        return Files.createDirectories(dir, attrs);
    }

    public static void deleteRecursively(final Path toDelete) throws IOException {
        Files.walkFileTree(toDelete, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(final Path file, final BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(final Path dir, final IOException exc) throws IOException {
                if (exc != null) {
                    throw exc;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    public static LocalFileHandle toLocalFile(final FSPath source) throws IOException {
        FSPath abs = (FSPath)source.toAbsolutePath().normalize();
        Path local = source.getFileSystem().kitLocalPath(abs);
        if (local != null) {
            return new LocalFileHandle(local.toAbsolutePath().normalize().toString(), () -> {
            });
        }
        String name = abs.getFileName() == null ? "file" : abs.getFileName().toString();
        Path tmp = Files.createTempFile("knimefs-", "-" + name);
        try (OutputStream out = Files.newOutputStream(tmp)) {
            Files.copy(abs, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp);
            throw e;
        }
        return new LocalFileHandle(tmp.toString(), () -> Files.deleteIfExists(tmp));
    }

    /** Stand-in for the nested record {@code LocalFileHandle} (same components, {@code close()} runs the closer). */
    public record LocalFileHandle(String path, Closeable closer) implements Closeable {
        @Override
        public void close() throws IOException {
            closer.close();
        }
    }
}
