package org.polar4d.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.data.Provenance;
import org.polar4d.core.data.ScanShape;

class OrientedDatasetTest {

    static final int ROWS = 3;
    static final int COLS = 4;
    static final int H = 2;
    static final int W = 5;

    /** value = scanRow, scanCol, frameRow, frameCol as decimal digits. */
    static float value(int sr, int sc, int fr, int fc) {
        return sr * 1000 + sc * 100 + fr * 10 + fc;
    }

    private static InMemoryDataset base() {
        float[] d = new float[ROWS * COLS * H * W];
        int i = 0;
        for (int sr = 0; sr < ROWS; sr++) {
            for (int sc = 0; sc < COLS; sc++) {
                for (int fr = 0; fr < H; fr++) {
                    for (int fc = 0; fc < W; fc++) {
                        d[i++] = value(sr, sc, fr, fc);
                    }
                }
            }
        }
        return new InMemoryDataset(new ScanShape(ROWS, COLS), new FrameShape(H, W), d, Calibration.NONE,
                Provenance.generated("t", Map.of()), null);
    }

    /** The documented semantics, written out naively: transpose first, then flip x, then flip y. */
    private static float expected(Orientation o, int r, int c, int y, int x) {
        int rows = o.transposeScan() ? COLS : ROWS;
        int cols = o.transposeScan() ? ROWS : COLS;
        int h = o.transposeFrame() ? W : H;
        int w = o.transposeFrame() ? H : W;
        int rr = o.flipScanY() ? rows - 1 - r : r;
        int cc = o.flipScanX() ? cols - 1 - c : c;
        int yy = o.flipFrameY() ? h - 1 - y : y;
        int xx = o.flipFrameX() ? w - 1 - x : x;
        int sr = o.transposeScan() ? cc : rr;
        int sc = o.transposeScan() ? rr : cc;
        int fr = o.transposeFrame() ? xx : yy;
        int fc = o.transposeFrame() ? yy : xx;
        return value(sr, sc, fr, fc);
    }

    @Test
    void everyCombinationOfOperations() throws IOException {
        for (int bits = 0; bits < 64; bits++) {
            Orientation o = new Orientation((bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0, (bits & 8) != 0,
                    (bits & 16) != 0, (bits & 32) != 0);
            Dataset4D ds = OrientedDataset.apply(base(), o);
            int rows = ds.scanShape().rows();
            int cols = ds.scanShape().cols();
            int h = ds.frameShape().height();
            int w = ds.frameShape().width();
            assertEquals(o.transposeScan() ? COLS : ROWS, rows);
            assertEquals(o.transposeFrame() ? W : H, h);
            // several block sizes and offsets: runs ascending, descending and broken
            for (int block : new int[] {1, 3, 5, 12}) {
                for (int first = 0; first < rows * cols; first += block) {
                    int count = Math.min(block, rows * cols - first);
                    float[] f = new float[count * h * w];
                    double[] d = new double[count * h * w];
                    ds.readFrames(first, count, f);
                    ds.readFramesExact(first, count, d);
                    for (int k = 0; k < count; k++) {
                        int r = (first + k) / cols;
                        int c = (first + k) % cols;
                        for (int y = 0; y < h; y++) {
                            for (int x = 0; x < w; x++) {
                                float e = expected(o, r, c, y, x);
                                int at = (k * h + y) * w + x;
                                assertEquals(e, f[at], 0.0, o + " block " + block + " frame " + (first + k));
                                assertEquals(e, d[at], 0.0, o + " exact");
                            }
                        }
                    }
                }
            }
            assertEquals(o.asOptions(), ds.provenance().options());
        }
    }
}
