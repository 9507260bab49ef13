package org.polar4d.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.preprocess.DatasetAnalysis;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.core.preprocess.TestData;
import org.polar4d.core.progress.Progress;

class ComShiftFilterTest {

    private static final PreprocessingRecipe RECIPE = PreprocessingRecipe.PAPER.withCropSize(4);

    private static DatasetAnalysis analyse(InMemoryDataset d) throws Exception {
        return DatasetAnalysis.run(d, "test", RECIPE, FilterSettings.PAPER, 2, Progress.NONE);
    }

    @Test
    void handComputedSpots() throws Exception {
        // 5x5 frames with one bright pixel at (2,2), (2,2), (2,2), (2,4) and an empty frame.
        // P95 mask = the bright pixel; empty frame -> (2, 2). Global CoM (2, 2.4).
        // Shifts 0.4, 0.4, 0.4, 1.6, 0 (zero intensity) -> normalised .25 .25 .25 1 0, mean .35 -> keep frame 3.
        float[] data = new float[5 * 25];
        data[0 * 25 + 12] = 10;
        data[1 * 25 + 12] = 10;
        data[2 * 25 + 12] = 10;
        data[3 * 25 + 14] = 10;
        DatasetAnalysis a = analyse(TestData.dataset(1, 5, 5, 5, data, null));
        assertEquals(2.0, a.reference().globalCom().row(), 1e-12);
        assertEquals(2.4, a.reference().globalCom().col(), 1e-12);
        assertArrayEquals(new boolean[] {false, false, false, true, false}, a.keep());
        assertEquals(4, a.report().removedByComShift());
        assertEquals(4, a.report().removed());
        assertEquals(1, a.keptCount());
    }

    @Test
    void agreesWithTheLiteralAlgorithmOnARandomField() throws Exception {
        InMemoryDataset d = TestData.disks(8, 8, 20, 24, 9.5, 11.5, 3, 8, null);
        DatasetAnalysis a = analyse(d);
        // literal PAPER §6: global min-max of the stack, weighted CoM, distance to the global CoM
        float[] v = d.data();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float x : v) {
            min = Math.min(min, x);
            max = Math.max(max, x);
        }
        double[] mag = new double[64];
        for (int f = 0; f < 64; f++) {
            double s = 0;
            double sr = 0;
            double sc = 0;
            for (int r = 0; r < 20; r++) {
                for (int c = 0; c < 24; c++) {
                    double n = (v[f * 480 + r * 24 + c] - min) / (max - min + 1e-8);
                    s += n;
                    sr += r * n;
                    sc += c * n;
                }
            }
            mag[f] = Math.hypot(sr / s - a.reference().globalCom().row(), sc / s - a.reference().globalCom().col());
        }
        double lo = java.util.Arrays.stream(mag).min().orElseThrow();
        double hi = java.util.Arrays.stream(mag).max().orElseThrow();
        double mean = java.util.Arrays.stream(mag).map(m -> (m - lo) / (hi - lo)).average().orElseThrow();
        int kept = 0;
        for (int f = 0; f < 64; f++) {
            boolean keep = (mag[f] - lo) / (hi - lo) > mean;
            assertEquals(keep, a.keep()[f], "frame " + f);
            kept += keep ? 1 : 0;
        }
        assertEquals(64 - kept, a.report().removedByComShift());
    }

    @Test
    void identicalFramesAreAllRemovedAsInThePaper() throws Exception {
        float[] data = new float[4 * 25];
        for (int f = 0; f < 4; f++) {
            data[f * 25 + 7] = 5;
        }
        DatasetAnalysis a = analyse(TestData.dataset(2, 2, 5, 5, data, null));
        assertEquals(4, a.report().removedByComShift());
    }

    @Test
    void keepRuleOnMagnitudes() {
        assertArrayEquals(new boolean[] {false, false, true, true}, ComShiftFilter.keep(new double[] {0, 1, 2, 3}));
        assertArrayEquals(new boolean[] {false, false}, ComShiftFilter.keep(new double[] {2, 2}));
    }
}
