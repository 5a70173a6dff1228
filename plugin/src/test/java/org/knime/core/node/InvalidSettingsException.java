package org.knime.core.node;

/**
 * Test-kit stand-in for {@code org.knime.core.node.InvalidSettingsException} (knime-shared,
 * {@code org.knime.core.util/src/main/java/org/knime/core/node/InvalidSettingsException.java} at
 * analytics-platform/5.8.2): a checked exception with message and optional cause (same supertype and the same three
 * constructors as at the tag).
 */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String s) {
        super(s);
    }

    public InvalidSettingsException(final Throwable cause) {
        super(cause);
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        super(msg, cause);
    }
}
