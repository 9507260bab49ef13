package org.polar4d.core.render;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Training curves: loss (left panel) and accuracy in % (right panel) per epoch, training solid and
 * validation dashed. One history is drawn in blue (training) and orange (validation); several (e.g.
 * the seeds of one run) get one colour each.
 */
public final class TrainingCurvesFigure implements Figure {

    /** One named history, e.g. one seed. */
    public record Series(String name, TrainingHistory history) {
    }

    private static final int MARGIN = FigureTitle.MARGIN;
    private static final int PANEL_W = 320;
    private static final int PANEL_H = 220;
    private static final int LEFT = 62;
    private static final int TOP = 58;
    private static final int GAP = 84;
    private static final int LEGEND_ROW = 16;
    static final Color TRAIN = new Color(0x0072B2);
    static final Color VALIDATION = new Color(0xD55E00);
    /** Okabe–Ito colours for several series. */
    private static final int[] SERIES = {0x0072B2, 0xD55E00, 0x009E73, 0xCC79A7, 0xE69F00, 0x56B4E9, 0x000000,
        0xF0E442};

    private final String title;
    private final List<Series> series;

    public TrainingCurvesFigure(String title, TrainingHistory history) {
        this(title, List.of(new Series("", history)));
    }

    public TrainingCurvesFigure(String title, List<Series> series) {
        if (series.isEmpty() || series.stream().allMatch(s -> s.history().epochs().isEmpty())) {
            throw new IllegalArgumentException("no epochs to plot");
        }
        this.title = title;
        this.series = List.copyOf(series);
    }

    @Override
    public int width() {
        return LEFT + 2 * PANEL_W + GAP + MARGIN;
    }

    @Override
    public int height() {
        return TOP + PANEL_H + 50 + (series.size() > 1 ? legendRows() * LEGEND_ROW + 8 : 0) + MARGIN;
    }

    private int legendRows() {
        return (series.size() + 3) / 4;
    }

    private Color trainColor(int i) {
        return series.size() == 1 ? TRAIN : new Color(SERIES[i % SERIES.length]);
    }

    private Color validationColor(int i) {
        return series.size() == 1 ? VALIDATION : new Color(SERIES[i % SERIES.length]);
    }

    @Override
    public void draw(Canvas c) {
        FigureTitle.draw(c, title);
        panel(c, LEFT, "Loss", "loss", TrainingHistory.Epoch::loss, TrainingHistory.Epoch::valLoss, 1, false);
        panel(c, LEFT + PANEL_W + GAP, "Accuracy", "accuracy (%)", TrainingHistory.Epoch::accuracy,
                TrainingHistory.Epoch::valAccuracy, 100, true);
        if (series.size() > 1) {
            seriesLegend(c, TOP + PANEL_H + 58);
        }
    }

    private void panel(Canvas c, double x0, String name, String yLabel, ToDoubleFunction<TrainingHistory.Epoch> train,
            ToDoubleFunction<TrainingHistory.Epoch> val, double factor, boolean fromZero) {
        List<TrainingHistory.Epoch> all = new ArrayList<>();
        series.forEach(s -> all.addAll(s.history().epochs()));
        double lo = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (TrainingHistory.Epoch ep : all) {
            first = Math.min(first, ep.epoch());
            last = Math.max(last, ep.epoch());
            for (double v : new double[] {train.applyAsDouble(ep) * factor, val.applyAsDouble(ep) * factor}) {
                if (Double.isFinite(v)) {
                    lo = Math.min(lo, v);
                    hi = Math.max(hi, v);
                }
            }
        }
        if (!(hi >= lo)) {
            lo = 0;
            hi = 1;
        }
        if (hi - lo < 1e-12) {
            hi = lo + 1;
        }
        double pad = fromZero ? 0 : 0.05 * (hi - lo);
        double[] frame = {x0, first, Math.max(last, first + 1), lo - pad, hi + pad};
        axes(c, x0, name, yLabel, frame);
        boolean hasTrain = false;
        boolean hasVal = false;
        for (int i = 0; i < series.size(); i++) {
            List<TrainingHistory.Epoch> e = series.get(i).history().epochs();
            hasTrain |= curve(c, e, train, factor, frame, trainColor(i), false);
            hasVal |= curve(c, e, val, factor, frame, validationColor(i), true);
        }
        // the legend sits above the panel, right-aligned, where it never hides a curve
        double lx = x0 + PANEL_W - 190;
        Color trainKey = series.size() == 1 ? TRAIN : Color.DARK_GRAY;
        Color valKey = series.size() == 1 ? VALIDATION : Color.DARK_GRAY;
        if (hasTrain) {
            legendEntry(c, lx, TOP - 10, trainKey, false, "training");
        }
        if (hasVal) {
            legendEntry(c, lx + 90, TOP - 10, valKey, true, "validation");
        }
    }

    private static void axes(Canvas c, double x0, String name, String yLabel, double[] frame) {
        c.text(name, x0, TOP - 10, 12, true, Canvas.Align.LEFT, Color.BLACK);
        for (double v : NiceNumbers.ticks(frame[3], frame[4], 5)) {
            double yy = TOP + PANEL_H * (1 - (v - frame[3]) / (frame[4] - frame[3]));
            c.line(x0, yy, x0 + PANEL_W, yy, new Color(0xE6E6E6), 1);
            c.text(NiceNumbers.format(v), x0 - 6, yy + 4, 11, false, Canvas.Align.RIGHT, Color.BLACK);
        }
        for (double v : NiceNumbers.ticks(frame[1], frame[2], 6)) {
            if (v == Math.rint(v)) {
                double xx = x0 + PANEL_W * (v - frame[1]) / (frame[2] - frame[1]);
                c.line(xx, TOP + PANEL_H, xx, TOP + PANEL_H + 4, Color.BLACK, 1);
                c.text(NiceNumbers.format(v), xx, TOP + PANEL_H + 17, 11, false, Canvas.Align.CENTER, Color.BLACK);
            }
        }
        c.strokeRect(x0, TOP, PANEL_W, PANEL_H, Color.BLACK, 1);
        c.text("epoch", x0 + PANEL_W / 2.0, TOP + PANEL_H + 36, 12, false, Canvas.Align.CENTER, Color.BLACK);
        c.verticalText(yLabel, x0 - 44, TOP + PANEL_H / 2.0, 12, Color.BLACK);
    }

    private void seriesLegend(Canvas c, double y) {
        for (int i = 0; i < series.size(); i++) {
            double x = LEFT + (i % 4) * 170;
            double yy = y + (i / 4) * LEGEND_ROW;
            c.fillRect(x, yy - 9, 18, 10, trainColor(i));
            c.text(series.get(i).name(), x + 24, yy, 11, false, Canvas.Align.LEFT, Color.BLACK);
        }
    }

    private static boolean curve(Canvas c, List<TrainingHistory.Epoch> e, ToDoubleFunction<TrainingHistory.Epoch> f,
            double factor, double[] frame, Color color, boolean dashed) {
        List<double[]> pts = new ArrayList<>();
        for (TrainingHistory.Epoch ep : e) {
            double v = f.applyAsDouble(ep) * factor;
            if (Double.isFinite(v)) {
                pts.add(new double[] {frame[0] + PANEL_W * (ep.epoch() - frame[1]) / (frame[2] - frame[1]),
                    TOP + PANEL_H * (1 - (v - frame[3]) / (frame[4] - frame[3]))});
            }
        }
        if (pts.isEmpty()) {
            return false;
        }
        double[] xs = pts.stream().mapToDouble(p -> p[0]).toArray();
        double[] ys = pts.stream().mapToDouble(p -> p[1]).toArray();
        if (xs.length == 1) {
            c.polygon(new double[] {xs[0] - 3, xs[0] + 3, xs[0] + 3, xs[0] - 3},
                    new double[] {ys[0] - 3, ys[0] - 3, ys[0] + 3, ys[0] + 3}, color, null, 0);
        } else {
            c.polyline(xs, ys, color, 2, dashed);
        }
        return true;
    }

    private static void legendEntry(Canvas c, double x, double y, Color color, boolean dashed, String text) {
        c.polyline(new double[] {x, x + 24}, new double[] {y - 4, y - 4}, color, 2, dashed);
        c.text(text, x + 30, y, 11, false, Canvas.Align.LEFT, Color.BLACK);
    }
}
