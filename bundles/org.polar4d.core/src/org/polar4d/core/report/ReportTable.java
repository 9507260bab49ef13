package org.polar4d.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of a report: a caption, a header row and body rows of text cells. A cell may be bold
 * (e.g. the best result of a row) and numeric (right-aligned). Rows shorter than the header are
 * padded with empty cells.
 */
public final class ReportTable {

    /** One cell: plain text (escaped when rendered). */
    public record Cell(String text, boolean bold, boolean numeric) {

        public Cell {
            Objects.requireNonNull(text, "text");
        }

        public static Cell text(String text) {
            return new Cell(text, false, false);
        }

        public static Cell number(String text) {
            return new Cell(text, false, true);
        }

        public Cell asBold() {
            return new Cell(text, true, numeric);
        }
    }

    private final String caption;
    private final List<String> header;
    private final List<List<Cell>> rows = new ArrayList<>();

    /**
     * @param caption shown above the table, or null
     * @param header column titles (at least one)
     */
    public ReportTable(String caption, List<String> header) {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        this.caption = caption;
        this.header = List.copyOf(header);
    }

    /** Adds a row of cells. */
    public ReportTable row(List<Cell> cells) {
        if (cells.size() > header.size()) {
            throw new IllegalArgumentException("row of " + cells.size() + " cells in a table of " + header.size()
                    + " columns");
        }
        rows.add(List.copyOf(cells));
        return this;
    }

    /**
     * Adds a row of plain text cells; the first names the row, later cells that look like numbers
     * are right-aligned.
     */
    public ReportTable row(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(i > 0 && looksNumeric(texts[i]) ? Cell.number(texts[i]) : Cell.text(texts[i]));
        }
        return row(cells);
    }

    public String caption() {
        return caption;
    }

    public List<String> header() {
        return header;
    }

    public List<List<Cell>> rows() {
        return List.copyOf(rows);
    }

    /** Numbers, optionally with a sign, decimals, exponent, "±" part, unit or percent sign. */
    static boolean looksNumeric(String t) {
        return t.matches("[-+−]?\\d[\\d.,]*(?:[eE][-+]?\\d+)?(?:\\s*±\\s*\\d[\\d.]*)?(?:\\s*(?:%|[a-zA-Zµ°]{1,4}))?");
    }
}
