package org.breastct.knime.runtime.kit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.knime.filehandling.core.connections.FSCategory;
import org.knime.filehandling.core.connections.FSConnection;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.port.FileSystemPortObject;
import org.knime.filehandling.core.port.FileSystemPortObjectSpec;

/**
 * The workspace a kit node runs in, in a temporary folder: a local mountpoint ({@code mountpoint/}) holding the
 * current workflow ({@code mountpoint/group/workflow/}, a folder with a {@code workflow.knime} file) and its data
 * area ({@code .../workflow/data/}), and a plain local folder ({@code local/}) for local file system locations.
 * {@link #connect} opens the file systems that KNIME's {@code FileSystemHelper.retrieveFSConnection} opens for a
 * location ({@code DefaultFSConnectionFactory} at analytics-platform/5.8.2): the local file system, or a local
 * relative-to file system ({@code knime.workflow}: working directory = the workflow; {@code knime.mountpoint}: "/";
 * {@code knime.workflow.data}: the data area, created on connect as the real connection does). Other categories
 * (Hub space, mountpoint by id, custom URL) are not part of the kit. {@link #connectedPort} makes the File System
 * port object of a connector node whose file system is not on the local disk (files are downloaded/uploaded, as for
 * Hub or cloud storage).
 *
 * <p>The node driver ({@link KitNode}) makes its workflow the current one while a node configures or executes
 * (KNIME's node context); tests run nodes one at a time.
 */
public final class KitWorkflow {

    /** Specifier of the workflow-relative file system ({@code RelativeTo.WORKFLOW}). */
    public static final String WORKFLOW = "knime.workflow";

    /** Specifier of the workflow data area ({@code RelativeTo.WORKFLOW_DATA}). */
    public static final String WORKFLOW_DATA = "knime.workflow.data";

    /** Specifier of the mountpoint-relative file system ({@code RelativeTo.MOUNTPOINT}). */
    public static final String MOUNTPOINT = "knime.mountpoint";

    private static volatile KitWorkflow s_current;

    private final Path m_mountpoint;

    private final Path m_workflow;

    private final Path m_local;

    private KitWorkflow(final Path root) throws IOException {
        m_mountpoint = Files.createDirectories(root.resolve("mountpoint"));
        m_workflow = Files.createDirectories(m_mountpoint.resolve("group").resolve("workflow"));
        Files.writeString(m_workflow.resolve(KitFileSystem.WORKFLOW_FILE), "<config/>");
        m_local = Files.createDirectories(root.resolve("local"));
    }

    /** A new workspace in {@code root} (e.g. a JUnit {@code @TempDir}). */
    public static KitWorkflow create(final Path root) {
        try {
            return new KitWorkflow(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The workflow of the node being run. */
    public static KitWorkflow current() {
        KitWorkflow w = s_current;
        if (w == null) {
            throw new IllegalStateException("no current workflow: run nodes through KitNode");
        }
        return w;
    }

    static void setCurrent(final KitWorkflow w) {
        s_current = w;
    }

    /** The workflow folder. */
    public Path workflowFolder() {
        return m_workflow;
    }

    /** The workflow data area ({@code <workflow>/data}; may not exist yet). */
    public Path dataArea() {
        return m_workflow.resolve("data");
    }

    /** The mountpoint folder. */
    public Path mountpoint() {
        return m_mountpoint;
    }

    /** The folder for local file system locations. */
    public Path localFolder() {
        return m_local;
    }

    /** A location on the local file system: {@code path} below {@link #localFolder()}, absolute. */
    public FSLocation local(final String path) {
        return new FSLocation(FSCategory.LOCAL, m_local.resolve(path).toString());
    }

    /** A location relative to the current workflow ({@code path} must leave the workflow, e.g. {@code ../x}). */
    public FSLocation workflowRelative(final String path) {
        return new FSLocation(FSCategory.RELATIVE, WORKFLOW, path);
    }

    /** A location in the current workflow's data area. */
    public FSLocation dataAreaRelative(final String path) {
        return new FSLocation(FSCategory.RELATIVE, WORKFLOW_DATA, path);
    }

    /** A location relative to the current mountpoint. */
    public FSLocation mountpointRelative(final String path) {
        return new FSLocation(FSCategory.RELATIVE, MOUNTPOINT, path);
    }

    /**
     * The local file a location of the local or a relative-to file system maps to (for assertions).
     *
     * @throws UncheckedIOException if the location is not accessible
     */
    public Path toLocal(final FSLocation location) {
        try (FSConnection c = connect(location)) {
            KitFileSystem fs = (KitFileSystem)c.getFileSystem();
            return fs.toLocal(fs.getPath(location));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A new connection for {@code location} (category LOCAL or RELATIVE).
     *
     * @throws IllegalArgumentException for other categories, naming them
     */
    public FSConnection connect(final FSLocation location) {
        FSCategory c = location.getFSCategory();
        String spec = location.getFileSystemSpecifier().orElse(null);
        KitFileSystem fs;
        if (c == FSCategory.LOCAL) {
            fs = new KitFileSystem("local file system", new FSLocation(FSCategory.LOCAL, ""), Path.of("/"),
                System.getProperty("user.dir"), false, true);
        } else if (c == FSCategory.RELATIVE && WORKFLOW.equals(spec)) {
            fs = new KitFileSystem("the workflow-relative file system", new FSLocation(c, spec, ""), m_mountpoint,
                "/" + m_mountpoint.relativize(m_workflow).toString().replace('\\', '/'), true, true);
        } else if (c == FSCategory.RELATIVE && MOUNTPOINT.equals(spec)) {
            fs = new KitFileSystem("the mountpoint-relative file system", new FSLocation(c, spec, ""), m_mountpoint,
                "/", true, true);
        } else if (c == FSCategory.RELATIVE && WORKFLOW_DATA.equals(spec)) {
            try {
                Files.createDirectories(dataArea());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            fs = new KitFileSystem("the workflow data area", new FSLocation(c, spec, ""), dataArea(), "/", true,
                true);
        } else {
            throw new IllegalArgumentException("file system " + c + (spec == null ? "" : " (" + spec + ")")
                + " is not part of the test kit");
        }
        return () -> fs;
    }

    /**
     * The File System port object of a connector node for a file system that is not on the local disk, rooted at
     * the local folder {@code root} (its paths: "/" = {@code root}; working directory "/").
     *
     * @param name the file system specifier, e.g. "kit-remote"
     */
    public static FileSystemPortObject connectedPort(final Path root, final String name) {
        KitFileSystem fs = new KitFileSystem("connected file system " + name,
            new FSLocation(FSCategory.CONNECTED, name, ""), root, "/", false, false);
        FSConnection c = () -> fs;
        return new FileSystemPortObject(new FileSystemPortObjectSpec(c));
    }

    /** A location on the connected file system of {@link #connectedPort} named {@code name}. */
    public static FSLocation connected(final String name, final String path) {
        return new FSLocation(FSCategory.CONNECTED, name, path);
    }

}
