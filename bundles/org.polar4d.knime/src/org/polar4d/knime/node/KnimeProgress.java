package org.polar4d.knime.node;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.polar4d.core.progress.Progress;

/**
 * Engine progress and cancellation bridged to a KNIME {@link ExecutionMonitor}: updates become the node's progress
 * bar and message, the node's cancel button becomes {@link Progress#isCanceled()}. KNIME's monitor is thread-safe,
 * so engine worker threads may report directly.
 */
public final class KnimeProgress implements Progress {

    private final ExecutionMonitor exec;

    public KnimeProgress(ExecutionMonitor exec) {
        this.exec = exec;
    }

    @Override
    public void update(double fraction, String message) {
        double f = Double.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
        if (message == null) {
            exec.setProgress(f);
        } else {
            exec.setProgress(f, message);
        }
    }

    @Override
    public boolean isCanceled() {
        try {
            exec.checkCanceled();
            return false;
        } catch (CanceledExecutionException e) {
            return true;
        }
    }
}
