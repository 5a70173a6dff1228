package org.knime.core.node;

import org.knime.core.internal.MessageAwareException;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class CanceledExecutionException extends Exception implements MessageAwareException {

    private static final long serialVersionUID = 1L;

    public CanceledExecutionException(final String s) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
