package org.polar4d.core.io.mib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.Json;
import org.polar4d.core.io.Orientation;
import org.polar4d.core.io.ReadOptions;
import org.polar4d.core.io.ReferenceCheck;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.TestData;

/** Every shared MIB file against RosettaSciIO's reference (which flips frames vertically). */
class MibReaderTest {

    static Stream<String> processedFiles() throws IOException {
        try (Stream<Path> s = Files.list(TestData.formats("mib"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".mib") && !n.contains("RAW"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("processedFiles")
    void matchesTheReference(String name) throws IOException {
        Path file = TestData.formats("mib/" + name);
        Map<String, Object> json = ReferenceCheck.json(file);
        try (Dataset4D ds = DatasetIO.open(file, ReadOptions.DEFAULT.withOrientation(Orientation.FLIP_FRAME_Y))) {
            ReferenceCheck.assertMatches(ds, file);
            String descr = (String) json.get("dtype");
            ElementType expected = descr.endsWith("u1") ? ElementType.U8 : descr.endsWith("u2") ? ElementType.U16
                    : ElementType.U32;
            assertEquals(expected, ds.elementType());
            List<?> shape = (List<?>) json.get("shape");
            if (shape.size() == 3) {
                assertEquals(new ScanShape(1, 9), ds.scanShape(), "a single line of 9 frames");
            }
            assertEquals("true", ds.provenance().options().get("flipFrameY"));
        }
    }

    @Test
    void scanShapeSources() throws IOException {
        try (Dataset4D ds = DatasetIO.open(TestData.formats("mib/Quad_9_Frame_CounterDepth_24_Rows_256.mib"))) {
            assertEquals(new ScanShape(3, 3), ds.scanShape());
            assertEquals("inferred", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
            assertEquals("timestamp flyback gaps", ds.provenance().details().get("scanShapeOrigin"));
        }
        try (Dataset4D ds = DatasetIO.open(TestData.formats("mib/Single_9_Frame_CounterDepth_6_Rows_256.mib"))) {
            assertEquals(new ScanShape(1, 9), ds.scanShape());
            assertEquals("sidecar", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
        }
        try (Dataset4D ds = DatasetIO.open(TestData.formats("mib/Quad_9_Frame_CounterDepth_12_Rows_256.mib"),
                ReadOptions.DEFAULT.withScanShape(new ScanShape(3, 3)))) {
            assertEquals("user", ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
        }
    }

    @Test
    void nativeOrientationIsFileOrder() throws IOException {
        Path file = TestData.formats("mib/Single_1_Frame_CounterDepth_12_Rows_256.mib");
        try (Dataset4D ds = DatasetIO.open(file);
                Dataset4D flipped = DatasetIO.open(file, ReadOptions.DEFAULT.withOrientation(Orientation.FLIP_FRAME_Y))) {
            float[] a = new float[256 * 256];
            float[] b = new float[256 * 256];
            ds.readFrame(0, a);
            flipped.readFrame(0, b);
            for (int r = 0; r < 256; r++) {
                for (int c = 0; c < 256; c++) {
                    assertEquals(a[r * 256 + c], b[(255 - r) * 256 + c], 0.0);
                }
            }
            // first pixel of the file payload (after the 384-byte header), big-endian u16
            byte[] raw = Files.readAllBytes(file);
            assertEquals(((raw[384] & 0xFF) << 8) | (raw[385] & 0xFF), a[0], 0.0);
        }
    }

    static Stream<String> rawFiles() {
        return Stream.of("Single_1_Frame", "Single_9_Frame", "Quad_1_Frame", "Quad_9_Frame");
    }

    /**
     * RosettaSciIO refuses RAW files, so there is no reference array. The RAW and processed 1-bit files
     * record the same illumination: decoded RAW frames must agree with the processed frames on nearly every
     * pixel (counting noise differs), and much better than any mirrored decoding would.
     */
    @ParameterizedTest
    @MethodSource("rawFiles")
    void rawDecodesLikeTheProcessedRecording(String stem) throws IOException {
        Path raw = TestData.formats("mib/" + stem + "_CounterDepth_1_Rows_256RAW.mib");
        Path processed = TestData.formats("mib/" + stem + "_CounterDepth_1_Rows_256.mib");
        Map<String, Object> facts = ReferenceCheck.json(raw);
        try (Dataset4D r = DatasetIO.open(raw); Dataset4D p = DatasetIO.open(processed)) {
            boolean quad = stem.startsWith("Quad");
            assertEquals(quad ? 512 : 256, r.frameShape().height());
            assertEquals(quad ? 512 : 256, r.frameShape().width());
            assertEquals(((Number) Json.at(facts, "raw_mode_facts_from_header_inspection", "frames_in_file_if_so"))
                    .longValue(), r.frameCount());
            assertEquals("R64", r.provenance().details().get("pixelType"));
            assertEquals(p.frameCount(), r.frameCount());
            int n = r.frameShape().pixels();
            float[] a = new float[n];
            float[] b = new float[n];
            for (long f = 0; f < r.frameCount(); f++) {
                r.readFrame(f, a);
                p.readFrame(f, b);
                int same = 0;
                int sameFlippedY = 0;
                int sameFlippedX = 0;
                int w = r.frameShape().width();
                for (int i = 0; i < n; i++) {
                    if (a[i] != 0 && a[i] != 1) {
                        throw new AssertionError("1-bit pixel " + i + " of frame " + f + " is " + a[i]);
                    }
                    int row = i / w;
                    int col = i % w;
                    same += a[i] == b[i] ? 1 : 0;
                    sameFlippedY += a[i] == b[(r.frameShape().height() - 1 - row) * w + col] ? 1 : 0;
                    sameFlippedX += a[i] == b[row * w + w - 1 - col] ? 1 : 0;
                }
                double agree = (double) same / n;
                assertTrue(agree > 0.999, stem + " frame " + f + ": only " + agree + " of pixels agree");
                assertTrue(same > sameFlippedY + n / 200 && same > sameFlippedX + n / 200,
                        stem + " frame " + f + ": a mirrored decoding agrees as well");
            }
        }
    }
}
