package org.breastct.knime.runtime.kit;

import java.io.IOException;
import java.nio.file.ClosedFileSystemException;
import java.nio.file.FileStore;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.spi.FileSystemProvider;
import java.util.List;
import java.util.Set;

import org.knime.filehandling.core.connections.FSFileSystem;
import org.knime.filehandling.core.connections.FSLocationSpec;
import org.knime.filehandling.core.connections.FSPath;

/**
 * A KNIME file system of the test kit: every path maps to a file below a local root folder, like KNIME's local
 * file system ({@code LocalFileSystem}: root "/") and its local relative-to file systems
 * ({@code LocalRelativeToFileSystem} at analytics-platform/5.8.2: workflow-relative and mountpoint-relative = the
 * mountpoint folder with the working directory of the workflow or "/", workflow data area = the workflow's
 * {@code data} folder with working directory "/"). As in {@code LocalWorkflowAwareFileSystem.isPathAccessible} at the
 * tag, a workflow-aware file system refuses paths that leave its root and paths inside a workflow folder (a folder
 * holding {@code workflow.knime}) other than the workflow folder itself: they do not exist
 * ({@link NoSuchFileException}). A file system that is not {@code localMapped} stands for a remote one (Hub, Server,
 * a cloud storage): {@code FSFiles.toLocalFile} downloads its files. Every operation on a closed file system throws
 * {@link ClosedFileSystemException}, as KNIME's {@code BaseFileSystem}.
 */
public final class KitFileSystem extends FSFileSystem<KitPath> {

    /** The file that makes a folder a workflow (KNIME's {@code WorkflowPersistor.WORKFLOW_FILE}). */
    public static final String WORKFLOW_FILE = "workflow.knime";

    private final KitFileSystemProvider m_provider = new KitFileSystemProvider(this);

    private final Path m_localRoot;

    private final String m_workingDir;

    private final boolean m_workflowAware;

    private final boolean m_localMapped;

    private final String m_name;

    private volatile boolean m_open = true;

    KitFileSystem(final String name, final FSLocationSpec spec, final Path localRoot, final String workingDir,
        final boolean workflowAware, final boolean localMapped) {
        super(spec);
        m_name = name;
        m_localRoot = localRoot.toAbsolutePath().normalize();
        m_workingDir = workingDir;
        m_workflowAware = workflowAware;
        m_localMapped = localMapped;
    }

    String workingDirectory() {
        return m_workingDir;
    }

    void checkOpen() {
        if (!m_open) {
            throw new ClosedFileSystemException();
        }
    }

    /**
     * The local file of {@code path}.
     *
     * @throws NoSuchFileException if the path leaves the root or lies inside a workflow (workflow-aware only)
     */
    Path toLocal(final KitPath path) throws IOException {
        checkOpen();
        KitPath abs = path.toAbsolutePath();
        int depth = 0;
        Path local = m_localRoot;
        for (Path name : java.nio.file.Path.of(abs.toString())) {
            String n = name.toString();
            if (n.equals("..")) {
                depth--;
                if (depth < 0) {
                    throw new NoSuchFileException(path.toString(), null, "outside of " + m_name);
                }
                local = local.getParent();
            } else if (!n.equals(".")) {
                depth++;
                local = local.resolve(n);
            }
        }
        if (m_workflowAware && !isWorkflow(local)) {
            for (Path p = local; p != null && p.startsWith(m_localRoot); p = p.getParent()) {
                if (isWorkflow(p)) {
                    throw new NoSuchFileException(path.toString(), null,
                        "inside the workflow folder " + p.getFileName() + ", which " + m_name + " does not show");
                }
            }
        }
        return local;
    }

    private static boolean isWorkflow(final Path local) {
        return Files.isRegularFile(local.resolve(WORKFLOW_FILE));
    }

    @Override
    public Path kitLocalPath(final FSPath path) {
        if (!m_localMapped) {
            return null;
        }
        try {
            return toLocal((KitPath)path);
        } catch (IOException e) {
            return null;
        }
    }

    @Override
    public KitPath getPath(final String first, final String... more) {
        checkOpen();
        StringBuilder b = new StringBuilder(first);
        for (String m : more) {
            if (!m.isEmpty()) {
                b.append(b.length() == 0 ? "" : "/").append(m);
            }
        }
        return new KitPath(this, b.toString());
    }

    @Override
    public FileSystemProvider provider() {
        return m_provider;
    }

    @Override
    public void close() {
        m_open = false;
    }

    @Override
    public boolean isOpen() {
        return m_open;
    }

    @Override
    public boolean isReadOnly() {
        return false;
    }

    @Override
    public String getSeparator() {
        return "/";
    }

    @Override
    public Iterable<Path> getRootDirectories() {
        return List.of(getPath("/"));
    }

    @Override
    public Iterable<FileStore> getFileStores() {
        return List.of();
    }

    @Override
    public Set<String> supportedFileAttributeViews() {
        return Set.of("basic");
    }

    @Override
    public PathMatcher getPathMatcher(final String syntaxAndPattern) {
        // the default file system's matchers match the path string, which is what KNIME's paths do too
        return FileSystems.getDefault().getPathMatcher(syntaxAndPattern);
    }

    @Override
    public UserPrincipalLookupService getUserPrincipalLookupService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public java.nio.file.WatchService newWatchService() {
        throw new UnsupportedOperationException();
    }

    @Override
    public String toString() {
        return m_name;
    }
}
