package org.polar4d.core.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;

/**
 * Map figures of a {@link PredictionTable}: class map, colour-wheel map, arrows over a virtual
 * image, confidence map and irregularity map.
 *
 * <p>Directions are drawn in the label frame laid onto the map: angle 0° (RM) points to increasing
 * scan column (right), 90° (MU) to decreasing scan row (up). How the label frame relates to the
 * scan axes of an experiment (scan rotation, detector flips) is not known (paper §14) and is not
 * corrected here.
 */
public final class PredictionMaps {

    /** What the brightness of a colour-wheel map shows. */
    public enum Brightness {
        CONFIDENCE, AGREEMENT, UNIFORM;

        public static Brightness parse(String text) {
            try {
                return valueOf(text.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "unknown brightness '" + text + "'; expected confidence, agreement or uniform");
            }
        }
    }

    /**
     * Presentation options.
     *
     * @param palette class colours
     * @param scanStep distance between scan positions (scale bar), or null
     * @param title title, or null for the default of each map
     * @param subtitle second line, or null to describe the table's metadata (dataset, model, ensemble size)
     */
    public record Style(ClassPalette palette, Quantity scanStep, String title, String subtitle) {

        public static final Style DEFAULT = new Style(ClassPalette.OKABE_ITO, null, null, null);

        public Style withPalette(ClassPalette p) {
            return new Style(p, scanStep, title, subtitle);
        }

        public Style withScanStep(Quantity q) {
            return new Style(palette, q, title, subtitle);
        }

        public Style withTitle(String t) {
            return new Style(palette, scanStep, t, subtitle);
        }

        public Style withSubtitle(String s) {
            return new Style(palette, scanStep, title, s);
        }
    }

    private PredictionMaps() {
    }

    /** One colour per position from the class palette, with the class legend. */
    public static MapFigure classes(PredictionTable t, Style style) {
        BufferedImage raster = raster(t.scanShape(), i -> style.palette().color(t.classIndex(i)).getRGB());
        return figure(t, style, "Polarization classes", raster, null,
                new ClassLegend(style.palette(), t.predictedCount() < t.positions()));
    }

    /** Hue = direction (class centre or regression angle), brightness as chosen; wheel inset. */
    public static MapFigure wheel(PredictionTable t, Brightness brightness, Style style) {
        String label = brightness == Brightness.UNIFORM ? "constant" : brightness.name().toLowerCase(Locale.ROOT);
        return wheel(t, brightness(t, brightness), label, style);
    }

    /**
     * Colour-wheel map with a brightness given per position (e.g. a CoM-shift magnitude), scaled so
     * that its 99th percentile is full brightness.
     */
    public static MapFigure wheel(PredictionTable t, float[] magnitude, String magnitudeLabel, Style style) {
        checkLength(t, magnitude, "brightness map");
        float[] v = magnitude;
        if (v != null) {
            double top = GrayImages.Range.percentiles(v, 0, 99).hi();
            v = v.clone();
            for (int i = 0; i < v.length; i++) {
                v[i] = top > 0 ? (float) Math.min(1, Math.max(0, v[i] / top)) : 1f;
            }
        }
        float[] b = v;
        BufferedImage raster = raster(t.scanShape(), i -> t.hasPrediction(i)
                ? ColorMaps.wheel(t.angleDegrees(i), b == null || Float.isNaN(b[i]) ? 1 : b[i]).getRGB()
                : ClassPalette.NO_PREDICTION.getRGB());
        return figure(t, style, "Polarization direction", raster, null,
                new WheelLegend(magnitudeLabel, t.predictedCount() < t.positions()));
    }

    private static float[] brightness(PredictionTable t, Brightness b) {
        if (b == Brightness.UNIFORM) {
            return null;
        }
        float[] v = new float[t.positions()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (b == Brightness.CONFIDENCE ? t.confidence(i) : t.agreement(i));
        }
        return v;
    }

    /** Confidence of each prediction on a sequential colour scale from 0 to 1. */
    public static MapFigure confidence(PredictionTable t, Style style) {
        float[] v = new float[t.positions()];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) t.confidence(i);
        }
        return scalar(t, style, "Prediction confidence", v, "Confidence");
    }

    /** See {@link Irregularity} for the definitions. */
    public static MapFigure irregularity(PredictionTable t, Irregularity.Measure measure, Style style) {
        return scalar(t, style, "Irregularity (" + measure.label() + ")", Irregularity.of(t, measure),
                measure == Irregularity.Measure.NEIGHBOURS ? "Differing neighbours" : "Normalised entropy");
    }

    private static MapFigure scalar(PredictionTable t, Style style, String defaultTitle, float[] v, String barTitle) {
        boolean missing = false;
        for (float x : v) {
            missing |= Float.isNaN(x);
        }
        BufferedImage raster = raster(t.scanShape(),
                i -> Float.isNaN(v[i]) ? ClassPalette.NO_PREDICTION.getRGB() : ColorMaps.sequential(v[i]).getRGB());
        return figure(t, style, defaultTitle, raster, null,
                new ColorBarLegend(barTitle, 0, 1, ColorMaps::sequential, missing ? "no value" : null));
    }

    /**
     * Arrows over a grey virtual image. The scan is cut into {@code step × step} blocks; each block
     * gets one arrow along the circular mean of its directions, as long as the block × the mean
     * resultant length (1 = all directions equal, short = mixed), coloured by the class of the mean
     * direction.
     *
     * @param background one value per scan position (e.g. a virtual bright-field image), or null for none
     * @param backgroundName what the background is, for the legend
     * @param step block size in scan positions, or 0 for about 20 arrows across the larger side
     */
    public static MapFigure arrows(PredictionTable t, float[] background, String backgroundName, int step,
            Style style) {
        checkLength(t, background, "background image");
        ScanShape s = t.scanShape();
        int b = step > 0 ? step : Math.max(1, (int) Math.ceil(Math.max(s.rows(), s.cols()) / 20.0));
        BufferedImage raster = background == null ? raster(s, i -> 0xF4F4F4) : grey(s, background);
        List<String> notes = new ArrayList<>(List.of(
                "one arrow per " + b + "×" + b + " positions:",
                "direction = mean direction,",
                "length = agreement in the block"));
        notes.add(background == null ? "no background image" : "background: " + backgroundName);
        Legend legend = new StackedLegend(List.of(
                new ClassLegend(style.palette(), false, "Arrow colour (class)"), new TextLegend(notes)));
        return figure(t, style, "Polarization arrows", raster, (c, x, y, sc) -> drawArrows(c, t, b, style.palette(),
                x, y, sc), legend);
    }

    private static void drawArrows(Canvas c, PredictionTable t, int b, ClassPalette palette, double x0, double y0,
            double scale) {
        ScanShape s = t.scanShape();
        for (int r0 = 0; r0 < s.rows(); r0 += b) {
            for (int c0 = 0; c0 < s.cols(); c0 += b) {
                int rows = Math.min(b, s.rows() - r0);
                int cols = Math.min(b, s.cols() - c0);
                double sx = 0;
                double sy = 0;
                int n = 0;
                for (int r = r0; r < r0 + rows; r++) {
                    for (int col = c0; col < c0 + cols; col++) {
                        int i = (int) s.index(r, col);
                        if (t.hasPrediction(i)) {
                            double a = Math.toRadians(t.angleDegrees(i));
                            sx += Math.cos(a);
                            sy += Math.sin(a);
                            n++;
                        }
                    }
                }
                double resultant = n == 0 ? 0 : Math.hypot(sx, sy) / (rows * cols);
                if (resultant < 0.05) {
                    continue;
                }
                double angle = Math.toDegrees(Math.atan2(sy, sx));
                double len = 0.9 * Math.min(rows, cols) * scale * resultant;
                double[] u = Arrow.screenDirection(angle);
                double cx = x0 + (c0 + cols / 2.0) * scale;
                double cy = y0 + (r0 + rows / 2.0) * scale;
                Color fill = palette.color(PolarizationClass.fromAngleDegrees(angle));
                Color outline = luminance(fill) > 0.45 ? Color.BLACK : Color.WHITE;
                double w = Math.max(1.4, Math.min(5, 0.12 * b * scale));
                Arrow.draw(c, cx - u[0] * len / 2, cy - u[1] * len / 2, u[0], u[1], len, w, fill, outline);
            }
        }
    }

    private static double luminance(Color c) {
        return (0.2126 * c.getRed() + 0.7152 * c.getGreen() + 0.0722 * c.getBlue()) / 255;
    }

    /** Grey image of {@code v}, scaled between its 1st and 99th percentile; NaN is mid grey. */
    static BufferedImage grey(ScanShape s, float[] v) {
        GrayImages.Range r = GrayImages.Range.percentiles(v, 1, 99);
        double lo = r.lo();
        double range = r.hi() > r.lo() ? r.hi() - r.lo() : 1;
        return raster(s, i -> {
            double g = Float.isNaN(v[i]) ? 0.5 : Math.max(0, Math.min(1, (v[i] - lo) / range));
            int level = (int) Math.round(70 + 150 * g); // a reduced range, so that dark and light arrows both stand out
            return (level << 16) | (level << 8) | level;
        });
    }

    private interface Pixel {
        int rgb(int index);
    }

    private static BufferedImage raster(ScanShape s, Pixel pixel) {
        BufferedImage img = new BufferedImage(s.cols(), s.rows(), BufferedImage.TYPE_INT_RGB);
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.cols(); c++) {
                img.setRGB(c, r, pixel.rgb((int) s.index(r, c)) & 0xFFFFFF);
            }
        }
        return img;
    }

    private static void checkLength(PredictionTable t, float[] v, String what) {
        if (v != null && v.length != t.positions()) {
            throw new IllegalArgumentException(what + " has " + v.length + " values but the scan " + t.scanShape()
                    + " has " + t.positions() + " positions");
        }
    }

    private static MapFigure figure(PredictionTable t, Style style, String defaultTitle, BufferedImage raster,
            MapFigure.Overlay overlay, Legend legend) {
        String title = style.title() != null ? style.title() : defaultTitle;
        String subtitle = style.subtitle() != null ? style.subtitle() : describe(t);
        return new MapFigure(title, subtitle.isEmpty() ? null : subtitle, t.scanShape(), raster, overlay, legend,
                style.scanStep());
    }

    /** "dataset · model · majority vote of N models · rows×cols positions". */
    static String describe(PredictionTable t) {
        List<String> parts = new ArrayList<>();
        t.metadata(PredictionTable.KEY_DATASET).ifPresent(parts::add);
        t.metadata(PredictionTable.KEY_MODEL).ifPresent(parts::add);
        t.metadata("models").filter(m -> !m.equals("1")).ifPresent(m -> parts.add("majority vote of " + m + " models"));
        parts.add(t.scanShape().rows() + "×" + t.scanShape().cols() + " positions");
        return String.join(" · ", parts);
    }
}
