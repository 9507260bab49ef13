package org.polar4d.core.io.tiff;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.FrameShape;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.frames.ElementCodec;

/**
 * The first page of a TIFF file, decoded to one band of pixels. Uncompressed single-sample images in
 * strips or tiles (8/16/32-bit integers, 32/64-bit floats, either byte order) are decoded directly from
 * the bytes; anything else (compression, several samples) goes through the JDK's {@code javax.imageio}
 * TIFF plug-in, which also reads float32 samples but is several times slower per file.
 */
final class TiffImage {

    private final Path path;
    private final ByteBuffer bytes;
    private final ByteOrder order;
    private final Ifd ifd;

    /** The first image file directory's fields that matter. */
    private record Ifd(int width, int height, int bits, int format, int compression, int samples, int planar,
            long[] offsets, long[] counts, int rowsPerStrip, int tileWidth, int tileHeight) {
    }

    private TiffImage(Path path, ByteBuffer bytes, ByteOrder order, Ifd ifd) {
        this.path = path;
        this.bytes = bytes;
        this.order = order;
        this.ifd = ifd;
    }

    /** Parses the header and first IFD of a TIFF held in {@code bytes}. */
    static TiffImage parse(Path path, ByteBuffer bytes) throws FormatException {
        if (bytes.limit() < 8) {
            throw FormatException.atOffset(path, 0, "file of " + bytes.limit() + " bytes is too short for TIFF");
        }
        int bom = bytes.getShort(0) & 0xFFFF;
        ByteOrder order = bom == 0x4949 ? ByteOrder.LITTLE_ENDIAN : bom == 0x4D4D ? ByteOrder.BIG_ENDIAN : null;
        if (order == null) {
            throw FormatException.atOffset(path, 0, "not a TIFF file (expected 'II' or 'MM')");
        }
        ByteBuffer b = bytes.duplicate().order(order);
        int magic = b.getShort(2) & 0xFFFF;
        if (magic != 42) {
            throw FormatException.atOffset(path, 2, magic == 43 ? "BigTIFF is not supported" : "TIFF magic " + magic
                    + " (expected 42)");
        }
        long at = b.getInt(4) & 0xFFFFFFFFL;
        if (at < 8 || at > b.limit() - 2) {
            throw FormatException.atOffset(path, 4, "first IFD offset " + at + " lies outside the file");
        }
        int n = b.getShort((int) at) & 0xFFFF;
        if (at + 2 + 12L * n > b.limit()) {
            throw FormatException.atOffset(path, at, "IFD of " + n + " entries runs past the end of the file");
        }
        int width = 0;
        int height = 0;
        int bits = 1;
        int format = 1;
        int compression = 1;
        int samples = 1;
        int planar = 1;
        int rowsPerStrip = Integer.MAX_VALUE;
        int tileWidth = 0;
        int tileHeight = 0;
        long[] offsets = null;
        long[] counts = null;
        for (int i = 0; i < n; i++) {
            int e = (int) at + 2 + 12 * i;
            int tag = b.getShort(e) & 0xFFFF;
            switch (tag) {
                case 256 -> width = (int) scalar(path, b, e);
                case 257 -> height = (int) scalar(path, b, e);
                case 258 -> bits = (int) values(path, b, e)[0];
                case 259 -> compression = (int) scalar(path, b, e);
                case 273, 324 -> offsets = values(path, b, e);
                case 277 -> samples = (int) scalar(path, b, e);
                case 278 -> rowsPerStrip = (int) Math.min(Integer.MAX_VALUE, scalar(path, b, e));
                case 279, 325 -> counts = values(path, b, e);
                case 284 -> planar = (int) scalar(path, b, e);
                case 322 -> tileWidth = (int) scalar(path, b, e);
                case 323 -> tileHeight = (int) scalar(path, b, e);
                case 339 -> format = (int) values(path, b, e)[0];
                default -> {
                    // other tags do not affect the pixels of band 0
                }
            }
        }
        if (width < 1 || height < 1 || (long) width * height > Integer.MAX_VALUE / 8) {
            throw new FormatException(path, "tags ImageWidth/ImageLength", "invalid image size " + width + "x" + height);
        }
        return new TiffImage(path, bytes, order, new Ifd(width, height, bits, format, compression, samples, planar,
                offsets, counts, rowsPerStrip, tileWidth, tileHeight));
    }

    FrameShape frameShape() {
        return new FrameShape(ifd.height(), ifd.width());
    }

    /** The stored type when decoded directly, else float32 (decoded through ImageIO). */
    ElementType elementType() {
        ElementType t = directType();
        return t != null ? t : ElementType.F32;
    }

    private ElementType directType() {
        if (ifd.compression() != 1 || ifd.samples() != 1 || ifd.offsets() == null || ifd.counts() == null) {
            return null;
        }
        return switch (ifd.format() * 100 + ifd.bits()) {
            case 108 -> ElementType.U8;
            case 116 -> ElementType.U16;
            case 132 -> ElementType.U32;
            case 208 -> ElementType.I8;
            case 216 -> ElementType.I16;
            case 232 -> ElementType.I32;
            case 332 -> ElementType.F32;
            case 364 -> ElementType.F64;
            default -> null;
        };
    }

    void decode(float[] dst, int offset) throws IOException {
        decode(dst, null, offset);
    }

    void decode(double[] dst, int offset) throws IOException {
        decode(null, dst, offset);
    }

    private void decode(float[] f, double[] d, int offset) throws IOException {
        ElementType t = directType();
        if (t == null) {
            viaImageIo(f, d, offset);
            return;
        }
        boolean tiled = ifd.tileWidth() > 0 && ifd.tileHeight() > 0;
        int blockW = tiled ? ifd.tileWidth() : ifd.width();
        int blockH = tiled ? ifd.tileHeight() : Math.min(ifd.rowsPerStrip(), ifd.height());
        int across = (ifd.width() + blockW - 1) / blockW;
        int down = (ifd.height() + blockH - 1) / blockH;
        if (ifd.offsets().length < (long) across * down || ifd.counts().length < ifd.offsets().length) {
            throw new FormatException(path, tiled ? "tag TileOffsets" : "tag StripOffsets", ifd.offsets().length
                    + " blocks for an image that needs " + across * down);
        }
        for (int by = 0; by < down; by++) {
            for (int bx = 0; bx < across; bx++) {
                int k = by * across + bx;
                long start = ifd.offsets()[k];
                int rows = Math.min(blockH, ifd.height() - by * blockH);
                int cols = Math.min(blockW, ifd.width() - bx * blockW);
                long need = ((long) (tiled ? blockH : rows) - 1) * blockW * t.bytes() + (long) cols * t.bytes();
                if (start < 0 || start > bytes.limit() - need) {
                    throw FormatException.atOffset(path, start, "strip/tile " + k + " of " + need
                            + " bytes lies outside the file (" + bytes.limit() + " bytes)");
                }
                for (int r = 0; r < rows; r++) {
                    int from = (int) (start + (long) r * blockW * t.bytes());
                    ByteBuffer row = bytes.slice(from, cols * t.bytes()).order(order);
                    int to = offset + (by * blockH + r) * ifd.width() + bx * blockW;
                    if (f != null) {
                        ElementCodec.decode(row, t, cols, f, to);
                    } else {
                        ElementCodec.decode(row, t, cols, d, to);
                    }
                }
            }
        }
    }

    private void viaImageIo(float[] f, double[] d, int offset) throws IOException {
        byte[] all = new byte[bytes.limit()];
        bytes.get(0, all);
        BufferedImage img;
        try {
            img = ImageIO.read(new ByteArrayInputStream(all));
        } catch (IOException | RuntimeException e) {
            throw new FormatException(path, "TIFF image data", "cannot decode: " + e.getMessage());
        }
        if (img == null) {
            throw new FormatException(path, "TIFF image data", "no ImageIO reader for this TIFF variant (compression "
                    + ifd.compression() + ")");
        }
        if (img.getWidth() != ifd.width() || img.getHeight() != ifd.height()) {
            throw new FormatException(path, "TIFF image data", "decoded size differs from the IFD");
        }
        Raster r = img.getRaster();
        int n = ifd.width() * ifd.height();
        if (f != null) {
            float[] band = r.getSamples(0, 0, ifd.width(), ifd.height(), 0, (float[]) null);
            System.arraycopy(band, 0, f, offset, n);
        } else {
            double[] band = r.getSamples(0, 0, ifd.width(), ifd.height(), 0, (double[]) null);
            System.arraycopy(band, 0, d, offset, n);
        }
    }

    private static long scalar(Path path, ByteBuffer b, int entry) throws FormatException {
        return values(path, b, entry)[0];
    }

    /** The values of a SHORT or LONG entry (inline or at its offset). */
    private static long[] values(Path path, ByteBuffer b, int entry) throws FormatException {
        int tag = b.getShort(entry) & 0xFFFF;
        int type = b.getShort(entry + 2) & 0xFFFF;
        long count = b.getInt(entry + 4) & 0xFFFFFFFFL;
        int size = type == 3 ? 2 : type == 4 ? 4 : type == 1 ? 1 : -1;
        if (size < 0 || count < 1 || count > 1 << 24) {
            throw FormatException.atOffset(path, entry, "TIFF tag " + tag + " has type " + type + " and count " + count
                    + " (expected BYTE, SHORT or LONG values)");
        }
        long at = count * size <= 4 ? entry + 8 : b.getInt(entry + 8) & 0xFFFFFFFFL;
        if (at + count * size > b.limit()) {
            throw FormatException.atOffset(path, entry, "values of TIFF tag " + tag + " lie outside the file");
        }
        long[] v = new long[(int) count];
        for (int i = 0; i < count; i++) {
            int p = (int) (at + (long) i * size);
            v[i] = size == 2 ? b.getShort(p) & 0xFFFF : size == 4 ? b.getInt(p) & 0xFFFFFFFFL : b.get(p) & 0xFF;
        }
        return v;
    }
}
