package org.polar4d.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/** Detects a file's format from its first bytes, falling back to the file name extension. */
final class FormatDetector {

    static final byte[] HDF5_MAGIC = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private FormatDetector() {
    }

    static Format detect(Path path, ReadOptions options) throws IOException {
        if (Files.isDirectory(path)) {
            return Format.TIFF_FOLDER;
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no such file");
        }
        if (options.rawLayout() != null) {
            return Format.RAW;
        }
        byte[] head = new byte[16];
        int n;
        try (InputStream in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String ext = extension(path);
        Format byContent = byContent(head, n, ext);
        if (byContent != null) {
            return byContent;
        }
        for (Format f : Format.values()) {
            if (f != Format.ARINA && f != Format.EMD && f.extensions().contains(ext)) {
                return f;
            }
        }
        throw new FormatException(path, "format", "not recognised from the content or the extension '" + ext
                + "'; give the format explicitly");
    }

    private static Format byContent(byte[] h, int n, String ext) {
        String ascii = new String(h, 0, n, StandardCharsets.ISO_8859_1);
        if (n >= 6 && ascii.startsWith("\u0093NUMPY")) {
            return Format.NPY;
        }
        if (ascii.startsWith("MQ1,") || ascii.startsWith("HDR,")) {
            return Format.MIB;
        }
        if (ascii.startsWith("IMGBLO")) {
            return Format.BLO;
        }
        if (n >= 8 && startsWith(h, HDF5_MAGIC)) {
            return Format.HDF5;
        }
        if (n >= 4 && h[0] == 0 && h[1] == 0 && h[2] == 0 && (h[3] == 3 || h[3] == 4)
                && (ext.equals("dm4") || ext.equals("dm3"))) {
            return Format.DM4;
        }
        if ((ascii.startsWith("<root") || ascii.startsWith("<?xml")) && ext.equals("xml")) {
            return Format.EMPAD;
        }
        return null;
    }

    private static boolean startsWith(byte[] h, byte[] magic) {
        for (int i = 0; i < magic.length; i++) {
            if (h[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
