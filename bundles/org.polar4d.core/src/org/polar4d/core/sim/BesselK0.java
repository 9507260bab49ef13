package org.polar4d.core.sim;

/**
 * The modified Bessel function K₀ by the polynomial approximations 9.8.1, 9.8.5 and 9.8.6 of
 * Abramowitz &amp; Stegun, <i>Handbook of Mathematical Functions</i> (1964): absolute error below 1e-8
 * for x ≤ 2 and relative error below 2e-7 above.
 */
final class BesselK0 {

    private BesselK0() {
    }

    static double of(double x) {
        if (!(x > 0)) {
            throw new IllegalArgumentException("K0 needs x > 0, got " + x);
        }
        if (x <= 2) {
            double h = x / 2;
            double y = h * h;
            double series = -0.57721566 + y * (0.42278420 + y * (0.23069756 + y * (0.03488590 + y * (0.00262698
                    + y * (0.00010750 + y * 0.00000740)))));
            return -Math.log(h) * besselI0(x) + series;
        }
        double y = 2 / x;
        double poly = 1.25331414 + y * (-0.07832358 + y * (0.02189568 + y * (-0.01062446 + y * (0.00587872
                + y * (-0.00251540 + y * 0.00053208)))));
        return Math.exp(-x) / Math.sqrt(x) * poly;
    }

    /** I₀(x) for |x| ≤ 3.75 (Abramowitz &amp; Stegun 9.8.1). */
    private static double besselI0(double x) {
        double t = x / 3.75;
        double y = t * t;
        return 1 + y * (3.5156229 + y * (3.0899424 + y * (1.2067492 + y * (0.2659732 + y * (0.0360768
                + y * 0.0045813)))));
    }
}
