package org.polar4d.core.render;

import java.awt.Color;

/** Filled arrows (shaft and head as one polygon) with an outline that keeps light colours visible. */
final class Arrow {

    private Arrow() {
    }

    /**
     * Draws an arrow from (x, y) towards screen direction (ux, uy) (unit vector, y down).
     *
     * @param length total length in pixels
     * @param width shaft width in pixels; the head is 3× as wide and {@code 2.5 × width} long
     */
    static void draw(Canvas c, double x, double y, double ux, double uy, double length, double width, Color fill,
            Color outline) {
        double head = Math.min(length * 0.5, 2.6 * width);
        double shaft = length - head;
        double px = -uy;
        double py = ux;
        double hw = width / 2;
        double hh = 1.5 * width;
        double bx = x + ux * shaft;
        double by = y + uy * shaft;
        double[] xs = {x + px * hw, bx + px * hw, bx + px * hh, x + ux * length, bx - px * hh, bx - px * hw, x - px * hw};
        double[] ys = {y + py * hw, by + py * hw, by + py * hh, y + uy * length, by - py * hh, by - py * hw, y - py * hw};
        c.polygon(xs, ys, fill, outline, Math.max(0.6, width * 0.35));
    }

    /** Screen direction (y down) of a direction angle in the label frame (x right, y up, counter-clockwise). */
    static double[] screenDirection(double angleDegrees) {
        double t = Math.toRadians(angleDegrees);
        return new double[] {Math.cos(t), -Math.sin(t)};
    }
}
