package org.polar4d.core.io.npy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.TestNpyWriter;

class NpyReaderTest {

    @TempDir
    Path dir;

    /** A value that depends on every index and fits every tested dtype exactly. */
    private static double valueOf(long i, String descr) {
        long v = (i * 7919) % 251;
        return descr.contains("i") ? v - 125 : descr.contains("f") ? v * 0.5 : v;
    }

    private static double expected(long i, String descr) {
        return descr.equals("|b1") ? i % 2 : valueOf(i, descr);
    }

    static Stream<Arguments> variants() {
        Stream.Builder<Arguments> b = Stream.builder();
        String[] descrs = {"|u1", "|i1", "|b1", "<u2", ">u2", "<i2", ">i2", "<u4", ">u4", "<i4", ">i4", "<u8", ">i8",
            "<f2", ">f2", "<f4", ">f4", "<f8", ">f8"};
        for (String d : descrs) {
            for (boolean fortran : new boolean[] {false, true}) {
                b.add(Arguments.of(d, fortran, d.hashCode() % 3 == 0 ? 2 : fortran ? 3 : 1));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0} fortran={1} v{2}")
    @MethodSource("variants")
    void readsEveryDtypeOrderAndVersion(String descr, boolean fortran, int version) throws IOException {
        long[] shape = {3, 4, 5, 6};
        Path p = dir.resolve("a.npy");
        String d = descr;
        TestNpyWriter.write(p, d, shape, fortran, version, version == 1 ? 16 : 64, i -> expected(i, d));
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(new ScanShape(3, 4), ds.scanShape());
            assertEquals(5, ds.frameShape().height());
            assertEquals(6, ds.frameShape().width());
            assertEquals(ScanShapeSource.HEADER.label(), ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
            float[] all = new float[12 * 30];
            ds.readFrames(0, 12, all);
            double[] exact = new double[12 * 30];
            ds.readFramesExact(0, 12, exact);
            for (int i = 0; i < all.length; i++) {
                assertEquals(expected(i, d), all[i], 0.0, "element " + i);
                assertEquals(expected(i, d), exact[i], 0.0, "exact element " + i);
            }
            float[] one = new float[30];
            ds.readFrame(2, 3, one);
            assertEquals(expected((2 * 4 + 3) * 30 + 7, d), one[7], 0.0);
        }
    }

    @Test
    void exactReadKeepsLargeIntegers() throws IOException {
        Path p = dir.resolve("big.npy");
        long big = (1L << 32) - 3;
        TestNpyWriter.write(p, "<u4", new long[] {1, 2, 2, 2}, false, 1, 64, i -> big - i);
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(ElementType.U32, ds.elementType());
            double[] d = new double[8];
            ds.readFramesExact(0, 2, d);
            for (int i = 0; i < 8; i++) {
                assertEquals((double) (big - i), d[i], 0.0);
            }
        }
    }

    @Test
    void stackOfFramesTakesSquareOrUserShape() throws IOException {
        Path p = dir.resolve("stack.npy");
        TestNpyWriter.write(p, "<f4", new long[] {16, 2, 3}, false, 1, 64, i -> i);
        try (Dataset4D ds = DatasetIO.open(p)) {
            assertEquals(new ScanShape(4, 4), ds.scanShape());
            assertEquals("inferred", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
        }
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withScanShape(new ScanShape(2, 8)))) {
            assertEquals(new ScanShape(2, 8), ds.scanShape());
            assertEquals("user", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
            float[] f = new float[6];
            ds.readFrame(1, 2, f);
            assertEquals(10 * 6, f[0], 0.0);
        }
        FormatException e = assertThrows(FormatException.class,
                () -> DatasetIO.open(p, ReadOptions.DEFAULT.withScanShape(new ScanShape(5, 5))));
        assertTrue(e.getMessage().contains("stack.npy") && e.getMessage().contains("5x5"), e.getMessage());
    }

    @Test
    void fortranStackAndSyncOffset() throws IOException {
        Path p = dir.resolve("fstack.npy");
        TestNpyWriter.write(p, ">i2", new long[] {6, 2, 3}, true, 1, 64, i -> i - 10);
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withScanShape(new ScanShape(2, 2))
                .withSyncOffset(2))) {
            float[] f = new float[4 * 6];
            ds.readFrames(0, 4, f);
            for (int i = 0; i < f.length; i++) {
                assertEquals(12 + i - 10, f[i], 0.0);
            }
        }
        try (Dataset4D ds = DatasetIO.open(p, ReadOptions.DEFAULT.withScanShape(new ScanShape(2, 4))
                .withSyncOffset(-2))) {
            float[] f = new float[8 * 6];
            ds.readFrames(0, 8, f);
            for (int i = 0; i < 12; i++) {
                assertEquals(0, f[i], 0.0);
            }
            for (int i = 12; i < f.length; i++) {
                assertEquals(i - 12 - 10, f[i], 0.0);
            }
        }
    }

    @Test
    void badHeadersFailWithTheFieldNamed() throws IOException {
        assertFails("{'descr': '<c8', 'fortran_order': False, 'shape': (1, 1, 2, 2), }", "descr");
        assertFails("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 2, 2, 2, 2), }", "shape");
        assertFails("{'descr': '<f4', 'fortran_order': False, 'shape': (100, 100, 100, 100), }", "truncated");
        assertFails("{'descr': '<f4', 'shape': (1, 1, 2, 2), }", "fortran_order");
        assertFails("{'descr': '<f4', 'fortran_order': False, 'shape': (1, 1, 2, 2)", "header");
        assertFails("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999, 99999999999, 99999999999, 2), }",
                "shape");
        Path p = dir.resolve("nomagic.npy");
        Files.write(p, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12});
        FormatException e = assertThrows(FormatException.class,
                () -> DatasetIO.open(p, ReadOptions.DEFAULT.withFormat(org.polar4d.core.io.Format.NPY)));
        assertTrue(e.getMessage().contains("magic"), e.getMessage());
    }

    private void assertFails(String dict, String expected) throws IOException {
        Path p = dir.resolve("bad.npy");
        byte[] h = (dict + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(10 + h.length + 64).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0}).putShort((short) h.length).put(h);
        Files.write(p, b.array());
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("bad.npy") && e.getMessage().contains(expected), e.getMessage());
    }
}
