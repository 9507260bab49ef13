package org.polar4d.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.polar4d.core.data.InMemoryDataset;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;

/** The simulated scan as a dataset: labels, metadata, laziness, determinism, noise, cancellation. */
class SimulatedScanTest {

    private static SimulationSettings.Builder tiny(PolarizationClass c) {
        return SimulationSettings.builder().model(PerovskiteModel.knn(c, 1, 8)).frameSize(16).scan(4, 5);
    }

    @Test
    void datasetCarriesLabelCalibrationAndEveryParameter() throws Exception {
        try (SimulatedScan scan = SimulatedScan.of(tiny(PolarizationClass.LU).build())) {
            assertEquals(PolarizationClass.LU, scan.label().orElseThrow());
            assertEquals(4, scan.scanShape().rows());
            assertEquals(5, scan.scanShape().cols());
            assertEquals(16, scan.frameShape().height());
            assertEquals("mrad", scan.calibration().reciprocalPixelValue().orElseThrow().unit());
            assertEquals(scan.simulator().detectorPixelMrad(),
                    scan.calibration().reciprocalPixelValue().orElseThrow().value(), 1e-12);
            assertEquals(200, scan.calibration().beamEnergy().getAsDouble());
            assertEquals(24, scan.calibration().convergenceSemiAngle().getAsDouble());
            assertEquals(0.395 / 5, scan.calibration().scanStepValue().orElseThrow().value(), 1e-12);
            Map<String, String> d = scan.provenance().details();
            assertEquals("LU", d.get("sim.label"));
            assertEquals("135", d.get("sim.polarization_deg"));
            assertEquals("(K0.5Na0.5)NbO3", d.get("sim.material"));
            for (String key : List.of("sim.thickness_A", "sim.beam_energy_keV", "sim.convergence_mrad", "sim.grid",
                    "sim.slice_thickness_A", "sim.detector_pixel_mrad", "sim.seed", "sim.mode", "sim.b_shift_A",
                    "sim.o_shift_A", "sim.phonon_configs", "sim.dose_e_per_pattern", "sim.orientation")) {
                assertTrue(d.containsKey(key), key);
            }
        }
    }

    @Test
    void lazyReadsEqualTheMaterializedScanInAnyOrderAndThreadCount() throws Exception {
        SimulationSettings s = tiny(PolarizationClass.RD).dose(1e4).seed(7).threads(2).build();
        InMemoryDataset all;
        try (SimulatedScan scan = SimulatedScan.of(s)) {
            all = scan.materialize(Progress.NONE);
        }
        int pixels = 16 * 16;
        try (SimulatedScan one = SimulatedScan.of(s.toBuilder().threads(1).build())) {
            float[] frame = new float[pixels];
            for (long i = 19; i >= 0; i -= 3) {
                one.readFrame(i, frame);
                float[] expected = new float[pixels];
                all.readFrame(i, expected);
                assertArrayEquals(expected, frame, "frame " + i);
            }
            float[] block = new float[20 * pixels];
            one.readFrames(0, 20, block);
            assertArrayEquals(all.data(), block);
        }
    }

    @Test
    void poissonNoiseHasTheDoseAndDependsOnTheSeed() throws Exception {
        SimulationSettings clean = tiny(PolarizationClass.RM).scan(1, 2).build();
        float[] expected = new float[2 * 256];
        float[] noisy = new float[2 * 256];
        float[] other = new float[2 * 256];
        try (SimulatedScan a = SimulatedScan.of(clean);
                SimulatedScan b = SimulatedScan.of(clean.toBuilder().dose(1e5).seed(1).build());
                SimulatedScan c = SimulatedScan.of(clean.toBuilder().dose(1e5).seed(2).build())) {
            a.readFrames(0, 2, expected);
            b.readFrames(0, 2, noisy);
            c.readFrames(0, 2, other);
        }
        double counts = 0;
        double flux = 0;
        for (int i = 0; i < noisy.length; i++) {
            assertEquals(Math.rint(noisy[i]), noisy[i], "counts are integers");
            counts += noisy[i];
            flux += expected[i];
        }
        assertEquals(1e5 * flux, counts, 5 * Math.sqrt(1e5 * flux));
        assertFalse(java.util.Arrays.equals(noisy, other));
    }

    @Test
    void poissonSamplerHasPoissonMeanAndVariance() {
        SplittableRandom rng = new SplittableRandom(3);
        for (double mean : new double[] {0.3, 4, 25, 1e3, 1e6}) {
            int n = 20000;
            double s = 0;
            double s2 = 0;
            for (int i = 0; i < n; i++) {
                long k = PoissonCounts.sample(mean, rng);
                s += k;
                s2 += (double) k * k;
            }
            double m = s / n;
            double var = s2 / n - m * m;
            assertEquals(mean, m, 5 * Math.sqrt(mean / n), "mean of Poisson(" + mean + ")");
            assertEquals(mean, var, 0.06 * mean, "variance of Poisson(" + mean + ")");
        }
        assertEquals(Math.log(3628800), PoissonCounts.logFactorial(10), 1e-12);
        assertEquals(Math.log(15511210043330985984000000.0), PoissonCounts.logFactorial(25), 1e-12);
        double direct = 0;
        for (int k = 2; k <= 1000; k++) {
            direct += Math.log(k);
        }
        assertEquals(direct, PoissonCounts.logFactorial(1000), 1e-9 * direct);
    }

    @Test
    void cancelStopsTheSimulation() {
        try (SimulatedScan scan = SimulatedScan.of(tiny(PolarizationClass.RM).build())) {
            assertThrows(CanceledException.class, () -> scan.materialize(Progress.CANCELED));
        }
    }

    @Test
    void scanPositionsFollowTheImageConvention() {
        try (Simulator sim = new Simulator(tiny(PolarizationClass.RM).scan(4, 4).build())) {
            assertArrayEquals(new double[] {0, 0}, sim.position(0), 1e-12);
            assertArrayEquals(new double[] {3 * 3.95 / 4, 0}, sim.position(3), 1e-12);
            // scan row 1 lies one step below row 0 (y up, periodic)
            assertArrayEquals(new double[] {0, 3 * 3.95 / 4}, sim.position(4), 1e-12);
        }
    }

    @Test
    void crystalDisplacesBAlongAndOxygenAgainstThePolarization() {
        PerovskiteModel m = PerovskiteModel.knn(PolarizationClass.MU, 1, 3.95);
        List<Atom> atoms = new PerovskiteCrystal(m, 0).atoms(0);
        assertEquals(5, atoms.size());
        Atom b = atoms.stream().filter(a -> a.species() == 0).findFirst().orElseThrow();
        assertEquals(3.95 / 2, b.x(), 1e-12);
        assertEquals(3.95 / 2 + 0.10, b.y(), 1e-12);
        assertEquals(0.75 * 3.95, b.z(), 1e-12);
        long oxygenBelow = atoms.stream().filter(a -> a.species() == 1)
                .filter(a -> Math.abs(a.y() - Math.round(a.y() / 1.975) * 1.975 + 0.05) < 1e-9).count();
        assertEquals(3, oxygenBelow, "every O moves by 0.05 Å against +y");
        assertEquals(PolarizationClass.MU, m.polarizationClass());
    }

    @Test
    void randomOccupancyIsSeededAndHasTheComposition() {
        PerovskiteModel m = PerovskiteModel.knn(PolarizationClass.RM, 4, 400)
                .withASite(Map.of(Element.K, 0.3, Element.Na, 0.7), ASiteOrder.RANDOM);
        PerovskiteCrystal crystal = new PerovskiteCrystal(m, 11);
        List<Atom> a1 = crystal.atoms(0);
        assertEquals(a1, new PerovskiteCrystal(m, 11).atoms(0));
        assertFalse(a1.equals(new PerovskiteCrystal(m, 12).atoms(0)));
        int kIndex = crystal.species().indexOf(Species.of(Element.K));
        long sites = a1.stream().filter(a -> a.species() >= 2).count();
        long potassium = a1.stream().filter(a -> a.species() == kIndex).count();
        assertEquals(16 * 101, sites);
        assertEquals(0.3, (double) potassium / sites, 0.04);
    }

    @Test
    void invalidSettingsNameTheSetting() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> tiny(PolarizationClass.RM).frameSize(15).build());
        assertTrue(e.getMessage().contains("frame size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> tiny(PolarizationClass.RM).prismFactor(2)
                .mode(SimulationMode.MULTISLICE).build());
        assertTrue(e.getMessage().contains("interpolation"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> new Simulator(tiny(PolarizationClass.RM)
                .mode(SimulationMode.PRISM).prismFactor(4).gridSize(30).build()));
        assertTrue(e.getMessage().contains("grid size"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class,
                () -> new Simulator(tiny(PolarizationClass.RM).gridSize(16).convergenceMrad(100).build()));
        assertTrue(e.getMessage().contains("band limit"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PerovskiteModel.knn(PolarizationClass.RM, 1, 40)
                .withASite(Map.of(Element.K, 0.5), ASiteOrder.RANDOM));
    }
}
