package org.polar4d.core.io.mib;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/**
 * Writes Merlin MIB files for the tests, independently of the reader: headers with the real field
 * layout, processed pixels (big-endian) or RAW words encoded by the rules in FORMATS.md §2.
 */
final class TestMibWriter {

    private final int chips;
    private final String layout;
    private final String type;
    private final int depth;
    private final int headerBytes;

    TestMibWriter(int chips, String layout, String type, int depth) {
        this.chips = chips;
        this.layout = layout;
        this.type = type;
        this.depth = depth;
        this.headerBytes = chips == 1 ? 384 : 768;
    }

    byte[] header(long sequence, int width, int height, Instant time) {
        StringBuilder h = new StringBuilder();
        h.append(String.format("MQ1,%06d,%05d,%02d,%04d,%04d,%s,%6s,%02X,2021-04-15 15:04:00.746234,0.001000,0,0,0,",
                sequence, headerBytes, chips, width, height, type, layout, chips == 1 ? 1 : 15));
        h.append("2.000000E+0,5.110000E+2,0.000000E+0,0.000000E+0,0.000000E+0,0.000000E+0,0.000000E+0,0.000000E+0,");
        for (int c = 0; c < chips; c++) {
            h.append("3RX,011,511,000,000,000,000,000,000,175,010,200,125,100,100,093,100,099,030,128,004,255,140,128,"
                    + "191,179,511,511,");
        }
        h.append("MQ1A,").append(time).append(",1000000ns,").append(depth).append(',');
        byte[] out = Arrays.copyOf(h.toString().getBytes(StandardCharsets.US_ASCII), headerBytes);
        return out;
    }

    /** Processed payload: big-endian U08/U16/U32 in file row order. */
    static byte[] processed(int[] pixels, String type) {
        int size = type.equals("U08") ? 1 : type.equals("U16") ? 2 : 4;
        ByteBuffer b = ByteBuffer.allocate(pixels.length * size).order(ByteOrder.BIG_ENDIAN);
        for (int v : pixels) {
            if (size == 1) {
                b.put((byte) v);
            } else if (size == 2) {
                b.putShort((short) v);
            } else {
                b.putInt(v);
            }
        }
        return b.array();
    }

    /** One run of pixels in RAW encoding. */
    static byte[] rawRun(int[] px, int depth) {
        ByteBuffer b;
        switch (depth) {
            case 1 -> {
                b = ByteBuffer.allocate(px.length / 8).order(ByteOrder.BIG_ENDIAN);
                for (int s = 0; s < px.length / 64; s++) {
                    long word = 0;
                    for (int j = 0; j < 64; j++) {
                        word |= (long) (px[64 * s + j] & 1) << j;
                    }
                    b.putLong(word);
                }
            }
            case 6 -> {
                b = ByteBuffer.allocate(px.length);
                for (int g = 0; g < px.length; g += 8) {
                    for (int c = 0; c < 8; c++) {
                        b.put((byte) px[g + 7 - c]);
                    }
                }
            }
            default -> {
                b = ByteBuffer.allocate(px.length * 2).order(ByteOrder.BIG_ENDIAN);
                for (int g = 0; g < px.length; g += 4) {
                    for (int c = 0; c < 4; c++) {
                        b.putShort((short) px[g + 3 - c]);
                    }
                }
            }
        }
        return b.array();
    }

    /** A RAW single-chip frame; 24-bit is two 12-bit frames, high bits first. */
    static byte[] rawSingle(int[] frame, int depth) {
        if (depth != 24) {
            return rawRun(frame, depth);
        }
        int[] hi = new int[frame.length];
        int[] lo = new int[frame.length];
        for (int i = 0; i < frame.length; i++) {
            hi[i] = frame[i] >>> 12;
            lo[i] = frame[i] & 0xFFF;
        }
        byte[] a = rawRun(hi, 12);
        byte[] b = rawRun(lo, 12);
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * A RAW quad frame of an assembled (2·chip)×(2·chip) image: stored row r holds row r of each chip in
     * the order 4, 3, 2, 1; chips 3 and 4 (bottom half) are stored mirrored in x and y.
     */
    static byte[] rawQuad(int[] frame, int chip, int depth) throws IOException {
        int w = 2 * chip;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int r = 0; r < chip; r++) {
            int bottom = 2 * chip - 1 - r;
            int[] c1 = new int[chip];
            int[] c2 = new int[chip];
            int[] c3 = new int[chip];
            int[] c4 = new int[chip];
            for (int x = 0; x < chip; x++) {
                c1[x] = frame[r * w + x];
                c2[x] = frame[r * w + chip + x];
                c3[x] = frame[bottom * w + chip - 1 - x];
                c4[x] = frame[bottom * w + w - 1 - x];
            }
            out.write(rawRun(c4, depth));
            out.write(rawRun(c3, depth));
            out.write(rawRun(c2, depth));
            out.write(rawRun(c1, depth));
        }
        return out.toByteArray();
    }

    void write(Path p, long firstSequence, int width, int height, byte[][] payloads, long stepNanos, int lineLength,
            long flybackNanos) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Instant t = Instant.parse("2021-04-15T14:04:00.746234381Z");
        for (int i = 0; i < payloads.length; i++) {
            out.write(header(firstSequence + i, width, height, t));
            out.write(payloads[i]);
            long seq = firstSequence + i;
            t = t.plusNanos(stepNanos + (lineLength > 0 && seq % lineLength == 0 ? flybackNanos : 0));
        }
        Files.write(p, out.toByteArray());
    }

    static void hdr(Path p, String... lines) throws IOException {
        StringBuilder b = new StringBuilder("HDR,\t\r\n");
        for (String l : lines) {
            b.append(l).append("\r\n");
        }
        b.append("End\t");
        Files.writeString(p, b.toString(), StandardCharsets.ISO_8859_1);
    }
}
