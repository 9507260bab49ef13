package org.polar4d.knime.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

class KnimeProgressTest {

    /** Records what the engine reports, like KNIME's monitor would show it. */
    static final class RecordingMonitor extends ExecutionMonitor {
        final List<String> updates = new ArrayList<>();
        volatile boolean canceled;

        @Override
        public void setProgress(double progress, String message) {
            updates.add(progress + " " + message);
        }

        @Override
        public void setProgress(double progress) {
            updates.add(Double.toString(progress));
        }

        @Override
        public void checkCanceled() throws CanceledExecutionException {
            if (canceled) {
                throw new CanceledExecutionException();
            }
        }
    }

    @Test
    void forwardsProgressClampedToUnitInterval() {
        RecordingMonitor exec = new RecordingMonitor();
        Progress p = new KnimeProgress(exec);
        p.update(0.25, "Reading frames");
        p.update(1.5, null);
        p.update(Double.NaN, "x");
        p.slice(0.5, 1.0).update(0.5, "half of second half");
        assertEquals(List.of("0.25 Reading frames", "1.0", "0.0 x", "0.75 half of second half"), exec.updates);
    }

    @Test
    void theCancelButtonStopsEngineWork() {
        RecordingMonitor exec = new RecordingMonitor();
        Progress p = new KnimeProgress(exec);
        assertFalse(p.isCanceled());
        exec.canceled = true;
        assertTrue(p.isCanceled());
        assertThrows(CanceledException.class, p::checkCanceled);
    }
}
