package org.polar4d.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.learn.archive.ModelArchive;
import org.polar4d.learn.train.TrainingRun;

/**
 * Runs {@code polar4d demo --quick} once, end to end, and checks what it wrote against itself: every
 * accuracy of the results table (Markdown, CSV and HTML) is recomputed from the prediction CSVs
 * without the engine, the majority-vote tables are recomputed from the per-seed tables, every
 * figure the report embeds decodes to the image file next to it, and the model archives load.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCommandTest {

    private static final List<String> CLASSES = List.of("RM", "RU", "MU", "LU", "LM", "LD", "MD", "RD");

    private Path dir;
    private Path out;
    private CliTestSupport.Run run;

    @BeforeAll
    void runQuickDemo(@TempDir Path tempDir) {
        dir = tempDir;
        out = dir.resolve("demo out");
        run = CliTestSupport.run("demo", "--quick", "--out", out.toString());
    }

    @Test
    void exitsZeroWithTheResultsTableOnStdoutAndProgressOnStderr() {
        assertEquals(0, run.exitCode(), run.out() + run.err());
        assertTrue(run.out().contains("| Dataset | Accepted | Conv (Proto) | PCA |"), run.out());
        assertTrue(run.out().contains("wrote " + out.resolve("report.html")), run.out());
        assertTrue(run.err().contains("train Conv (Proto)"), run.err());
        assertTrue(run.err().contains("100%"), run.err());
    }

    @Test
    void writesEveryOutput() throws IOException {
        for (String f : List.of("report.html", "results.md", "results.csv", "per-table.csv", "confusion-conv-proto.csv",
                "confusion-conv-proto.png", "confusion-pca.csv", "confusion-pca.png", "models/conv-proto.zip",
                "models/pca.zip", "training-conv-proto-seed888.png", "training-conv-proto-seed1212.png")) {
            assertTrue(Files.size(out.resolve(f)) > 0, f);
        }
        List<String> datasets = datasets();
        assertEquals(8, datasets.size(), "4 conditions × 2 classes: " + datasets);
        for (String d : datasets) {
            for (String m : List.of("conv-proto", "pca")) {
                for (String style : List.of("classes", "wheel", "confidence", "irregularity")) {
                    assertPng(out.resolve("maps").resolve(d + "." + m + "." + style + ".png"));
                }
                assertTrue(Files.exists(out.resolve("predictions").resolve(d + "." + m + ".csv")), d + " " + m);
                for (String seed : List.of("888", "1212")) {
                    assertTrue(Files.exists(out.resolve("predictions").resolve(d + "." + m + ".seed" + seed + ".csv")));
                }
            }
        }
        for (String condition : List.of("20nm", "20nm-new-positions", "50nm", "20nm-dose")) {
            assertPng(out.resolve("class-bars-" + condition + ".png"));
        }
    }

    @Test
    void resultsTableMatchesAccuraciesRecomputedFromThePredictionFiles() throws IOException {
        Map<String, List<Double>> perSeed = recomputedAccuracies();
        assertEquals(16, perSeed.size(), perSeed.keySet().toString());
        Map<String, String[]> csv = resultsCsv();
        String markdown = Files.readString(out.resolve("results.md"));
        String html = Files.readString(out.resolve("report.html"));
        for (Map.Entry<String, List<Double>> e : perSeed.entrySet()) {
            String[] key = e.getKey().split("\\|");
            List<Double> acc = e.getValue();
            double mean = acc.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double std = Math.sqrt(acc.stream().mapToDouble(a -> (a - mean) * (a - mean)).sum() / acc.size());
            String[] row = csv.get(e.getKey());
            assertNotNull(row, "results.csv has no line for " + e.getKey());
            assertEquals(acc.size(), Integer.parseInt(row[3]), "seeds of " + e.getKey());
            assertEquals(mean, Double.parseDouble(row[4]), 1e-3, "mean accuracy of " + e.getKey());
            assertEquals(std, Double.parseDouble(row[5]), 1e-3, "std of " + e.getKey());
            String cell = String.format(Locale.ROOT, "%.1f ± %.1f", mean, std);
            assertEquals(cell, row[7], e.getKey());
            assertTrue(markdownRow(markdown, key[0]).contains(cell), "results.md row of " + key[0] + ": " + cell);
            assertTrue(htmlRow(html, key[0]).contains(cell), "report.html row of " + key[0] + ": " + cell);
        }
    }

    @Test
    void votesAreTheMajorityOfTheSeedTables() throws IOException {
        for (String d : datasets()) {
            for (String m : List.of("conv-proto", "pca")) {
                int[] vote = column(out.resolve("predictions").resolve(d + "." + m + ".csv"), "class_index");
                int[] a = column(out.resolve("predictions").resolve(d + "." + m + ".seed888.csv"), "class_index");
                int[] b = column(out.resolve("predictions").resolve(d + "." + m + ".seed1212.csv"), "class_index");
                int[] expected = new int[vote.length];
                for (int i = 0; i < vote.length; i++) {
                    // one vote each: a tie, won by the smaller class index; no prediction (-1) casts no vote
                    expected[i] = a[i] < 0 ? b[i] : b[i] < 0 ? a[i] : Math.min(a[i], b[i]);
                }
                assertArrayEquals(expected, vote, d + " " + m);
            }
        }
    }

    @Test
    void reportIsSelfContainedAndEmbedsTheFiguresWrittenNextToIt() throws IOException {
        String html = Files.readString(out.resolve("report.html"));
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no remote resources");
        assertFalse(html.contains("<script"), "no scripts");
        Matcher img = Pattern.compile("<img src=\"data:image/png;base64,([^\"]+)\" alt=\"([^\"]*)\"").matcher(html);
        int images = 0;
        while (img.find()) {
            byte[] png = Base64.getDecoder().decode(img.group(1));
            assertNotNull(ImageIO.read(new ByteArrayInputStream(png)), img.group(2));
            images++;
        }
        // 8 scans × 2 models × 4 maps, 4 class charts, 2 confusion matrices, 2 training curves
        assertEquals(64 + 4 + 2 + 2, images);
        Matcher href = Pattern.compile("<a href=\"([^\"#]+)\"").matcher(html);
        int links = 0;
        while (href.find()) {
            String file = java.net.URLDecoder.decode(href.group(1), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(Files.exists(out.resolve(file)), "linked file " + file);
            links++;
        }
        assertTrue(links > 100, "links to every written file: " + links);
        for (String setting : List.of("cnn.seeds", "888,1212", "pcaknn.knnK", "preprocess.cropSize", "filter.comShift",
                "scans.50nm.thickness_nm", "sim.beams", "seconds.total")) {
            assertTrue(html.contains(setting), "the report records " + setting);
        }
    }

    @Test
    void modelArchivesHoldEverySeed() throws Exception {
        for (String m : List.of("conv-proto", "pca")) {
            TrainingRun r = ModelArchive.read(out.resolve("models").resolve(m + ".zip"));
            assertEquals(List.of(888L, 1212L), r.models().stream().map(x -> x.seed()).toList(), m);
        }
    }

    @Test
    void trainingConditionsAreLearnedClearlyAboveChance() throws IOException {
        Map<String, List<Double>> acc = recomputedAccuracies();
        for (String key : acc.keySet()) {
            if (key.startsWith("1S-")) {
                double mean = acc.get(key).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
                assertTrue(mean > 2 * 12.5, key + ": " + mean + " % at the training conditions");
            }
        }
    }

    @Test
    void badOptionsAreUsageErrorsAndAnUnwritableFolderIsNamed() throws IOException {
        CliTestSupport.Run r = CliTestSupport.run("demo", "--threads", "0", "--out", dir.resolve("x").toString());
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("--threads"), r.err());
        Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
        r = CliTestSupport.run("demo", "--quick", "--out", file.toString());
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("a-file"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace without --verbose: " + r.err());
    }

    /** Dataset names from the per-seed prediction files. */
    private List<String> datasets() throws IOException {
        try (Stream<Path> files = Files.list(out.resolve("predictions"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".pca.seed888.csv"))
                    .map(n -> n.substring(0, n.indexOf(".pca."))).sorted().toList();
        }
    }

    /** "dataset|model" → per-seed accuracy in %, from the CSVs alone: share of rows whose class is the label. */
    private Map<String, List<Double>> recomputedAccuracies() throws IOException {
        Map<String, List<Double>> acc = new TreeMap<>();
        try (Stream<Path> files = Files.list(out.resolve("predictions"))) {
            for (Path f : files.filter(p -> p.getFileName().toString().contains(".seed")).sorted().toList()) {
                Map<String, String> meta = metadata(f);
                String label = meta.get("label");
                assertTrue(CLASSES.contains(label), f + " label " + label);
                String[] classes = columnText(f, "class");
                long correct = Arrays.stream(classes).filter(label::equals).count();
                int rows = Integer.parseInt(meta.get("scan").split("x")[0]) * Integer.parseInt(meta.get("scan")
                        .split("x")[1]);
                assertEquals(rows, classes.length, f + ": one line per scan position");
                acc.computeIfAbsent(meta.get("dataset") + "|" + meta.get("model"), k -> new ArrayList<>())
                        .add(100.0 * correct / classes.length);
            }
        }
        return acc;
    }

    private static Map<String, String> metadata(Path csv) throws IOException {
        Map<String, String> m = new HashMap<>();
        for (String line : Files.readAllLines(csv)) {
            if (!line.startsWith("# ")) {
                break;
            }
            int colon = line.indexOf(": ");
            if (colon > 0) {
                m.put(line.substring(2, colon), line.substring(colon + 2));
            }
        }
        return m;
    }

    private static String[] columnText(Path csv, String column) throws IOException {
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        int c = Arrays.asList(lines.get(0).split(",")).indexOf(column);
        assertTrue(c >= 0, csv + " has no column " + column);
        return lines.subList(1, lines.size()).stream().map(l -> l.split(",")[c]).toArray(String[]::new);
    }

    private static int[] column(Path csv, String column) throws IOException {
        return Arrays.stream(columnText(csv, column)).mapToInt(Integer::parseInt).toArray();
    }

    /** "dataset|model" → the fields of results.csv (no field there contains a comma). */
    private Map<String, String[]> resultsCsv() throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(out.resolve("results.csv"));
        assertTrue(lines.get(0).startsWith("dataset,accepted,model,seeds,accuracy_mean_pct,accuracy_std_pct,"),
                lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",");
            rows.put(f[0] + "|" + f[2], f);
        }
        return rows;
    }

    private static String markdownRow(String markdown, String dataset) {
        return markdown.lines().filter(l -> l.startsWith("| " + dataset + " | ")).findFirst().orElse("");
    }

    private static String htmlRow(String html, String dataset) {
        Matcher m = Pattern.compile("<tr><td>" + Pattern.quote(dataset) + "</td><td>[A-Z,]+</td>.*?</tr>")
                .matcher(html);
        return m.find() ? m.group() : "";
    }

    private static void assertPng(Path file) throws IOException {
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, file + " is a PNG");
        assertTrue(image.getWidth() >= 200 && image.getHeight() >= 150, file + " has a readable size");
    }
}
