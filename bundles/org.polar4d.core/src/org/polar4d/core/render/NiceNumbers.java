package org.polar4d.core.render;

import java.util.ArrayList;
import java.util.List;

/** Round numbers (1, 2 or 5 × 10ⁿ) for axis ticks and scale bars. */
final class NiceNumbers {

    private NiceNumbers() {
    }

    /** The largest 1, 2 or 5 × 10ⁿ not above {@code x} (x > 0). */
    static double floor125(double x) {
        double p = Math.pow(10, Math.floor(Math.log10(x)));
        double m = x / p;
        return (m >= 5 ? 5 : m >= 2 ? 2 : 1) * p;
    }

    /** Tick values in [min, max] at a 1-2-5 step giving about {@code target} ticks. */
    static List<Double> ticks(double min, double max, int target) {
        List<Double> ticks = new ArrayList<>();
        if (!(max > min)) {
            ticks.add(min);
            return ticks;
        }
        double raw = (max - min) / Math.max(1, target);
        double step = floor125(raw);
        if ((max - min) / step > target * 1.6) {
            step = floor125(step * 2.5);
        }
        for (double v = Math.ceil(min / step - 1e-9) * step; v <= max + step * 1e-9; v += step) {
            ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
        }
        return ticks;
    }

    /** {@code v} without a trailing ".0", with up to 3 significant decimals. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = String.format(java.util.Locale.ROOT, "%.3f", v);
        return s.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
