package org.polar4d.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BadPixelMapTest {

    @Test
    void findsHotDeadAndPairedPixelsButNotDiskEdges() {
        int h = 48;
        int w = 48;
        double[] mean = new double[h * w];
        for (int r = 0; r < h; r++) {
            for (int c = 0; c < w; c++) {
                double d = Math.hypot(r - 24, c - 24);
                mean[r * w + c] = (d <= 10 ? 500 : 5) + ((r * 13 + c * 7) % 3); // sharp disk edge, textured
            }
        }
        mean[5 * w + 5] = 400; // hot in the background
        mean[24 * w + 20] = 0; // dead inside the disk
        mean[40 * w + 10] = 300; // hot pair
        mean[40 * w + 11] = 280;
        BadPixelMap map = BadPixelMap.detect(mean, h, w, 5);
        assertArrayEquals(new int[] {5 * w + 5, 24 * w + 20, 40 * w + 10, 40 * w + 11}, map.pixels());
        assertEquals(3, map.hotCount());
        assertEquals(1, map.deadCount());
    }

    @Test
    void repairUsesTheMeanOfGoodNeighbours() {
        double[] mean = new double[16];
        java.util.Arrays.fill(mean, 1);
        mean[5] = 100;
        BadPixelMap map = BadPixelMap.detect(mean, 4, 4, 5);
        float[] frame = new float[16];
        for (int i = 0; i < 16; i++) {
            frame[i] = i;
        }
        float[] out = new float[16];
        map.repair(frame, 0, out, 0);
        // neighbours of (1,1): 0 1 2 4 6 8 9 10 -> mean 5
        assertEquals(5f, out[5]);
        assertEquals(6f, out[6]);
    }
}
