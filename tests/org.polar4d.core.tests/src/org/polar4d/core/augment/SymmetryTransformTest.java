package org.polar4d.core.augment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;

class SymmetryTransformTest {

    private static final int N = 9;
    private static final int C = 4;

    /** A 9x9 pattern with one bright pixel 3 px from the centre in the direction of class k (y up). */
    private static float[] spot(int k) {
        double t = Math.toRadians(45 * k);
        int dx = (int) Math.round(3 * Math.cos(t));
        int dy = (int) Math.round(3 * Math.sin(t));
        float[] p = new float[N * N];
        p[(C - dy) * N + C + dx] = 1;
        return p;
    }

    /** Class of the direction from the centre to the bright pixel. */
    private static int classOfSpot(float[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i] == 1) {
                int dx = i % N - C;
                int dy = C - i / N;
                return PolarizationClass.fromVector(dx, dy).orElseThrow().index();
            }
        }
        throw new AssertionError("no spot");
    }

    @Test
    void quarterTurnCounterClockwiseMovesRightToUp() {
        float[] p = spot(PolarizationClass.RM.index());
        SymmetryTransform.Element r90 = new SymmetryTransform.Element(1, false);
        r90.apply(p, 0, N, N);
        assertEquals(1f, p[(C - 3) * N + C]); // now above the centre
        assertEquals(PolarizationClass.MU.index(), r90.mapLabel(PolarizationClass.RM.index()));
    }

    @Test
    void everyElementMapsTheLabelLikeThePixels() {
        for (int q = 0; q < 4; q++) {
            for (boolean m : new boolean[] {false, true}) {
                SymmetryTransform.Element e = new SymmetryTransform.Element(q, m);
                for (int k = 0; k < 8; k++) {
                    float[] p = spot(k);
                    e.apply(p, 0, N, N);
                    assertEquals(classOfSpot(p), e.mapLabel(k), e + " on class " + k);
                }
            }
        }
        assertEquals(PolarizationClass.RD.index(),
                SymmetryTransform.Element.MIRROR_UP_DOWN.mapLabel(PolarizationClass.RU.index()));
        assertEquals(PolarizationClass.LU.index(),
                SymmetryTransform.Element.MIRROR_LEFT_RIGHT.mapLabel(PolarizationClass.RU.index()));
        assertEquals(PatternSet.NO_LABEL, new SymmetryTransform.Element(1, true).mapLabel(PatternSet.NO_LABEL));
    }

    @Test
    void mirrorsReverseRowsOrColumns() {
        float[] p = {1, 2, 3, 4, 5, 6};
        SymmetryTransform.Element.MIRROR_LEFT_RIGHT.apply(p, 0, 2, 3);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {3, 2, 1, 6, 5, 4}, p);
        float[] q = {1, 2, 3, 4, 5, 6};
        SymmetryTransform.Element.MIRROR_UP_DOWN.apply(q, 0, 3, 2);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {5, 6, 3, 4, 1, 2}, q);
        // even height: the mirror axis is row 1 (zero order of a centred crop); row 0 has no source
        float[] even = {1, 2, 3, 4, 5, 6};
        SymmetryTransform.Element.MIRROR_UP_DOWN.apply(even, 0, 2, 3);
        org.junit.jupiter.api.Assertions.assertArrayEquals(new float[] {4, 5, 6, 4, 5, 6}, even);
        assertThrows(IllegalArgumentException.class, () -> new SymmetryTransform.Element(1, false).apply(p, 0, 2, 3));
    }

    @Test
    void drawsUniformlyFromTheAllowedElements() {
        assertEquals(3, new SymmetryTransform(true, false).choices().size());
        assertEquals(2, new SymmetryTransform(false, true).choices().size());
        assertEquals(7, new SymmetryTransform(true, true).choices().size());
        SymmetryTransform t = new SymmetryTransform(true, true);
        SplittableRandom rnd = new SplittableRandom(5);
        int[] counts = new int[8];
        int n = 14000;
        for (int i = 0; i < n; i++) {
            counts[t.apply(spot(0), 0, N, N, 0, rnd)]++;
        }
        // classes reachable from RM: rotations give MU, LM, MD; mirrors give LM, RM, MU, MD (axes 0/45/90/135)
        assertEquals(0, counts[1] + counts[3] + counts[5] + counts[7]);
        for (int k = 0; k < 8; k += 2) {
            double expected = n * (k == 0 ? 1 : 2) / 7.0;
            assertEquals(expected, counts[k], 4 * Math.sqrt(expected), "class " + k);
        }
    }
}
