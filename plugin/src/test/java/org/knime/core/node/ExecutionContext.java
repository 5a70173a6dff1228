package org.knime.core.node;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.filestore.FileStore;
import org.knime.core.util.DuplicateKeyException;

/**
 * Test-kit stand-in for {@code org.knime.core.node.ExecutionContext} (knime-core, analytics-platform/5.8.2): the
 * node's execution context with tables in memory and file stores in a temporary folder. Mirrors, as read at the tag:
 * <ul>
 * <li>{@link #createSubExecutionContext(double)}: a context on a sub progress monitor of that size (see
 * {@link ExecutionMonitor}) sharing the file stores and the cancel state;</li>
 * <li>{@link #createFileStore(String)} ({@code WriteFileStoreHandler.createFileStore}): a name starting with '.' or
 * holding '/' or '\' is an {@code IOException}, a name used twice in one execution a {@link DuplicateKeyException}
 * (the real handler's duplicate checker finds it, at the latest when the execution ends); the store's parent folder
 * is created, the file is not;</li>
 * <li>{@link #createDataContainer(DataTableSpec)}: an empty in-memory container (see
 * {@link org.knime.core.data.container.DataContainer} for the checks on every added row).</li>
 * </ul>
 * Kit only: the public constructor {@link #ExecutionContext(Path)} (the real ones take the node and its
 * repositories) and {@link #kitFileStoreFolder()}.
 */
public class ExecutionContext extends ExecutionMonitor {

    private final FileStores m_fileStores;

    /** Kit only: a root context whose file stores go below {@code folder} (created if missing). */
    public ExecutionContext(final Path folder) {
        this(new Root(), new FileStores(folder));
    }

    private ExecutionContext(final Monitor progress, final FileStores fileStores) {
        super(progress);
        m_fileStores = fileStores;
    }

    public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
        return new BufferedDataContainer(spec);
    }

    public FileStore createFileStore(final String relativePath) throws IOException {
        return m_fileStores.create(relativePath);
    }

    public ExecutionContext createSubExecutionContext(final double maxProg) {
        return new ExecutionContext(sub(maxProg), m_fileStores);
    }

    /** Kit only: the folder the file stores of this execution are in. */
    public Path kitFileStoreFolder() {
        return m_fileStores.m_folder;
    }

    /** The real {@code WriteFileStoreHandler}: names checked, one numbered sub folder per 1000 stores. */
    private static final class FileStores {
        final Path m_folder;

        private final Set<String> m_names = new HashSet<>();

        private int m_nextIndex;

        FileStores(final Path folder) {
            m_folder = folder;
        }

        synchronized FileStore create(final String name) throws IOException {
            if (name == null) {
                throw new IllegalArgumentException("Argument must not be null.");
            }
            if (name.startsWith(".")) {
                throw new IOException("Name must not start with a dot: \"" + name + "\"");
            }
            if (name.contains("/") || name.contains("\\")) {
                throw new IOException("Invalid file name, must not contain (back) slash: \"" + name + "\"");
            }
            if (!m_names.add(name)) {
                throw new DuplicateKeyException("Duplicate file store name \"" + name + "\"", name);
            }
            Path parent = m_folder.resolve(String.format("%03d", m_nextIndex / 1000));
            Files.createDirectories(parent);
            m_nextIndex++;
            File file = parent.resolve(name).toFile();
            return FileStore.kitCreate(file);
        }
    }
}
