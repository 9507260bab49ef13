package org.polar4d.core.vimage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.preprocess.TestData;
import org.polar4d.core.progress.Progress;

class VirtualImagesTest {

    private static final int H = 40;
    private static final int W = 44;

    /** Cone-topped disks (radius 7, 100 at the centre, 65 at the edge) on background 1, centres jittered around (19, 21). */
    private static InMemoryDataset disks(int rows, int cols) {
        Random rnd = new Random(12);
        float[] data = new float[rows * cols * H * W];
        for (int f = 0; f < rows * cols; f++) {
            double cy = 19 + rnd.nextDouble() * 2 - 1;
            double cx = 21 + rnd.nextDouble() * 2 - 1;
            for (int r = 0; r < H; r++) {
                for (int c = 0; c < W; c++) {
                    double dist = Math.hypot(r - cy, c - cx);
                    data[f * H * W + r * W + c] = dist <= 7 ? (float) (100 - 5 * dist) : 1;
                }
            }
        }
        return TestData.dataset(rows, cols, H, W, data, null);
    }

    @Test
    void brightFieldDarkFieldAndCentreOfMassMatchDirectSums() throws Exception {
        InMemoryDataset d = disks(4, 5);
        VirtualImages.Settings settings = VirtualImages.Settings.DEFAULT.withBrightField(5).withAnnulus(9, 15);
        VirtualImages.Result r = VirtualImages.compute(d, settings, 2, Progress.NONE);
        double cr = r.centreRow();
        double cc = r.centreCol();
        assertEquals(19, cr, 0.5);
        assertEquals(21, cc, 0.5);
        for (int f = 0; f < 20; f++) {
            double bf = 0;
            double adf = 0;
            double s = 0;
            double sr = 0;
            double sc = 0;
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    float v = d.data()[f * H * W + y * W + x];
                    double dist = Math.hypot(y - cr, x - cc);
                    bf += dist <= 5 ? v : 0;
                    adf += dist > 9 && dist <= 15 ? v : 0;
                    s += v;
                    sr += y * v;
                    sc += x * v;
                }
            }
            assertEquals(bf, r.brightField().values()[f], 1e-3);
            assertEquals(adf, r.darkField().values()[f], 1e-3);
            assertEquals(sr / s - cr, r.com().y().values()[f], 1e-4);
            assertEquals(sc / s - cc, r.com().x().values()[f], 1e-4);
        }
    }

    @Test
    void defaultRadiusIsTheDiskEdge() throws Exception {
        VirtualImages.Result r = VirtualImages.compute(disks(3, 3), VirtualImages.Settings.DEFAULT, 1, Progress.NONE);
        double area = r.bfMask().pixelCount();
        assertEquals(7, Math.sqrt(area / Math.PI), 1.0);
    }

    @Test
    void directionIsInTheLabelFrame() {
        // shift up (towards row 0) = +90°, shift right = 0°, shift down-left = -135°
        ComField f = new ComField(1, 3, new float[] {-1, 0, 2}, new float[] {0, 3, -2});
        assertEquals(90, f.direction().values()[0], 1e-5);
        assertEquals(0, f.direction().values()[1], 1e-5);
        assertEquals(-135, f.direction().values()[2], 1e-5);
        assertEquals(Math.hypot(2, 2), f.magnitude().values()[2], 1e-6);
    }
}
