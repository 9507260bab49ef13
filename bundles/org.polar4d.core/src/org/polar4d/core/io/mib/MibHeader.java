package org.polar4d.core.io.mib;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.polar4d.core.io.FormatException;

/**
 * One Merlin frame header: comma-separated ASCII fields, NUL-padded to the header size given in field
 * [2]. Fields after the thresholds repeat per chip, so the counter depth (last field) and the
 * extended timestamp (after {@code MQ1A}) are found from the end, not by index.
 *
 * @param sequence 1-based sequence number of the frame in the acquisition, field [1]
 * @param headerBytes header size, field [2]
 * @param chips number of chips, field [3]
 * @param width payload width, field [4]
 * @param height payload height, field [5]
 * @param pixelType {@code U08}, {@code U16}, {@code U32} (processed) or {@code R64} (raw), field [6]
 * @param layout sensor layout without padding, e.g. {@code 1x1}, {@code 2x2}, {@code 2x2G}, field [7]
 * @param counterDepth counter depth in bits (1, 6, 12, 24), last field
 * @param timestampNanos acquisition time in ns since the epoch (extended ISO stamp, else field [9]), or
 *        {@code Long.MIN_VALUE} if absent
 * @param exposure exposure text (e.g. {@code 1000000ns}), or field [10] shutter time in s, may be empty
 */
public record MibHeader(long sequence, int headerBytes, int chips, int width, int height, String pixelType,
        String layout, int counterDepth, long timestampNanos, String exposure) {

    /** Largest header accepted (real headers are 384 or 768 bytes). */
    static final int MAX_HEADER = 1 << 16;

    public boolean isRaw() {
        return pixelType.equals("R64");
    }

    /** Payload bytes of one frame. */
    public long payloadBytes() {
        long px = (long) width * height;
        return switch (pixelType) {
            case "U08" -> px;
            case "U16" -> px * 2;
            case "U32" -> px * 4;
            default -> switch (counterDepth) {
                case 1 -> px / 8;
                case 6 -> px;
                case 12, 24 -> px * 2;
                default -> -1;
            };
        };
    }

    /** Header size from field [2] of the first bytes of a frame record. */
    static int headerSize(Path file, byte[] head) throws FormatException {
        String[] f = new String(head, StandardCharsets.ISO_8859_1).split(",", 4);
        if (f.length < 4 || !f[0].startsWith("MQ1")) {
            throw FormatException.atOffset(file, 0, "not a Merlin MIB frame header (expected 'MQ1,')");
        }
        int size = parseInt(file, f[2], "header field [2] (header size)");
        if (size < 64 || size > MAX_HEADER) {
            throw new FormatException(file, "header field [2] (header size)", "implausible header size " + size);
        }
        return size;
    }

    /** Parses a complete header of {@code bytes.length} bytes found at {@code offset} of {@code file}. */
    static MibHeader parse(Path file, long offset, byte[] bytes) throws FormatException {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        List<String> f = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            if (part.indexOf('\0') < 0) {
                f.add(part);
            }
        }
        while (!f.isEmpty() && f.get(f.size() - 1).isBlank()) {
            f.remove(f.size() - 1);
        }
        String where = "frame header at byte offset " + offset;
        if (f.size() < 8 || !f.get(0).startsWith("MQ1")) {
            throw new FormatException(file, where, "not a Merlin MIB frame header (expected 'MQ1,' and at least 8 fields)");
        }
        long seq = parseLong(file, f.get(1), where + ", field [1] (sequence number)");
        int header = parseInt(file, f.get(2), where + ", field [2] (header size)");
        if (header != bytes.length) {
            throw new FormatException(file, where + ", field [2] (header size)", "says " + header
                    + " bytes, but the first frame header has " + bytes.length);
        }
        int chips = parseInt(file, f.get(3), where + ", field [3] (number of chips)");
        int width = parseInt(file, f.get(4), where + ", field [4] (width)");
        int height = parseInt(file, f.get(5), where + ", field [5] (height)");
        if (chips < 1 || chips > 64 || width < 1 || width > 65536 || height < 1 || height > 65536) {
            throw new FormatException(file, where, "implausible chips/width/height " + chips + "/" + width + "/" + height);
        }
        String type = f.get(6).trim();
        if (!List.of("U08", "U16", "U32", "R64").contains(type)) {
            throw new FormatException(file, where + ", field [6] (pixel type)", "unknown pixel type '" + type
                    + "' (expected U08, U16, U32 or R64)");
        }
        String layout = f.get(7).trim();
        int depth = parseInt(file, f.get(f.size() - 1), where + ", last field (counter depth)");
        if (depth != 1 && depth != 6 && depth != 12 && depth != 24) {
            throw new FormatException(file, where + ", last field (counter depth)", "unsupported counter depth " + depth
                    + " (expected 1, 6, 12 or 24)");
        }
        long stamp = Long.MIN_VALUE;
        String exposure = f.size() > 10 ? f.get(10).trim() : "";
        int ext = f.indexOf("MQ1A");
        if (ext >= 0 && ext + 2 < f.size()) {
            stamp = isoNanos(f.get(ext + 1).trim());
            exposure = f.get(ext + 2).trim();
        }
        if (stamp == Long.MIN_VALUE && f.size() > 9) {
            stamp = localNanos(f.get(9).trim());
        }
        return new MibHeader(seq, header, chips, width, height, type, layout, depth, stamp, exposure);
    }

    /** The timestamp of a header without validating the other fields (for the flyback rule). */
    static long timestamp(byte[] bytes) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int ext = text.indexOf(",MQ1A,");
        if (ext >= 0) {
            int start = ext + 6;
            int end = text.indexOf(',', start);
            if (end > start) {
                long t = isoNanos(text.substring(start, end).trim());
                if (t != Long.MIN_VALUE) {
                    return t;
                }
            }
        }
        String[] f = text.split(",", 11);
        return f.length > 9 ? localNanos(f[9].trim()) : Long.MIN_VALUE;
    }

    private static long isoNanos(String s) {
        try {
            Instant t = Instant.parse(s);
            return t.getEpochSecond() * 1_000_000_000L + t.getNano();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    private static long localNanos(String s) {
        try {
            LocalDateTime t = LocalDateTime.parse(s.replace(' ', 'T'));
            return t.toEpochSecond(ZoneOffset.UTC) * 1_000_000_000L + t.getNano();
        } catch (DateTimeParseException e) {
            return Long.MIN_VALUE;
        }
    }

    static int parseInt(Path file, String s, String where) throws FormatException {
        long v = parseLong(file, s, where);
        if (v > Integer.MAX_VALUE) {
            throw new FormatException(file, where, "value " + v + " is too large");
        }
        return (int) v;
    }

    static long parseLong(Path file, String s, String where) throws FormatException {
        try {
            long v = Long.parseLong(s.trim());
            if (v < 0) {
                throw new FormatException(file, where, "negative value " + v);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new FormatException(file, where, "not a number: '" + s.trim() + "'");
        }
    }
}
