package org.polar4d.core.patterns;

import java.util.List;
import java.util.Map;

/** A sink into heap arrays, finished as an {@link ArrayPatternSet}. */
final class ArrayPatternSink implements PatternSink {

    private final int height;
    private final int width;
    private final float[] data;
    private final int[] labels;
    private final int[] sourceIndex;
    private final int[] rows;
    private final int[] cols;

    ArrayPatternSink(int count, int height, int width) {
        long values = (long) count * height * width;
        if (values > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(count + " patterns of " + height + "x" + width
                    + " do not fit in one heap array; write them to a pattern-set file instead");
        }
        this.height = height;
        this.width = width;
        this.data = new float[(int) values];
        this.labels = new int[count];
        this.sourceIndex = new int[count];
        this.rows = new int[count];
        this.cols = new int[count];
    }

    @Override
    public void put(int slot, float[] pattern, int offset, int label, int source, int row, int col) {
        int n = height * width;
        System.arraycopy(pattern, offset, data, slot * n, n);
        labels[slot] = label;
        sourceIndex[slot] = source;
        rows[slot] = row;
        cols[slot] = col;
    }

    @Override
    public PatternSet finish(List<String> sources, Map<String, String> recipe) {
        return new ArrayPatternSet(height, width, data, labels, sourceIndex, rows, cols, sources, recipe);
    }

    @Override
    public void close() {
    }
}
