package org.polar4d.core.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** A {@link Canvas} on an RGB image with a white background, antialiased shapes and text. */
public final class RasterCanvas implements Canvas, AutoCloseable {

    private final BufferedImage image;
    private final Graphics2D g;

    public RasterCanvas(int width, int height) {
        image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    public BufferedImage image() {
        return image;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        g.setColor(fill);
        g.fill(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double lineWidth) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke((float) lineWidth));
        g.draw(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double lineWidth) {
        g.setColor(stroke);
        g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    @Override
    public void polyline(double[] x, double[] y, Color stroke, double lineWidth, boolean dashed) {
        g.setColor(stroke);
        g.setStroke(dashed
                ? new BasicStroke((float) lineWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                        new float[] {6f, 4f}, 0f)
                : new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path(x, y, false));
    }

    @Override
    public void polygon(double[] x, double[] y, Color fill, Color stroke, double lineWidth) {
        Path2D p = path(x, y, true);
        g.setColor(fill);
        g.fill(p);
        if (stroke != null) {
            g.setColor(stroke);
            g.setStroke(new BasicStroke((float) lineWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(p);
        }
    }

    private static Path2D path(double[] x, double[] y, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(x[0], y[0]);
        for (int i = 1; i < x.length; i++) {
            p.lineTo(x[i], y[i]);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Align align, Color color) {
        g.setFont(font(size, bold));
        g.setColor(color);
        double w = Canvas.textWidth(s, size, bold);
        double dx = align == Align.LEFT ? 0 : align == Align.CENTER ? -w / 2 : -w;
        g.drawString(s, (float) (x + dx), (float) y);
    }

    @Override
    public void verticalText(String s, double x, double y, double size, Color color) {
        AffineTransform saved = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(s, 0, 0, size, false, Align.CENTER, color);
        g.setTransform(saved);
    }

    @Override
    public void image(BufferedImage src, double x, double y, double w, double h) {
        Object aa = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.drawImage(src, (int) Math.round(x), (int) Math.round(y), (int) Math.round(w), (int) Math.round(h), null);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
    }

    private static Font font(double size, boolean bold) {
        return new Font(FONT, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
    }

    @Override
    public void close() {
        g.dispose();
    }
}
