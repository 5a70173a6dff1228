package org.knime.filehandling.core.connections;

import java.util.Optional;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSLocationSpec} (knime-filehandling-core,
 * analytics-platform/5.8.2): category name and optional specifier; {@code getFSCategory()} is
 * {@code FSCategory.valueOf(getFileSystemCategory())}, as the real default method.
 */
public interface FSLocationSpec {

    String getFileSystemCategory();

    Optional<String> getFileSystemSpecifier();

    default FSCategory getFSCategory() {
        return FSCategory.valueOf(getFileSystemCategory());
    }
}
