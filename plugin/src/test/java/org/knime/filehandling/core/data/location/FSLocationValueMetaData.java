package org.knime.filehandling.core.data.location;

import java.util.Objects;
import java.util.Optional;

import org.knime.core.data.meta.DataColumnMetaData;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.data.location.FSLocationValueMetaData}
 * (knime-filehandling-core, analytics-platform/5.8.2): the file system (category and specifier) of a Path column;
 * equal by both, as the real class.
 */
public final class FSLocationValueMetaData implements DataColumnMetaData {

    private final String m_type;

    private final String m_specifier;

    public FSLocationValueMetaData(final String fileSystemType, final String fileSystemSpecifier) {
        m_type = Objects.requireNonNull(fileSystemType);
        m_specifier = fileSystemSpecifier;
    }

    public String getFileSystemCategory() {
        return m_type;
    }

    public Optional<String> getFileSystemSpecifier() {
        return Optional.ofNullable(m_specifier);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FSLocationValueMetaData m && m_type.equals(m.m_type)
            && Objects.equals(m_specifier, m.m_specifier);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_type, m_specifier);
    }

    @Override
    public String toString() {
        return m_type + (m_specifier == null ? "" : ":" + m_specifier);
    }
}
