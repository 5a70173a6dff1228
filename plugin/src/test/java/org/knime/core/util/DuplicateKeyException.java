package org.knime.core.util;

/**
 * Test-kit stand-in for {@code org.knime.core.util.DuplicateKeyException} (knime-core, analytics-platform/5.8.2): a
 * {@code RuntimeException} carrying the duplicate row id, thrown when a container is closed with two rows of the same
 * id. Checked in DuplicateKeyException.java at the tag (same supertype, same (message, key) constructor).
 */
public class DuplicateKeyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String m_key;

    public DuplicateKeyException(final String message, final String key) {
        super(message);
        m_key = key;
    }

    /** The duplicate row id. */
    public String getKey() {
        return m_key;
    }
}
