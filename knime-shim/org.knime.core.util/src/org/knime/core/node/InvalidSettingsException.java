package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class InvalidSettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidSettingsException(final String s) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public InvalidSettingsException(final String msg, final Throwable cause) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
