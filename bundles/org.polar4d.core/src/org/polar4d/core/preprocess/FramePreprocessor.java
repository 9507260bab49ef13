package org.polar4d.core.preprocess;

import org.polar4d.core.data.FrameShape;

/**
 * Turns one raw frame of a measured dataset into one pattern, exactly as in training: condition
 * (bad pixels, binning), crop S×S around the global centre of mass (or the frame's own centre),
 * optional log scaling, min-max to [0, 1]. Immutable and shareable; each thread uses its own
 * {@link Worker}.
 *
 * <pre>
 * DatasetReference ref = DatasetReference.measure(dataset, recipe, threads, progress);
 * FramePreprocessor.Worker w = new FramePreprocessor(recipe, ref).newWorker();
 * dataset.readFrames(first, count, frames);
 * for (int i = 0; i &lt; count; i++) w.process(frames, i * framePixels, patterns, i * w.pixels());
 * </pre>
 */
public final class FramePreprocessor {

    private final PreprocessingRecipe recipe;
    private final DatasetReference reference;
    private final int size;

    public FramePreprocessor(PreprocessingRecipe recipe, DatasetReference reference) {
        FrameShape shape = reference.frameShape();
        if (reference.conditioner().binning() != recipe.binning()) {
            throw new IllegalArgumentException("dataset reference was measured with binning "
                    + reference.conditioner().binning() + " but the recipe bins by " + recipe.binning());
        }
        if (shape.height() < recipe.cropSize() || shape.width() < recipe.cropSize()) {
            throw new IllegalArgumentException("frames of " + shape + " are smaller than the " + recipe.cropSize() + "x"
                    + recipe.cropSize() + " crop");
        }
        this.recipe = recipe;
        this.reference = reference;
        this.size = recipe.cropSize();
    }

    public PreprocessingRecipe recipe() {
        return recipe;
    }

    public DatasetReference reference() {
        return reference;
    }

    /** Side S of the square patterns. */
    public int patternSize() {
        return size;
    }

    /** Origin (row, col) of the crop around the global centre of mass. */
    public int[] globalCropOrigin() {
        FrameShape s = reference.frameShape();
        return new int[] {recipe.cropMode().origin(reference.globalCom().row(), s.height(), size),
            recipe.cropMode().origin(reference.globalCom().col(), s.width(), size)};
    }

    public Worker newWorker() {
        return new Worker();
    }

    /** Scratch space for one thread. */
    public final class Worker {
        private final FrameConditioner.Worker conditioner = reference.conditioner().newWorker();
        private final MaskCentroid centroid = recipe.alignment() == Alignment.PER_FRAME
                ? new MaskCentroid(recipe.comPercentile()) : null;
        private final double[] centre = new double[2];
        private final int[] origin = globalCropOrigin();

        /** Floats per pattern, S·S. */
        public int pixels() {
            return size * size;
        }

        /**
         * Writes the pattern of the raw frame at {@code frame[offset ..]} to {@code dst[dstOffset ..]}
         * (S·S floats, row-major).
         */
        public void process(float[] frame, int offset, float[] dst, int dstOffset) {
            conditioner.condition(frame, offset);
            float[] f = conditioner.frame();
            int o = conditioner.offset();
            FrameShape shape = reference.frameShape();
            int r0 = origin[0];
            int c0 = origin[1];
            if (centroid != null) {
                centroid.centre(f, o, shape.height(), shape.width(), centre);
                r0 = recipe.cropMode().origin(centre[0], shape.height(), size);
                c0 = recipe.cropMode().origin(centre[1], shape.width(), size);
            }
            float min = Float.POSITIVE_INFINITY;
            float max = Float.NEGATIVE_INFINITY;
            for (int r = 0; r < size; r++) {
                int src = o + (r0 + r) * shape.width() + c0;
                int d = dstOffset + r * size;
                for (int c = 0; c < size; c++) {
                    float x = f[src + c];
                    dst[d + c] = x;
                    min = Math.min(min, x);
                    max = Math.max(max, x);
                }
            }
            int n = size * size;
            if (recipe.logScale()) {
                for (int i = dstOffset; i < dstOffset + n; i++) {
                    dst[i] = (float) Math.log1p(dst[i] - min);
                }
                max = (float) Math.log1p(max - min);
                min = 0f;
            }
            float denominator = (float) ((double) (max - min) + PreprocessingRecipe.EPSILON);
            for (int i = dstOffset; i < dstOffset + n; i++) {
                dst[i] = (dst[i] - min) / denominator;
            }
        }
    }
}
