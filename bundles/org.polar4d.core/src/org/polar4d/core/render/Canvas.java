package org.polar4d.core.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;

/**
 * A drawing surface in pixel coordinates (origin top left, y down) that figures draw on. Two
 * implementations: {@link RasterCanvas} (PNG) and {@link SvgCanvas} (SVG), so every figure is
 * available in both formats from one drawing routine. Text uses the logical font "SansSerif", which
 * exists in every (also headless) JDK.
 */
public interface Canvas {

    /** Horizontal alignment of text relative to its anchor point. */
    enum Align { LEFT, CENTER, RIGHT }

    String FONT = "SansSerif";

    void fillRect(double x, double y, double w, double h, Color fill);

    void strokeRect(double x, double y, double w, double h, Color stroke, double lineWidth);

    void line(double x1, double y1, double x2, double y2, Color stroke, double lineWidth);

    /** An open polyline; {@code dashed} draws 6-on 4-off dashes. */
    void polyline(double[] x, double[] y, Color stroke, double lineWidth, boolean dashed);

    /** A closed polygon, filled, and outlined when {@code stroke} is not null. */
    void polygon(double[] x, double[] y, Color fill, Color stroke, double lineWidth);

    /** Text with its baseline at {@code y}. */
    void text(String s, double x, double y, double size, boolean bold, Align align, Color color);

    /** Text rotated 90° counter-clockwise (reads bottom to top), centred on {@code x}, anchored at {@code y}. */
    void verticalText(String s, double x, double y, double size, Color color);

    /** An image scaled to w × h with nearest-neighbour sampling (each source pixel stays a sharp block). */
    void image(BufferedImage image, double x, double y, double w, double h);

    /** Width of {@code s} in pixels at font size {@code size}. */
    static double textWidth(String s, double size, boolean bold) {
        Font f = new Font(FONT, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        return f.getStringBounds(s, new FontRenderContext(null, true, true)).getWidth();
    }
}
