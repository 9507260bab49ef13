package org.polar4d.learn.demo;

import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * Progress of a run made of named stages (simulate, preprocess, train, …): each stage reports to its
 * own progress, e.g. one progress bar per stage on a console.
 */
@FunctionalInterface
public interface StageProgress {

    /**
     * Starts a stage; the previous stage is over.
     *
     * @param name short name, e.g. "train Conv (Proto)"
     * @param weight relative duration, for callers that show one overall fraction
     */
    Progress stage(String name, double weight) throws CanceledException;

    /** Stages reported as consecutive slices of one progress, in proportion to their weights. */
    static StageProgress of(Progress overall, double totalWeight) {
        double[] done = {0};
        return (name, weight) -> {
            overall.checkCanceled();
            double from = Math.min(1, done[0] / totalWeight);
            done[0] += weight;
            double to = Math.min(1, done[0] / totalWeight);
            Progress slice = overall.slice(from, to);
            return new Progress() {
                @Override
                public void update(double fraction, String message) {
                    slice.update(fraction, message == null ? name : name + ": " + message);
                }

                @Override
                public boolean isCanceled() {
                    return overall.isCanceled();
                }
            };
        };
    }
}
