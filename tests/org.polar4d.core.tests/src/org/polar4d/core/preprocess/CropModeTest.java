package org.polar4d.core.preprocess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class CropModeTest {

    @Test
    void paperExampleOfDataset1E() {
        // PAPER §13: global CoM (120.837, 127.367) in 256x256 -> centred crop at (89, 95), mirrored at (103, 97)
        assertEquals(89, CropMode.CENTERED.origin(120.837, 256, 64));
        assertEquals(95, CropMode.CENTERED.origin(127.367, 256, 64));
        assertEquals(103, CropMode.REFERENCE_MIRRORED.origin(120.837, 256, 64));
        assertEquals(97, CropMode.REFERENCE_MIRRORED.origin(127.367, 256, 64));
    }

    @Test
    void roundsHalfToEvenLikePython() {
        assertEquals(32, CropMode.CENTERED.origin(64.5, 256, 64)); // round(32.5) = 32
        assertEquals(34, CropMode.CENTERED.origin(65.5, 256, 64)); // round(33.5) = 34
        assertEquals(32, CropMode.REFERENCE_MIRRORED.origin(256 - 64.5, 256, 64));
    }

    @Test
    void clampsToTheFrame() {
        assertEquals(0, CropMode.CENTERED.origin(3, 256, 64));
        assertEquals(192, CropMode.CENTERED.origin(250, 256, 64));
        assertEquals(192, CropMode.REFERENCE_MIRRORED.origin(3, 256, 64));
    }

    @Test
    void parsesIds() {
        assertEquals(CropMode.REFERENCE_MIRRORED, CropMode.parse("reference-mirrored"));
        assertEquals(CropMode.REFERENCE_MIRRORED, CropMode.parse("REFERENCE_MIRRORED"));
        assertEquals(CropMode.CENTERED, CropMode.parse("Centered"));
        assertThrows(IllegalArgumentException.class, () -> CropMode.parse("middle"));
    }
}
