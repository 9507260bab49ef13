package org.polar4d.core.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GaussianBlurTest {

    @Test
    void kernelSizeFollowsOpenCvForFloatImages() {
        assertEquals(17, GaussianBlur.kernelSize(2)); // round(17) | 1
        assertEquals(19, GaussianBlur.kernelSize(2.0625)); // round(17.5) = 18 (half-even) | 1
        assertEquals(19, GaussianBlur.kernelSize(2.1)); // round(17.8) = 18 | 1
        assertEquals(41, GaussianBlur.kernelSize(5));
    }

    @Test
    void kernelIsANormalisedGaussian() {
        float[] k = GaussianBlur.kernel(2);
        double sum = 0;
        for (float v : k) {
            sum += v;
        }
        assertEquals(1, sum, 1e-6);
        assertEquals(k[8 - 3], k[8 + 3]);
        assertEquals(Math.exp(-9 / 8.0), k[8 + 3] / k[8], 1e-6); // exp(-x^2 / 2σ^2) at x = 3
    }

    @Test
    void reflect101Borders() {
        assertArrayEquals(new int[] {2, 1, 0, 1, 2, 3, 4, 3, 2}, GaussianBlur.reflectTable(5, 2));
        assertEquals(0, GaussianBlur.reflect101(7, 1));
    }

    @Test
    void rowPassNearTheBorderReflects() {
        // 1xN image: the column pass is the identity, the row pass shows the border rule
        float[] k = GaussianBlur.kernel(2);
        int r = k.length / 2;
        float[] img = new float[30];
        img[1] = 1;
        GaussianBlur.blur(img, 0, 1, 30, 2);
        // reflect-101 puts a mirror image of the delta at column -1: out[c] = k[r + 1 - c] + k[r - 1 - c]
        assertEquals(k[r + 1] + k[r - 1], img[0], 1e-7);
        assertEquals(k[r] + k[r - 2], img[1], 1e-7);
        assertEquals(k[r - 1] + k[r - 3], img[2], 1e-7);
        assertEquals(k[r - 5] + k[r - 7], img[6], 1e-7);
        assertEquals(k[0], img[r + 1], 1e-7);
        assertEquals(0, img[r + 2], 0);
    }

    @Test
    void constantStaysConstantAndADeltaBecomesTheKernelProduct() {
        float[] flat = new float[64 * 64];
        java.util.Arrays.fill(flat, 0.7f);
        GaussianBlur.blur(flat, 0, 64, 64, 3.3);
        for (float v : flat) {
            assertEquals(0.7f, v, 1e-6f);
        }
        float[] delta = new float[64 * 64];
        delta[32 * 64 + 30] = 1;
        GaussianBlur.blur(delta, 0, 64, 64, 2.5);
        float[] k = GaussianBlur.kernel(2.5);
        int r = k.length / 2;
        for (int dy = -r; dy <= r; dy++) {
            for (int dx = -r; dx <= r; dx++) {
                assertEquals(k[r + dy] * k[r + dx], delta[(32 + dy) * 64 + 30 + dx], 1e-7);
            }
        }
    }
}
