package org.polar4d.core.data;

/** Shape of the probe-position grid: rows (slow axis, scan row 0 is the first line) × cols. */
public record ScanShape(int rows, int cols) {

    public ScanShape {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("scan shape must be positive, got " + rows + "x" + cols);
        }
    }

    public long positions() {
        return (long) rows * cols;
    }

    /** Row-major position index of (row, col). */
    public long index(int row, int col) {
        return (long) row * cols + col;
    }

    public int rowOf(long index) {
        return (int) (index / cols);
    }

    public int colOf(long index) {
        return (int) (index % cols);
    }

    /** Parses {@code RxC}, e.g. {@code 128x128}. */
    public static ScanShape parse(String text) {
        String[] p = text.trim().toLowerCase(java.util.Locale.ROOT).split("[x×,]");
        if (p.length != 2) {
            throw new IllegalArgumentException("scan shape must look like ROWSxCOLS (e.g. 128x128), got '" + text + "'");
        }
        try {
            return new ScanShape(Integer.parseInt(p[0].trim()), Integer.parseInt(p[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("scan shape must look like ROWSxCOLS (e.g. 128x128), got '" + text + "'");
        }
    }

    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}
