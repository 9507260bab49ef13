package org.polar4d.core.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    @TempDir
    Path dir;

    @Test
    void embedsFiguresAsDataThatDecodesToTheFileBytes() throws IOException {
        Path png = png("maps/classes.png", 0x336699);
        Path svg = dir.resolve("bars.svg");
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>");
        HtmlReport report = new HtmlReport("Demo", "quick run").section("Maps")
                .figures(List.of(new HtmlReport.Figure(Path.of("maps/classes.png"), "Class map"),
                        new HtmlReport.Figure(Path.of("bars.svg"), "Bars")));
        Path html = dir.resolve("report.html");
        report.write(html);

        String text = Files.readString(html);
        List<String> images = dataUris(text);
        assertEquals(2, images.size(), text);
        assertTrue(images.get(0).startsWith("image/png;base64,"));
        assertArrayEquals(Files.readAllBytes(png), decode(images.get(0)));
        assertTrue(images.get(1).startsWith("image/svg+xml;base64,"));
        assertArrayEquals(Files.readAllBytes(svg), decode(images.get(1)));
        assertTrue(text.contains("<figcaption>Class map</figcaption>"));
    }

    @Test
    void opensOfflineWithoutScriptsOrExternalResources() throws IOException {
        png("a.png", 0xff0000);
        String html = new HtmlReport("T", null).section("One").figure(Path.of("a.png"), "A").section("Two")
                .paragraph("text").toHtml(dir);
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("<link"), "no external style sheets");
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html).find(), "no remote resources");
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertBalanced(html, "section", "figure", "nav", "main", "ol", "html", "body");
    }

    @Test
    void escapesEveryTextSoContentCannotInjectMarkup() throws IOException {
        ReportTable t = new ReportTable("<b>cap</b>", List.of("a&b", "c")).row("<script>x</script>", "\"q\" 'q'");
        Map<String, String> kv = new LinkedHashMap<>();
        kv.put("key<", ">value");
        String html = new HtmlReport("<title>", "sub & title").section("S <1>").paragraph("1 < 2 & 3 > 2").table(t)
                .keyValues("K", kv).preformatted("| a | <b> |").toHtml(dir);
        assertFalse(html.contains("<script>x"), html);
        assertFalse(html.contains("<b>"), html);
        assertTrue(html.contains("&lt;title&gt;"));
        assertTrue(html.contains("1 &lt; 2 &amp; 3 &gt; 2"));
        assertTrue(html.contains("&quot;q&quot; &#39;q&#39;"));
        assertTrue(html.contains("<th>key&lt;</th><td>&gt;value</td>"));
        assertTrue(html.contains("S &lt;1&gt;"));
    }

    @Test
    void tablesMarkBoldAndNumericCellsAndPadShortRows() throws IOException {
        ReportTable t = new ReportTable("Results", List.of("Dataset", "cnn", "pcaknn"));
        t.row(List.of(ReportTable.Cell.text("20 nm"), ReportTable.Cell.number("93.1 ± 1.2").asBold(),
                ReportTable.Cell.number("88.0 ± 0.0")));
        t.row("50 nm");
        String html = new HtmlReport("T", null).table(t).toHtml(dir);
        assertTrue(html.contains("<caption>Results</caption>"));
        assertTrue(html.contains("<td class=\"num\"><strong>93.1 ± 1.2</strong></td>"), html);
        assertTrue(html.contains("<tr><td>50 nm</td><td></td><td></td></tr>"), html);
        assertThrows(IllegalArgumentException.class, () -> t.row("a", "b", "c", "d"));
    }

    @Test
    void recognisesNumbersForAlignment() {
        for (String s : List.of("12", "-3.5", "93.1 ± 1.2", "1e-4", "20 nm", "45%", "3.17 mrad", "12.5 s", "90°")) {
            assertTrue(ReportTable.looksNumeric(s), s);
        }
        for (String s : List.of("RM", "2×2 cells", "cnn/proto", "", "seed 888")) {
            assertFalse(ReportTable.looksNumeric(s), s);
        }
    }

    @Test
    void contentsListsSectionsInOrder() throws IOException {
        String html = new HtmlReport("T", null).section("Data").section("Results").toHtml(dir);
        int nav = html.indexOf("<nav>");
        assertTrue(nav >= 0);
        assertTrue(html.indexOf("href=\"#s1\">Data") < html.indexOf("href=\"#s2\">Results"));
        assertTrue(html.contains("<section id=\"s2\">"));
    }

    @Test
    void linksAreRelativeAndEncoded() throws IOException {
        Files.createDirectories(dir.resolve("pred"));
        Files.writeString(dir.resolve("pred/20 nm.csv"), "row,col,class\n");
        String html = new HtmlReport("T", null)
                .links(List.of(new HtmlReport.Link(Path.of("pred", "20 nm.csv"), "predictions"))).toHtml(dir);
        assertTrue(html.contains("href=\"pred/20%20nm.csv\""), html);
        assertTrue(html.contains("— predictions"));
    }

    @Test
    void missingFilesAreNamedAndLeaveNoReport() throws IOException {
        Path html = dir.resolve("report.html");
        HtmlReport withFigure = new HtmlReport("T", null).figure(Path.of("missing.png"), "M");
        NoSuchFileException e = assertThrows(NoSuchFileException.class, () -> withFigure.write(html));
        assertTrue(e.getMessage().contains("missing.png"), e.getMessage());
        assertFalse(Files.exists(html));

        HtmlReport withLink = new HtmlReport("T", null).links(List.of(new HtmlReport.Link(Path.of("gone.csv"), "x")));
        e = assertThrows(NoSuchFileException.class, () -> withLink.write(html));
        assertTrue(e.getMessage().contains("gone.csv"), e.getMessage());

        Files.writeString(dir.resolve("table.csv"), "a\n");
        HtmlReport notImage = new HtmlReport("T", null).figure(Path.of("table.csv"), "not an image");
        IOException io = assertThrows(IOException.class, () -> notImage.write(html));
        assertTrue(io.getMessage().contains("table.csv"), io.getMessage());
        assertFalse(Files.exists(html));
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary files left");
        }
    }

    @Test
    void writingReplacesAnOldReport() throws IOException {
        Path html = dir.resolve("report.html");
        Files.writeString(html, "old");
        new HtmlReport("New", null).paragraph("fresh").write(html);
        String text = Files.readString(html, StandardCharsets.UTF_8);
        assertTrue(text.contains("<p>fresh</p>"));
        assertFalse(text.contains("old"));
    }

    private Path png(String name, int rgb) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, rgb);
        assertTrue(ImageIO.write(img, "png", file.toFile()));
        return file;
    }

    private static List<String> dataUris(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<img src=\"data:([^\"]+)\"").matcher(html);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static byte[] decode(String dataUri) {
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(",") + 1));
    }

    private static void assertBalanced(String html, String... tags) {
        for (String tag : tags) {
            int open = count(html, "<" + tag + "[ >]");
            int close = count(html, "</" + tag + ">");
            assertEquals(open, close, "<" + tag + "> opened " + open + " times, closed " + close);
            assertTrue(open > 0, tag);
        }
    }

    private static int count(String s, String regex) {
        Matcher m = Pattern.compile(regex).matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
