package org.polar4d.core.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.polar4d.core.eval.AcceptedLabels;
import org.polar4d.core.eval.ClassCounts;
import org.polar4d.core.label.PolarizationClass;

/**
 * Bar chart of the share of predictions per class (paper §11): for every series (e.g. one method on
 * one dataset) the percentage of positions predicted as each class, as the mean over seeds with a
 * ± population-std error bar when there are several. Series take their colour from a colour key
 * (e.g. the dataset) and their hatching from a hatch key (e.g. the method); the bars of accepted
 * classes are outlined in thick black. Percentages are of the positions with a prediction.
 */
public final class ClassDistributionChart implements Figure {

    /**
     * One series of bars.
     *
     * @param name legend text
     * @param colourKey series with equal keys share a colour
     * @param hatchKey series with equal keys share a hatching (no hatching if all keys are equal)
     * @param seeds class counts of each seed
     * @param accepted classes to outline, or null
     */
    public record Series(String name, String colourKey, String hatchKey, List<ClassCounts> seeds,
            AcceptedLabels accepted) {

        public Series {
            if (seeds.isEmpty()) {
                throw new IllegalArgumentException("series '" + name + "' has no predictions");
            }
            seeds = List.copyOf(seeds);
        }

        /** Mean percentage per class over seeds. */
        public double[] meanPct() {
            double[] m = new double[PolarizationClass.COUNT];
            for (ClassCounts c : seeds) {
                double[] p = c.percentages();
                for (int k = 0; k < m.length; k++) {
                    m[k] += (Double.isNaN(p[k]) ? 0 : p[k]) / seeds.size();
                }
            }
            return m;
        }

        /** Population standard deviation per class over seeds. */
        public double[] stdPct() {
            double[] m = meanPct();
            double[] s = new double[m.length];
            for (ClassCounts c : seeds) {
                double[] p = c.percentages();
                for (int k = 0; k < m.length; k++) {
                    double d = (Double.isNaN(p[k]) ? 0 : p[k]) - m[k];
                    s[k] += d * d / seeds.size();
                }
            }
            for (int k = 0; k < s.length; k++) {
                s[k] = Math.sqrt(s[k]);
            }
            return s;
        }
    }

    /**
     * Paul Tol's "light" qualitative colours for series: distinct from the class palettes, colour-blind
     * friendly, and light enough for black hatching and the black outline of accepted classes.
     */
    private static final int[] SERIES = {0x77AADD, 0xEE8866, 0xEEDD88, 0xFFAABB, 0x99DDFF, 0x44BB99, 0xBBCC33,
        0xAAAA00, 0xDDDDDD};

    private static final int MARGIN = FigureTitle.MARGIN;
    private static final int PLOT_H = 280;
    private static final int LEFT = 64;
    private static final int TOP = 52;

    private final String title;
    private final List<Series> series;
    private final ClassPalette palette;
    private final List<String> colourKeys = new ArrayList<>();
    private final List<String> hatchKeys = new ArrayList<>();
    private final double barW;
    private final double groupW;
    private final double yMax;
    private final double legendW;
    private final int width;
    private final int height;

    public ClassDistributionChart(String title, List<Series> series, ClassPalette palette) {
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no series to plot");
        }
        this.title = title;
        this.series = List.copyOf(series);
        this.palette = palette;
        for (Series s : series) {
            if (!colourKeys.contains(s.colourKey())) {
                colourKeys.add(s.colourKey());
            }
            if (!hatchKeys.contains(s.hatchKey())) {
                hatchKeys.add(s.hatchKey());
            }
        }
        this.barW = Math.max(6, Math.min(26, 220.0 / series.size()));
        this.groupW = series.size() * barW + 16;
        double top = 0;
        for (Series s : series) {
            double[] m = s.meanPct();
            double[] sd = s.stdPct();
            for (int k = 0; k < m.length; k++) {
                top = Math.max(top, m[k] + sd[k]);
            }
        }
        this.yMax = Math.min(100, Math.max(10, Math.ceil(top * 1.08 / 10) * 10));
        double lw = 0;
        for (String note : List.of("thick outline: accepted class", "error bars: ± std over seeds (n ≤ 10)",
                "% of positions with a prediction")) {
            lw = Math.max(lw, Canvas.textWidth(note, 11, false) + 4);
        }
        for (Series s : series) {
            lw = Math.max(lw, 22 + Canvas.textWidth(s.name(), 11, false));
        }
        this.legendW = lw;
        int plotW = (int) Math.ceil(groupW * PolarizationClass.COUNT);
        this.width = (int) Math.ceil(Math.max(LEFT + plotW + 24 + legendW + MARGIN,
                FigureTitle.minWidth(title)));
        this.height = (int) Math.max(TOP + PLOT_H + 56 + MARGIN, TOP + legendHeight() + MARGIN);
    }

    private double legendHeight() {
        return 20 + 20 * series.size() + 54;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Colour of the bars of series {@code i}. */
    public Color seriesColor(int i) {
        return new Color(SERIES[colourKeys.indexOf(series.get(i).colourKey()) % SERIES.length]);
    }

    private int hatch(int i) {
        return hatchKeys.size() == 1 ? 0 : hatchKeys.indexOf(series.get(i).hatchKey()) % Hatch.PATTERNS;
    }

    /** Figure pixel inside the bar of series {@code i}, class {@code k} (half its height), for tests. */
    public double[] barCentre(int i, int k) {
        double pct = series.get(i).meanPct()[k];
        double x = LEFT + k * groupW + 8 + i * barW + barW / 2;
        return new double[] {x, y(pct / 2)};
    }

    private double y(double pct) {
        return TOP + PLOT_H * (1 - pct / yMax);
    }

    @Override
    public void draw(Canvas c) {
        FigureTitle.draw(c, title);
        double plotW = groupW * PolarizationClass.COUNT;
        for (double v : NiceNumbers.ticks(0, yMax, 5)) {
            double yy = y(v);
            c.line(LEFT, yy, LEFT + plotW, yy, new Color(0xE6E6E6), 1);
            c.line(LEFT - 4, yy, LEFT, yy, Color.BLACK, 1);
            c.text(NiceNumbers.format(v), LEFT - 7, yy + 4, 11, false, Canvas.Align.RIGHT, Color.BLACK);
        }
        for (int k = 0; k < PolarizationClass.COUNT; k++) {
            drawGroup(c, k);
        }
        c.line(LEFT, TOP, LEFT, TOP + PLOT_H, Color.BLACK, 1);
        c.line(LEFT, TOP + PLOT_H, LEFT + plotW, TOP + PLOT_H, Color.BLACK, 1);
        c.verticalText("predictions (%)", MARGIN + 8, TOP + PLOT_H / 2.0, 12, Color.BLACK);
        c.text("predicted class", LEFT + plotW / 2, TOP + PLOT_H + 46, 12, false, Canvas.Align.CENTER, Color.BLACK);
        drawLegend(c, LEFT + plotW + 24, TOP);
    }

    private void drawGroup(Canvas c, int k) {
        double gx = LEFT + k * groupW + 8;
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            double m = s.meanPct()[k];
            double x = gx + i * barW;
            double top = y(m);
            boolean accepted = s.accepted() != null && s.accepted().accepts(k);
            c.fillRect(x, top, barW, TOP + PLOT_H - top, seriesColor(i));
            Hatch.fill(c, x, top, barW, TOP + PLOT_H - top, hatch(i), Color.BLACK);
            c.strokeRect(x, top, barW, TOP + PLOT_H - top, accepted ? Color.BLACK : Color.DARK_GRAY,
                    accepted ? 2.2 : 0.6);
            if (s.seeds().size() > 1) {
                double sd = s.stdPct()[k];
                double cx = x + barW / 2;
                c.line(cx, y(Math.min(yMax, m + sd)), cx, y(Math.max(0, m - sd)), Color.BLACK, 1);
                c.line(cx - barW / 4, y(Math.min(yMax, m + sd)), cx + barW / 4, y(Math.min(yMax, m + sd)), Color.BLACK, 1);
                c.line(cx - barW / 4, y(Math.max(0, m - sd)), cx + barW / 4, y(Math.max(0, m - sd)), Color.BLACK, 1);
            }
        }
        double cx = gx + series.size() * barW / 2;
        PolarizationClass pc = PolarizationClass.of(k);
        c.fillRect(cx - 16, TOP + PLOT_H + 8, 8, 8, palette.color(pc));
        c.strokeRect(cx - 16, TOP + PLOT_H + 8, 8, 8, Color.DARK_GRAY, 0.5);
        c.text(pc.name(), cx - 5, TOP + PLOT_H + 17, 11, false, Canvas.Align.LEFT, Color.BLACK);
    }

    private void drawLegend(Canvas c, double x, double y) {
        c.text("Series", x, y + 12, 12, true, Canvas.Align.LEFT, Color.BLACK);
        for (int i = 0; i < series.size(); i++) {
            double sy = y + 20 + i * 20;
            c.fillRect(x, sy, 16, 14, seriesColor(i));
            Hatch.fill(c, x, sy, 16, 14, hatch(i), Color.BLACK);
            c.strokeRect(x, sy, 16, 14, Color.DARK_GRAY, 0.6);
            c.text(series.get(i).name(), x + 22, sy + 11, 11, false, Canvas.Align.LEFT, Color.BLACK);
        }
        double ny = y + 20 + series.size() * 20 + 14;
        c.text("thick outline: accepted class", x, ny, 11, false, Canvas.Align.LEFT, Color.DARK_GRAY);
        int maxSeeds = series.stream().mapToInt(s -> s.seeds().size()).max().orElse(1);
        if (maxSeeds > 1) {
            c.text(String.format(Locale.ROOT, "error bars: ± std over seeds (n ≤ %d)", maxSeeds), x, ny + 16, 11,
                    false, Canvas.Align.LEFT, Color.DARK_GRAY);
        }
        c.text("% of positions with a prediction", x, ny + (maxSeeds > 1 ? 32 : 16), 11, false, Canvas.Align.LEFT,
                Color.DARK_GRAY);
    }
}
