package org.polar4d.core.eval;

/** Quoting of CSV fields. */
final class CsvText {

    private CsvText() {
    }

    /** {@code s}, quoted if it contains a comma, quote or line break. */
    static String quote(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
