package org.knime.core.node;

/** Shim of the KNIME class of the same name (compile only; never shipped). */
public class ExecutionMonitor {

    public ExecutionMonitor() {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("compile-only KNIME API shim");
    }
}
