package org.polar4d.core.augment;

import java.util.random.RandomGenerator;

/** Parameter draws and range checks shared by the augmentations. */
final class Ranges {

    private Ranges() {
    }

    /** U(a, b); a when a == b. */
    static double uniform(RandomGenerator random, double a, double b) {
        return a + (b - a) * random.nextDouble();
    }

    static void check(String what, double min, double max, double lowest, double highest) {
        if (!(min <= max) || min < lowest || max > highest) {
            throw new IllegalArgumentException(what + " range must satisfy " + lowest + " <= min <= max <= " + highest
                    + ", got [" + min + ", " + max + "]");
        }
    }

    static void clip01(float[] p, int offset, int n) {
        for (int i = offset; i < offset + n; i++) {
            float x = p[i];
            p[i] = x < 0f ? 0f : (x > 1f ? 1f : x);
        }
    }
}
