package org.knime.core.webui.node.dialog.defaultdialog.internal.file;

import java.util.Objects;

import org.knime.filehandling.core.connections.FSCategory;
import org.knime.filehandling.core.connections.FSLocation;
import org.knime.node.parameters.persistence.Persistable;

/**
 * Test-kit stand-in for {@code org.knime.core.webui.node.dialog.defaultdialog.internal.file.FileSelection}
 * (knime-core-ui, analytics-platform/5.8.2): the public field {@code m_path}; the default is an empty path on the
 * local file system ({@code new FSLocation(FSCategory.LOCAL, "")}), as at the tag; equal by location.
 */
public final class FileSelection implements Persistable {

    public FSLocation m_path;

    public FileSelection() {
        this(new FSLocation(FSCategory.LOCAL, ""));
    }

    public FileSelection(final FSLocation fsLocation) {
        m_path = fsLocation;
    }

    public FSLocation getFSLocation() {
        return m_path;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FileSelection f && Objects.equals(m_path, f.m_path);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(m_path);
    }
}
