package org.polar4d.core.sim;

/** Derives independent, reproducible seeds from a user seed and a purpose or index. */
final class Seeds {

    private Seeds() {
    }

    /** SplitMix64 finaliser of seed ⊕ golden-ratio multiple of {@code stream}. */
    static long mix(long seed, long stream) {
        long z = seed + (stream + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
