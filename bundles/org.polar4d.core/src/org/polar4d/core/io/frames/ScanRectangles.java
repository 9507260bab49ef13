package org.polar4d.core.io.frames;

import java.io.IOException;

/**
 * Splits a range of frame indices of a scan with a given number of columns into rectangles: runs of
 * whole scan rows, or the part of one row, so that a reader fetches each with one strided or
 * hyperslab access.
 */
public final class ScanRectangles {

    /** Receives scan rows {@code [row, row+rows)}, columns {@code [col0, col1)}, in index order. */
    @FunctionalInterface
    public interface Visitor {
        void rectangle(long row, long rows, int col0, int col1) throws IOException;
    }

    private ScanRectangles() {
    }

    /** Visits the rectangles covering frames {@code [first, first+count)} of a scan {@code cols} wide. */
    public static void split(long first, int count, long cols, Visitor visitor) throws IOException {
        long end = first + count;
        long index = first;
        while (index < end) {
            long row = index / cols;
            int col = (int) (index % cols);
            if (col == 0 && end - index >= cols) {
                long rows = (end - index) / cols;
                visitor.rectangle(row, rows, 0, (int) cols);
                index += rows * cols;
            } else {
                int colEnd = (int) Math.min(cols, col + (end - index));
                visitor.rectangle(row, 1, col, colEnd);
                index += colEnd - col;
            }
        }
    }
}
