package org.knime.core.node;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Test-kit stand-in for {@code org.knime.core.node.ExecutionMonitor} (knime-core, analytics-platform/5.8.2) together
 * with the progress monitors behind it ({@code DefaultNodeProgressMonitor} and its {@code SubNodeProgressMonitor}).
 * Behaviour mirrored from the real sources at the tag:
 * <ul>
 * <li>{@link #checkCanceled()} throws {@link CanceledExecutionException} ("Execution canceled") once the node's
 * execution was canceled ({@code DefaultNodeProgressMonitor.checkCanceled}); sub monitors ask the root;</li>
 * <li>{@link #setProgress(double)}: on the root, values outside [0, 1] are ignored; a sub monitor of size
 * {@code maxProg} adds {@code (new - last) * maxProg} (never negative, capped at {@code maxProg}) to its parent's
 * progress, swallows increments below 0.001 once the parent has a progress, and does nothing if {@code maxProg} is 0
 * ({@code SubNodeProgressMonitor.setProgress});</li>
 * <li>{@link #createSubProgress(double)} rejects sizes outside [0, 1] with {@code IllegalArgumentException}
 * ("Invalid sub progress size").</li>
 * </ul>
 * Messages: the root keeps the last message set anywhere (the real monitor joins the messages of the nested levels).
 * Kit only: {@link #kitCancel()}, {@link #kitProgress()}, {@link #kitMessage()}, {@link #kitOnProgress} (a listener
 * called after each change of the root progress, from the reporting thread; it may cancel).
 */
public class ExecutionMonitor {

    /** A listener of the root progress (kit only). */
    @FunctionalInterface
    public interface ProgressListener {
        void progress(double progress, String message);
    }

    final Monitor m_progress;

    public ExecutionMonitor() {
        this(new Root());
    }

    ExecutionMonitor(final Monitor progress) {
        m_progress = progress;
    }

    public void checkCanceled() throws CanceledExecutionException {
        if (m_progress.root().m_canceled) {
            throw new CanceledExecutionException(Root.DEFAULT_CANCEL_MESSAGE);
        }
    }

    public void setProgress(final double progress) {
        m_progress.setProgress(progress);
    }

    public void setProgress(final double progress, final String message) {
        synchronized (m_progress.root()) {
            m_progress.setProgress(progress);
            setMessage(message);
        }
    }

    public void setMessage(final String message) {
        Root r = m_progress.root();
        synchronized (r) {
            r.m_message = message;
        }
        r.fire();
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        return new ExecutionMonitor(sub(maxProg));
    }

    Monitor sub(final double maxProg) {
        if (maxProg > 1.0 || maxProg < 0.0) {
            throw new IllegalArgumentException("Invalid sub progress size: " + maxProg);
        }
        return new Sub(m_progress, maxProg);
    }

    /** Kit only: cancel the execution this monitor belongs to (as the user's cancel button). */
    public void kitCancel() {
        m_progress.root().m_canceled = true;
    }

    /** Kit only: the root progress in [0, 1], or null before the first report. */
    public Double kitProgress() {
        return m_progress.root().getProgress();
    }

    /** Kit only: the last progress message. */
    public String kitMessage() {
        Root r = m_progress.root();
        synchronized (r) {
            return r.m_message;
        }
    }

    /** Kit only: calls {@code listener} after each change of the root progress or message. */
    public void kitOnProgress(final ProgressListener listener) {
        m_progress.root().m_listeners.add(listener);
    }

    /** The node progress monitor behind an execution monitor (the real {@code NodeProgressMonitor}). */
    abstract static class Monitor {
        abstract Root root();

        abstract Double getProgress();

        abstract void setProgress(double progress);
    }

    /** The real {@code DefaultNodeProgressMonitor}. */
    static final class Root extends Monitor {
        static final String DEFAULT_CANCEL_MESSAGE = "Execution canceled";

        volatile boolean m_canceled;

        private Double m_value;

        private String m_message;

        final List<ProgressListener> m_listeners = new CopyOnWriteArrayList<>();

        @Override
        Root root() {
            return this;
        }

        @Override
        synchronized Double getProgress() {
            return m_value;
        }

        @Override
        void setProgress(final double progress) {
            boolean changed;
            synchronized (this) {
                Double old = m_value;
                if (progress >= 0.0 && progress <= 1.0) {
                    m_value = progress;
                }
                changed = old == null || old.doubleValue() != progress;
            }
            if (changed) {
                fire();
            }
        }

        void fire() {
            double p;
            String m;
            synchronized (this) {
                p = m_value == null ? 0 : m_value;
                m = m_message;
            }
            for (ProgressListener l : m_listeners) {
                l.progress(p, m);
            }
        }
    }

    /** The real {@code DefaultNodeProgressMonitor.SubNodeProgressMonitor}. */
    static final class Sub extends Monitor {
        private final Monitor m_parent;

        private final double m_maxProg;

        private double m_lastProg;

        Sub(final Monitor parent, final double maxProg) {
            m_parent = parent;
            m_maxProg = maxProg;
        }

        @Override
        Root root() {
            return m_parent.root();
        }

        @Override
        Double getProgress() {
            return m_lastProg;
        }

        @Override
        void setProgress(final double progress) {
            if (m_maxProg <= 0.0) {
                return;
            }
            synchronized (root()) {
                Double parentProgress = m_parent.getProgress();
                double bounded = Math.max(0.0, Math.min(progress, 1.0));
                double diff = Math.max(0.0, bounded - m_lastProg);
                double sub = Math.min(m_maxProg, diff * m_maxProg);
                if (parentProgress != null) {
                    sub += parentProgress;
                }
                if (diff < 0.001 && parentProgress != null) {
                    return;
                }
                m_parent.setProgress(sub);
                Double newParent = m_parent.getProgress();
                if (newParent != null && (parentProgress == null
                    || parentProgress.doubleValue() != newParent.doubleValue())) {
                    m_lastProg = bounded;
                }
            }
        }
    }
}
