package org.polar4d.core.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AugmentationSettingsTest {

    @Test
    void roundTripsThroughProperties() {
        AugmentationSettings s = AugmentationSettings.PAPER.withSymmetry(0.4, true, false).withPoisson(0.1, 10, 100)
                .withShift(0.2, 0.75).withEllipse(0.3, 0.04);
        assertEquals(s, AugmentationSettings.fromProperties(s.toProperties()));
        assertEquals(AugmentationSettings.PAPER, AugmentationSettings.fromProperties(AugmentationSettings.PAPER.toProperties()));
        assertEquals(AugmentationSettings.NONE, AugmentationSettings.fromProperties(Map.of()));
        assertFalse(AugmentationSettings.NONE.any());
        assertTrue(AugmentationSettings.NONE.build().steps().isEmpty());
        assertEquals(7, s.build().steps().size());
    }

    @Test
    void rejectsInvalidValuesNamingThem() {
        Map<String, String> p = new HashMap<>(AugmentationSettings.PAPER.toProperties());
        p.put("augment.blur.p", "often");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> AugmentationSettings.fromProperties(p))
                .getMessage().contains("augment.blur.p"));
        assertThrows(IllegalArgumentException.class, () -> AugmentationSettings.PAPER.withBlur(1.5, 2, 5));
        assertThrows(IllegalArgumentException.class, () -> AugmentationSettings.PAPER.withBlur(0.5, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> AugmentationSettings.PAPER.withSymmetry(0.5, false, false));
    }
}
