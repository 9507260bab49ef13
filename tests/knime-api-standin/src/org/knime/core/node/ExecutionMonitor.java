package org.knime.core.node;

public class ExecutionMonitor {

    public ExecutionMonitor() {
    }

    public void checkCanceled() throws CanceledExecutionException {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void setProgress(final double progress, final String message) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void setProgress(final double progress) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public void setMessage(final String message) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }

    public ExecutionMonitor createSubProgress(final double maxProg) {
        throw new UnsupportedOperationException("KNIME API stand-in");
    }
}
