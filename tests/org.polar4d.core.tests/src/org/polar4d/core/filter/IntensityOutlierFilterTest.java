package org.polar4d.core.filter;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class IntensityOutlierFilterTest {

    @Test
    void removesFarOutliersAndNonFiniteSums() {
        double[] sums = {100, 101, 99, 100, 102, 98, 1000, Double.NaN, 0};
        // median 100, MAD 1.5 -> scale 2.22; 1000 and 0 are far out, NaN is never kept
        assertArrayEquals(new boolean[] {true, true, true, true, true, true, false, false, false},
                IntensityOutlierFilter.keep(sums, 6));
    }

    @Test
    void fallsBackToTheMeanDeviationWhenTheMadIsZero() {
        double[] sums = new double[22];
        java.util.Arrays.fill(sums, 5);
        sums[20] = 6;
        sums[21] = 500; // MAD 0; mean deviation 22.5 -> scale 28.2, z(500) = 17.5
        boolean[] expected = new boolean[22];
        java.util.Arrays.fill(expected, true);
        expected[21] = false;
        assertArrayEquals(expected, IntensityOutlierFilter.keep(sums, 6));
        assertArrayEquals(new boolean[] {true, true}, IntensityOutlierFilter.keep(new double[] {3, 3}, 6));
    }
}
