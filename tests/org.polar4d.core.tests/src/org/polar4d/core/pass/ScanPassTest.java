package org.polar4d.core.pass;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

class ScanPassTest {

    private static InMemoryDataset randomDataset(int rows, int cols, int h, int w) {
        Random rnd = new Random(1);
        float[] data = new float[rows * cols * h * w];
        for (int i = 0; i < data.length; i++) {
            data[i] = rnd.nextFloat();
        }
        return new InMemoryDataset(new ScanShape(rows, cols), new FrameShape(h, w), data, Calibration.NONE,
                Provenance.generated("test", Map.of()), null);
    }

    /** Sum of every pixel (double) and per-position frame sums. */
    private static final class Sums implements FrameReducer<double[]> {
        final float[] perFrame;
        final int pixels;

        Sums(long frames, int pixels) {
            this.perFrame = new float[(int) frames];
            this.pixels = pixels;
        }

        @Override
        public double[] newPartial() {
            return new double[1];
        }

        @Override
        public void accept(double[] partial, long index, float[] frames, int offset) {
            float s = 0;
            for (int p = 0; p < pixels; p++) {
                s += frames[offset + p];
            }
            perFrame[(int) index] = s;
            partial[0] += s;
        }

        @Override
        public double[] merge(double[] left, double[] right) {
            return new double[] {left[0] + right[0]};
        }
    }

    @Test
    void resultIsIndependentOfThreadCount() throws Exception {
        InMemoryDataset ds = randomDataset(37, 29, 64, 64);
        Sums one = new Sums(ds.frameCount(), 64 * 64);
        Sums four = new Sums(ds.frameCount(), 64 * 64);
        double a = new ScanPass(ds, 1).run(one, Progress.NONE)[0];
        double b = new ScanPass(ds, 4).run(four, Progress.NONE)[0];
        assertEquals(a, b, 0.0);
        assertArrayEquals(one.perFrame, four.perFrame);
        double expected = 0;
        for (float v : ds.data()) {
            expected += v;
        }
        assertEquals(expected, a, 1e-6 * expected);
    }

    @Test
    void severalReducersShareOnePass() throws Exception {
        InMemoryDataset ds = randomDataset(4, 5, 8, 8);
        Sums s1 = new Sums(ds.frameCount(), 64);
        Sums s2 = new Sums(ds.frameCount(), 64);
        List<Object> results = ScanPass.of(ds).runAll(List.of(s1, s2), Progress.NONE);
        assertEquals(((double[]) results.get(0))[0], ((double[]) results.get(1))[0], 0.0);
    }

    @Test
    void cancelStopsThePass() {
        InMemoryDataset ds = randomDataset(8, 8, 16, 16);
        assertThrows(CanceledException.class,
                () -> new ScanPass(ds, 2).run(new Sums(ds.frameCount(), 256), Progress.CANCELED));
    }
}
