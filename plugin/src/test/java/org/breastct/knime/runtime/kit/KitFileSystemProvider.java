package org.breastct.knime.runtime.kit;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.CopyOption;
import java.nio.file.DirectoryStream;
import java.nio.file.FileStore;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.FileAttributeView;
import java.nio.file.spi.FileSystemProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The NIO provider of one {@link KitFileSystem}: every operation maps its paths to local files
 * ({@link KitFileSystem#toLocal}, which refuses inaccessible paths) and runs on the default file system.
 */
final class KitFileSystemProvider extends FileSystemProvider {

    static final String SCHEME = "knime-kit";

    private final KitFileSystem m_fs;

    KitFileSystemProvider(final KitFileSystem fs) {
        m_fs = fs;
    }

    private KitPath kit(final Path p) {
        if (!(p instanceof KitPath k) || k.getFileSystem() != m_fs) {
            throw new ProviderMismatchException("not a path of " + m_fs + ": " + p);
        }
        return k;
    }

    private Path local(final Path p) throws IOException {
        return m_fs.toLocal(kit(p));
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileSystem newFileSystem(final URI uri, final Map<String, ?> env) {
        throw new UnsupportedOperationException();
    }

    @Override
    public FileSystem getFileSystem(final URI uri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Path getPath(final URI uri) {
        throw new UnsupportedOperationException();
    }

    @Override
    public SeekableByteChannel newByteChannel(final Path path, final Set<? extends OpenOption> options,
        final FileAttribute<?>... attrs) throws IOException {
        return Files.newByteChannel(local(path), options, attrs);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(final Path dir, final DirectoryStream.Filter<? super Path> filter)
        throws IOException {
        KitPath kitDir = kit(dir);
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(local(dir))) {
            for (Path p : s) {
                Path entry = kitDir.resolve(p.getFileName().toString());
                if (filter == null || filter.accept(entry)) {
                    entries.add(entry);
                }
            }
        }
        return new DirectoryStream<>() {
            @Override
            public Iterator<Path> iterator() {
                return entries.iterator();
            }

            @Override
            public void close() {
                // listed eagerly
            }
        };
    }

    @Override
    public void createDirectory(final Path dir, final FileAttribute<?>... attrs) throws IOException {
        Files.createDirectory(local(dir), attrs);
    }

    @Override
    public void delete(final Path path) throws IOException {
        Files.delete(local(path));
    }

    @Override
    public void copy(final Path source, final Path target, final CopyOption... options) throws IOException {
        Files.copy(local(source), local(target), options);
    }

    @Override
    public void move(final Path source, final Path target, final CopyOption... options) throws IOException {
        Files.move(local(source), local(target), options);
    }

    @Override
    public boolean isSameFile(final Path path, final Path path2) throws IOException {
        return path.equals(path2) || (path2 instanceof KitPath && Files.isSameFile(local(path), local(path2)));
    }

    @Override
    public boolean isHidden(final Path path) throws IOException {
        return Files.isHidden(local(path));
    }

    @Override
    public FileStore getFileStore(final Path path) throws IOException {
        return Files.getFileStore(local(path));
    }

    @Override
    public void checkAccess(final Path path, final AccessMode... modes) throws IOException {
        Path l = local(path);
        l.getFileSystem().provider().checkAccess(l, modes);
    }

    @Override
    public <V extends FileAttributeView> V getFileAttributeView(final Path path, final Class<V> type,
        final LinkOption... options) {
        try {
            return Files.getFileAttributeView(local(path), type, options);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public <A extends BasicFileAttributes> A readAttributes(final Path path, final Class<A> type,
        final LinkOption... options) throws IOException {
        return Files.readAttributes(local(path), type, options);
    }

    @Override
    public Map<String, Object> readAttributes(final Path path, final String attributes, final LinkOption... options)
        throws IOException {
        return Files.readAttributes(local(path), attributes, options);
    }

    @Override
    public void setAttribute(final Path path, final String attribute, final Object value,
        final LinkOption... options) throws IOException {
        Files.setAttribute(local(path), attribute, value, options);
    }
}
