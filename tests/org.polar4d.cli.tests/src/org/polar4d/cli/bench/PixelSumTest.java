package org.polar4d.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.polar4d.cli.bench.BenchReadCommand.PixelSum;

class PixelSumTest {

    /**
     * 16-bit counts in blocks of 2 frames, split in two partials; the first one adds 550 frames to each
     * element of its float sums, more than a float holds exactly without the flushes.
     */
    @Test
    void sumOfSixteenBitFramesIsExactAcrossFlushesAndMerges() {
        int pixels = 50;
        int block = 2;
        PixelSum reducer = new PixelSum(pixels);
        PixelSum.Total left = reducer.newPartial();
        PixelSum.Total right = reducer.newPartial();
        SplittableRandom random = new SplittableRandom(5);
        float[] frames = new float[block * pixels];
        long expected = 0;
        for (int index = 0; index < 1500; index++) {
            int offset = (index % block) * pixels;
            for (int p = 0; p < pixels; p++) {
                int v = random.nextInt(65536);
                frames[offset + p] = v;
                expected += v;
            }
            reducer.accept(index < 1100 ? left : right, index, frames, offset);
        }
        assertEquals((double) expected, reducer.merge(left, right).sum());
    }
}
