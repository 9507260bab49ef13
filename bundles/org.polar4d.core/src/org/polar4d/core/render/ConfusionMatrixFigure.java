package org.polar4d.core.render;

import java.awt.Color;
import java.util.Locale;

import org.polar4d.core.eval.ConfusionMatrix;
import org.polar4d.core.label.PolarizationClass;

/**
 * A confusion matrix as a grid: rows are true classes, columns predicted classes (plus "none" when
 * some positions have no prediction). Each cell shows the count and its share of the row; its
 * colour darkens with that share. The last column gives each true class's accuracy (recall).
 */
public final class ConfusionMatrixFigure implements Figure {

    private static final int MARGIN = FigureTitle.MARGIN;
    private static final int CELL_W = 62;
    private static final int CELL_H = 38;
    private static final int LEFT = 96;
    private static final int TOP = 92;
    private static final Color LIGHT = new Color(0xF7FBFF);
    private static final Color DARK = new Color(0x08306B);

    private final String title;
    private final ConfusionMatrix matrix;
    private final ClassPalette palette;
    private final int columns;
    private final int width;
    private final int height;

    public ConfusionMatrixFigure(String title, ConfusionMatrix matrix, ClassPalette palette) {
        this.title = title;
        this.matrix = matrix;
        this.palette = palette;
        this.columns = PolarizationClass.COUNT + (matrix.hasNone() ? 1 : 0);
        this.width = (int) Math.max(LEFT + (columns + 1) * CELL_W + MARGIN, FigureTitle.minWidth(title));
        this.height = TOP + PolarizationClass.COUNT * CELL_H + 40 + MARGIN;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** Colour of a cell holding {@code fraction} of its row. */
    public static Color cellColor(double fraction) {
        double f = Math.max(0, Math.min(1, fraction));
        return new Color(mix(LIGHT.getRed(), DARK.getRed(), f), mix(LIGHT.getGreen(), DARK.getGreen(), f),
                mix(LIGHT.getBlue(), DARK.getBlue(), f));
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round(a + (b - a) * f);
    }

    /** Figure pixel at the centre of cell (true t, predicted p). */
    public int[] cellCentre(int t, int p) {
        return new int[] {LEFT + p * CELL_W + CELL_W / 2, TOP + t * CELL_H + CELL_H / 2};
    }

    @Override
    public void draw(Canvas c) {
        FigureTitle.draw(c, title);
        c.text(String.format(Locale.ROOT, "%d positions · accuracy %.1f %%", matrix.total(), 100 * matrix.accuracy()),
                MARGIN, MARGIN + 33, 11.5, false, Canvas.Align.LEFT, Color.DARK_GRAY);
        c.text("predicted class", LEFT + columns * CELL_W / 2.0, TOP - 30, 12, false, Canvas.Align.CENTER, Color.BLACK);
        c.verticalText("true class", MARGIN + 8, TOP + PolarizationClass.COUNT * CELL_H / 2.0, 12, Color.BLACK);
        for (int p = 0; p < columns; p++) {
            String label = p < PolarizationClass.COUNT ? PolarizationClass.of(p).name() : "none";
            header(c, LEFT + p * CELL_W + CELL_W / 2.0, TOP - 8, label, p < PolarizationClass.COUNT ? p : -1);
        }
        c.text("accuracy", LEFT + columns * CELL_W + CELL_W / 2.0, TOP - 8, 11, true, Canvas.Align.CENTER, Color.BLACK);
        for (int t = 0; t < PolarizationClass.COUNT; t++) {
            row(c, t);
        }
        c.strokeRect(LEFT, TOP, columns * CELL_W, PolarizationClass.COUNT * CELL_H, Color.BLACK, 1);
        c.text("cell: count (share of the row)", LEFT, TOP + PolarizationClass.COUNT * CELL_H + 22, 11, false,
                Canvas.Align.LEFT, Color.DARK_GRAY);
    }

    private void header(Canvas c, double cx, double baseline, String label, int k) {
        c.text(label, cx + 6, baseline, 11, true, Canvas.Align.CENTER, Color.BLACK);
        double w = Canvas.textWidth(label, 11, true);
        c.fillRect(cx + 6 - w / 2 - 12, baseline - 9, 8, 8, palette.color(k));
        c.strokeRect(cx + 6 - w / 2 - 12, baseline - 9, 8, 8, Color.DARK_GRAY, 0.5);
    }

    private void row(Canvas c, int t) {
        double y = TOP + t * CELL_H;
        PolarizationClass pc = PolarizationClass.of(t);
        c.fillRect(LEFT - 50, y + CELL_H / 2.0 - 5, 8, 8, palette.color(pc));
        c.strokeRect(LEFT - 50, y + CELL_H / 2.0 - 5, 8, 8, Color.DARK_GRAY, 0.5);
        c.text(pc.name(), LEFT - 8, y + CELL_H / 2.0 + 4, 11, true, Canvas.Align.RIGHT, Color.BLACK);
        long total = matrix.rowTotal(t);
        for (int p = 0; p < columns; p++) {
            long n = matrix.count(t, p);
            double f = total == 0 ? 0 : (double) n / total;
            double x = LEFT + p * CELL_W;
            c.fillRect(x, y, CELL_W, CELL_H, cellColor(f));
            c.strokeRect(x, y, CELL_W, CELL_H, new Color(0xC8C8C8), 0.5);
            Color ink = f > 0.5 ? Color.WHITE : Color.BLACK;
            if (total > 0) {
                c.text(Long.toString(n), x + CELL_W / 2.0, y + 16, 11, p == t, Canvas.Align.CENTER, ink);
                c.text(String.format(Locale.ROOT, "%.1f%%", 100 * f), x + CELL_W / 2.0, y + 30, 9.5, false,
                        Canvas.Align.CENTER, ink);
            }
        }
        double a = matrix.classAccuracy(t);
        c.text(Double.isNaN(a) ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * a), LEFT + columns * CELL_W
                + CELL_W / 2.0, y + CELL_H / 2.0 + 4, 11, false, Canvas.Align.CENTER, Color.BLACK);
    }
}
