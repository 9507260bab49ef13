package org.polar4d.core.render;

import java.awt.Color;

/** Hatching patterns for bars, drawn as line segments clipped to the bar (works on every canvas). */
final class Hatch {

    /** Number of distinct patterns (0 = none). */
    static final int PATTERNS = 5;
    private static final double SPACING = 6;

    private Hatch() {
    }

    /** Hatches the rectangle with pattern {@code p} (0 none, 1 ╱, 2 ╲, 3 ╳, 4 horizontal). */
    static void fill(Canvas c, double x, double y, double w, double h, int p, Color color) {
        int pattern = p % PATTERNS;
        if (pattern == 1 || pattern == 3) {
            diagonal(c, x, y, w, h, 1, color);
        }
        if (pattern == 2 || pattern == 3) {
            diagonal(c, x, y, w, h, -1, color);
        }
        if (pattern == 4) {
            for (double yy = y + h - SPACING / 2; yy > y; yy -= SPACING) {
                c.line(x, yy, x + w, yy, color, 0.8);
            }
        }
    }

    private static void diagonal(Canvas c, double x, double y, double w, double h, int sign, Color color) {
        for (double d = -h; d < w; d += SPACING) {
            // line through (x + d, y + h) rising to the right (sign 1) or falling (sign −1)
            double x1 = sign > 0 ? x + d : x + d + h;
            double x2 = sign > 0 ? x + d + h : x + d;
            double[] s = clip(x1, y + h, x2, y, x, y, x + w, y + h);
            if (s != null) {
                c.line(s[0], s[1], s[2], s[3], color, 0.8);
            }
        }
    }

    /** Liang–Barsky clipping of a segment to a rectangle; null if nothing is left. */
    static double[] clip(double x1, double y1, double x2, double y2, double xmin, double ymin, double xmax,
            double ymax) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - xmin, xmax - x1, y1 - ymin, ymax - y1};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        if (t0 >= t1) {
            return null;
        }
        return new double[] {x1 + t0 * dx, y1 + t0 * dy, x1 + t1 * dx, y1 + t1 * dy};
    }
}
