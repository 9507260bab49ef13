package org.polar4d.learn;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.polar4d.core.patterns.ArrayPatternSet;

/**
 * A small synthetic polarization task for tests: each pattern shows a bright disk displaced from
 * the centre by 2.5 px in the class direction (x right, y up = towards row 0), with jitter and noise.
 */
public final class SyntheticPatterns {

    public static final Map<String, String> RECIPE = Map.of("crop", "centered", "size", "test", "normalize", "minmax");

    private SyntheticPatterns() {
    }

    public static ArrayPatternSet disks(int n, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] data = new float[n * size * size];
        int[] labels = new int[n];
        int[] rows = new int[n];
        for (int i = 0; i < n; i++) {
            int k = r.nextInt(8);
            labels[i] = k;
            rows[i] = i;
            double a = Math.toRadians(45 * k);
            double cx = (size - 1) / 2.0 + 2.5 * Math.cos(a) + 0.4 * r.nextGaussian();
            double cy = (size - 1) / 2.0 - 2.5 * Math.sin(a) + 0.4 * r.nextGaussian();
            double radius = size / 6.0;
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    double edge = radius - Math.hypot(x - cx, y - cy);
                    data[i * size * size + y * size + x] =
                            (float) (Math.max(0, Math.min(1, edge)) + 0.05 * r.nextGaussian());
                }
            }
        }
        return new ArrayPatternSet(size, size, data, labels, new int[n], rows, new int[n], List.of("disks-" + seed),
                RECIPE);
    }

    /** Patterns {@code 0 .. n-1} of a set, one after another. */
    public static float[] patterns(ArrayPatternSet set) {
        float[] out = new float[set.size() * set.pixels()];
        for (int i = 0; i < set.size(); i++) {
            set.read(i, out, i * set.pixels());
        }
        return out;
    }
}
