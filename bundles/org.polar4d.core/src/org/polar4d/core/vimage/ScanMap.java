package org.polar4d.core.vimage;

/**
 * One value per scan position (rows × cols, row-major, scan row 0 first), e.g. a virtual image.
 *
 * @param name short name, e.g. {@code bf}, {@code com-x}
 */
public record ScanMap(String name, int rows, int cols, float[] values) {

    public ScanMap {
        if (values.length != rows * cols) {
            throw new IllegalArgumentException(name + ": " + values.length + " values for a " + rows + "x" + cols + " scan");
        }
    }

    public float get(int row, int col) {
        return values[row * cols + col];
    }

    /** Smallest and largest finite value; {0, 0} if there is none. */
    public float[] range() {
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            if (Float.isFinite(v)) {
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        return min > max ? new float[] {0, 0} : new float[] {min, max};
    }
}
