package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.filter.BadPixelMap;

class FramePreprocessorTest {

    private static float[] ramp(int h, int w) {
        float[] f = new float[h * w];
        for (int i = 0; i < f.length; i++) {
            f[i] = i;
        }
        return f;
    }

    private static float[] random(int n, long seed) {
        Random rnd = new Random(seed);
        float[] f = new float[n];
        for (int i = 0; i < n; i++) {
            f[i] = (float) (1000 * rnd.nextDouble());
        }
        return f;
    }

    private static float[] process(PreprocessingRecipe recipe, DatasetReference ref, float[] frame) {
        FramePreprocessor.Worker w = new FramePreprocessor(recipe, ref).newWorker();
        float[] out = new float[w.pixels()];
        w.process(frame, 0, out, 0);
        return out;
    }

    /** The S×S window at (r0, c0), min-max normalised the way numpy does it in float32. */
    private static float[] expectedCrop(float[] frame, int w, int r0, int c0, int s) {
        float[] crop = new float[s * s];
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (int r = 0; r < s; r++) {
            for (int c = 0; c < s; c++) {
                float v = frame[(r0 + r) * w + c0 + c];
                crop[r * s + c] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        float d = (float) ((double) (max - min) + 1e-8);
        for (int i = 0; i < crop.length; i++) {
            crop[i] = (crop[i] - min) / d;
        }
        return crop;
    }

    @Test
    void minMaxOfAHandComputedCrop() {
        // 4x4 frame 0..15, global CoM (1.4, 2.6): centred 2x2 crop at rint(0.4) = 0, rint(1.6) = 2 -> [2 3; 6 7]
        PreprocessingRecipe recipe = PreprocessingRecipe.PAPER.withCropSize(2);
        float[] out = process(recipe, DatasetReference.of(new FrameShape(4, 4), 1.4, 2.6), ramp(4, 4));
        float d = (float) (5 + 1e-8);
        assertArrayEquals(new float[] {0 / d, 1 / d, 4 / d, 5 / d}, out, 0f);
    }

    @Test
    void cropIsCentredOnTheCentreOfMassOrMirrored() {
        int h = 128;
        int w = 96;
        float[] frame = random(h * w, 5);
        double cy = 50.3; // 13.7 above the image centre 64
        double cx = 55.8; // 7.8 right of the image centre 48
        PreprocessingRecipe centred = PreprocessingRecipe.PAPER.withCropSize(16);
        DatasetReference ref = DatasetReference.of(new FrameShape(h, w), cy, cx);
        assertArrayEquals(expectedCrop(frame, w, 42, 48, 16), process(centred, ref, frame), 0f); // rint(42.3), rint(47.8)
        // mirrored: rint(128 - 50.3 - 8) = 70, rint(96 - 55.8 - 8) = 32
        assertArrayEquals(expectedCrop(frame, w, 70, 32, 16),
                process(centred.withCropMode(CropMode.REFERENCE_MIRRORED), ref, frame), 0f);
    }

    @Test
    void perFrameAlignmentFollowsTheDisk() {
        int h = 64;
        int w = 64;
        float[] frame = new float[h * w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double d2 = (r - 20.0) * (r - 20.0) + (c - 41.0) * (c - 41.0);
                frame[r * w + c] = (float) Math.exp(-d2 / 8) + 0.001f * ((r * 7 + c * 3) % 5);
            }
        }
        PreprocessingRecipe recipe = PreprocessingRecipe.PAPER.withCropSize(16).withAlignment(Alignment.PER_FRAME);
        DatasetReference ref = DatasetReference.of(new FrameShape(h, w), 32, 32); // global CoM elsewhere
        double[] c = TestData.centreBySorting(frame, 0, h, w, 95);
        int r0 = (int) Math.rint(c[0] - 8);
        int c0 = (int) Math.rint(c[1] - 8);
        assertArrayEquals(expectedCrop(frame, w, r0, c0, 16), process(recipe, ref, frame), 0f);
    }

    @Test
    void logScaleAppliesLog1pAboveTheMinimumBeforeMinMax() {
        float[] frame = {1, 3, 7, 15};
        PreprocessingRecipe recipe = PreprocessingRecipe.PAPER.withCropSize(2).withLogScale(true);
        float[] out = process(recipe, DatasetReference.of(new FrameShape(2, 2), 1, 1), frame);
        float top = (float) Math.log1p(14);
        float d = (float) (top + 1e-8);
        assertArrayEquals(new float[] {0, (float) Math.log1p(2) / d, (float) Math.log1p(6) / d, top / d}, out, 1e-7f);
    }

    @Test
    void binningAveragesBlocksAndDropsTheRemainder() {
        // 5x4 frame binned by 2 -> 2x2 of block means (row 4 dropped)
        float[] frame = ramp(5, 4);
        PreprocessingRecipe recipe = PreprocessingRecipe.PAPER.withCropSize(2).withBinning(2);
        DatasetReference ref = DatasetReference.of(new FrameShape(5, 4), recipe, 1, 1);
        FrameConditioner.Worker c = ref.conditioner().newWorker();
        c.condition(frame, 0);
        float[] binned = java.util.Arrays.copyOfRange(c.frame(), c.offset(), c.offset() + 4);
        assertArrayEquals(new float[] {2.5f, 4.5f, 10.5f, 12.5f}, binned, 0f);
        float d = (float) (10 + 1e-8);
        assertArrayEquals(new float[] {0, 2 / d, 8 / d, 10 / d}, process(recipe, ref, frame), 0f);
    }

    @Test
    void badPixelsAreRepairedBeforeTheCrop() {
        float[] frame = new float[9];
        java.util.Arrays.fill(frame, 2f);
        frame[4] = 1000f;
        double[] mean = new double[9];
        for (int i = 0; i < 9; i++) {
            mean[i] = frame[i];
        }
        BadPixelMap bad = BadPixelMap.detect(mean, 3, 3, 5);
        FrameConditioner conditioner = new FrameConditioner(new FrameShape(3, 3), bad, 1);
        FrameConditioner.Worker w = conditioner.newWorker();
        w.condition(frame, 0);
        assertArrayEquals(new float[] {2, 2, 2, 2, 2, 2, 2, 2, 2},
                java.util.Arrays.copyOfRange(w.frame(), w.offset(), w.offset() + 9), 0f);
    }

    @Test
    void rejectsCropsLargerThanTheFrame() {
        assertThrows(IllegalArgumentException.class,
                () -> new FramePreprocessor(PreprocessingRecipe.PAPER, DatasetReference.of(new FrameShape(32, 128), 16, 64)));
    }
}
