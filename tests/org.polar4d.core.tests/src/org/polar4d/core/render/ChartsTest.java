package org.polar4d.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.polar4d.core.eval.AcceptedLabels;
import org.polar4d.core.eval.ClassCounts;
import org.polar4d.core.eval.ConfusionMatrix;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTables;

class ChartsTest {

    private static int rgb(BufferedImage img, double x, double y) {
        return img.getRGB((int) x, (int) y) & 0xFFFFFF;
    }

    @Test
    void barChartShowsMeanAndStdOverSeedsWithSeriesColours() {
        ClassCounts a = ClassCounts.of(PredictionTables.of("0000")); // 100 % RM
        ClassCounts b = ClassCounts.of(PredictionTables.of("0077")); // 50 % RM, 50 % RD
        var conv = new ClassDistributionChart.Series("1E · Conv", "1E", "conv", List.of(a, b), AcceptedLabels.parse("RM"));
        var pca = new ClassDistributionChart.Series("1E · PCA", "1E", "pca", List.of(b), AcceptedLabels.parse("RM"));
        var other = new ClassDistributionChart.Series("2E · PCA", "2E", "pca", List.of(a), null);
        assertEquals(75.0, conv.meanPct()[0], 1e-9);
        assertEquals(25.0, conv.stdPct()[0], 1e-9);
        assertEquals(25.0, conv.meanPct()[7], 1e-9);
        ClassDistributionChart chart = new ClassDistributionChart("Classes", List.of(conv, pca, other),
                ClassPalette.OKABE_ITO);
        assertEquals(chart.seriesColor(0), chart.seriesColor(1), "same dataset, same colour");
        assertTrue(!chart.seriesColor(0).equals(chart.seriesColor(2)));
        BufferedImage img = chart.toImage();
        // conv has no hatching (first hatch key): the bar centre is the plain series colour
        double[] c = chart.barCentre(0, 0);
        assertEquals(chart.seriesColor(0).getRGB() & 0xFFFFFF, rgb(img, c[0] + 3, c[1] + 20));
        String svg = chart.toSvg();
        assertTrue(svg.contains(">predictions (%)</text>") && svg.contains(">predicted class</text>"));
        assertTrue(svg.contains(">1E · Conv</text>") && svg.contains(">thick outline: accepted class</text>"));
        assertTrue(svg.contains("error bars: ± std over seeds"));
        assertThrows(IllegalArgumentException.class,
                () -> new ClassDistributionChart.Series("x", "x", "x", List.of(), null));
    }

    @Test
    void confusionMatrixCellsDarkenWithTheirShareOfTheRow() {
        ConfusionMatrix m = ConfusionMatrix.of(PredictionTables.of("0001"), PolarizationClass.RM);
        ConfusionMatrixFigure fig = new ConfusionMatrixFigure("Confusion", m, ClassPalette.OKABE_ITO);
        BufferedImage img = fig.toImage();
        int[] diag = fig.cellCentre(0, 0);
        int[] off = fig.cellCentre(0, 1);
        int[] empty = fig.cellCentre(1, 1);
        // sample left of the centred text
        assertEquals(ConfusionMatrixFigure.cellColor(0.75).getRGB() & 0xFFFFFF, rgb(img, diag[0] - 27, diag[1]));
        assertEquals(ConfusionMatrixFigure.cellColor(0.25).getRGB() & 0xFFFFFF, rgb(img, off[0] - 27, off[1]));
        assertEquals(ConfusionMatrixFigure.cellColor(0).getRGB() & 0xFFFFFF, rgb(img, empty[0] - 27, empty[1]));
        String svg = fig.toSvg();
        assertTrue(svg.contains(">75.0%</text>") && svg.contains(">predicted class</text>")
                && svg.contains(">true class</text>") && !svg.contains(">none</text>"));
        assertTrue(svg.contains("4 positions · accuracy 75.0 %"));
    }

    @Test
    void trainingCurvesPlotBothPanels() {
        var epochs = List.of(new TrainingHistory.Epoch(1, 2.0, 2.2, 0.3, 0.25),
                new TrainingHistory.Epoch(2, 1.0, 1.4, 0.6, 0.5), new TrainingHistory.Epoch(3, 0.5, 0.9, 0.9, 0.7));
        TrainingCurvesFigure fig = new TrainingCurvesFigure("Training", new TrainingHistory(epochs));
        BufferedImage img = fig.toImage();
        assertEquals(fig.width(), img.getWidth());
        int blue = 0;
        int orange = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y) & 0xFFFFFF;
                blue += p == (TrainingCurvesFigure.TRAIN.getRGB() & 0xFFFFFF) ? 1 : 0;
                orange += p == (TrainingCurvesFigure.VALIDATION.getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        assertTrue(blue > 100 && orange > 50, "curves drawn: " + blue + " / " + orange);
        String svg = fig.toSvg();
        assertTrue(svg.contains(">epoch</text>") && svg.contains(">accuracy (%)</text>") && svg.contains(">loss</text>")
                && svg.contains(">validation</text>"));
        assertThrows(IllegalArgumentException.class, () -> new TrainingCurvesFigure("x", new TrainingHistory(List.of())));
    }

    @Test
    void niceTicksAndNumbers() {
        assertEquals(List.of(0.0, 20.0, 40.0, 60.0, 80.0, 100.0, 120.0), NiceNumbers.ticks(0, 127, 6));
        assertEquals(2.0, NiceNumbers.floor125(4.9), 1e-12);
        assertEquals(0.5, NiceNumbers.floor125(0.51), 1e-12);
        assertEquals("0.25", NiceNumbers.format(0.25));
        assertEquals("100", NiceNumbers.format(100));
    }
}
