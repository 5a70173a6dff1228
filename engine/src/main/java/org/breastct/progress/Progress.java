package org.breastct.progress;

import java.util.function.BooleanSupplier;

/**
 * Progress reporting and cooperative cancellation for long engine operations. Front ends (CLI
 * progress bar, KNIME ExecutionMonitor) implement it; the engine reports fractions in [0, 1] of
 * the task it was handed and calls {@link #checkCancelled()} between units of work (slices, slabs,
 * stages), at least every few hundred milliseconds.
 */
public interface Progress {

    /** Reports that {@code fraction} (0..1) of this task is done; {@code message} may be null. */
    void report(double fraction, String message);

    /** True once the caller asked to stop. */
    boolean isCancelled();

    /** Throws {@link CancelledException} if the caller asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** A progress covering the part [from, to] of this one (fractions of this task). */
    default Progress sub(double from, double to) {
        Progress parent = this;
        double width = to - from;
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
                double f = Math.max(0, Math.min(1, fraction));
                parent.report(from + width * f, message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }

    /** Ignores reports, never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void report(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Ignores reports; cancelled when {@code cancelled} says so. */
    static Progress cancelledWhen(BooleanSupplier cancelled) {
        return new Progress() {
            @Override
            public void report(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return cancelled.getAsBoolean();
            }
        };
    }
}
