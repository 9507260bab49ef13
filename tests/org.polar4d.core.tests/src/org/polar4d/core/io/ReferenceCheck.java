package org.polar4d.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.polar4d.core.data.Dataset4D;

/**
 * Compares a dataset element by element with a shared reference ({@code <file>.ref.npy} and
 * {@code <file>.ref.json}): shape per the json, full references element by element, reduced references
 * by the first and last frame plus the sha256 of every frame and of the whole array, encoded in the
 * reference dtype and byte order.
 */
public final class ReferenceCheck {

    private ReferenceCheck() {
    }

    public static Map<String, Object> json(Path dataFile) throws IOException {
        return Json.read(dataFile.resolveSibling(dataFile.getFileName() + ".ref.json"));
    }

    /** Asserts that {@code ds} holds exactly the reference array of {@code dataFile}. */
    public static void assertMatches(Dataset4D ds, Path dataFile) throws IOException {
        Map<String, Object> json = json(dataFile);
        List<?> shape = (List<?>) json.get("shape");
        int n = shape.size();
        long h = ((Number) shape.get(n - 2)).longValue();
        long w = ((Number) shape.get(n - 1)).longValue();
        long frames = 1;
        for (int i = 0; i < n - 2; i++) {
            frames *= ((Number) shape.get(i)).longValue();
        }
        String where = dataFile.getFileName().toString();
        assertEquals(h, ds.frameShape().height(), where + ": frame height");
        assertEquals(w, ds.frameShape().width(), where + ": frame width");
        assertEquals(frames, ds.frameCount(), where + ": frame count");
        if (n == 4) {
            assertEquals(((Number) shape.get(0)).intValue(), ds.scanShape().rows(), where + ": scan rows");
            assertEquals(((Number) shape.get(1)).intValue(), ds.scanShape().cols(), where + ": scan cols");
        }
        String descr = (String) json.get("dtype");
        Map<?, ?> reference = (Map<?, ?>) json.get("reference");
        RefNpy ref = RefNpy.read(dataFile.resolveSibling(dataFile.getFileName() + ".ref.npy"));
        int pixels = (int) (h * w);
        boolean reduced = "reduced".equals(reference.get("kind"));
        long[] refFrames = reduced ? new long[] {0, frames - 1} : null;
        MessageDigest whole = sha256();
        List<?> perFrame = (List<?>) Json.at(json, "per_frame", "sha256");
        double[] frame = new double[pixels];
        for (long f = 0; f < frames; f++) {
            ds.readFramesExact(f, 1, frame);
            byte[] bytes = encode(frame, descr);
            whole.update(bytes);
            if (perFrame != null) {
                assertEquals(perFrame.get((int) f), HexFormat.of().formatHex(sha256().digest(bytes)),
                        where + ": sha256 of frame " + f);
            }
            long refIndex = reduced ? (f == refFrames[0] ? 0 : f == refFrames[1] ? 1 : -1) : f;
            if (refIndex >= 0) {
                for (int p = 0; p < pixels; p++) {
                    double expected = ref.value(refIndex * pixels + p);
                    boolean same = Double.isNaN(expected) ? Double.isNaN(frame[p]) : expected == frame[p];
                    if (!same) {
                        fail(where + ": frame " + f + " pixel " + p + ": expected " + expected + " but read "
                                + frame[p]);
                    }
                }
            }
        }
        assertEquals(json.get("sha256_full_array"), HexFormat.of().formatHex(whole.digest()), where + ": sha256");
    }

    /** Encodes values in a numpy dtype ({@code <f4}, {@code >u2}, {@code |u1}, …). */
    public static byte[] encode(double[] values, String descr) {
        int size = Integer.parseInt(descr.substring(2));
        ByteBuffer b = ByteBuffer.allocate(values.length * size)
                .order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        for (double v : values) {
            switch (descr.substring(1)) {
                case "u1", "i1", "b1" -> b.put((byte) (long) v);
                case "u2", "i2" -> b.putShort((short) (long) v);
                case "u4", "i4" -> b.putInt((int) (long) v);
                case "f4" -> b.putFloat((float) v);
                case "f8" -> b.putDouble(v);
                default -> throw new IllegalArgumentException(descr);
            }
        }
        return b.array();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
