package org.polar4d.core.predict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.data.ScanShape;
import org.polar4d.core.files.AtomicFile;
import org.polar4d.core.label.PolarizationClass;

/**
 * Reads and writes {@link PredictionTable}s as CSV.
 *
 * <pre>
 * # polar4d predictions v1
 * # scan: 128x128
 * # dataset: 1E
 * # model: cnn/proto seed 888
 * row,col,class_index,class,angle_deg,confidence,agreement,score_RM,score_RU,...,score_RD
 * 0,0,2,MU,90.0,0.93,1.0,0.01,...
 * 0,1,-1,none,,,,,...
 * </pre>
 *
 * Lines starting with {@code #} before the header carry metadata as {@code key: value}; {@code scan}
 * gives the scan shape (otherwise it is the largest row and column + 1). The writer lists every
 * position; a reader accepts missing positions (no prediction), columns in any order and extra
 * columns, and needs only {@code row}, {@code col} and {@code class_index} or {@code class}. Empty
 * numeric cells are unknown values. Numbers are written with the shortest text that reads back to
 * the same float.
 */
public final class PredictionCsv {

    static final String MAGIC = "polar4d predictions v1";
    static final String KEY_SCAN = "scan";
    private static final String NONE = "none";

    private PredictionCsv() {
    }

    /** Writes {@code table} to {@code file} atomically. */
    public static void write(PredictionTable table, Path file) throws IOException {
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writeTo(table, w);
            w.flush();
        });
    }

    static void writeTo(PredictionTable table, Writer w) throws IOException {
        w.write("# " + MAGIC + "\n");
        w.write("# " + KEY_SCAN + ": " + table.scanShape() + "\n");
        for (Map.Entry<String, String> e : table.metadata().entrySet()) {
            w.write("# " + e.getKey() + ": " + e.getValue() + "\n");
        }
        w.write(String.join(",", header()) + "\n");
        ScanShape scan = table.scanShape();
        StringBuilder line = new StringBuilder(160);
        for (int i = 0; i < table.positions(); i++) {
            line.setLength(0);
            int k = table.classIndex(i);
            line.append(scan.rowOf(i)).append(',').append(scan.colOf(i)).append(',').append(k).append(',')
                    .append(k < 0 ? NONE : PolarizationClass.of(k).name());
            num(line, table.angleDegrees(i));
            num(line, table.confidence(i));
            num(line, table.agreement(i));
            for (int c = 0; c < PolarizationClass.COUNT; c++) {
                num(line, table.score(i, c));
            }
            w.write(line.append('\n').toString());
        }
    }

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("row", "col", "class_index", "class", "angle_deg", "confidence",
                "agreement"));
        for (PolarizationClass c : PolarizationClass.values()) {
            h.add("score_" + c.name());
        }
        return h;
    }

    private static void num(StringBuilder line, double v) {
        line.append(',');
        if (!Double.isNaN(v)) {
            line.append(Float.toString((float) v));
        }
    }

    /** Reads a prediction CSV, validating every value. */
    public static PredictionTable read(Path file) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Parser(file).parse(r);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "prediction file not found");
        } catch (java.nio.charset.MalformedInputException e) {
            throw new PredictionCsvException(file, "not a UTF-8 text file (is this really a prediction CSV?)");
        }
    }

    /** One data line, validated. */
    private record Entry(int line, int row, int col, int classIndex, double angle, double confidence,
            double agreement, float[] scores) {
    }

    private static final class Parser {
        private final Path file;
        private final Map<String, String> metadata = new LinkedHashMap<>();
        private final Map<String, Integer> columns = new HashMap<>();
        private String[] names;
        private ScanShape declaredScan;
        private int lineNo;

        Parser(Path file) {
            this.file = file;
        }

        PredictionTable parse(BufferedReader r) throws IOException {
            List<Entry> entries = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (names == null) {
                    if (line.startsWith("#")) {
                        metadataLine(line.substring(1).trim());
                    } else {
                        headerLine(line);
                    }
                } else if (!line.startsWith("#")) {
                    entries.add(dataLine(line));
                }
            }
            if (names == null) {
                throw new PredictionCsvException(file, "no header line (expected e.g. 'row,col,class_index,...')");
            }
            return build(entries);
        }

        private void metadataLine(String text) throws PredictionCsvException {
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return; // a plain comment, e.g. the format line
            }
            String key = text.substring(0, colon).trim();
            String value = text.substring(colon + 1).trim();
            if (key.equals(KEY_SCAN)) {
                try {
                    declaredScan = ScanShape.parse(value);
                } catch (IllegalArgumentException e) {
                    throw new PredictionCsvException(file, lineNo, null, "metadata 'scan': " + e.getMessage());
                }
            } else if (!key.isEmpty()) {
                metadata.put(key, value);
            }
        }

        private void headerLine(String line) throws PredictionCsvException {
            names = split(line);
            for (int c = 0; c < names.length; c++) {
                String name = names[c].toLowerCase(Locale.ROOT);
                if (name.startsWith("score_")) {
                    name = "score_" + name.substring(6).toUpperCase(Locale.ROOT);
                }
                if (columns.put(name, c) != null) {
                    throw new PredictionCsvException(file, lineNo, (c + 1) + " (" + names[c] + ")",
                            "duplicate column name");
                }
            }
            for (String required : List.of("row", "col")) {
                if (!columns.containsKey(required)) {
                    throw new PredictionCsvException(file, lineNo, null, "header has no '" + required
                            + "' column (found: " + String.join(",", names) + ")");
                }
            }
            if (!columns.containsKey("class_index") && !columns.containsKey("class")) {
                throw new PredictionCsvException(file, lineNo, null,
                        "header has neither a 'class_index' nor a 'class' column (found: " + String.join(",", names)
                                + ")");
            }
        }

        private Entry dataLine(String line) throws PredictionCsvException {
            String[] f = split(line);
            if (f.length != names.length) {
                throw new PredictionCsvException(file, lineNo, null,
                        "has " + f.length + " fields but the header has " + names.length);
            }
            int row = integer(f, "row", 0, Integer.MAX_VALUE);
            int col = integer(f, "col", 0, Integer.MAX_VALUE);
            int k = classOf(f);
            double angle = number(f, "angle_deg", -1e6, 1e6);
            double confidence = number(f, "confidence", 0, 1);
            double agreement = number(f, "agreement", 0, 1);
            float[] scores = null;
            for (PolarizationClass c : PolarizationClass.values()) {
                double s = number(f, "score_" + c.name(), -Double.MAX_VALUE, Double.MAX_VALUE);
                if (!Double.isNaN(s)) {
                    if (scores == null) {
                        scores = new float[PolarizationClass.COUNT];
                        java.util.Arrays.fill(scores, Float.NaN);
                    }
                    scores[c.ordinal()] = (float) s;
                }
            }
            return new Entry(lineNo, row, col, k, angle, confidence, agreement, scores);
        }

        private int classOf(String[] f) throws PredictionCsvException {
            Integer byIndex = columns.containsKey("class_index")
                    ? integer(f, "class_index", PredictionTable.NO_PREDICTION, PolarizationClass.COUNT - 1) : null;
            Integer byName = null;
            Integer c = columns.get("class");
            if (c != null) {
                String id = f[c];
                if (id.isEmpty() || id.equalsIgnoreCase(NONE)) {
                    byName = PredictionTable.NO_PREDICTION;
                } else {
                    try {
                        byName = PolarizationClass.parse(id).ordinal();
                    } catch (IllegalArgumentException e) {
                        throw error(c, e.getMessage());
                    }
                }
            }
            if (byIndex != null && byName != null && !byIndex.equals(byName)) {
                throw error(c, "class '" + f[c] + "' does not match class_index " + byIndex);
            }
            return byIndex != null ? byIndex : byName;
        }

        private int integer(String[] f, String column, int min, int max) throws PredictionCsvException {
            int c = columns.get(column);
            try {
                int v = Integer.parseInt(f[c]);
                if (v < min || v > max) {
                    throw error(c, "'" + f[c] + "' is outside " + min + ".." + max);
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(c, "'" + f[c] + "' is not an integer");
            }
        }

        private double number(String[] f, String column, double min, double max) throws PredictionCsvException {
            Integer c = columns.get(column);
            if (c == null || f[c].isEmpty() || f[c].equalsIgnoreCase("nan")) {
                return Double.NaN;
            }
            try {
                double v = Double.parseDouble(f[c]);
                if (!(v >= min && v <= max)) {
                    throw error(c, "'" + f[c] + "' is outside [" + min + ", " + max + "]");
                }
                return v;
            } catch (NumberFormatException e) {
                throw error(c, "'" + f[c] + "' is not a number");
            }
        }

        private PredictionCsvException error(int column, String problem) {
            return new PredictionCsvException(file, lineNo, (column + 1) + " (" + names[column] + ")", problem);
        }

        private PredictionTable build(List<Entry> entries) throws PredictionCsvException {
            ScanShape scan = declaredScan != null ? declaredScan : inferScan(entries);
            PredictionTable.Builder b = PredictionTable.builder(scan);
            metadata.forEach(b::metadata);
            int[] seenAt = new int[(int) scan.positions()];
            for (Entry e : entries) {
                if (e.row >= scan.rows() || e.col >= scan.cols()) {
                    throw new PredictionCsvException(file, e.line, null, "position (" + e.row + ", " + e.col
                            + ") is outside the scan " + scan + " declared in the metadata");
                }
                int index = (int) scan.index(e.row, e.col);
                if (seenAt[index] != 0) {
                    throw new PredictionCsvException(file, e.line, null, "position (" + e.row + ", " + e.col
                            + ") already given on line " + seenAt[index]);
                }
                seenAt[index] = e.line;
                b.put(index, e.classIndex, e.angle, e.confidence, e.agreement, e.scores);
            }
            return b.build();
        }

        private ScanShape inferScan(List<Entry> entries) throws PredictionCsvException {
            if (entries.isEmpty()) {
                throw new PredictionCsvException(file, "no predictions and no '# scan: ROWSxCOLS' metadata");
            }
            long rows = 0;
            long cols = 0;
            for (Entry e : entries) {
                rows = Math.max(rows, e.row + 1L);
                cols = Math.max(cols, e.col + 1L);
            }
            if (rows * cols > Integer.MAX_VALUE / PolarizationClass.COUNT) {
                throw new PredictionCsvException(file, "positions up to row " + (rows - 1) + ", col " + (cols - 1)
                        + " are too many for one scan");
            }
            return new ScanShape((int) rows, (int) cols);
        }

        private static String[] split(String line) {
            String[] f = line.split(",", -1);
            for (int i = 0; i < f.length; i++) {
                String s = f[i].trim();
                if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
                    s = s.substring(1, s.length() - 1).trim();
                }
                f[i] = s;
            }
            return f;
        }
    }
}
