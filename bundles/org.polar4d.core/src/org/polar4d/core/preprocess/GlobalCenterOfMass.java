package org.polar4d.core.preprocess;

import org.polar4d.core.pass.FrameReducer;

/** Reducer of the global centre of mass: sums the per-frame {@link MaskCentroid} centres. */
public final class GlobalCenterOfMass implements FrameReducer<GlobalCenterOfMass.Sum> {

    private final int height;
    private final int width;
    // scratch space per thread, not per partition: the pass keeps every partial until it ends
    private final ThreadLocal<MaskCentroid> centroids;
    private final ThreadLocal<double[]> centres = ThreadLocal.withInitial(() -> new double[2]);

    public GlobalCenterOfMass(int height, int width, double percentile) {
        this.height = height;
        this.width = width;
        this.centroids = ThreadLocal.withInitial(() -> new MaskCentroid(percentile));
    }

    /** Partial sums of one partition. */
    public static final class Sum {
        private double rows;
        private double cols;
        private long frames;

        /** The mean centre over the frames summed. */
        public CentreOfMass result() {
            return new CentreOfMass(rows / frames, cols / frames, frames);
        }
    }

    @Override
    public Sum newPartial() {
        return new Sum();
    }

    @Override
    public void accept(Sum sum, long index, float[] frames, int offset) {
        double[] centre = centres.get();
        centroids.get().centre(frames, offset, height, width, centre);
        sum.rows += centre[0];
        sum.cols += centre[1];
        sum.frames++;
    }

    @Override
    public Sum merge(Sum left, Sum right) {
        left.rows += right.rows;
        left.cols += right.cols;
        left.frames += right.frames;
        return left;
    }
}
