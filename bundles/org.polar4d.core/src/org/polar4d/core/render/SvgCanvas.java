package org.polar4d.core.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;

import javax.imageio.ImageIO;

/** A {@link Canvas} that builds an SVG document; images are embedded as PNG and shown pixelated. */
public final class SvgCanvas implements Canvas {

    private final int width;
    private final int height;
    private final StringBuilder body = new StringBuilder();

    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        body.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\"%s/>%n",
                x, y, w, h, paint("fill", fill)));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double lineWidth) {
        body.append(String.format(Locale.ROOT,
                "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" fill=\"none\"%s stroke-width=\"%.2f\"/>%n",
                x, y, w, h, paint("stroke", stroke), lineWidth));
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double lineWidth) {
        body.append(String.format(Locale.ROOT,
                "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\"%s stroke-width=\"%.2f\"/>%n",
                x1, y1, x2, y2, paint("stroke", stroke), lineWidth));
    }

    @Override
    public void polyline(double[] x, double[] y, Color stroke, double lineWidth, boolean dashed) {
        body.append("<polyline points=\"").append(points(x, y)).append("\" fill=\"none\"")
                .append(paint("stroke", stroke))
                .append(String.format(Locale.ROOT, " stroke-width=\"%.2f\" stroke-linejoin=\"round\"", lineWidth))
                .append(dashed ? " stroke-dasharray=\"6,4\"" : " stroke-linecap=\"round\"").append("/>\n");
    }

    @Override
    public void polygon(double[] x, double[] y, Color fill, Color stroke, double lineWidth) {
        body.append("<polygon points=\"").append(points(x, y)).append('"').append(paint("fill", fill));
        if (stroke != null) {
            body.append(paint("stroke", stroke))
                    .append(String.format(Locale.ROOT, " stroke-width=\"%.2f\" stroke-linejoin=\"round\"", lineWidth));
        }
        body.append("/>\n");
    }

    @Override
    public void text(String s, double x, double y, double size, boolean bold, Align align, Color color) {
        String anchor = align == Align.LEFT ? "start" : align == Align.CENTER ? "middle" : "end";
        body.append(String.format(Locale.ROOT,
                "<text x=\"%.2f\" y=\"%.2f\" font-family=\"%s\" font-size=\"%.1f\"%s text-anchor=\"%s\"%s>%s</text>%n",
                x, y, "sans-serif", size, bold ? " font-weight=\"bold\"" : "", anchor, paint("fill", color),
                escape(s)));
    }

    @Override
    public void verticalText(String s, double x, double y, double size, Color color) {
        body.append(String.format(Locale.ROOT,
                "<text transform=\"translate(%.2f,%.2f) rotate(-90)\" font-family=\"sans-serif\" font-size=\"%.1f\" "
                        + "text-anchor=\"middle\"%s>%s</text>%n",
                x, y, size, paint("fill", color), escape(s)));
    }

    @Override
    public void image(BufferedImage image, double x, double y, double w, double h) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        body.append(String.format(Locale.ROOT,
                "<image x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" preserveAspectRatio=\"none\" "
                        + "style=\"image-rendering:pixelated\" href=\"data:image/png;base64,%s\"/>%n",
                x, y, w, h, Base64.getEncoder().encodeToString(png.toByteArray())));
    }

    /** The complete SVG document. */
    public String document() {
        return String.format(Locale.ROOT,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>%n<svg xmlns=\"http://www.w3.org/2000/svg\" "
                        + "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">%n<rect width=\"100%%\" height=\"100%%\" "
                        + "fill=\"#ffffff\"/>%n",
                width, height, width, height) + body + "</svg>\n";
    }

    private static String points(double[] x, double[] y) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < x.length; i++) {
            sb.append(String.format(Locale.ROOT, "%s%.2f,%.2f", i == 0 ? "" : " ", x[i], y[i]));
        }
        return sb.toString();
    }

    private static String paint(String attribute, Color c) {
        String s = String.format(Locale.ROOT, " %s=\"#%02x%02x%02x\"", attribute, c.getRed(), c.getGreen(), c.getBlue());
        if (c.getAlpha() < 255) {
            s += String.format(Locale.ROOT, " %s-opacity=\"%.3f\"", attribute, c.getAlpha() / 255.0);
        }
        return s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
