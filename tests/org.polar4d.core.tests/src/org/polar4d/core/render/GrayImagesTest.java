package org.polar4d.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrayImagesTest {

    @TempDir
    Path dir;

    @Test
    void writesAScaledGrayPngWithClippedRange() throws Exception {
        float[] v = {0, 1, 2, 3, Float.NaN, 10};
        Path file = dir.resolve("map.png");
        GrayImages.writePng(v, 2, 3, new GrayImages.Range(0, 4), 2, file);
        BufferedImage img = ImageIO.read(file.toFile());
        assertEquals(6, img.getWidth());
        assertEquals(4, img.getHeight());
        assertEquals(0, img.getRaster().getSample(0, 0, 0));
        assertEquals(64, img.getRaster().getSample(2, 1, 0)); // 1/4 of 255, rounded
        assertEquals(191, img.getRaster().getSample(1, 2, 0)); // value 3 at (row 1, col 0)
        assertEquals(0, img.getRaster().getSample(3, 3, 0)); // NaN
        assertEquals(255, img.getRaster().getSample(5, 3, 0)); // 10, clipped
    }

    @Test
    void rangesAndScales() {
        assertEquals(new GrayImages.Range(-1, 5), GrayImages.Range.minMax(new float[] {5, Float.NaN, -1, 2}));
        float[] v = new float[101];
        for (int i = 0; i <= 100; i++) {
            v[i] = i;
        }
        v[100] = 1e9f;
        assertEquals(new GrayImages.Range(1, 99), GrayImages.Range.percentiles(v, 1, 99));
        assertEquals(4, GrayImages.scaleFor(128, 100, 512));
        assertEquals(1, GrayImages.scaleFor(1024, 10, 512));
    }
}
