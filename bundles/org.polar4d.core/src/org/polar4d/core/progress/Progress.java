package org.polar4d.core.progress;

/**
 * Progress reporting and cooperative cancellation for long-running engine work. The KNIME layer
 * bridges it to {@code ExecutionMonitor}, the CLI to a progress bar on stderr. Implementations
 * must be thread-safe: parallel passes report from worker threads.
 */
public interface Progress {

    /** A progress that ignores updates and is never canceled. */
    Progress NONE = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCanceled() {
            return false;
        }
    };

    /** A progress whose user has already asked to stop: work given it ends at its first check. */
    Progress CANCELED = new Progress() {
        @Override
        public void update(double fraction, String message) {
        }

        @Override
        public boolean isCanceled() {
            return true;
        }
    };

    /**
     * Reports progress.
     *
     * @param fraction done so far, in [0, 1]
     * @param message short human-readable status, may be null
     */
    void update(double fraction, String message);

    /** Whether the user asked to stop. */
    boolean isCanceled();

    /** Throws {@link CanceledException} if the user asked to stop. */
    default void checkCanceled() throws CanceledException {
        if (isCanceled()) {
            throw new CanceledException();
        }
    }

    /** A view that maps [0, 1] of a sub-task onto [from, to] of this progress. */
    default Progress slice(double from, double to) {
        Progress parent = this;
        return new Progress() {
            @Override
            public void update(double fraction, String message) {
                double f = Math.max(0, Math.min(1, fraction));
                parent.update(from + (to - from) * f, message);
            }

            @Override
            public boolean isCanceled() {
                return parent.isCanceled();
            }
        };
    }
}
