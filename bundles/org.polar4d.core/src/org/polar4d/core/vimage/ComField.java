package org.polar4d.core.vimage;

/**
 * The centre-of-mass shift of every frame: the vector field a CoM (DPC) analysis reads. Detector
 * pixel convention: {@code shiftCol} (CoM x) positive to the right, {@code shiftRow} (CoM y)
 * positive downwards (towards higher frame rows).
 */
public record ComField(int rows, int cols, float[] shiftRow, float[] shiftCol) {

    public ComField {
        if (shiftRow.length != rows * cols || shiftCol.length != rows * cols) {
            throw new IllegalArgumentException("CoM field arrays do not match a " + rows + "x" + cols + " scan");
        }
    }

    /** CoM x: shift along frame columns, in pixels. */
    public ScanMap x() {
        return new ScanMap("com-x", rows, cols, shiftCol);
    }

    /** CoM y: shift along frame rows (down), in pixels. */
    public ScanMap y() {
        return new ScanMap("com-y", rows, cols, shiftRow);
    }

    /** Length of the shift, in pixels. */
    public ScanMap magnitude() {
        float[] m = new float[shiftRow.length];
        for (int i = 0; i < m.length; i++) {
            m[i] = (float) Math.hypot(shiftRow[i], shiftCol[i]);
        }
        return new ScanMap("com-magnitude", rows, cols, m);
    }

    /**
     * Direction of the shift in degrees, (−180, 180], in the label frame of the polarization classes
     * (x right, y up, counter-clockwise): atan2(−shiftRow, shiftCol).
     */
    public ScanMap direction() {
        float[] d = new float[shiftRow.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) Math.toDegrees(Math.atan2(-shiftRow[i], shiftCol[i]));
        }
        return new ScanMap("com-direction", rows, cols, d);
    }
}
