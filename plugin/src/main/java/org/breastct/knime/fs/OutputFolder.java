package org.breastct.knime.fs;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.breastct.io.FileTrees;
import org.breastct.knime.util.OverwritePolicy;
import org.knime.filehandling.core.connections.FSFiles;
import org.knime.filehandling.core.connections.FSFiles.LocalFileHandle;
import org.knime.filehandling.core.connections.FSPath;

/**
 * The output folder of a writer node on a KNIME file system. Outputs (one file, or one folder such
 * as a DICOM series) are produced by the engine writers, which write to a temporary name and move
 * it into place:
 * <ul>
 * <li>if KNIME maps the folder to a local folder (local file system; workflow-relative, data-area and
 * mountpoint locations on a local executor) the engine writes there directly;</li>
 * <li>otherwise (Hub, Server, a connected storage) the engine writes into a local temporary folder,
 * the result is copied next to the target under a hidden temporary name and then moved onto the
 * target name, so a failed or cancelled copy never leaves a half-written output under the final
 * name.</li>
 * </ul>
 * What happens when the target exists is the node's overwrite policy ({@link OverwritePolicy}).
 *
 * <p><b>No folder lock</b> (unlike the CLI's {@code .breastct/lock}), by decision: several writer nodes, or
 * the branches of a parallel chunk loop, may write into one folder at the same time. Each output has its
 * own name (an execution refuses two rows with the same name), is written under a temporary name unique
 * to that write and renamed onto its name, and nothing else in the folder is read, changed or cleaned
 * up: no shared file is read and rewritten (the CSV files are KNIME's CSV Writer's), no record of what
 * is done, no removal of other writers' temporary files. So concurrent writers cannot corrupt or lose
 * each other's outputs, and a lock would only serialise the parallel branches. What is not coordinated:
 * two concurrent writes of the same name (a workflow error) both succeed and the last rename wins, and
 * the "fail if it exists" check is not atomic against such a concurrent write; a CLI command that takes
 * the folder while a workflow writes into it removes the workflow's temporary files as stale, so that
 * workflow's rows fail with an error naming the file (never a partial output).
 */
public final class OutputFolder implements AutoCloseable {

    /** The engine call that writes one output to a local path (a file or a folder it creates). */
    @FunctionalInterface
    public interface LocalWriter {
        /** Writes to {@code target}, replacing it if it exists. */
        void write(Path target) throws IOException;
    }

    private final FSPath folder;

    private final Path local;

    private final LocalFileHandle localHandle;

    private OutputFolder(final FSPath folder, final Path local, final LocalFileHandle localHandle) {
        this.folder = folder;
        this.local = local;
        this.localHandle = localHandle;
    }

    /**
     * The output folder at {@code folder}.
     *
     * @param createMissing create the folder (and its parents) if it does not exist
     * @throws IOException naming the folder if it does not exist and may not be created, or is a file
     */
    public static OutputFolder open(final FSPath folder, final boolean createMissing) throws IOException {
        if (!Files.exists(folder)) {
            if (!createMissing) {
                throw new IOException("Output folder '" + folder + "' does not exist; create it or switch on "
                        + "'Create missing folders'");
            }
            FSFiles.createDirectories(folder);
        } else if (!Files.isDirectory(folder)) {
            throw new IOException("Output folder '" + folder + "' is a file, not a folder");
        }
        try {
            LocalFileHandle h = FSFiles.toLocalFile(folder);
            Path p = Path.of(h.path());
            if (Files.isDirectory(p)) {
                return new OutputFolder(folder, p, h);
            }
            h.close();
        } catch (IOException e) {
            // not mapped to a local folder: write through a local temporary folder
        }
        return new OutputFolder(folder, null, null);
    }

    /** The target of an output named {@code name} (a file or folder name, no separators). */
    public FSPath target(final String name) {
        return (FSPath)folder.resolve(name);
    }

    /**
     * Writes an output named {@code name} with {@code writer}, replacing an existing one.
     *
     * @return the target
     */
    public FSPath write(final String name, final LocalWriter writer) throws IOException {
        FSPath target = target(name);
        if (local != null) {
            writer.write(local.resolve(name));
            return target;
        }
        Path tmp = Files.createTempDirectory("breastct-write-");
        FSPath partial = target("." + name + ".partial-" + UUID.randomUUID());
        try {
            Path produced = tmp.resolve(name);
            writer.write(produced);
            if (!Files.isDirectory(produced) && Files.isDirectory(target)) {
                // as the engine writers refuse it locally: a file output never replaces a folder
                throw new FileSystemException(target.toString(), null, "Is a directory");
            }
            copy(produced, partial);
            if (Files.exists(target)) {
                FSFiles.deleteRecursively(target);
            }
            Files.move(partial, target);
        } finally {
            FileTrees.deleteQuietly(tmp);
            if (Files.exists(partial)) {
                FSFiles.deleteRecursively(partial);
            }
        }
        return target;
    }

    /** Copies a local file or a flat local folder to {@code to} on the KNIME file system. */
    private static void copy(final Path from, final FSPath to) throws IOException {
        if (!Files.isDirectory(from)) {
            Files.copy(from, to);
            return;
        }
        Files.createDirectory(to);
        List<Path> files;
        try (Stream<Path> s = Files.list(from)) {
            files = s.toList();
        }
        for (Path f : files) {
            Files.copy(f, to.resolve(f.getFileName().toString()));
        }
    }

    @Override
    public void close() throws IOException {
        if (localHandle != null) {
            localHandle.close();
        }
    }
}
