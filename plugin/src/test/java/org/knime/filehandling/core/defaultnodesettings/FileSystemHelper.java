package org.knime.filehandling.core.defaultnodesettings;

import java.util.Optional;

import org.breastct.knime.runtime.kit.KitWorkflow;
import org.knime.filehandling.core.connections.FSConnection;
import org.knime.filehandling.core.connections.FSLocation;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.defaultnodesettings.FileSystemHelper}
 * (knime-filehandling-core, analytics-platform/5.8.2). {@code retrieveFSConnection} follows the real switch at the
 * tag: CONNECTED returns the port's connection (possibly empty); LOCAL and RELATIVE open a new connection, here on the
 * kit's current workflow ({@link KitWorkflow#connect}); MOUNTPOINT, HUB_SPACE and CUSTOM_URL are not part of the kit
 * and throw {@code IllegalArgumentException} (the real method throws that for unknown categories too).
 */
public final class FileSystemHelper {

    private FileSystemHelper() {
    }

    public static Optional<FSConnection> retrieveFSConnection(final Optional<FSConnection> portObjectConnection,
        final FSLocation location) {
        switch (location.getFSCategory()) {
            case CONNECTED:
                return portObjectConnection;
            case LOCAL:
            case RELATIVE:
                return Optional.of(KitWorkflow.current().connect(location));
            default:
                throw new IllegalArgumentException("file system " + location.getFSCategory()
                    + " is not part of the test kit");
        }
    }
}
