package org.polar4d.learn.train;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Pattern indices of a train / validation / test split. */
public record DataSplit(int[] train, int[] validation, int[] test) {

    /**
     * Shuffles {@code 0..n-1} with {@code seed} and cuts it into round(n·trainFraction) training,
     * round(n·validationFraction) validation and the remaining test indices.
     */
    public static DataSplit of(int n, double trainFraction, double validationFraction, long seed) {
        int[] order = permutation(n, new SplittableRandom(seed));
        int nTrain = (int) Math.min(n, Math.round(n * trainFraction));
        int nVal = (int) Math.min(n - nTrain, Math.round(n * validationFraction));
        return new DataSplit(Arrays.copyOfRange(order, 0, nTrain), Arrays.copyOfRange(order, nTrain, nTrain + nVal),
                Arrays.copyOfRange(order, nTrain + nVal, n));
    }

    /** A uniformly random permutation of 0..n-1 (Fisher–Yates). */
    public static int[] permutation(int n, SplittableRandom random) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        shuffle(p, random);
        return p;
    }

    /** Shuffles in place (Fisher–Yates). */
    public static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
