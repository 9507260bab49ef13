package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.predict.PredictionCsv;
import org.polar4d.core.predict.PredictionTable;
import org.polar4d.core.render.ClassPalette;

class EvaluateRenderCommandTest {

    @TempDir
    Path dir;

    /** Seed s of model m on a 4 × 4 scan: the first {@code correct} positions RM, the rest LU. */
    private Path table(String dataset, String model, int seed, int correct) throws IOException {
        ScanShape s = new ScanShape(4, 4);
        PredictionTable.Builder b = PredictionTable.builder(s);
        for (int i = 0; i < 16; i++) {
            int k = i < correct ? 0 : 3;
            float[] scores = new float[8];
            scores[k] = 0.8f;
            scores[(k + 1) % 8] = 0.2f;
            b.put(i, k, Double.NaN, 0.8, 1, scores);
        }
        b.metadata("dataset", dataset).metadata("model", model).metadata("seed", Integer.toString(seed))
                .metadata("scan_step", "0.5 nm");
        Path f = dir.resolve(dataset + "-" + model + "-" + seed + ".csv");
        PredictionCsv.write(b.build(), f);
        return f;
    }

    private Path a1;
    private Path a2;
    private Path b1;

    @BeforeEach
    void tables() throws IOException {
        a1 = table("1E", "cnn", 1, 8); // 50 %
        a2 = table("1E", "cnn", 2, 16); // 100 %
        b1 = table("1E", "pca", 1, 4); // 25 %
    }

    @Test
    void evaluatePrintsAndWritesTheResultsTable() throws IOException {
        Path out = dir.resolve("results");
        CliTestSupport.Run r = CliTestSupport.run("evaluate", a1.toString(), a2.toString(), b1.toString(), "--label",
                "RM", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("| 1E | RM | **75.0 ± 25.0** | 25.0 ± 0.0 |"), r.out());
        assertTrue(r.out().contains("| 1E majority | | RM ✓ | LU ✗ |"), r.out());
        assertTrue(Files.readString(out.resolve("results.md")).contains("**75.0 ± 25.0**"));
        assertTrue(Files.readString(out.resolve("results.csv")).contains("1E,RM,cnn,2,75.0000,25.0000,50.0000;100.0000,"));
        String perTable = Files.readString(out.resolve("per-table.csv"));
        assertTrue(perTable.contains("1E-pca-1,1E,pca,1,RM,16,16,4,25.0000,LU,false"), perTable);
        String confusion = Files.readString(out.resolve("confusion-cnn.csv"));
        assertTrue(confusion.contains("\nRM,24,0,0,8,0,0,0,0,0,32,0.750000\n"), confusion);
        assertTrue(Files.readString(out.resolve("confusion-pca.svg")).contains("<svg"));
    }

    @Test
    void evaluateNeedsALabel() {
        CliTestSupport.Run r = CliTestSupport.run("evaluate", a1.toString());
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("no label for dataset '1E'"), r.err());
        CliTestSupport.Run perDataset = CliTestSupport.run("evaluate", a1.toString(), "--label", "1E=RM,LU");
        assertEquals(0, perDataset.exitCode(), perDataset.err());
        assertTrue(perDataset.out().contains("| 1E | RM,LU | **100.0 ± 0.0** |"), perDataset.out());
        assertEquals(2, CliTestSupport.run("evaluate", a1.toString(), "--label", "XX").exitCode());
    }

    @Test
    void badCsvIsAClearRuntimeError() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "row,col,class_index\n0,0,12\n");
        CliTestSupport.Run r = CliTestSupport.run("evaluate", bad.toString(), "--label", "RM");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("bad.csv: line 2, column 3 (class_index): '12' is outside -1..7"), r.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"classes", "wheel", "confidence", "irregularity", "arrows", "bars", "confusion"})
    void renderEveryStyleAsPngAndSvg(String style) throws IOException {
        for (String ext : new String[] {"png", "svg"}) {
            Path out = dir.resolve(style + "." + ext);
            CliTestSupport.Run r = CliTestSupport.run("render", a1.toString(), a2.toString(), "--style", style,
                    "--label", "RM", "--out", out.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(r.out().contains("wrote " + out), r.out());
            if (ext.equals("png")) {
                BufferedImage img = ImageIO.read(out.toFile());
                assertTrue(img.getWidth() > 300 && img.getHeight() > 250, style + " " + img.getWidth());
            } else {
                String svg = Files.readString(out);
                assertTrue(svg.contains("<svg") && svg.endsWith("</svg>\n"));
                if (!style.equals("bars") && !style.equals("confusion")) {
                    // 4 positions × 0.5 nm = 2 nm wide: a 0.2 nm bar (a round length near a fifth of the width)
                    assertTrue(svg.contains(">0.2 nm</text>"), style + ": scale bar from the scan_step metadata");
                }
            }
        }
    }

    @Test
    void renderVotesOverSeedsAndUsesThePalette() throws IOException {
        Path out = dir.resolve("vote.png");
        // seed 1: positions 8..15 are LU, seed 2: RM everywhere, pca: 4..15 LU → vote at 8..15: LU 2, RM 1 → LU
        CliTestSupport.Run r = CliTestSupport.run("render", a1.toString(), a2.toString(), b1.toString(), "--style",
                "classes", "--palette", "paper", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String svgOut = dir.resolve("vote.svg").toString();
        CliTestSupport.run("render", a1.toString(), a2.toString(), b1.toString(), "--style", "classes", "--palette",
                "paper", "--out", svgOut);
        assertTrue(Files.readString(Path.of(svgOut)).contains("majority vote of 3 models"));
        BufferedImage img = ImageIO.read(out.toFile());
        // the map starts left of the middle; find the RM (magenta) and LU (red) blocks by colour count
        int magenta = 0;
        int red = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y) & 0xFFFFFF;
                magenta += p == (ClassPalette.PAPER.color(0).getRGB() & 0xFFFFFF) ? 1 : 0;
                red += p == (ClassPalette.PAPER.color(3).getRGB() & 0xFFFFFF) ? 1 : 0;
            }
        }
        // 8 positions each (plus small legend swatches): equal areas within the legend's share
        assertTrue(magenta > 8 * 32 * 32 && red > 8 * 32 * 32, magenta + " / " + red);
        assertTrue(Math.abs(magenta - red) < 600, magenta + " / " + red);
    }

    /** A little-endian float32 C-order .npy of the given shape. */
    private Path npy(String name, float[] values, int... shape) throws IOException {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + dims.toString().replaceAll(", $", "")
                + (shape.length == 1 ? "," : "") + "), }";
        int total = 10 + dict.length() + 1;
        String header = dict + " ".repeat((64 - total % 64) % 64) + "\n";
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(10 + header.length() + 4 * values.length)
                .order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) header.length());
        b.put(header.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        for (float v : values) {
            b.putFloat(v);
        }
        Path f = dir.resolve(name);
        Files.write(f, b.array());
        return f;
    }

    @Test
    void arrowsOverABackgroundImageOrTheTotalIntensityOfADataset() throws IOException {
        float[] ramp = new float[16];
        for (int i = 0; i < 16; i++) {
            ramp[i] = i;
        }
        Path image = npy("vbf.npy", ramp, 4, 4);
        Path out = dir.resolve("arrows.svg");
        CliTestSupport.Run r = CliTestSupport.run("render", a2.toString(), "--style", "arrows", "--background",
                image.toString(), "--arrow-step", "2", "--out", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String svg = Files.readString(out);
        assertTrue(svg.contains(">background: vbf.npy</text>") && svg.contains(">one arrow per 2×2 positions:</text>"),
                svg.length() + "");
        assertEquals(4, svg.split("<polygon").length - 1 - 8, "4 arrows (2 × 2 blocks) besides the 8 of the rose");

        Path cube = npy("scan.npy", new float[4 * 4 * 3 * 3], 4, 4, 3, 3);
        CliTestSupport.Run total = CliTestSupport.run("render", a2.toString(), "--style", "arrows", "--background",
                cube.toString(), "--out", out.toString());
        assertEquals(0, total.exitCode(), total.err());
        assertTrue(Files.readString(out).contains(">background: total intensity of scan.npy</text>"));

        Path wrong = npy("wrong.npy", new float[15], 3, 5);
        CliTestSupport.Run bad = CliTestSupport.run("render", a2.toString(), "--style", "arrows", "--background",
                wrong.toString(), "--out", out.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.err().contains("wrong.npy: a background needs one value per scan position (4×4)"), bad.err());
        assertEquals(2, CliTestSupport.run("render", a2.toString(), "--style", "classes", "--background",
                image.toString(), "--out", out.toString()).exitCode());
    }

    @Test
    void renderUsageErrors() {
        CliTestSupport.Run style = CliTestSupport.run("render", a1.toString(), "--style", "jet", "--out", "x.png");
        assertEquals(2, style.exitCode());
        assertTrue(style.err().contains("unknown --style 'jet'"), style.err());
        CliTestSupport.Run palette = CliTestSupport.run("render", a1.toString(), "--style", "classes", "--palette",
                "rainbow", "--out", dir.resolve("x.png").toString());
        assertEquals(2, palette.exitCode());
        assertTrue(palette.err().contains("unknown palette 'rainbow'"), palette.err());
        CliTestSupport.Run ext = CliTestSupport.run("render", a1.toString(), "--style", "classes", "--out",
                dir.resolve("x.gif").toString());
        assertEquals(1, ext.exitCode());
        assertTrue(ext.err().contains("use a file name ending in .png or .svg"), ext.err());
        assertFalse(Files.exists(dir.resolve("x.gif")));
    }
}
