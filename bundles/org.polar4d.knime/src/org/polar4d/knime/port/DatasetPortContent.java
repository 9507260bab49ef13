package org.polar4d.knime.port;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/**
 * What a {@link DatasetPortObject} writes into its port zip, kept free of KNIME classes so it is tested directly:
 * entry {@code storage} ({@code files} or {@code embedded}); for file-backed datasets entry {@code reference} (the
 * reader's location and options as properties, enough to open the files again when the port is loaded); for
 * embedded datasets entry {@code frames.f32le} with every frame as little-endian float32 in canonical order.
 */
public final class DatasetPortContent {

    /** How a dataset travels with a saved workflow. */
    public enum Storage {
        /** Only the reference to the original files; they are read again after loading the workflow. */
        FILES,
        /** The frames themselves (data made in the workflow, e.g. simulated). */
        EMBEDDED
    }

    /** Opens a file-backed dataset again from the reference it was saved with. */
    @FunctionalInterface
    public interface Reopener {
        Dataset4D reopen(Map<String, String> reference) throws IOException;
    }

    static final String STORAGE_ENTRY = "storage";
    static final String REFERENCE_ENTRY = "reference";
    static final String FRAMES_ENTRY = "frames.f32le";
    private static final int BLOCK_BYTES = 4 << 20;

    private DatasetPortContent() {
    }

    /** @param reference how to open the files again (FILES storage only; ignored for embedded datasets) */
    public static void write(ZipOutputStream out, Dataset4D dataset, Storage storage, Map<String, String> reference,
            Progress progress) throws IOException, CanceledException {
        out.putNextEntry(new ZipEntry(STORAGE_ENTRY));
        out.write(storage.name().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        out.closeEntry();
        if (storage == Storage.FILES) {
            Properties p = new Properties();
            p.putAll(reference);
            out.putNextEntry(new ZipEntry(REFERENCE_ENTRY));
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            p.store(w, null);
            w.flush();
            out.closeEntry();
        } else {
            out.putNextEntry(new ZipEntry(FRAMES_ENTRY));
            writeFrames(out, dataset, progress);
            out.closeEntry();
        }
    }

    private static void writeFrames(ZipOutputStream out, Dataset4D dataset, Progress progress)
            throws IOException, CanceledException {
        int pixels = dataset.frameShape().pixels();
        long total = dataset.frameCount();
        int perBlock = (int) Math.max(1, Math.min(total, BLOCK_BYTES / (4L * pixels)));
        float[] frames = new float[perBlock * pixels];
        ByteBuffer bytes = ByteBuffer.allocate(frames.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (long first = 0; first < total; first += perBlock) {
            progress.checkCanceled();
            int count = (int) Math.min(perBlock, total - first);
            dataset.readFrames(first, count, frames);
            bytes.clear();
            bytes.asFloatBuffer().put(frames, 0, count * pixels);
            out.write(bytes.array(), 0, count * pixels * 4);
            progress.update((first + count) / (double) total, "Saving frames");
        }
    }

    /** A dataset read back from a port, and how it was stored. */
    public record Loaded(Dataset4D dataset, Storage storage, Map<String, String> reference) {
    }

    /** Reads what {@link #write} wrote; file-backed datasets are opened with {@code reopener}. */
    public static Loaded read(ZipInputStream in, DatasetPortObjectSpec spec, Reopener reopener) throws IOException {
        Storage storage = readStorage(in);
        ZipEntry entry = in.getNextEntry();
        if (storage == Storage.FILES) {
            if (entry == null || !REFERENCE_ENTRY.equals(entry.getName())) {
                throw new IOException("4D-STEM dataset port: expected entry " + REFERENCE_ENTRY + ", found "
                        + (entry == null ? "end of data" : entry.getName()));
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> reference = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> reference.put(k, p.getProperty(k)));
            return new Loaded(reopener.reopen(reference), storage, reference);
        }
        if (entry == null || !FRAMES_ENTRY.equals(entry.getName())) {
            throw new IOException("4D-STEM dataset port: expected entry " + FRAMES_ENTRY + ", found "
                    + (entry == null ? "end of data" : entry.getName()));
        }
        long values = spec.scanShape().positions() * spec.frameShape().pixels();
        if (values > Integer.MAX_VALUE - 8) {
            throw new IOException("4D-STEM dataset port: embedded dataset of " + values + " values is too large to "
                    + "load into memory");
        }
        float[] data = readFloats(in, (int) values);
        return new Loaded(new InMemoryDataset(spec.scanShape(), spec.frameShape(), data, spec.calibration(),
                spec.provenance(), spec.label()), storage, Map.of());
    }

    private static Storage readStorage(ZipInputStream in) throws IOException {
        ZipEntry entry = in.getNextEntry();
        if (entry == null || !STORAGE_ENTRY.equals(entry.getName())) {
            throw new IOException("4D-STEM dataset port: expected entry " + STORAGE_ENTRY + ", found "
                    + (entry == null ? "end of data" : entry.getName()));
        }
        String text = new String(in.readNBytes(64), StandardCharsets.US_ASCII).trim();
        try {
            return Storage.valueOf(text.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException("4D-STEM dataset port: unknown storage '" + text + "'");
        }
    }

    static float[] readFloats(InputStream in, int count) throws IOException {
        float[] data = new float[count];
        byte[] block = new byte[BLOCK_BYTES];
        DataInputStream din = new DataInputStream(in);
        int done = 0;
        while (done < count) {
            int n = Math.min(count - done, BLOCK_BYTES / 4);
            try {
                din.readFully(block, 0, n * 4);
            } catch (java.io.EOFException e) {
                throw new IOException("port data truncated: expected " + count + " float32 values, found " + done);
            }
            ByteBuffer.wrap(block, 0, n * 4).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(data, done, n);
            done += n;
        }
        return data;
    }
}
