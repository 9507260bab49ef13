package org.polar4d.core.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.function.DoubleFunction;

/** A vertical colour bar with ticks for a scalar map, and optionally a "no prediction" swatch. */
public final class ColorBarLegend implements Legend {

    private static final double BAR_W = 16;
    private static final double BAR_H = 200;
    private static final double TITLE = 22;

    private final String title;
    private final double min;
    private final double max;
    private final DoubleFunction<Color> colors;
    private final String noneLabel;
    private final double width;

    /**
     * @param colors colour of a value in [min, max]
     * @param noneLabel label of the grey swatch for missing values, or null for none
     */
    public ColorBarLegend(String title, double min, double max, DoubleFunction<Color> colors, String noneLabel) {
        this.title = title;
        this.min = min;
        this.max = max;
        this.colors = colors;
        this.noneLabel = noneLabel;
        double w = Math.max(Canvas.textWidth(title, 12, true), BAR_W + 6 + 40);
        if (noneLabel != null) {
            w = Math.max(w, ClassLegend.SWATCH + 6 + Canvas.textWidth(noneLabel, 11, false));
        }
        this.width = Math.ceil(w);
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return TITLE + BAR_H + 8 + (noneLabel == null ? 0 : 30);
    }

    @Override
    public void draw(Canvas c, double x, double y) {
        c.text(title, x, y + 13, 12, true, Canvas.Align.LEFT, Color.BLACK);
        double top = y + TITLE;
        BufferedImage bar = new BufferedImage(1, 256, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 256; i++) {
            bar.setRGB(0, 255 - i, colors.apply(min + (max - min) * i / 255.0).getRGB());
        }
        c.image(bar, x, top, BAR_W, BAR_H);
        c.strokeRect(x, top, BAR_W, BAR_H, Color.DARK_GRAY, 0.8);
        for (double v : NiceNumbers.ticks(min, max, 5)) {
            double ty = top + BAR_H * (1 - (v - min) / (max - min));
            c.line(x + BAR_W, ty, x + BAR_W + 4, ty, Color.BLACK, 1);
            c.text(NiceNumbers.format(v), x + BAR_W + 7, ty + 4, 11, false, Canvas.Align.LEFT, Color.BLACK);
        }
        if (noneLabel != null) {
            double sy = top + BAR_H + 16;
            c.fillRect(x, sy, ClassLegend.SWATCH, ClassLegend.SWATCH, ClassPalette.NO_PREDICTION);
            c.strokeRect(x, sy, ClassLegend.SWATCH, ClassLegend.SWATCH, Color.DARK_GRAY, 0.6);
            c.text(noneLabel, x + ClassLegend.SWATCH + 6, sy + ClassLegend.SWATCH - 3, 11, false, Canvas.Align.LEFT,
                    Color.BLACK);
        }
    }
}
