package org.polar4d.core.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An independent, deliberately simple reader of the reference {@code .npy} files (version 1.0, C order)
 * for the tests, so that reader results are not checked with the reader under test.
 */
public final class RefNpy {

    public final String descr;
    public final long[] shape;
    /** Raw data bytes in the file's byte order. */
    public final byte[] data;

    private RefNpy(String descr, long[] shape, byte[] data) {
        this.descr = descr;
        this.shape = shape;
        this.data = data;
    }

    public static RefNpy read(Path p) throws IOException {
        byte[] all = Files.readAllBytes(p);
        int len = (all[8] & 0xFF) | (all[9] & 0xFF) << 8;
        String header = new String(all, 10, len, StandardCharsets.ISO_8859_1);
        Matcher d = Pattern.compile("'descr':\\s*'([^']+)'").matcher(header);
        Matcher s = Pattern.compile("'shape':\\s*\\(([^)]*)\\)").matcher(header);
        if (!d.find() || !s.find() || !header.contains("'fortran_order': False")) {
            throw new IOException("unexpected reference header in " + p + ": " + header);
        }
        String[] parts = s.group(1).split(",");
        long[] shape = java.util.Arrays.stream(parts).map(String::trim).filter(x -> !x.isEmpty())
                .mapToLong(Long::parseLong).toArray();
        byte[] data = java.util.Arrays.copyOfRange(all, 10 + len, all.length);
        return new RefNpy(d.group(1), shape, data);
    }

    public int itemSize() {
        return Integer.parseInt(descr.substring(2));
    }

    public long elements() {
        long n = 1;
        for (long x : shape) {
            n *= x;
        }
        return n;
    }

    /** Element {@code i} as a double (exact for every integer type up to 32 bits and for floats). */
    public double value(long i) {
        ByteBuffer b = ByteBuffer.wrap(data).order(descr.charAt(0) == '>' ? ByteOrder.BIG_ENDIAN
                : ByteOrder.LITTLE_ENDIAN);
        int at = (int) (i * itemSize());
        return switch (descr.substring(1)) {
            case "u1", "b1" -> b.get(at) & 0xFF;
            case "i1" -> b.get(at);
            case "u2" -> b.getShort(at) & 0xFFFF;
            case "i2" -> b.getShort(at);
            case "u4" -> b.getInt(at) & 0xFFFFFFFFL;
            case "i4" -> b.getInt(at);
            case "f4" -> b.getFloat(at);
            case "f8" -> b.getDouble(at);
            default -> throw new IllegalArgumentException("unsupported reference dtype " + descr);
        };
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
