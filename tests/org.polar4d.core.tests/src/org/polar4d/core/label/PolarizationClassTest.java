package org.polar4d.core.label;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PolarizationClassTest {

    @Test
    void classCentresBinToThemselves() {
        for (PolarizationClass c : PolarizationClass.values()) {
            double[] v = c.unitVector();
            assertEquals(c, PolarizationClass.fromVector(v[0], v[1]).orElseThrow());
        }
    }

    @Test
    void binEdgesFollowThePaperRule() {
        // class k covers (45k - 22.5, 45k + 22.5]; class 0 is also closed at -22.5
        assertEquals(PolarizationClass.RM, PolarizationClass.fromAngleDegrees(-22.5));
        assertEquals(PolarizationClass.RM, PolarizationClass.fromAngleDegrees(22.5));
        assertEquals(PolarizationClass.RU, PolarizationClass.fromAngleDegrees(22.5001));
        assertEquals(PolarizationClass.RU, PolarizationClass.fromAngleDegrees(67.5));
        assertEquals(PolarizationClass.MU, PolarizationClass.fromAngleDegrees(67.6));
        assertEquals(PolarizationClass.LM, PolarizationClass.fromAngleDegrees(180));
        assertEquals(PolarizationClass.LM, PolarizationClass.fromAngleDegrees(-180));
        assertEquals(PolarizationClass.RD, PolarizationClass.fromAngleDegrees(-22.6));
        assertEquals(PolarizationClass.RD, PolarizationClass.fromAngleDegrees(337.4));
    }

    @Test
    void zeroVectorHasNoClass() {
        assertTrue(PolarizationClass.fromVector(0, 0).isEmpty());
    }

    @Test
    void symmetryMapsLabels() {
        assertEquals(PolarizationClass.MU, PolarizationClass.RM.rotatedQuarterTurns(1));
        assertEquals(PolarizationClass.MD, PolarizationClass.RM.rotatedQuarterTurns(-1));
        assertEquals(PolarizationClass.RM, PolarizationClass.LM.rotatedQuarterTurns(2));
        assertEquals(PolarizationClass.LU, PolarizationClass.RU.mirroredLeftRight());
        assertEquals(PolarizationClass.RD, PolarizationClass.RU.mirroredUpDown());
        assertEquals(PolarizationClass.MD, PolarizationClass.MU.mirroredUpDown());
    }

    @Test
    void parsesIdsAndRejectsUnknown() {
        assertEquals(PolarizationClass.LD, PolarizationClass.parse(" ld "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PolarizationClass.parse("XX"));
        assertTrue(e.getMessage().contains("XX"));
    }
}
