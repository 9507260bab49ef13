package org.polar4d.learn.predict;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.function.IntUnaryOperator;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

class PredictorTest {

    private static final PreprocessingRecipe RECIPE = PreprocessingRecipe.PAPER;
    /** Four quadrants of classes 0, 2, 5, 7 on a 12 × 10 scan, with class 3 at (6, 6). */
    private static final ScanShape SCAN = new ScanShape(12, 10);
    private static final IntUnaryOperator CLASSES = i -> {
        int r = SCAN.rowOf(i);
        int c = SCAN.colOf(i);
        if (r == 6 && c == 6) {
            return 3;
        }
        return r < 6 ? (c < 5 ? 0 : 2) : (c < 5 ? 5 : 7);
    };

    private static ShiftedDiskDataset dataset() {
        return new ShiftedDiskDataset(SCAN, new FrameShape(96, 96), CLASSES);
    }

    @Test
    void predictsEveryPositionFromPreprocessedFrames() throws Exception {
        CentroidModel model = new CentroidModel("centroid seed 1", 0, RECIPE);
        PredictionTable t = new Predictor(List.of(model)).predict(dataset(), Progress.NONE);
        assertEquals(SCAN, t.scanShape());
        for (int i = 0; i < t.positions(); i++) {
            assertEquals(CLASSES.applyAsInt(i), t.classIndex(i), "position " + i);
            assertEquals(1.0, t.agreement(i), 0);
            assertEquals(0.75, t.confidence(i), 1e-6);
        }
        assertEquals(SCAN.positions(), model.patterns(), "every frame predicted exactly once");
        assertEquals("centroid seed 1", t.metadata("model").orElseThrow());
        assertEquals("0.4 nm", t.metadata(Predictor.KEY_SCAN_STEP).orElseThrow());
        assertEquals("RU", t.metadata(PredictionTable.KEY_LABEL).orElseThrow());
        assertTrue(t.metadata(Predictor.KEY_RECIPE).orElseThrow().startsWith("64x64 crop"));
        String[] com = t.metadata(Predictor.KEY_GLOBAL_COM).orElseThrow().split(", ");
        // the disks average out close to the frame centre (48, 48): within the shift of 4 px
        assertEquals(48, Double.parseDouble(com[0]), 4);
        assertEquals(48, Double.parseDouble(com[1]), 4);
    }

    @Test
    void resultDoesNotDependOnThreadsOrBatchSize() throws Exception {
        PredictionTable one = new Predictor(List.of(new CentroidModel("m", 0, RECIPE))).withThreads(1)
                .withBatchSize(7).predict(dataset(), Progress.NONE);
        PredictionTable two = new Predictor(List.of(new CentroidModel("m", 0, RECIPE))).withThreads(2)
                .predict(dataset(), Progress.NONE);
        assertArrayEquals(one.classMap(), two.classMap());
        for (int i = 0; i < one.positions(); i++) {
            assertEquals(one.angleDegrees(i), two.angleDegrees(i), 1e-4);
            assertArrayEquals(one.scores(i), two.scores(i), 0f);
        }
    }

    @Test
    void ensembleVotesAndRecordsAgreement() throws Exception {
        CentroidModel a = new CentroidModel("a", 0, RECIPE);
        CentroidModel b = new CentroidModel("b", 1, RECIPE); // always one class further
        CentroidModel c = new CentroidModel("c", 0, RECIPE);
        Predictor p = new Predictor(List.of(a, b, c));
        List<PredictionTable> each = p.predictEach(dataset(), Progress.NONE);
        assertEquals(3, each.size());
        assertEquals((CLASSES.applyAsInt(0) + 1) % 8, each.get(1).classIndex(0));
        PredictionTable vote = p.predict(dataset(), Progress.NONE);
        for (int i = 0; i < vote.positions(); i++) {
            assertEquals(CLASSES.applyAsInt(i), vote.classIndex(i));
            assertEquals(2.0 / 3, vote.agreement(i), 1e-6);
        }
        assertEquals("ensemble of 3: a + b + c", vote.metadata("model").orElseThrow());
        assertEquals("3", vote.metadata("models").orElseThrow());
        assertEquals("0.4 nm", vote.metadata(Predictor.KEY_SCAN_STEP).orElseThrow(), "common metadata kept");
    }

    @Test
    void modelsWithDifferentRecipesCannotVoteTogether() {
        CentroidModel a = new CentroidModel("cnn seed 1", 0, RECIPE);
        CentroidModel b = new CentroidModel("pca k=5", 0, RECIPE.withCropSize(48));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Predictor(List.of(a, b)));
        assertTrue(e.getMessage().contains("'cnn seed 1' uses 64x64 crop") && e.getMessage().contains(
                "'pca k=5' uses 48x48 crop"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new Predictor(List.of()));
    }

    @Test
    void modelInputMustMatchItsRecipe() {
        CentroidModel odd = new CentroidModel("odd", 0, RECIPE) {
            @Override
            public int inputHeight() {
                return 32;
            }
        };
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Predictor(List.of(odd)));
        assertTrue(e.getMessage().contains("takes 32x64 patterns, but its recipe cuts 64x64"), e.getMessage());
    }

    @Test
    void framesSmallerThanTheCropAreRefused() {
        ShiftedDiskDataset small = new ShiftedDiskDataset(new ScanShape(2, 2), new FrameShape(48, 48), i -> 0);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Predictor(List.of(new CentroidModel("m", 0, RECIPE))).predict(small, Progress.NONE));
        assertTrue(e.getMessage().contains("smaller than the 64x64 crop"), e.getMessage());
    }

    /** Cancels once the reported progress passes {@code at}; one thread, so the point is deterministic. */
    private static Progress cancelAfter(double at) {
        return new Progress() {
            private volatile double done;

            @Override
            public void update(double fraction, String message) {
                done = fraction;
            }

            @Override
            public boolean isCanceled() {
                return done > at;
            }
        };
    }

    @Test
    void cancelStopsTheMeasuringAndThePredictingPass() {
        for (double at : new double[] {0.0, 0.3}) {
            CentroidModel model = new CentroidModel("m", 0, RECIPE);
            assertThrows(CanceledException.class, () -> new Predictor(List.of(model)).withThreads(1)
                    .predict(dataset(), cancelAfter(at)), "cancel after " + at);
            assertTrue(model.patterns() < SCAN.positions(), "stopped early: " + model.patterns());
        }
    }

    /**
     * A 92 × 92 scan of 256 × 256 float frames is 2.2 GB, more than the test heap (2 GB): it can only
     * be predicted by streaming. Frames are read in small blocks and the model sees bounded batches,
     * never two calls at once.
     */
    @Test
    void streamsAScanLargerThanTheHeap() throws IOException, CanceledException {
        ScanShape scan = new ScanShape(92, 92);
        IntUnaryOperator diagonals = i -> (i / 92 + i % 92) % 8;
        ShiftedDiskDataset big = new ShiftedDiskDataset(scan, new FrameShape(256, 256), diagonals);
        assertTrue(big.dataBytes() > Runtime.getRuntime().maxMemory(),
                big.dataBytes() + " bytes vs heap " + Runtime.getRuntime().maxMemory());
        CentroidModel model = new CentroidModel("m", 0, RECIPE);
        PredictionTable t = new Predictor(List.of(model)).predict(big, Progress.NONE);
        assertEquals(92 * 92, t.predictedCount());
        for (int i = 0; i < t.positions(); i += 37) {
            assertEquals(diagonals.applyAsInt(i), t.classIndex(i), "position " + i);
        }
        assertTrue(model.largestBatch() <= Predictor.DEFAULT_BATCH, "batch of " + model.largestBatch());
        assertTrue(big.largestRead() <= 16, "read " + big.largestRead() + " frames at once (4 MB blocks)");
        assertFalse(model.calledConcurrently());
    }
}
