package org.polar4d.core.render;

import java.awt.Color;

import org.polar4d.core.label.PolarizationClass;

/**
 * Legend of a class map: one colour swatch per class with its ID, name and direction, an optional
 * "no prediction" swatch, and a compass rose showing which way each class points in the map
 * (label frame drawn on the map: x to the right, y up).
 */
public final class ClassLegend implements Legend {

    static final double SWATCH = 14;
    private static final double ROW = 20;
    private static final double TITLE = 20;
    private static final double ROSE = 118;
    private static final double FONT = 11.5;

    private final ClassPalette palette;
    private final boolean showNone;
    private final String title;
    private final double width;

    public ClassLegend(ClassPalette palette, boolean showNone) {
        this(palette, showNone, "Polarization class");
    }

    public ClassLegend(ClassPalette palette, boolean showNone, String title) {
        this.palette = palette;
        this.showNone = showNone;
        this.title = title;
        double w = Math.max(ROSE, Canvas.textWidth(title, 12, true));
        for (PolarizationClass c : PolarizationClass.values()) {
            w = Math.max(w, SWATCH + 6 + Canvas.textWidth(entry(c), FONT, false));
        }
        this.width = Math.ceil(w);
    }

    private static String entry(PolarizationClass c) {
        return String.format(java.util.Locale.ROOT, "%s  %s  %.0f°", c.name(), c.longName(), c.angleDegrees());
    }

    private int rows() {
        return PolarizationClass.COUNT + (showNone ? 1 : 0);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return TITLE + rows() * ROW + 8 + ROSE;
    }

    /** Centre of the swatch of class {@code k} (−1: "no prediction"), relative to the legend's corner. */
    public double[] swatchCentre(int k) {
        int row = k < 0 ? PolarizationClass.COUNT : k;
        return new double[] {SWATCH / 2, TITLE + row * ROW + SWATCH / 2};
    }

    @Override
    public void draw(Canvas c, double x, double y) {
        c.text(title, x, y + 13, 12, true, Canvas.Align.LEFT, Color.BLACK);
        for (PolarizationClass k : PolarizationClass.values()) {
            swatch(c, x, y + TITLE + k.ordinal() * ROW, palette.color(k), entry(k));
        }
        if (showNone) {
            swatch(c, x, y + TITLE + PolarizationClass.COUNT * ROW, ClassPalette.NO_PREDICTION, "no prediction");
        }
        rose(c, x + width / 2, y + TITLE + rows() * ROW + 8 + ROSE / 2);
    }

    private static void swatch(Canvas c, double x, double y, Color color, String text) {
        c.fillRect(Math.round(x), Math.round(y), SWATCH, SWATCH, color);
        c.strokeRect(Math.round(x), Math.round(y), SWATCH, SWATCH, Color.DARK_GRAY, 0.6);
        c.text(text, x + SWATCH + 6, y + SWATCH - 3, FONT, false, Canvas.Align.LEFT, Color.BLACK);
    }

    private void rose(Canvas c, double cx, double cy) {
        double r = ROSE / 2 - 22;
        for (PolarizationClass k : PolarizationClass.values()) {
            double[] u = Arrow.screenDirection(k.angleDegrees());
            Arrow.draw(c, cx, cy, u[0], u[1], r, 3.2, palette.color(k), Color.DARK_GRAY);
            c.text(k.name(), cx + u[0] * (r + 12), cy + u[1] * (r + 12) + 4, 10, false, Canvas.Align.CENTER,
                    Color.BLACK);
        }
    }
}
