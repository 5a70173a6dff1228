package org.breastct.knime.fs;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.breastct.io.FileTrees;
import org.knime.filehandling.core.connections.FSFiles;
import org.knime.filehandling.core.connections.FSFiles.LocalFileHandle;
import org.knime.filehandling.core.connections.FSPath;

/**
 * Local copies of files on a KNIME file system, for the engine readers that need a
 * {@code java.io.File} (PixelMed) or a {@code FileChannel}. KNIME maps local and, on a local
 * executor, workflow-relative and mountpoint locations to the local file itself (no copy); files on
 * other file systems (Hub, Server, a connected cloud storage) are downloaded to a temporary folder
 * that closing deletes.
 */
public final class LocalFiles {

    private LocalFiles() {
    }

    /** A local path and what to release when done with it. */
    public record Local(Path path, Closeable release) implements Closeable {
        @Override
        public void close() throws IOException {
            release.close();
        }
    }

    /** A local copy of (or the local path of) a file. */
    public static Local file(final FSPath file) throws IOException {
        LocalFileHandle h = FSFiles.toLocalFile(file);
        return new Local(Path.of(h.path()), h);
    }

    /**
     * A local folder tree with the content of {@code folder} and its subfolders (the input of
     * {@code DicomDiscovery}, which looks into nested series folders): the folder itself if KNIME
     * maps it to a local folder, else a temporary copy of the whole tree (every file; closing deletes
     * it).
     */
    public static Local tree(final FSPath folder) throws IOException {
        Local mapped = mapped(folder);
        if (mapped != null) {
            return mapped;
        }
        Path base = Files.createTempDirectory("breastct-read-");
        // the copy keeps the folder's name: a single series folder's name is its breast id
        Path tmp = base.resolve(folder.getFileName() == null ? "input" : folder.getFileName().toString());
        try {
            Files.createDirectories(tmp);
            List<Path> all;
            try (Stream<Path> s = Files.walk(folder)) {
                all = s.filter(p -> !p.equals(folder)).toList();
            }
            for (Path f : all) {
                Path target = tmp;
                for (Path part : folder.relativize(f)) {
                    target = target.resolve(part.toString());
                }
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (Files.isRegularFile(f)) {
                    Files.createDirectories(target.getParent());
                    Files.copy(f, target);
                }
            }
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(base);
            throw e;
        }
        return new Local(tmp, () -> FileTrees.deleteQuietly(base));
    }

    /** The local folder KNIME maps {@code folder} to, or null (KNIME's download fallback only copies files). */
    private static Local mapped(final FSPath folder) throws IOException {
        try {
            LocalFileHandle h = FSFiles.toLocalFile(folder);
            Path p = Path.of(h.path());
            if (Files.isDirectory(p)) {
                return new Local(p, h);
            }
            h.close();
        } catch (IOException e) {
            // not mapped to a local folder
        }
        return null;
    }
}
