package org.polar4d.core.vimage;

import org.polar4d.core.pass.FrameReducer;

/**
 * Intensity-weighted centre of mass of every frame, as a shift from a reference centre (e.g. the
 * global centre of mass), optionally only over a disk of given radius around that centre. Frames
 * with no intensity in the mask get shift 0.
 */
public final class CenterOfMassMap implements FrameReducer<Void> {

    private final int height;
    private final int width;
    private final double centreRow;
    private final double centreCol;
    private final DetectorMask mask;
    private final float[] shiftRow;
    private final float[] shiftCol;
    private final int scanRows;
    private final int scanCols;

    /**
     * @param radius only pixels within this distance of the centre count; infinite = whole frame
     */
    public CenterOfMassMap(int height, int width, double centreRow, double centreCol, double radius, int scanRows,
            int scanCols) {
        this.height = height;
        this.width = width;
        this.centreRow = centreRow;
        this.centreCol = centreCol;
        this.mask = Double.isInfinite(radius) ? null : DetectorMask.disk(height, width, centreRow, centreCol, radius);
        this.scanRows = scanRows;
        this.scanCols = scanCols;
        this.shiftRow = new float[scanRows * scanCols];
        this.shiftCol = new float[scanRows * scanCols];
    }

    /** The field, complete after the pass. */
    public ComField field() {
        return new ComField(scanRows, scanCols, shiftRow, shiftCol);
    }

    @Override
    public Void newPartial() {
        return null;
    }

    @Override
    public void accept(Void partial, long index, float[] frames, int offset) {
        double sum = 0;
        double sumRow = 0;
        double sumCol = 0;
        if (mask == null) {
            for (int r = 0, p = offset; r < height; r++) {
                double rowSum = 0;
                for (int c = 0; c < width; c++, p++) {
                    float x = frames[p];
                    rowSum += x;
                    sumCol += (double) c * x;
                }
                sum += rowSum;
                sumRow += r * rowSum;
            }
        } else {
            for (int p : maskPixels()) {
                float x = frames[offset + p];
                sum += x;
                sumRow += (double) (p / width) * x;
                sumCol += (double) (p % width) * x;
            }
        }
        int i = (int) index;
        if (sum != 0 && Double.isFinite(sum)) {
            shiftRow[i] = (float) (sumRow / sum - centreRow);
            shiftCol[i] = (float) (sumCol / sum - centreCol);
        }
    }

    private int[] maskPixels() {
        return mask.pixelIndices();
    }

    @Override
    public Void merge(Void left, Void right) {
        return null;
    }
}
