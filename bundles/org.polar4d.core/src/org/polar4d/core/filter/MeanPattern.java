package org.polar4d.core.filter;

import org.polar4d.core.pass.FrameReducer;

/**
 * The mean diffraction pattern of a scan (double precision). Each pass partition holds one sum
 * of {@code pixels} doubles until the merge.
 */
public final class MeanPattern implements FrameReducer<MeanPattern.Sum> {

    private final int pixels;

    public MeanPattern(int pixels) {
        this.pixels = pixels;
    }

    /** A partial sum. */
    public static final class Sum {
        final double[] values;
        long frames;

        Sum(int pixels) {
            values = new double[pixels];
        }

        /** The mean over the frames summed. */
        public double[] mean() {
            double[] m = values.clone();
            for (int p = 0; p < m.length; p++) {
                m[p] /= Math.max(1, frames);
            }
            return m;
        }
    }

    @Override
    public Sum newPartial() {
        return new Sum(pixels);
    }

    @Override
    public void accept(Sum sum, long index, float[] frames, int offset) {
        double[] v = sum.values;
        for (int p = 0; p < pixels; p++) {
            v[p] += frames[offset + p];
        }
        sum.frames++;
    }

    @Override
    public Sum merge(Sum left, Sum right) {
        for (int p = 0; p < pixels; p++) {
            left.values[p] += right.values[p];
        }
        left.frames += right.frames;
        return left;
    }
}
