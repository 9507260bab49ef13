package org.polar4d.core.io.blo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ReferenceCheck;
import org.polar4d.core.io.TestData;

class BloReaderTest {

    @TempDir
    Path dir;

    @Test
    void matchesTheReference() throws IOException {
        Path blo = TestData.formats("blo/test2.blo");
        try (Dataset4D ds = DatasetIO.open(blo)) {
            ReferenceCheck.assertMatches(ds, blo);
            assertEquals(ElementType.U8, ds.elementType());
            assertEquals(new ScanShape(2, 3), ds.scanShape());
            Calibration c = ds.calibration();
            assertEquals(64.0, c.scanStep().value(), 0.0);
            assertEquals("nm", c.scanStep().unit());
            assertEquals(200.0, c.beamEnergyKeV(), 0.0);
            assertEquals(200.0, c.cameraLengthMm(), 0.0);
            assertEquals(25.0, c.scanRotationDeg(), 0.0);
            assertEquals("header", ds.provenance().details().get("scanShapeSource"));
        }
    }

    @Test
    void truncatedAndCorruptFilesAreRejected() throws IOException {
        byte[] good = Files.readAllBytes(TestData.formats("blo/test2.blo"));
        Path p = dir.resolve("t.blo");
        Files.write(p, Arrays.copyOf(good, good.length - 10));
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("t.blo") && e.getMessage().contains("truncated"), e.getMessage());
        byte[] bad = good.clone();
        bad[0x100c] = 0;
        Files.write(p, bad);
        e = assertThrows(FormatException.class, () -> DatasetIO.open(p));
        assertTrue(e.getMessage().contains("offset 4108") && e.getMessage().contains("AA 55"), e.getMessage());
    }
}
