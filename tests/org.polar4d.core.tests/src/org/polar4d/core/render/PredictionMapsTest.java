package org.polar4d.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Quantity;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.predict.PredictionTables;

class PredictionMapsTest {

    @TempDir
    Path dir;

    private static final PredictionTable MAP = PredictionTables.of(
            "01234567",
            "76543210",
            "0000....",
            "77775555");

    private static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    private static int rgb(Color c) {
        return c.getRGB() & 0xFFFFFF;
    }

    @Test
    void classMapPixelsMatchTheClassesAndTheLegend() throws IOException {
        for (ClassPalette palette : ClassPalette.values()) {
            MapFigure fig = PredictionMaps.classes(MAP, PredictionMaps.Style.DEFAULT.withPalette(palette));
            Path png = dir.resolve("classes-" + palette.id() + ".png");
            fig.write(png);
            BufferedImage img = ImageIO.read(png.toFile());
            assertEquals(fig.width(), img.getWidth());
            assertEquals(fig.height(), img.getHeight());
            for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 8; c++) {
                    int[] p = fig.pixelOf(r, c);
                    assertEquals(rgb(palette.color(MAP.classIndex(r, c))), rgb(img, p[0], p[1]),
                            palette + " at (" + r + ", " + c + ")");
                }
            }
            ClassLegend legend = (ClassLegend) fig.legend();
            for (int k = -1; k < PolarizationClass.COUNT; k++) {
                double[] s = legend.swatchCentre(k);
                assertEquals(rgb(palette.color(k)), rgb(img, (int) (fig.legendX() + s[0]), (int) (fig.legendY() + s[1])),
                        "legend swatch of class " + k);
            }
        }
    }

    @Test
    void paletteColoursAreTheDocumentedOnes() {
        assertEquals(0xCC79A7, rgb(ClassPalette.OKABE_ITO.color(PolarizationClass.RM)));
        assertEquals(0x000000, rgb(ClassPalette.OKABE_ITO.color(PolarizationClass.RD)));
        assertEquals(0xFF00FF, rgb(ClassPalette.PAPER.color(PolarizationClass.RM)));
        assertEquals(0x800080, rgb(ClassPalette.PAPER.color(PolarizationClass.RD)));
        assertEquals(ClassPalette.PAPER, ClassPalette.parse("Paper"));
        assertThrows(IllegalArgumentException.class, () -> ClassPalette.parse("jet"));
        for (ClassPalette p : ClassPalette.values()) {
            for (int a = 0; a < 8; a++) {
                for (int b = a + 1; b < 8; b++) {
                    assertTrue(rgb(p.color(a)) != rgb(p.color(b)), p + ": classes " + a + " and " + b + " differ");
                }
                assertTrue(rgb(p.color(a)) != rgb(ClassPalette.NO_PREDICTION));
            }
        }
    }

    @Test
    void mapIsScaledToSharpBlocksAndSizedForTheScan() {
        MapFigure small = PredictionMaps.classes(MAP, PredictionMaps.Style.DEFAULT);
        assertEquals(32, small.pixelScale(), "tiny scans are enlarged, at most 32 px per position");
        PredictionTable big = PredictionTable.builder(new ScanShape(128, 100)).build();
        MapFigure fig = PredictionMaps.classes(big, PredictionMaps.Style.DEFAULT);
        assertEquals(4, fig.pixelScale());
        assertTrue(fig.width() > 100 * 4 && fig.height() > 128 * 4);
        BufferedImage img = fig.toImage();
        int[] p = fig.pixelOf(127, 99);
        assertEquals(rgb(ClassPalette.NO_PREDICTION), rgb(img, p[0], p[1]));
        assertEquals(0xFFFFFF, rgb(img, fig.mapX() + 100 * 4 + 10, fig.mapY() + 5), "white right of the map");
    }

    @Test
    void scaleBarOnlyWithACalibratedStep() {
        assertNull(PredictionMaps.classes(MAP, PredictionMaps.Style.DEFAULT).scaleBar());
        MapFigure fig = PredictionMaps.classes(MAP, PredictionMaps.Style.DEFAULT.withScanStep(new Quantity(0.5, "nm")));
        ScaleBar bar = fig.scaleBar();
        assertNotNull(bar);
        assertEquals("0.5 nm", bar.label());
        assertEquals(1.0, bar.positions(), 1e-12);
        assertTrue(fig.toSvg().contains(">0.5 nm</text>"));
    }

    @Test
    void scaleBarPicksRoundLengthsAndReadableUnits() {
        ScaleBar a = ScaleBar.of(new Quantity(0.4, "Å"), 128);
        assertEquals("1 nm", a.label());
        assertEquals(25.0, a.positions(), 1e-9);
        ScaleBar m = ScaleBar.of(new Quantity(2e-10, "m"), 128);
        assertEquals("5 nm", m.label()); // 128 × 0.2 nm / 5 = 5.12 nm
        assertEquals(25.0, m.positions(), 1e-9);
        ScaleBar u = ScaleBar.of(new Quantity(0.05, "µm"), 256);
        assertEquals("2 µm", u.label());
        ScaleBar px = ScaleBar.of(new Quantity(3, "px"), 100);
        assertEquals("50 px", px.label());
        assertNull(ScaleBar.of(new Quantity(0, "nm"), 100));
        assertNull(ScaleBar.of(null, 100));
    }

    @Test
    void wheelMapHueFollowsTheDirectionAndBrightnessTheConfidence() {
        ScanShape s = new ScanShape(1, 3);
        PredictionTable t = PredictionTable.builder(s).put(0, 0, 10, 1.0, 1, null).put(1, 2, 100, 0.5, 1, null).build();
        MapFigure fig = PredictionMaps.wheel(t, PredictionMaps.Brightness.CONFIDENCE, PredictionMaps.Style.DEFAULT);
        BufferedImage img = fig.toImage();
        int[] p0 = fig.pixelOf(0, 0);
        int[] p1 = fig.pixelOf(0, 1);
        int[] p2 = fig.pixelOf(0, 2);
        assertEquals(rgb(ColorMaps.wheel(10, 1.0)), rgb(img, p0[0], p0[1]));
        assertEquals(rgb(ColorMaps.wheel(100, 0.5)), rgb(img, p1[0], p1[1]));
        assertEquals(rgb(ClassPalette.NO_PREDICTION), rgb(img, p2[0], p2[1]));
        assertTrue(brightness(ColorMaps.wheel(100, 0.5)) < brightness(ColorMaps.wheel(100, 1.0)));
        // the inset disc shows the direction 0° on the right rim
        double[] d = ((WheelLegend) fig.legend()).disc();
        int x = (int) (fig.legendX() + d[0] + d[2] * 0.9);
        int y = (int) (fig.legendY() + d[1]);
        Color rim = new Color(img.getRGB(x, y));
        Color expected = ColorMaps.wheel(0, 0.9);
        assertTrue(Math.abs(rim.getRed() - expected.getRed()) < 25 && Math.abs(rim.getBlue() - expected.getBlue()) < 25,
                "rim at 0°: " + rim + " vs " + expected);
    }

    private static double brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }

    @Test
    void wheelHasConstantLightnessAtFullBrightness() {
        // a perceptually even wheel: no direction stands out by brightness
        double min = Double.MAX_VALUE;
        double max = 0;
        for (int a = 0; a < 360; a += 5) {
            Color c = ColorMaps.wheel(a, 1);
            double y = 0.2126 * lin(c.getRed()) + 0.7152 * lin(c.getGreen()) + 0.0722 * lin(c.getBlue());
            min = Math.min(min, y);
            max = Math.max(max, y);
        }
        assertTrue(max - min < 0.03, "relative luminance varies by " + (max - min));
    }

    private static double lin(int v) {
        double c = v / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    @Test
    void confidenceAndIrregularityMapsUseTheSequentialScale() {
        PredictionTable t = PredictionTables.of("000", "010", "000"); // confidence 0.9 everywhere
        MapFigure conf = PredictionMaps.confidence(t, PredictionMaps.Style.DEFAULT);
        BufferedImage ci = conf.toImage();
        int[] p = conf.pixelOf(1, 1);
        assertEquals(rgb(ColorMaps.sequential((float) 0.9)), rgb(ci, p[0], p[1]));
        MapFigure irr = PredictionMaps.irregularity(t, Irregularity.Measure.NEIGHBOURS, PredictionMaps.Style.DEFAULT);
        BufferedImage ii = irr.toImage();
        int[] centre = irr.pixelOf(1, 1);
        int[] corner = irr.pixelOf(0, 0);
        assertEquals(rgb(ColorMaps.sequential(1)), rgb(ii, centre[0], centre[1]), "the outlier differs from all 8");
        assertEquals(rgb(ColorMaps.sequential(1.0f / 3)), rgb(ii, corner[0], corner[1]), "1 of 3 neighbours differs");
    }

    @Test
    void irregularityDefinitions() {
        float[] n = Irregularity.neighbourDisagreement(PredictionTables.of("0077", "0077", "0.77"));
        // (0,1): neighbours (0,0)0 (0,2)7 (1,0)0 (1,1)0 (1,2)7 → 2 of 5
        assertEquals(2f / 5, n[1], 1e-6f);
        // (2,0): neighbours (1,0)0 (1,1)0, (2,1) has no prediction → 0 of 2
        assertEquals(0f, n[8], 1e-6f);
        assertTrue(Float.isNaN(n[9]), "no prediction → undefined");
        // (1,2): neighbours 0,7,7,0,7,.,7,7 → 2 of 7 differ
        assertEquals(2f / 7, n[6], 1e-6f);

        ScanShape s = new ScanShape(1, 3);
        float[] uniform = new float[8];
        java.util.Arrays.fill(uniform, 0.125f);
        PredictionTable t = PredictionTable.builder(s).put(0, 0, 0, 1, 1, new float[] {1, 0, 0, 0, 0, 0, 0, 0})
                .put(1, 0, 0, 1, 1, uniform).put(2, 0, 0, 1, 1, new float[] {0.5f, 0.5f, 0, 0, 0, 0, 0, 0}).build();
        float[] e = Irregularity.entropy(t);
        assertEquals(0f, e[0], 1e-6f);
        assertEquals(1f, e[1], 1e-6f);
        assertEquals(1f / 3, e[2], 1e-6f); // ln 2 / ln 8
        assertTrue(Float.isNaN(Irregularity.entropy(PredictionTable.builder(s).put(0, 2, 0, 1, 1, null).build())[0]));
    }

    @Test
    void arrowsAreDrawnInTheClassColourOverTheBackground() {
        ScanShape s = new ScanShape(8, 8);
        PredictionTable.Builder b = PredictionTable.builder(s);
        float[] bg = new float[64];
        for (int i = 0; i < 64; i++) {
            b.put(i, 0, 0, 1, 1, null); // all RM: arrows point right
            bg[i] = i;
        }
        MapFigure fig = PredictionMaps.arrows(b.build(), bg, "test image", 4, PredictionMaps.Style.DEFAULT);
        BufferedImage img = fig.toImage();
        // block (0..3, 0..3): centre between positions 1 and 2; the shaft passes through it
        int x = fig.mapX() + 2 * fig.pixelScale();
        int y = fig.mapY() + 2 * fig.pixelScale();
        assertEquals(rgb(ClassPalette.OKABE_ITO.color(PolarizationClass.RM)), rgb(img, x, y));
        // a corner of a block is background grey
        int[] p = fig.pixelOf(0, 0);
        Color grey = new Color(img.getRGB(p[0], p[1]));
        assertEquals(grey.getRed(), grey.getGreen());
        assertEquals(grey.getGreen(), grey.getBlue());
        assertThrows(IllegalArgumentException.class,
                () -> PredictionMaps.arrows(b.build(), new float[10], "bad", 4, PredictionMaps.Style.DEFAULT));
    }

    @Test
    void svgHasTitleAxesAndLegendText() {
        String svg = PredictionMaps.classes(MAP.withMetadata("dataset", "1E"), PredictionMaps.Style.DEFAULT).toSvg();
        assertTrue(svg.startsWith("<?xml"));
        assertTrue(svg.contains(">Polarization classes</text>"));
        assertTrue(svg.contains(">1E · 4×8 positions</text>"), "subtitle from the metadata");
        assertTrue(svg.contains(">scan column</text>") && svg.contains(">scan row</text>"));
        assertTrue(svg.contains(">RM  Right-Mid  0°</text>") && svg.contains(">no prediction</text>"));
        assertTrue(svg.contains("image-rendering:pixelated"));
    }

    @Test
    void figuresAreWrittenAsPngOrSvgByExtension() throws IOException {
        MapFigure fig = PredictionMaps.classes(MAP, PredictionMaps.Style.DEFAULT.withTitle("My map"));
        fig.write(dir.resolve("a.svg"));
        assertTrue(Files.readString(dir.resolve("a.svg")).contains(">My map</text>"));
        fig.write(dir.resolve("sub/a.png"));
        assertEquals(fig.width(), ImageIO.read(dir.resolve("sub/a.png").toFile()).getWidth());
        IOException e = assertThrows(IOException.class, () -> fig.write(dir.resolve("a.jpg")));
        assertTrue(e.getMessage().contains("a.jpg"));
    }
}
