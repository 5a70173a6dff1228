package org.breastct.knime.runtime.kit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.ProviderMismatchException;
import java.nio.file.WatchEvent.Kind;
import java.nio.file.WatchEvent.Modifier;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.knime.filehandling.core.connections.FSPath;

/**
 * A path of a {@link KitFileSystem}: a '/'-separated string (absolute, or relative to the file system's working
 * directory) whose syntax operations (parent, resolve, normalize, ...) are those of Unix paths, as KNIME's
 * {@code UnixStylePath}. {@code toString()} is the string (so {@code toFSLocation()} keeps a relative path relative,
 * as KNIME's relative-to paths do). {@code toFile()} is unsupported, as for every KNIME file system path.
 */
public final class KitPath extends FSPath {

    private final KitFileSystem m_fs;

    private final Path m_unix;

    KitPath(final KitFileSystem fs, final String path) {
        m_fs = fs;
        m_unix = Path.of(path.isEmpty() ? "" : path);
    }

    private KitPath wrap(final Path p) {
        return p == null ? null : new KitPath(m_fs, p.toString());
    }

    private Path unix(final Path other) {
        if (!(other instanceof KitPath k) || k.m_fs != m_fs) {
            throw new ProviderMismatchException("not a path of " + m_fs);
        }
        return k.m_unix;
    }

    @Override
    public KitFileSystem getFileSystem() {
        return m_fs;
    }

    @Override
    public boolean isAbsolute() {
        return m_unix.isAbsolute();
    }

    @Override
    public Path getRoot() {
        return wrap(m_unix.getRoot());
    }

    @Override
    public Path getFileName() {
        return wrap(m_unix.getFileName());
    }

    @Override
    public Path getParent() {
        return wrap(m_unix.getParent());
    }

    @Override
    public int getNameCount() {
        return m_unix.getNameCount();
    }

    @Override
    public Path getName(final int index) {
        return wrap(m_unix.getName(index));
    }

    @Override
    public Path subpath(final int beginIndex, final int endIndex) {
        return wrap(m_unix.subpath(beginIndex, endIndex));
    }

    @Override
    public boolean startsWith(final Path other) {
        return other instanceof KitPath k && k.m_fs == m_fs && m_unix.startsWith(k.m_unix);
    }

    @Override
    public boolean endsWith(final Path other) {
        return other instanceof KitPath k && k.m_fs == m_fs && m_unix.endsWith(k.m_unix);
    }

    @Override
    public Path normalize() {
        return wrap(m_unix.normalize());
    }

    @Override
    public Path resolve(final Path other) {
        return wrap(m_unix.resolve(unix(other)));
    }

    @Override
    public Path relativize(final Path other) {
        return wrap(m_unix.relativize(unix(other)));
    }

    @Override
    public URI toUri() {
        try {
            return new URI(KitFileSystemProvider.SCHEME, m_fs.toString(), toAbsolutePath().normalize().toString(),
                null);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public KitPath toAbsolutePath() {
        return isAbsolute() ? this : wrap(Path.of(m_fs.workingDirectory()).resolve(m_unix));
    }

    @Override
    public Path toRealPath(final LinkOption... options) throws IOException {
        KitPath p = (KitPath)toAbsolutePath().normalize();
        m_fs.toLocal(p); // fails for inaccessible paths
        return p;
    }

    @Override
    public WatchKey register(final WatchService watcher, final Kind<?>[] events, final Modifier... modifiers) {
        throw new UnsupportedOperationException("watching is not supported");
    }

    @Override
    public Iterator<Path> iterator() {
        List<Path> names = new ArrayList<>();
        for (int i = 0; i < getNameCount(); i++) {
            names.add(getName(i));
        }
        return names.iterator();
    }

    @Override
    public int compareTo(final Path other) {
        return m_unix.compareTo(unix(other));
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof KitPath k && k.m_fs == m_fs && k.m_unix.equals(m_unix);
    }

    @Override
    public int hashCode() {
        return m_unix.hashCode();
    }

    @Override
    public String toString() {
        return m_unix.toString();
    }
}
