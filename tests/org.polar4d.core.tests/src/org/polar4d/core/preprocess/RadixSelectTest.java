package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class RadixSelectTest {

    private static void assertSelectsLikeSorting(float[] values) {
        RadixSelect select = new RadixSelect();
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        for (int k = 0; k < values.length; k += Math.max(1, values.length / 97)) {
            assertEquals(Float.floatToIntBits(sorted[k]), Float.floatToIntBits(select.select(values, 0, values.length, k)),
                    "rank " + k);
        }
        assertEquals(sorted[values.length - 1], select.select(values, 0, values.length, values.length - 1));
    }

    @Test
    void selectsEveryRankOfRandomFloats() {
        Random rnd = new Random(3);
        float[] v = new float[5000];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (rnd.nextGaussian() * 1e3);
        }
        assertSelectsLikeSorting(v);
    }

    @Test
    void handlesValuesInANarrowRangeAndTies() {
        Random rnd = new Random(4);
        float[] v = new float[4096];
        for (int i = 0; i < v.length; i++) {
            v[i] = 0.5f + rnd.nextInt(7) * Math.ulp(0.5f); // all in one exponent, many ties
        }
        assertSelectsLikeSorting(v);
    }

    @Test
    void ordersSpecialValuesLikeArraysSort() {
        float[] v = {3f, -0f, 0f, Float.NEGATIVE_INFINITY, -7.5f, Float.POSITIVE_INFINITY, 1e-40f, -1e-40f, 2f, 2f};
        assertSelectsLikeSorting(v);
    }

    @Test
    void respectsTheOffset() {
        float[] v = {100, 100, 5, 1, 3, 100};
        assertEquals(3f, new RadixSelect().select(v, 2, 3, 1));
    }

    @Test
    void rejectsRanksOutsideTheArray() {
        assertThrows(IllegalArgumentException.class, () -> new RadixSelect().select(new float[3], 0, 3, 3));
    }
}
