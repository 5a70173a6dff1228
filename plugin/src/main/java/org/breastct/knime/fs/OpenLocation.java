package org.breastct.knime.fs;

import java.util.Optional;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.port.PortObject;
import org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection;
import org.knime.filehandling.core.connections.FSCategory;
import org.knime.filehandling.core.connections.FSConnection;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.filehandling.core.connections.FSPath;
import org.knime.filehandling.core.defaultnodesettings.FileSystemHelper;
import org.knime.filehandling.core.port.FileSystemPortObject;

/**
 * A location chosen in a node dialog (KNIME's {@link FileSelection}: local file system, relative to
 * the current workflow / its data area / the current Hub space, a mountpoint, a URL, or the file
 * system of the optional File System input port), opened as a KNIME {@link FSPath} that is read and
 * written through Java NIO. Closing releases the file-system connection this object opened (not the
 * port's, which belongs to the connector node).
 *
 * <p>Uses KNIME's {@code FileSystemHelper}, {@code FileSystemPortObject(Spec)} (filehandling API marked
 * {@code @noreference}) and {@code FileSelection} (x-internal) as KNIME's own 5.8 file nodes do.
 */
@SuppressWarnings("restriction")
public final class OpenLocation implements AutoCloseable {

    private final FSConnection connection;

    private final boolean owned;

    private final FSPath path;

    private OpenLocation(final FSConnection connection, final boolean owned, final FSPath path) {
        this.connection = connection;
        this.owned = owned;
        this.path = path;
    }

    /** The opened path. */
    public FSPath path() {
        return path;
    }

    /** The location of a file selection; null if none was made. */
    public static FSLocation location(final FileSelection selection) {
        return selection == null ? null : selection.getFSLocation();
    }

    /** True if {@code selection} names no location (empty path). */
    public static boolean isEmpty(final FileSelection selection) {
        FSLocation l = location(selection);
        return l == null || l.getPath() == null || l.getPath().isBlank();
    }

    /**
     * Configure-time check of a location (nothing is opened).
     *
     * @param fsPort index of the File System input port, -1 if the node has none connected
     * @param what the setting's title for messages, e.g. "Input folder"
     */
    public static void check(final FileSelection selection, final int fsPort,
            final String what) throws InvalidSettingsException {
        if (isEmpty(selection)) {
            throw new InvalidSettingsException(what + " is not set; open the configuration dialog and choose it");
        }
        if (location(selection).getFSCategory() == FSCategory.CONNECTED && fsPort < 0) {
            throw new InvalidSettingsException(what + " '" + location(selection).getPath()
                    + "' is on a connected file system, but no File System port is connected");
        }
    }

    /**
     * Opens the location of {@code selection}.
     *
     * @param in the node's input objects (for the File System port)
     * @param fsPort index of the File System input port, -1 if none is connected
     * @param what the setting's title for messages
     */
    public static OpenLocation open(final FileSelection selection, final PortObject[] in, final int fsPort,
            final String what) throws InvalidSettingsException {
        Optional<FSConnection> port =
                fsPort < 0 ? Optional.empty() : FileSystemPortObject.getFileSystemConnection(in, fsPort);
        return open(location(selection), port, what);
    }

    /** Opens {@code location} (a location of a Path cell, say) with the port's connection if it needs one. */
    public static OpenLocation open(final FSLocation location, final Optional<FSConnection> port, final String what)
            throws InvalidSettingsException {
        if (location == null || location.getPath() == null || location.getPath().isBlank()) {
            throw new InvalidSettingsException(what + " is not set; open the configuration dialog and choose it");
        }
        boolean connected = location.getFSCategory() == FSCategory.CONNECTED;
        if (connected && port.isEmpty()) {
            throw new InvalidSettingsException(what + " '" + location.getPath() + "' is on a connected file system, "
                    + "but the File System port is not connected or its connector node has not been executed");
        }
        FSConnection c;
        try {
            c = FileSystemHelper.retrieveFSConnection(port, location).orElseThrow(
                    () -> new IllegalArgumentException("no file system connection"));
        } catch (RuntimeException e) {
            throw new InvalidSettingsException(what + " '" + location.getPath() + "' cannot be opened: "
                    + e.getMessage(), e);
        }
        try {
            return new OpenLocation(c, !connected, c.getFileSystem().getPath(location));
        } catch (RuntimeException e) {
            if (!connected) {
                closeQuietly(c);
            }
            throw new InvalidSettingsException(what + " '" + location.getPath() + "' is not a valid path: "
                    + e.getMessage(), e);
        }
    }

    private static void closeQuietly(final FSConnection c) {
        try {
            c.close();
        } catch (Exception e) {
            // nothing more to release
        }
    }

    @Override
    public void close() {
        if (owned) {
            closeQuietly(connection);
        }
    }
}
