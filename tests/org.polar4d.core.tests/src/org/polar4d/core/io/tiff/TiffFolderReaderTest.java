package org.polar4d.core.io.tiff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ReadOptions;

class TiffFolderReaderTest {

    @TempDir
    Path dir;

    static final int H = 6;
    static final int W = 8;

    static float value(int frame, int pixel) {
        return frame * 1000 + pixel * 0.5f - 3;
    }

    /**
     * A baseline TIFF written independently of the reader: float32 (or uint16) samples, uncompressed,
     * in strips of {@code rowsPerStrip} rows or in 4x4 tiles, optionally a second page.
     */
    static byte[] tiff(int frame, ByteOrder order, int rowsPerStrip, boolean tiles, boolean secondPage) {
        int tile = 4;
        int blocksAcross = tiles ? (W + tile - 1) / tile : 1;
        int blocksDown = tiles ? (H + tile - 1) / tile : (H + rowsPerStrip - 1) / rowsPerStrip;
        int blockW = tiles ? tile : W;
        int blockH = tiles ? tile : rowsPerStrip;
        int blocks = blocksAcross * blocksDown;
        int blockBytes = blockW * blockH * 4;
        int dataBytes = blocks * blockBytes;
        int entries = tiles ? 11 : 10;
        int ifd = 8 + dataBytes;
        int arrays = ifd + 2 + 12 * entries + 4;
        ByteBuffer b = ByteBuffer.allocate(arrays + 8 * blocks + (secondPage ? 2 + 12 * 3 + 4 + W * H * 4 : 0))
                .order(order);
        b.put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M')).put((byte) (order == ByteOrder.LITTLE_ENDIAN ? 'I' : 'M'))
                .putShort((short) 42).putInt(ifd);
        for (int k = 0; k < blocks; k++) {
            int bx = k % blocksAcross;
            int by = k / blocksAcross;
            for (int r = 0; r < blockH; r++) {
                for (int c = 0; c < blockW; c++) {
                    int y = by * blockH + r;
                    int x = bx * blockW + c;
                    b.putFloat(y < H && x < W ? value(frame, y * W + x) : -999f);
                }
            }
        }
        b.position(ifd).putShort((short) entries);
        entry(b, 256, 4, 1, W);
        entry(b, 257, 4, 1, H);
        entry(b, 258, 3, 1, 32);
        entry(b, 259, 3, 1, 1);
        entry(b, 262, 3, 1, 1);
        if (tiles) {
            entry(b, 277, 3, 1, 1);
            entry(b, 322, 4, 1, tile);
            entry(b, 323, 4, 1, tile);
            entry(b, 324, 4, blocks, arrays);
            entry(b, 325, 4, blocks, arrays + 4 * blocks);
            entry(b, 339, 3, 1, 3);
        } else {
            entry(b, 273, 4, blocks, blocks == 1 ? 8 : arrays);
            entry(b, 277, 3, 1, 1);
            entry(b, 278, 4, 1, rowsPerStrip);
            entry(b, 279, 4, blocks, blocks == 1 ? blockBytes : arrays + 4 * blocks);
            entry(b, 339, 3, 1, 3);
        }
        int next = arrays + 8 * blocks;
        b.putInt(secondPage ? next : 0);
        b.position(arrays);
        for (int k = 0; k < blocks; k++) {
            b.putInt(8 + k * blockBytes);
        }
        for (int k = 0; k < blocks; k++) {
            b.putInt(blockBytes);
        }
        if (secondPage) {
            b.putShort((short) 3);
            entry(b, 256, 4, 1, W);
            entry(b, 257, 4, 1, H);
            entry(b, 273, 4, 1, next + 2 + 36 + 4);
            b.putInt(0);
        }
        return b.array();
    }

    private static void entry(ByteBuffer b, int tag, int type, int count, int value) {
        b.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3 && count == 1) {
            b.putShort((short) value).putShort((short) 0);
        } else {
            b.putInt(value);
        }
    }

    private Path folder(int frames, String pattern, ByteOrder order, int rowsPerStrip, boolean tiles) throws IOException {
        Path d = Files.createDirectories(dir.resolve("scan"));
        List<Integer> shuffled = new ArrayList<>();
        for (int i = 0; i < frames; i++) {
            shuffled.add(i);
        }
        Collections.shuffle(shuffled, new Random(5));
        for (int i : shuffled) {
            Files.write(d.resolve(String.format(pattern, i)), tiff(i, order, rowsPerStrip, tiles, i % 3 == 0));
        }
        return d;
    }

    private static void assertFrames(Dataset4D ds, int frames) throws IOException {
        float[] f = new float[frames * H * W];
        ds.readFrames(0, frames, f);
        for (int i = 0; i < f.length; i++) {
            assertEquals(value(i / (H * W), i % (H * W)), f[i], 0.0, "element " + i);
        }
    }

    @Test
    void readsByScanIndexNotDirectoryOrder() throws IOException {
        Path d = folder(16, "pattern_%05d.tif", ByteOrder.LITTLE_ENDIAN, H, false);
        try (Dataset4D ds = DatasetIO.open(d)) {
            assertEquals(new ScanShape(4, 4), ds.scanShape());
            assertEquals(ElementType.F32, ds.elementType());
            assertEquals("inferred", ds.provenance().details().get("scanShapeSource"));
            assertFrames(ds, 16);
        }
    }

    @Test
    void stripsTilesAndBigEndian() throws IOException {
        Path d = folder(6, "dp%d.tiff", ByteOrder.BIG_ENDIAN, 4, false);
        try (Dataset4D ds = DatasetIO.open(d, ReadOptions.DEFAULT.withScanShape(new ScanShape(2, 3)))) {
            assertFrames(ds, 6);
        }
        Path t = Files.createDirectories(dir.resolve("tiles"));
        for (int i = 0; i < 4; i++) {
            Files.write(t.resolve("x_" + i + ".tif"), tiff(i, ByteOrder.LITTLE_ENDIAN, H, true, false));
        }
        try (Dataset4D ds = DatasetIO.open(t)) {
            assertFrames(ds, 4);
        }
    }

    @Test
    void compressedFilesGoThroughImageIo() throws IOException {
        Path d = Files.createDirectories(dir.resolve("lzw"));
        for (int i = 0; i < 4; i++) {
            BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_USHORT_GRAY);
            for (int p = 0; p < H * W; p++) {
                img.getRaster().setSample(p % W, p / W, 0, i * 100 + p);
            }
            ImageWriter w = ImageIO.getImageWritersByFormatName("tiff").next();
            ImageWriteParam param = w.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("LZW");
            try (ImageOutputStream out = ImageIO.createImageOutputStream(d.resolve("f_" + i + ".tif").toFile())) {
                w.setOutput(out);
                w.write(null, new IIOImage(img, null, null), param);
            }
            w.dispose();
        }
        try (Dataset4D ds = DatasetIO.open(d)) {
            float[] f = new float[4 * H * W];
            ds.readFrames(0, 4, f);
            for (int k = 0; k < f.length; k++) {
                assertEquals((k / (H * W)) * 100 + k % (H * W), f[k], 0.0);
            }
        }
    }

    @Test
    void gapsDuplicatesAndMissingShapeAreReported() throws IOException {
        Path d = folder(5, "p_%03d.tif", ByteOrder.LITTLE_ENDIAN, H, false);
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(d));
        assertTrue(e.getMessage().contains("scan shape"), e.getMessage());
        Files.delete(d.resolve("p_002.tif"));
        e = assertThrows(FormatException.class, () -> DatasetIO.open(d));
        assertTrue(e.getMessage().contains("gaps") && e.getMessage().contains("[2]"), e.getMessage());
        Files.write(d.resolve("p_002.tif"), tiff(2, ByteOrder.LITTLE_ENDIAN, H, false, false));
        Files.write(d.resolve("q_002.tif"), tiff(2, ByteOrder.LITTLE_ENDIAN, H, false, false));
        e = assertThrows(FormatException.class, () -> DatasetIO.open(d));
        assertTrue(e.getMessage().contains("duplicate") && e.getMessage().contains("q_002.tif"), e.getMessage());
    }
}
