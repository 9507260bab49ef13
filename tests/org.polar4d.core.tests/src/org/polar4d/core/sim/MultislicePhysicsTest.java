package org.polar4d.core.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.polar4d.core.label.PolarizationClass;

/**
 * Physics checks of the multislice engine on small grids (one or two unit cells, 32×32 frames).
 * Frame convention: pixel (row, col) sees kx = col − F/2 (right) and ky = F/2 − row (up).
 */
class MultislicePhysicsTest {

    private static final int F = 32;
    private static final double A = PerovskiteModel.KNN_LATTICE_A;

    private static SimulationSettings.Builder small(PolarizationClass c, int cells, double thicknessA) {
        return SimulationSettings.builder().model(PerovskiteModel.knn(c, cells, thicknessA)).frameSize(F)
                .mode(SimulationMode.MULTISLICE).threads(1);
    }

    private static float[] pattern(SimulationSettings s, double x, double y) {
        try (Simulator sim = new Simulator(s)) {
            float[] f = new float[F * F];
            sim.pattern(x, y, f);
            return f;
        }
    }

    private static double maxRelativeDifference(float[] a, float[] b) {
        double max = 0;
        double diff = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i]));
            diff = Math.max(diff, Math.abs(a[i] - b[i]));
        }
        return diff / max;
    }

    /** Centre of mass (kx right, ky up) of the central disk in detector pixels. */
    private static double[] diskCentreOfMass(float[] f, double radius) {
        double sx = 0;
        double sy = 0;
        double s = 0;
        for (int r = 0; r < F; r++) {
            for (int c = 0; c < F; c++) {
                double kx = c - F / 2;
                double ky = F / 2 - r;
                if (kx * kx + ky * ky <= radius * radius) {
                    sx += f[r * F + c] * kx;
                    sy += f[r * F + c] * ky;
                    s += f[r * F + c];
                }
            }
        }
        return new double[] {sx / s, sy / s};
    }

    @Test
    void totalIntensityIsConserved() {
        for (double t : new double[] {4, 40}) {
            SimulationSettings s = small(PolarizationClass.RU, 1, t).build();
            try (Simulator sim = new Simulator(s)) {
                double sum = 0;
                for (float v : sim.reciprocalIntensity(0.4, 1.1)) {
                    sum += v;
                }
                assertEquals(1, sum, 1e-3, "flux at " + t + " Å");
            }
        }
    }

    /** The detector shows kx to the right and ky up, with k = 0 on pixel (F/2, F/2). */
    @Test
    void frameShowsTheReciprocalGridCentredAndUpright() {
        try (Simulator sim = new Simulator(small(PolarizationClass.LU, 1, 12).build())) {
            int n = sim.gridSize();
            float[] full = sim.reciprocalIntensity(0.4, 1.1).clone();
            float[] frame = new float[F * F];
            sim.pattern(0.4, 1.1, frame);
            int centre = F / 2 * F + F / 2;
            assertEquals(full[0], frame[centre]);
            assertEquals(full[3], frame[centre + 3], "kx = +3 is three pixels right of the centre");
            assertEquals(full[2 * n], frame[centre - 2 * F], "ky = +2 is two rows above the centre");
            assertEquals(full[(n - 5) * n + n - 4], frame[centre + 5 * F - 4], "(kx, ky) = (−4, −5)");
        }
    }

    /** Pattern for θ + 90° at the rotated probe position = pattern for θ rotated by 90° counter-clockwise. */
    @Test
    void rotatingCrystalAndProbeRotatesThePattern() {
        double x = 0.7;
        double y = 0.3;
        for (PolarizationClass c : new PolarizationClass[] {PolarizationClass.RM, PolarizationClass.RU}) {
            float[] p = pattern(small(c, 1, 40).build(), x, y);
            float[] q = pattern(small(c.rotatedQuarterTurns(1), 1, 40).build(), -y, x);
            float[] rotated = new float[F * F];
            double max = 0;
            double diff = 0;
            for (int r = 0; r < F; r++) {
                for (int col = 1; col < F; col++) {
                    // (kx, ky) → (−ky, kx): pixel (r, col) → (F − col, r)
                    int target = (F - col) * F + r;
                    rotated[target] = p[r * F + col];
                    max = Math.max(max, p[r * F + col]);
                    diff = Math.max(diff, Math.abs(p[r * F + col] - q[target]));
                }
            }
            assertTrue(diff / max <= 1e-4, c + ": relative error " + diff / max);
            assertTrue(maxRelativeDifference(p, q) > 1e-2, "the two patterns must differ before rotating");
        }
    }

    /** Friedel symmetry: a centrosymmetric projected crystal probed on an inversion centre. */
    @Test
    void centrosymmetricCrystalGivesCentrosymmetricPattern() {
        PerovskiteModel cubic = PerovskiteModel.knn(PolarizationClass.RM, 1, 12).withShifts(0, 0);
        PerovskiteModel polar = PerovskiteModel.knn(PolarizationClass.RM, 1, 12);
        for (double[] at : new double[][] {{0, 0}, {A / 2, A / 2}}) {
            float[] sym = pattern(small(PolarizationClass.RM, 1, 12).model(cubic).build(), at[0], at[1]);
            float[] pol = pattern(small(PolarizationClass.RM, 1, 12).model(polar).build(), at[0], at[1]);
            assertTrue(friedelError(sym) < 1e-4, "cubic: " + friedelError(sym));
            assertTrue(friedelError(pol) > 1e-2, "polar crystals break Friedel symmetry: " + friedelError(pol));
        }
    }

    private static double friedelError(float[] f) {
        double max = 0;
        double diff = 0;
        for (int r = 1; r < F; r++) {
            for (int c = 1; c < F; c++) {
                max = Math.max(max, f[r * F + c]);
                diff = Math.max(diff, Math.abs(f[r * F + c] - f[(F - r) * F + (F - c)]));
            }
        }
        return diff / max;
    }

    /** Slices of c/4 instead of the default c/2 move less than 1 % of the intensity, up to 20 nm. */
    @Test
    void halvingTheSliceThicknessChangesLittle() {
        for (double t : new double[] {40, 200}) {
            float[] half = pattern(small(PolarizationClass.RU, 1, t).build(), 0.5, 0.8);
            float[] quarter = pattern(small(PolarizationClass.RU, 1, t).sliceThicknessA(A / 4).build(), 0.5, 0.8);
            double moved = 0;
            double total = 0;
            for (int i = 0; i < half.length; i++) {
                moved += Math.abs(half[i] - quarter[i]);
                total += half[i];
            }
            assertTrue(moved / total < 0.01, t + " Å: " + moved / total);
        }
    }

    /**
     * Thin limit: with the probe on the ideal B column, the central disk's centre of mass moves along
     * +θ (the electrons are pulled towards the displaced B cations), and not at all without polarization.
     */
    @Test
    void centreOfMassOfTheCentralDiskFollowsThePolarization() {
        for (PolarizationClass c : PolarizationClass.values()) {
            SimulationSettings s = small(c, 1, 8).build();
            double disk;
            float[] f = new float[F * F];
            try (Simulator sim = new Simulator(s)) {
                disk = s.convergenceMrad() / sim.detectorPixelMrad();
                sim.pattern(A / 2, A / 2, f);
            }
            double[] com = diskCentreOfMass(f, disk);
            double angle = Math.toDegrees(Math.atan2(com[1], com[0]));
            assertTrue(Math.hypot(com[0], com[1]) > 0.1, c + ": shift " + Math.hypot(com[0], com[1]));
            assertEquals(0, Math.IEEEremainder(angle - c.angleDegrees(), 360), 1, c + ": angle " + angle);
            assertEquals(c, PolarizationClass.fromVector(com[0], com[1]).orElseThrow());
        }
        float[] f = pattern(small(PolarizationClass.RM, 1, 8)
                .model(PerovskiteModel.knn(PolarizationClass.RM, 1, 8).withShifts(0, 0)).build(), A / 2, A / 2);
        double[] com = diskCentreOfMass(f, 7);
        assertEquals(0, Math.hypot(com[0], com[1]), 1e-4);
    }

    /** PRISM at interpolation factor 1 equals plain multislice, with and without Bloch tiles. */
    @Test
    void prismAgreesWithMultislice() {
        Map<String, SimulationSettings.Builder> cases = Map.of(
                "periodic 2x2 (Bloch tiles)", small(PolarizationClass.LD, 2, 12).gridSize(96),
                "random A sites", small(PolarizationClass.RU, 1, 12)
                        .model(PerovskiteModel.knn(PolarizationClass.RU, 1, 12)
                                .withASite(Map.of(Element.K, 0.5, Element.Na, 0.5), ASiteOrder.RANDOM)),
                "frozen phonons", small(PolarizationClass.MU, 1, 8)
                        .model(PerovskiteModel.knn(PolarizationClass.MU, 1, 8).withPhonons(2, 0.08)));
        for (Map.Entry<String, SimulationSettings.Builder> e : cases.entrySet()) {
            SimulationSettings plain = e.getValue().build();
            SimulationSettings prism = e.getValue().mode(SimulationMode.PRISM).threads(2).build();
            try (Simulator a = new Simulator(plain); Simulator b = new Simulator(prism)) {
                float[] fa = new float[F * F];
                float[] fb = new float[F * F];
                for (double[] at : new double[][] {{0, 0}, {1.3, 2.9}, {3.1, 0.45}}) {
                    a.pattern(at[0], at[1], fa);
                    b.pattern(at[0], at[1], fb);
                    assertTrue(maxRelativeDifference(fa, fb) <= 1e-3,
                            e.getKey() + ": " + maxRelativeDifference(fa, fb));
                }
            }
        }
    }

    /** The mirror shortcut (one beam of each mirror pair propagated) is exact for every mirror line. */
    @Test
    void prismMirrorShortcutIsExactForEveryMirrorLine() {
        for (PolarizationClass c : new PolarizationClass[] {PolarizationClass.RM, PolarizationClass.RU,
            PolarizationClass.MU, PolarizationClass.LU}) {
            assertTrue(Mirror.of(PerovskiteModel.knn(c, 1, 8)) != null);
            SimulationSettings plain = small(c, 1, 8).build();
            try (Simulator a = new Simulator(plain);
                    Simulator b = new Simulator(plain.toBuilder().mode(SimulationMode.PRISM).build())) {
                float[] fa = new float[F * F];
                float[] fb = new float[F * F];
                a.pattern(0.9, 2.2, fa);
                b.pattern(0.9, 2.2, fb);
                assertTrue(maxRelativeDifference(fa, fb) <= 1e-3, c + ": " + maxRelativeDifference(fa, fb));
            }
        }
        assertEquals(null, Mirror.of(PerovskiteModel.knn(PolarizationClass.RM, 1, 8).withPolarizationDeg(10)));
    }

    /** With interpolation factor 2 the detector pixels double and the flux stays on the frame. */
    @Test
    void prismInterpolationConservesFlux() {
        SimulationSettings s = small(PolarizationClass.RD, 2, 8).mode(SimulationMode.PRISM).prismFactor(2).build();
        try (Simulator sim = new Simulator(s); Simulator plain = new Simulator(small(PolarizationClass.RD, 2, 8)
                .build())) {
            assertEquals(2 * plain.detectorPixelMrad(), sim.detectorPixelMrad(), 1e-9);
            float[] f = new float[F * F];
            sim.pattern(1.0, 2.0, f);
            double sum = 0;
            for (float v : f) {
                sum += v;
            }
            assertEquals(1, sum, 2e-3);
        }
    }
}
