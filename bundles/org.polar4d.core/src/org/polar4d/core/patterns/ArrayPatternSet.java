package org.polar4d.core.patterns;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A pattern set held in heap arrays; for small sets and tests. */
public final class ArrayPatternSet implements PatternSet {

    private final int height;
    private final int width;
    private final float[] data;
    private final int[] labels;
    private final int[] sourceIndex;
    private final int[] rows;
    private final int[] cols;
    private final List<String> sources;
    private final Map<String, String> recipe;

    /**
     * @param data patterns, {@code n × height × width}; kept, not copied
     * @param labels per-pattern class index or {@link #NO_LABEL}
     * @param sourceIndex per-pattern index into {@code sources}
     * @param rows per-pattern scan row
     * @param cols per-pattern scan column
     */
    public ArrayPatternSet(int height, int width, float[] data, int[] labels, int[] sourceIndex, int[] rows,
            int[] cols, List<String> sources, Map<String, String> recipe) {
        int n = labels.length;
        if (data.length != (long) n * height * width || sourceIndex.length != n || rows.length != n
                || cols.length != n) {
            throw new IllegalArgumentException("inconsistent pattern set arrays for " + n + " patterns of " + height
                    + "x" + width);
        }
        this.height = height;
        this.width = width;
        this.data = data;
        this.labels = labels;
        this.sourceIndex = sourceIndex;
        this.rows = rows;
        this.cols = cols;
        this.sources = List.copyOf(sources);
        this.recipe = Map.copyOf(recipe);
    }

    /** Patterns of one unlabelled (or uniformly labelled) source laid out as rows × cols. */
    public static ArrayPatternSet ofGrid(int height, int width, float[] data, int scanCols, int label, String source,
            Map<String, String> recipe) {
        int n = data.length / (height * width);
        int[] labels = new int[n];
        Arrays.fill(labels, label);
        int[] rows = new int[n];
        int[] cols = new int[n];
        for (int i = 0; i < n; i++) {
            rows[i] = i / scanCols;
            cols[i] = i % scanCols;
        }
        return new ArrayPatternSet(height, width, data, labels, new int[n], rows, cols, List.of(source), recipe);
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public void read(int index, float[] dst, int offset) {
        int n = height * width;
        System.arraycopy(data, index * n, dst, offset, n);
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public int sourceIndex(int index) {
        return sourceIndex[index];
    }

    @Override
    public int row(int index) {
        return rows[index];
    }

    @Override
    public int col(int index) {
        return cols[index];
    }

    @Override
    public List<String> sources() {
        return sources;
    }

    @Override
    public Map<String, String> recipe() {
        return recipe;
    }
}
