package org.polar4d.core.predict;

import org.polar4d.core.data.ScanShape;

/** Hand-made prediction tables for tests. */
public final class PredictionTables {

    private PredictionTables() {
    }

    /** A table whose class map is {@code classes} (row strings of class digits, '.' = no prediction). */
    public static PredictionTable of(String... rows) {
        ScanShape s = new ScanShape(rows.length, rows[0].length());
        PredictionTable.Builder b = PredictionTable.builder(s);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length(); c++) {
                char ch = rows[r].charAt(c);
                if (ch != '.') {
                    int k = ch - '0';
                    float[] scores = new float[8];
                    scores[k] = 1f;
                    b.put((int) s.index(r, c), k, Double.NaN, 0.9, 1.0, scores);
                }
            }
        }
        return b.build();
    }
}
