package org.polar4d.cli.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.polar4d.cli.bench.BenchReadCommand.PixelSum;

class PixelSumTest {

    /** 16-bit counts over more frames than one float flush holds, in blocks of 3 frames, split in two partials. */
    @Test
    void sumOfSixteenBitFramesIsExactAcrossFlushesAndMerges() {
        int pixels = 50;
        int block = 3;
        PixelSum reducer = new PixelSum(pixels);
        PixelSum.Total left = reducer.newPartial();
        PixelSum.Total right = reducer.newPartial();
        SplittableRandom random = new SplittableRandom(5);
        float[] frames = new float[block * pixels];
        long expected = 0;
        for (int index = 0; index < 1000; index++) {
            int offset = (index % block) * pixels;
            for (int p = 0; p < pixels; p++) {
                int v = random.nextInt(65536);
                frames[offset + p] = v;
                expected += v;
            }
            reducer.accept(index < 700 ? left : right, index, frames, offset);
        }
        assertEquals((double) expected, reducer.merge(left, right).sum());
    }
}
