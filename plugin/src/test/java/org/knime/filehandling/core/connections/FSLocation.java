package org.knime.filehandling.core.connections;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;

/**
 * Test-kit stand-in for {@code org.knime.filehandling.core.connections.FSLocation} (knime-filehandling-core,
 * analytics-platform/5.8.2): an immutable (category, specifier, path) triple with the four constructors of the real
 * class, null category or path an {@code IllegalArgumentException} (the real {@code CheckUtils.checkArgumentNotNull}),
 * and {@code equals} over all three parts, as at the tag. Specifiers of the relative-to file systems are
 * {@code knime.workflow}, {@code knime.workflow.data}, {@code knime.mountpoint} and {@code knime.space}
 * ({@code RelativeTo} at the tag).
 */
public final class FSLocation implements FSLocationSpec, Serializable {

    private static final long serialVersionUID = 1L;

    private final String m_category;

    private final String m_specifier;

    private final String m_path;

    public FSLocation(final FSCategory fsCategory, final String path) {
        this(fsCategory.name(), null, path);
    }

    public FSLocation(final String fsCategory, final String path) {
        this(fsCategory, null, path);
    }

    public FSLocation(final FSCategory fsCategory, final String fsSpecifier, final String path) {
        this(fsCategory.name(), fsSpecifier, path);
    }

    public FSLocation(final String fsCategory, final String fsSpecifier, final String path) {
        if (fsCategory == null) {
            throw new IllegalArgumentException("The file system category must not be null.");
        }
        if (path == null) {
            throw new IllegalArgumentException("The path must not be null.");
        }
        m_category = fsCategory;
        m_specifier = fsSpecifier;
        m_path = path;
    }

    public String getPath() {
        return m_path;
    }

    @Override
    public Optional<String> getFileSystemSpecifier() {
        return Optional.ofNullable(m_specifier);
    }

    @Override
    public String getFileSystemCategory() {
        return m_category;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof FSLocation l && m_category.equals(l.m_category)
            && Objects.equals(m_specifier, l.m_specifier) && m_path.equals(l.m_path);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_category, m_specifier, m_path);
    }

    @Override
    public String toString() {
        return "(" + m_category + ", " + (m_specifier == null ? "" : m_specifier + ", ") + m_path + ")";
    }
}
