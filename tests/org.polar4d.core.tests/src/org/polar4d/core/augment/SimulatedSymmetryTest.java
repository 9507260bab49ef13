package org.polar4d.core.augment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.sim.PerovskiteModel;
import org.polar4d.core.sim.SimulationMode;
import org.polar4d.core.sim.SimulationSettings;
import org.polar4d.core.sim.Simulator;

/**
 * The label-aware symmetry transforms agree with the simulator: transforming the simulated pattern
 * of class k (probe at (x, y)) gives the simulated pattern of the mapped class with the probe at the
 * transformed position, for every element of D4.
 */
class SimulatedSymmetryTest {

    private static final int F = 32;

    private static float[] simulate(PolarizationClass c, double x, double y) {
        SimulationSettings s = SimulationSettings.builder().model(PerovskiteModel.knn(c, 1, 40)).frameSize(F)
                .mode(SimulationMode.MULTISLICE).threads(1).build();
        try (Simulator sim = new Simulator(s)) {
            float[] f = new float[F * F];
            sim.pattern(x, y, f);
            return f;
        }
    }

    @Test
    void transformedPatternEqualsThePatternOfTheMappedClass() {
        double x = 0.7;
        double y = 0.3;
        for (PolarizationClass c : new PolarizationClass[] {PolarizationClass.RM, PolarizationClass.RU,
            PolarizationClass.LD}) {
            float[] p = simulate(c, x, y);
            for (int q = 0; q < 4; q++) {
                for (boolean m : new boolean[] {false, true}) {
                    if (q == 0 && !m) {
                        continue;
                    }
                    SymmetryTransform.Element e = new SymmetryTransform.Element(q, m);
                    // the probe moves with the crystal: mirror x -> -x, then rotate counter-clockwise
                    double px = m ? -x : x;
                    double py = y;
                    for (int t = 0; t < q; t++) {
                        double tmp = px;
                        px = -py;
                        py = tmp;
                    }
                    float[] expected = simulate(PolarizationClass.of(e.mapLabel(c.index())), px, py);
                    float[] actual = p.clone();
                    e.apply(actual, 0, F, F);
                    double max = 0;
                    double diff = 0;
                    for (int r = 1; r < F; r++) { // row 0 and column 0 have no source pixel (even frame)
                        for (int col = 1; col < F; col++) {
                            max = Math.max(max, expected[r * F + col]);
                            diff = Math.max(diff, Math.abs(expected[r * F + col] - actual[r * F + col]));
                        }
                    }
                    assertTrue(diff / max <= 1e-4, c + " under " + e + ": relative error " + diff / max);
                    if (e.mapLabel(c.index()) != c.index()) {
                        double before = 0;
                        for (int i = 0; i < p.length; i++) {
                            before = Math.max(before, Math.abs(p[i] - expected[i]));
                        }
                        assertTrue(before / max > 1e-2, c + " under " + e + ": the classes must differ");
                    }
                }
            }
        }
    }
}
