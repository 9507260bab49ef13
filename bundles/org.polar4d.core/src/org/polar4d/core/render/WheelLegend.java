package org.polar4d.core.render;

import java.awt.Color;
import java.awt.image.BufferedImage;

import org.polar4d.core.label.PolarizationClass;

/**
 * Inset of a colour-wheel map: a disc whose hue is the direction (angle counter-clockwise from the
 * right, as in the map) and whose brightness grows from the centre (0) to the rim (1), with the 8
 * class IDs around it.
 */
public final class WheelLegend implements Legend {

    private static final int RADIUS = 56;
    private static final double TITLE = 22;
    private static final double LABEL = 16;

    private final String brightnessLabel;
    private final boolean showNone;
    private final double width;

    /** @param brightnessLabel what brightness shows, e.g. {@code confidence} */
    public WheelLegend(String brightnessLabel, boolean showNone) {
        this.brightnessLabel = brightnessLabel;
        this.showNone = showNone;
        this.width = Math.ceil(Math.max(2 * (RADIUS + LABEL + 4), Math.max(Canvas.textWidth("Direction", 12, true),
                Math.max(Canvas.textWidth(caption(), 11, false), ClassLegend.SWATCH + 6
                        + Canvas.textWidth("no prediction", 11, false)))));
    }

    private String caption() {
        return "brightness: " + brightnessLabel;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return TITLE + 2 * (RADIUS + LABEL) + 24 + (showNone ? 24 : 0);
    }

    /** Centre of the disc relative to the legend's corner, and its radius. */
    public double[] disc() {
        return new double[] {width / 2, TITLE + LABEL + RADIUS, RADIUS};
    }

    @Override
    public void draw(Canvas c, double x, double y) {
        c.text("Direction", x, y + 13, 12, true, Canvas.Align.LEFT, Color.BLACK);
        double[] d = disc();
        double cx = x + d[0];
        double cy = y + d[1];
        c.image(discImage(), cx - RADIUS, cy - RADIUS, 2 * RADIUS, 2 * RADIUS);
        for (PolarizationClass k : PolarizationClass.values()) {
            double[] u = Arrow.screenDirection(k.angleDegrees());
            c.text(k.name(), cx + u[0] * (RADIUS + 11), cy + u[1] * (RADIUS + 11) + 4, 10, false, Canvas.Align.CENTER,
                    Color.BLACK);
        }
        double ty = cy + RADIUS + LABEL + 16;
        c.text(caption(), x, ty, 11, false, Canvas.Align.LEFT, Color.BLACK);
        if (showNone) {
            double sy = ty + 8;
            c.fillRect(x, sy, ClassLegend.SWATCH, ClassLegend.SWATCH, ClassPalette.NO_PREDICTION);
            c.strokeRect(x, sy, ClassLegend.SWATCH, ClassLegend.SWATCH, Color.DARK_GRAY, 0.6);
            c.text("no prediction", x + ClassLegend.SWATCH + 6, sy + ClassLegend.SWATCH - 3, 11, false,
                    Canvas.Align.LEFT, Color.BLACK);
        }
    }

    private static BufferedImage discImage() {
        int n = 2 * RADIUS;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        for (int py = 0; py < n; py++) {
            for (int px = 0; px < n; px++) {
                double dx = px + 0.5 - RADIUS;
                double dy = RADIUS - (py + 0.5);
                double r = Math.hypot(dx, dy) / RADIUS;
                if (r <= 1) {
                    img.setRGB(px, py, ColorMaps.wheel(Math.toDegrees(Math.atan2(dy, dx)), r).getRGB());
                }
            }
        }
        return img;
    }
}
