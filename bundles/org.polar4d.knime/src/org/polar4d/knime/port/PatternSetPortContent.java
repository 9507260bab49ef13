package org.polar4d.knime.port;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * What a {@link PatternSetPortObject} writes into its port zip (KNIME-free, tested directly): entry
 * {@code index.i32le} with label, source index, scan row and scan column of every pattern (4 int32 each), then
 * {@code patterns.f32le} with the patterns as little-endian float32. Count, size, sources and recipe are in the spec.
 */
public final class PatternSetPortContent {

    static final String INDEX_ENTRY = "index.i32le";
    static final String PATTERNS_ENTRY = "patterns.f32le";

    private PatternSetPortContent() {
    }

    public static void write(ZipOutputStream out, PatternSet set, Progress progress)
            throws IOException, CanceledException {
        int n = set.size();
        out.putNextEntry(new ZipEntry(INDEX_ENTRY));
        ByteBuffer index = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            index.clear();
            index.putInt(set.label(i)).putInt(set.sourceIndex(i)).putInt(set.row(i)).putInt(set.col(i));
            out.write(index.array());
        }
        out.closeEntry();
        out.putNextEntry(new ZipEntry(PATTERNS_ENTRY));
        int pixels = set.pixels();
        float[] pattern = new float[pixels];
        ByteBuffer bytes = ByteBuffer.allocate(pixels * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < n; i++) {
            if (i % 1024 == 0) {
                progress.checkCanceled();
                progress.update(i / (double) n, "Saving patterns");
            }
            set.read(i, pattern, 0);
            bytes.clear();
            bytes.asFloatBuffer().put(pattern);
            out.write(bytes.array());
        }
        out.closeEntry();
        progress.update(1, "Saving patterns");
    }

    public static PatternSet read(ZipInputStream in, PatternSetPortObjectSpec spec) throws IOException {
        int n = spec.size();
        expectEntry(in, INDEX_ENTRY);
        byte[] raw = new byte[16 * n];
        try {
            new DataInputStream(in).readFully(raw);
        } catch (java.io.EOFException e) {
            throw new IOException("pattern set port: index truncated, expected " + n + " patterns");
        }
        ByteBuffer index = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        int[] labels = new int[n];
        int[] sources = new int[n];
        int[] rows = new int[n];
        int[] cols = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = index.getInt();
            sources[i] = index.getInt();
            rows[i] = index.getInt();
            cols[i] = index.getInt();
            if (sources[i] < 0 || sources[i] >= spec.sources().size()) {
                throw new IOException("pattern set port: pattern " + i + " refers to source " + sources[i] + " of "
                        + spec.sources().size());
            }
        }
        expectEntry(in, PATTERNS_ENTRY);
        long values = (long) n * spec.height() * spec.width();
        if (values > Integer.MAX_VALUE - 8) {
            throw new IOException("pattern set port: " + n + " patterns are too many to load into memory");
        }
        float[] data = DatasetPortContent.readFloats(in, (int) values);
        return new ArrayPatternSet(spec.height(), spec.width(), data, labels, sources, rows, cols, spec.sources(),
                spec.recipe());
    }

    private static void expectEntry(ZipInputStream in, String name) throws IOException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !name.equals(entry.getName())) {
            throw new IOException("pattern set port: expected entry " + name + ", found "
                    + (entry == null ? "end of data" : entry.getName()));
        }
    }
}
