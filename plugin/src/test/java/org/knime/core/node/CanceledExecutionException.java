package org.knime.core.node;

import org.knime.core.internal.MessageAwareException;

/**
 * Test-kit stand-in for {@code org.knime.core.node.CanceledExecutionException} (knime-core,
 * analytics-platform/5.8.2): a checked exception with a message (same supertypes and the message constructors as
 * at the tag).
 */
public class CanceledExecutionException extends Exception implements MessageAwareException {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException() {
        super();
    }

    public CanceledExecutionException(final String s) {
        super(s);
    }
}
