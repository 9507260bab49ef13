package org.polar4d.cli.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.ElementCodec;
import org.polar4d.core.io.frames.MappedFile;
import org.polar4d.core.io.npy.NpyHeader;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;

/**
 * Benchmark input shared with the Python peers: patterns from a {@code .npy} file
 * ({@code N × H × W}, or {@code N × D} read as 1 × D; any numeric dtype, decoded to float32 on
 * read, memory-mapped) and integer labels 0..7 from another.
 */
final class NpyPatternSet implements PatternSet {

    private final MappedFile file;
    private final NpyHeader header;
    private final int height;
    private final int width;
    private final int[] labels;

    private NpyPatternSet(MappedFile file, NpyHeader header, int height, int width, int[] labels) {
        this.file = file;
        this.header = header;
        this.height = height;
        this.width = width;
        this.labels = labels;
    }

    static NpyPatternSet open(Path patterns, Path labelsFile) throws IOException {
        int[] labels = readLabels(labelsFile);
        MappedFile file = new MappedFile(patterns);
        try {
            NpyHeader h = NpyHeader.read(file);
            long[] s = h.shape();
            if (h.fortranOrder() || s.length < 2 || s.length > 3) {
                throw new FormatException(patterns, "header", "patterns must be a C-order N×H×W or N×D array, got "
                        + (h.fortranOrder() ? "Fortran order " : "shape ") + Arrays.toString(s));
            }
            if (labels.length != s[0]) {
                throw new FormatException(labelsFile, "shape", labels.length + " labels for " + s[0] + " patterns");
            }
            int height = s.length == 3 ? Math.toIntExact(s[1]) : 1;
            int width = Math.toIntExact(s[s.length - 1]);
            file.slice(h.dataOffset() + (h.elements() - 1) * h.type().bytes(), h.type().bytes(), h.order());
            return new NpyPatternSet(file, h, height, width, labels);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    private static int[] readLabels(Path path) throws IOException {
        try (MappedFile file = new MappedFile(path)) {
            NpyHeader h = NpyHeader.read(file);
            if (h.shape().length != 1 || h.type().isFloatingPoint()) {
                throw new FormatException(path, "header", "labels must be a 1-D integer array, got "
                        + h.type().shortName() + " of shape " + Arrays.toString(h.shape()));
            }
            double[] values = new double[Math.toIntExact(h.shape()[0])];
            ElementCodec.decode(file, h.dataOffset(), h.type(), h.order(), values.length, values, 0);
            int[] labels = new int[values.length];
            for (int i = 0; i < labels.length; i++) {
                if (values[i] < 0 || values[i] >= PolarizationClass.COUNT) {
                    throw new FormatException(path, "element " + i, "label " + values[i] + " is not a class 0..7");
                }
                labels[i] = (int) values[i];
            }
            return labels;
        }
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
        long n = (long) height * width;
        try {
            ElementCodec.decode(file, header.dataOffset() + index * n * header.type().bytes(), header.type(),
                    header.order(), n, dst, offset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public int sourceIndex(int index) {
        return 0;
    }

    @Override
    public int row(int index) {
        return index;
    }

    @Override
    public int col(int index) {
        return 0;
    }

    @Override
    public List<String> sources() {
        return List.of(file.path().getFileName().toString());
    }

    @Override
    public Map<String, String> recipe() {
        return Map.of("source", "npy benchmark input");
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
