package org.polar4d.core.report;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.polar4d.core.Polar4D;
import org.polar4d.core.io.frames.AtomicOutput;
import org.polar4d.core.progress.CanceledException;

/**
 * A self-contained HTML report: headings, paragraphs, tables, figures, parameter lists and links to
 * files next to it. Images are embedded as base64 data, style sheet inline, no scripts and no
 * external resources, so the one file opens offline anywhere; links to other files (CSV, Markdown)
 * are relative and work when the report stays next to them.
 *
 * <p>Build it block by block, then {@link #write(Path)}. Relative figure and link paths resolve
 * against the folder of the written file; a missing file is an error that names it.
 */
public final class HtmlReport {

    /** An image file (PNG, SVG, JPEG or GIF) with its caption. */
    public record Figure(Path file, String caption) {
        public Figure {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(caption, "caption");
        }
    }

    /** A file next to the report, with what it holds. */
    public record Link(Path file, String description) {
        public Link {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(description, "description");
        }
    }

    private sealed interface Block permits Section, Subsection, Paragraph, Note, TableBlock, Figures, KeyValues,
            Preformatted, Links {
    }

    private record Section(String title, String id) implements Block {
    }

    private record Subsection(String title) implements Block {
    }

    private record Paragraph(String text) implements Block {
    }

    private record Note(String text) implements Block {
    }

    private record TableBlock(ReportTable table) implements Block {
    }

    private record Figures(List<Figure> figures) implements Block {
    }

    private record KeyValues(String caption, Map<String, String> values) implements Block {
    }

    private record Preformatted(String text) implements Block {
    }

    private record Links(List<Link> links) implements Block {
    }

    private static final Map<String, String> IMAGE_TYPES = Map.of("png", "image/png", "svg", "image/svg+xml", "jpg",
            "image/jpeg", "jpeg", "image/jpeg", "gif", "image/gif");

    private final String title;
    private final String subtitle;
    private final List<Block> blocks = new ArrayList<>();

    /**
     * @param title document title
     * @param subtitle line under the title, or null
     */
    public HtmlReport(String title, String subtitle) {
        this.title = Objects.requireNonNull(title, "title");
        this.subtitle = subtitle;
    }

    /** Starts a section; sections are listed in the table of contents. */
    public HtmlReport section(String sectionTitle) {
        blocks.add(new Section(sectionTitle, "s" + (sectionCount() + 1)));
        return this;
    }

    public HtmlReport subsection(String subsectionTitle) {
        blocks.add(new Subsection(subsectionTitle));
        return this;
    }

    /** A paragraph of plain text. */
    public HtmlReport paragraph(String text) {
        blocks.add(new Paragraph(text));
        return this;
    }

    /** A paragraph in small grey print (assumptions, remarks). */
    public HtmlReport note(String text) {
        blocks.add(new Note(text));
        return this;
    }

    public HtmlReport table(ReportTable table) {
        blocks.add(new TableBlock(table));
        return this;
    }

    /** Figures side by side (wrapping on narrow windows). */
    public HtmlReport figures(List<Figure> figures) {
        if (!figures.isEmpty()) {
            blocks.add(new Figures(List.copyOf(figures)));
        }
        return this;
    }

    public HtmlReport figure(Path file, String caption) {
        return figures(List.of(new Figure(file, caption)));
    }

    /** A two-column table of settings, in the map's order. */
    public HtmlReport keyValues(String caption, Map<String, String> values) {
        blocks.add(new KeyValues(caption, new LinkedHashMap<>(values)));
        return this;
    }

    /** Monospaced text, e.g. a Markdown table as written to a file. */
    public HtmlReport preformatted(String text) {
        blocks.add(new Preformatted(text));
        return this;
    }

    /** A list of links to files next to the report. */
    public HtmlReport links(List<Link> links) {
        blocks.add(new Links(List.copyOf(links)));
        return this;
    }

    private int sectionCount() {
        return (int) blocks.stream().filter(b -> b instanceof Section).count();
    }

    /**
     * Writes the report atomically (UTF-8).
     *
     * @throws IOException if a figure or linked file is missing or unreadable, or a figure is not an
     *         image type a browser shows, naming the file
     */
    public void write(Path file) throws IOException {
        byte[] bytes = toHtml(file.toAbsolutePath().getParent()).getBytes(StandardCharsets.UTF_8);
        try {
            AtomicOutput.write(file, channel -> {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            });
        } catch (CanceledException e) {
            throw new IllegalStateException("a plain write cannot be canceled", e);
        }
    }

    /**
     * The HTML document.
     *
     * @param folder where relative figure and link paths are resolved (the report's folder)
     */
    public String toHtml(Path folder) throws IOException {
        StringBuilder sb = new StringBuilder(1 << 16);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"").append(escape(Polar4D.NAME + " " + Polar4D.version()))
                .append("\">\n<title>").append(escape(title)).append("</title>\n<style>\n").append(STYLE)
                .append("</style>\n</head>\n<body>\n<header>\n<h1>").append(escape(title)).append("</h1>\n");
        if (subtitle != null) {
            sb.append("<p class=\"subtitle\">").append(escape(subtitle)).append("</p>\n");
        }
        sb.append("</header>\n");
        contents(sb);
        sb.append("<main>\n");
        boolean open = false;
        for (Block b : blocks) {
            if (b instanceof Section s) {
                if (open) {
                    sb.append("</section>\n");
                }
                sb.append("<section id=\"").append(s.id()).append("\">\n<h2>").append(escape(s.title()))
                        .append("</h2>\n");
                open = true;
            } else {
                render(sb, b, folder);
            }
        }
        if (open) {
            sb.append("</section>\n");
        }
        return sb.append("</main>\n</body>\n</html>\n").toString();
    }

    private void contents(StringBuilder sb) {
        if (sectionCount() < 2) {
            return;
        }
        sb.append("<nav><h2>Contents</h2>\n<ol>\n");
        for (Block b : blocks) {
            if (b instanceof Section s) {
                sb.append("<li><a href=\"#").append(s.id()).append("\">").append(escape(s.title()))
                        .append("</a></li>\n");
            }
        }
        sb.append("</ol>\n</nav>\n");
    }

    private static void render(StringBuilder sb, Block block, Path folder) throws IOException {
        if (block instanceof Subsection s) {
            sb.append("<h3>").append(escape(s.title())).append("</h3>\n");
        } else if (block instanceof Paragraph p) {
            sb.append("<p>").append(escape(p.text())).append("</p>\n");
        } else if (block instanceof Note n) {
            sb.append("<p class=\"note\">").append(escape(n.text())).append("</p>\n");
        } else if (block instanceof TableBlock t) {
            table(sb, t.table());
        } else if (block instanceof Figures f) {
            figures(sb, f.figures(), folder);
        } else if (block instanceof KeyValues kv) {
            keyValues(sb, kv);
        } else if (block instanceof Preformatted p) {
            sb.append("<pre>").append(escape(p.text())).append("</pre>\n");
        } else if (block instanceof Links l) {
            links(sb, l.links(), folder);
        }
    }

    private static void table(StringBuilder sb, ReportTable t) {
        sb.append("<div class=\"table\"><table>\n");
        if (t.caption() != null) {
            sb.append("<caption>").append(escape(t.caption())).append("</caption>\n");
        }
        sb.append("<thead><tr>");
        for (String h : t.header()) {
            sb.append("<th>").append(escape(h)).append("</th>");
        }
        sb.append("</tr></thead>\n<tbody>\n");
        for (List<ReportTable.Cell> row : t.rows()) {
            sb.append("<tr>");
            for (int i = 0; i < t.header().size(); i++) {
                ReportTable.Cell c = i < row.size() ? row.get(i) : ReportTable.Cell.text("");
                sb.append(c.numeric() ? "<td class=\"num\">" : "<td>");
                String text = escape(c.text());
                sb.append(c.bold() ? "<strong>" + text + "</strong>" : text).append("</td>");
            }
            sb.append("</tr>\n");
        }
        sb.append("</tbody>\n</table></div>\n");
    }

    private static void figures(StringBuilder sb, List<Figure> figures, Path folder) throws IOException {
        sb.append("<div class=\"figures\">\n");
        for (Figure f : figures) {
            Path file = folder.resolve(f.file());
            String type = IMAGE_TYPES.get(extension(file));
            if (type == null) {
                throw new IOException(file + ": not an image a browser shows inline (use .png, .svg, .jpg or .gif)");
            }
            String data = Base64.getEncoder().encodeToString(read(file, "figure"));
            sb.append("<figure><img src=\"data:").append(type).append(";base64,").append(data).append("\" alt=\"")
                    .append(escape(f.caption())).append("\"><figcaption>").append(escape(f.caption()))
                    .append("</figcaption></figure>\n");
        }
        sb.append("</div>\n");
    }

    private static void keyValues(StringBuilder sb, KeyValues kv) {
        sb.append("<div class=\"table\"><table class=\"kv\">\n");
        if (kv.caption() != null) {
            sb.append("<caption>").append(escape(kv.caption())).append("</caption>\n");
        }
        for (Map.Entry<String, String> e : kv.values().entrySet()) {
            sb.append("<tr><th>").append(escape(e.getKey())).append("</th><td>").append(escape(e.getValue()))
                    .append("</td></tr>\n");
        }
        sb.append("</table></div>\n");
    }

    private static void links(StringBuilder sb, List<Link> links, Path folder) throws IOException {
        sb.append("<ul class=\"files\">\n");
        for (Link l : links) {
            Path file = folder.resolve(l.file());
            if (!Files.exists(file)) {
                throw new NoSuchFileException(file.toString(), null, "linked from the report but missing");
            }
            String href = l.file().isAbsolute() ? file.toUri().toString() : relativeHref(l.file());
            sb.append("<li><a href=\"").append(escape(href)).append("\"><code>").append(escape(l.file().toString()))
                    .append("</code></a> — ").append(escape(l.description())).append("</li>\n");
        }
        sb.append("</ul>\n");
    }

    /** A relative path as a URL path: forward slashes, each segment percent-encoded where needed. */
    private static String relativeHref(Path relative) {
        List<String> parts = new ArrayList<>();
        for (Path p : relative) {
            parts.add(java.net.URLEncoder.encode(p.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return String.join("/", parts);
    }

    private static byte[] read(Path file, String what) throws IOException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, what + " of the report is missing");
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Escapes text for HTML element content and attribute values. */
    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 0 auto;
                   max-width: 1200px; padding: 0 1.5em 3em; color: #1a1a1a; line-height: 1.45; }
            header { border-bottom: 2px solid #333; margin-bottom: 1em; }
            h1 { margin: 0.8em 0 0.2em; font-size: 1.7em; }
            .subtitle { margin: 0 0 0.8em; color: #555; }
            h2 { margin-top: 1.6em; border-bottom: 1px solid #ccc; font-size: 1.35em; }
            h3 { margin-top: 1.3em; font-size: 1.1em; }
            nav ol { columns: 2; margin: 0; }
            nav h2 { border: none; margin: 0.5em 0 0.2em; font-size: 1.1em; }
            .note { color: #555; font-size: 0.9em; }
            .table { overflow-x: auto; margin: 0.8em 0; }
            table { border-collapse: collapse; font-size: 0.92em; }
            caption { text-align: left; font-weight: 600; padding: 0.3em 0; }
            th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; text-align: left; }
            thead th { background: #f0f0f0; }
            td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            table.kv th { background: #f7f7f7; font-weight: 500; white-space: nowrap; }
            table.kv td { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; }
            .figures { display: flex; flex-wrap: wrap; gap: 1em; align-items: flex-start; margin: 0.8em 0; }
            figure { margin: 0; max-width: 100%; }
            figure img { max-width: 100%; height: auto; border: 1px solid #ddd; }
            figcaption { font-size: 0.85em; color: #444; max-width: 560px; }
            pre { background: #f7f7f7; padding: 0.8em; overflow-x: auto; font-size: 0.85em; }
            ul.files li { margin: 0.15em 0; }
            @media print { nav { display: none; } .figures { display: block; } figure { page-break-inside: avoid; } }
            """;
}
