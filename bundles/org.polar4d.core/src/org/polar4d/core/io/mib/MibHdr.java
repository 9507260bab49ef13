package org.polar4d.core.io.mib;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

import org.polar4d.core.io.FormatException;

/**
 * The optional {@code .hdr} side-car of a Merlin acquisition: {@code Key:\tValue} lines between a
 * leading {@code HDR,} line and a trailing {@code End} line.
 */
public record MibHdr(Path file, Map<String, String> values) {

    private static final long MAX_SIZE = 1 << 20;

    static MibHdr read(Path file) throws IOException {
        if (Files.size(file) > MAX_SIZE) {
            throw new FormatException(file, "size", "a .hdr side-car larger than 1 MiB is not plausible");
        }
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        if (!text.startsWith("HDR")) {
            throw FormatException.atOffset(file, 0, "not a Merlin .hdr file (expected 'HDR,')");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            if (line.startsWith("HDR") || line.startsWith("End")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab > 0) {
                String key = line.substring(0, tab).trim();
                if (key.endsWith(":")) {
                    key = key.substring(0, key.length() - 1);
                }
                values.put(key, line.substring(tab + 1).trim());
            }
        }
        return new MibHdr(file, values);
    }

    /** A positive integer value, if present and readable. */
    OptionalInt positiveInt(String key) throws FormatException {
        String v = values.get(key);
        if (v == null || v.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int n = Integer.parseInt(v.trim());
            if (n < 1) {
                throw new FormatException(file, "key '" + key + "'", "must be positive, is " + n);
            }
            return OptionalInt.of(n);
        } catch (NumberFormatException e) {
            throw new FormatException(file, "key '" + key + "'", "not a number: '" + v + "'");
        }
    }
}
