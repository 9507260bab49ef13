package org.polar4d.core.io.empad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.polar4d.core.data.Calibration;
import org.polar4d.core.data.Dataset4D;
import org.polar4d.core.data.ElementType;
import org.polar4d.core.data.ScanShape;
import org.polar4d.core.io.DatasetIO;
import org.polar4d.core.io.FormatException;
import org.polar4d.core.io.ReferenceCheck;
import org.polar4d.core.io.ScanShapeSource;
import org.polar4d.core.io.TestData;

class EmpadReaderTest {

    @TempDir
    Path dir;

    @Test
    void matchesTheReference() throws IOException {
        Path xml = TestData.formats("empad/map4x4.xml");
        try (Dataset4D ds = DatasetIO.open(xml)) {
            ReferenceCheck.assertMatches(ds, xml);
            assertEquals(ElementType.F32, ds.elementType());
            assertEquals(new ScanShape(4, 4), ds.scanShape());
            assertEquals(ScanShapeSource.SIDECAR.label(), ds.provenance().details().get(ScanShapeSource.PROVENANCE_KEY));
            assertEquals("xml pix_x/pix_y", ds.provenance().details().get("scanShapeOrigin"));
            Calibration c = ds.calibration();
            // reference: scan axes 1.1415856626420549 µm, signal axes 0.1826537060227288 1/nm
            assertEquals(1141.5856626420549, c.scanStep().value(), 1e-9);
            assertEquals("nm", c.scanStep().unit());
            assertEquals(0.1826537060227288, c.reciprocalPixel().value(), 1e-15);
            assertEquals("1/nm", c.reciprocalPixel().unit());
            assertEquals(300.0, c.beamEnergyKeV(), 0.0);
            assertEquals(722.5, c.cameraLengthMm(), 1e-9);
        }
    }

    @Test
    void openingTheRawFileFindsItsXml() throws IOException {
        try (Dataset4D ds = DatasetIO.open(TestData.formats("empad/scan_x4_y4.raw"))) {
            assertEquals(new ScanShape(4, 4), ds.scanShape());
        }
    }

    @Test
    void candidatesThatDisagreeWithTheFileSizeAreSkipped() throws IOException {
        Path xml = copyWithXml("<root><pix_x>8</pix_x><pix_y>8</pix_y><raw_file filename=\"d.raw\"/>"
                + "<scan_parameters mode=\"search\"><scan_resolution_x>2</scan_resolution_x>"
                + "<scan_resolution_y>8</scan_resolution_y></scan_parameters></root>", 16);
        try (Dataset4D ds = DatasetIO.open(xml)) {
            assertEquals(new ScanShape(8, 2), ds.scanShape());
            assertTrue(ds.provenance().details().get("scanShapeNotes").contains("pix_x/pix_y"));
        }
    }

    @Test
    void missingRawFileIsNamed() throws IOException {
        Path xml = dir.resolve("a.xml");
        Files.writeString(xml, "<root><pix_x>1</pix_x><pix_y>1</pix_y><raw_file filename=\"gone.raw\"/></root>");
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(xml));
        assertTrue(e.getMessage().contains("gone.raw"), e.getMessage());
    }

    @Test
    void noMatchingCandidateFails() throws IOException {
        Path xml = copyWithXml("<root><pix_x>3</pix_x><pix_y>3</pix_y><raw_file filename=\"d.raw\"/></root>", 5);
        FormatException e = assertThrows(FormatException.class, () -> DatasetIO.open(xml));
        assertTrue(e.getMessage().contains("scan shape") && e.getMessage().contains("5 frames"), e.getMessage());
    }

    private Path copyWithXml(String xmlText, int frames) throws IOException {
        Path xml = dir.resolve("d.xml");
        Files.writeString(xml, xmlText);
        Files.write(dir.resolve("d.raw"), new byte[frames * 130 * 128 * 4]);
        return xml;
    }
}
