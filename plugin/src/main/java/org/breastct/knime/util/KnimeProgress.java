package org.breastct.knime.util;

import org.breastct.progress.Progress;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/**
 * The engine's {@link Progress} over a KNIME {@link ExecutionMonitor}: {@link #report} sets the
 * monitor's progress (and message), {@link #isCancelled} asks {@link ExecutionMonitor#checkCanceled}.
 * The only adapter between the two; every node uses it.
 */
public final class KnimeProgress implements Progress {

    private final ExecutionMonitor monitor;

    private final String prefix;

    private KnimeProgress(final ExecutionMonitor monitor, final String prefix) {
        this.monitor = monitor;
        this.prefix = prefix;
    }

    /** Progress reported to {@code monitor}; messages are prefixed with {@code "<prefix>: "} if not null. */
    public static Progress of(final ExecutionMonitor monitor, final String prefix) {
        return new KnimeProgress(monitor, prefix);
    }

    @Override
    public void report(final double fraction, final String message) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        String m = Messages.progressMessage(prefix, message);
        if (m == null) {
            monitor.setProgress(f);
        } else {
            monitor.setProgress(f, m);
        }
    }

    @Override
    public boolean isCancelled() {
        try {
            monitor.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }
}
