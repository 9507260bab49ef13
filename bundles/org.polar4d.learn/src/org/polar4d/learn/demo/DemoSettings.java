package org.polar4d.learn.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.filter.FilterSettings;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.preprocess.PreprocessingRecipe;
import org.polar4d.learn.model.Head;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.train.TrainingSettings;

/**
 * Everything the demo does, scaled to run in minutes on a laptop: the paper's pipeline (PAPER §3–§11)
 * on simulated KNN. Training scans of all 8 classes at the paper's training conditions (2×2 cells,
 * 20 nm, noise-free), held-out test scans at the training conditions (new probe positions over a
 * larger field of view) and at other conditions (50 nm, electron dose noise), the paper's
 * preprocessing and CoM filter, the custom CNN with the prototype head and PCA-kNN, several seeds
 * each.
 *
 * <p>Deviations from the paper, for speed: few probe positions, 64×64 detector frames cut to 16×16
 * patterns (the same quarter of the frame as the paper's 64 of 256), one slice per unit cell, a
 * 0.08 Å potential grid, few epochs, batch 32 with a higher learning rate, no augmentation. All are
 * listed in the report.
 *
 * @param mode "quick" or "default", for the report
 * @param seed seed of the simulated noise
 * @param optics beam and detector of every scan
 * @param training the training scans (one per class)
 * @param tests held-out scans, one condition per group
 * @param recipe preprocessing of training and prediction
 * @param filters filters of the training patterns (test scans are never filtered, as in the paper)
 * @param cnn training settings of the custom CNN
 * @param pcaKnn training settings of PCA-kNN
 * @param threads worker threads for simulation, preprocessing and prediction
 * @param nativeThreads threads of the native tensor library while the demo runs: the demo's small
 *        networks train fastest on one (and several compete badly on a busy machine)
 */
public record DemoSettings(String mode, long seed, Optics optics, ScanCondition training, List<ScanCondition> tests,
        PreprocessingRecipe recipe, FilterSettings filters, TrainingSettings cnn, TrainingSettings pcaKnn,
        int threads, int nativeThreads) {

    /**
     * Beam, detector and multislice sampling shared by every scan.
     *
     * @param gridPerCell real-space pixels per unit cell (48 → 0.082 Å, enough for the band limit of a
     *        64-pixel frame)
     * @param sliceThicknessA multislice slice thickness (one unit cell, 3.95 Å)
     */
    public record Optics(double beamEnergyKeV, double convergenceMrad, int frameSize, int gridPerCell,
            double sliceThicknessA) {
    }

    /** The demo's optics: 200 kV, 24 mrad, 64×64 frames (3.17 mrad per pixel on 2×2 cells). */
    public static final Optics OPTICS = new Optics(200, 24, 64, 48, 3.95);

    public DemoSettings {
        tests = List.copyOf(tests);
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("the demo needs at least one test condition");
        }
        if (threads < 1 || nativeThreads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads + " and " + nativeThreads);
        }
        if (cnn.learner() != Learner.CNN || pcaKnn.learner() != Learner.PCAKNN) {
            throw new IllegalArgumentException("the demo trains the custom CNN and PCA-kNN");
        }
    }

    /** About a minute on two cores: 2 seeds, 12×12 training positions, two classes per test condition. */
    public static DemoSettings quick() {
        return build("quick", 12, 10, List.of(PolarizationClass.LU, PolarizationClass.RD), 8,
                List.of(888L, 1212L));
    }

    /** A few minutes on two cores: 3 seeds, 18×18 training positions, four classes per test condition. */
    public static DemoSettings standard() {
        return build("default", 18, 14, List.of(PolarizationClass.RM, PolarizationClass.LU, PolarizationClass.LD,
                PolarizationClass.RD), 15, List.of(888L, 1212L, 3000L));
    }

    /**
     * @param n probe positions per side of every scan on the training grid (2×2 cells)
     * @param offGrid positions per side of the scans between the training positions (n/2 and
     *        offGrid/2 without a common divisor, so that only the origin is on the training grid)
     */
    private static DemoSettings build(String mode, int n, int offGrid, List<PolarizationClass> testClasses, int epochs,
            List<Long> seeds) {
        ScanCondition training = new ScanCondition("train", "training conditions: 20 nm, noise-free",
                List.of(PolarizationClass.values()), 2, 20, 0, n);
        List<ScanCondition> tests = List.of(
                new ScanCondition("20nm", "training conditions (20 nm, noise-free), all probe positions of the "
                        + "training grid", testClasses, 2, 20, 0, n),
                new ScanCondition("20nm-new-positions", "20 nm, noise-free, new probe positions between those of the "
                        + "training grid", testClasses, 2, 20, 0, offGrid),
                new ScanCondition("50nm", "thicker specimen: 50 nm, noise-free, training grid", testClasses, 2, 50, 0,
                        n),
                new ScanCondition("20nm-dose", "20 nm, Poisson noise of 10⁴ electrons per pattern, training grid",
                        testClasses, 2, 20, 1e4, n));
        PreprocessingRecipe recipe = PreprocessingRecipe.PAPER.withCropSize(16);
        TrainingSettings cnn = TrainingSettings.builder().learner(Learner.CNN).head(Head.PROTO).seeds(seeds)
                .maxEpochs(epochs).patience(4).batchSize(32).learningRate(1e-3).build();
        TrainingSettings pca = TrainingSettings.builder().learner(Learner.PCAKNN).head(Head.CLS).seeds(seeds).build();
        return new DemoSettings(mode, 1, OPTICS, training, tests, recipe, FilterSettings.PAPER, cnn, pca,
                Runtime.getRuntime().availableProcessors(), 1);
    }

    public DemoSettings withThreads(int n) {
        return new DemoSettings(mode, seed, optics, training, tests, recipe, filters, cnn, pcaKnn, n, nativeThreads);
    }

    public DemoSettings withTests(List<ScanCondition> conditions) {
        return new DemoSettings(mode, seed, optics, training, conditions, recipe, filters, cnn, pcaKnn, threads, nativeThreads);
    }

    public DemoSettings withTraining(ScanCondition t) {
        return new DemoSettings(mode, seed, optics, t, tests, recipe, filters, cnn, pcaKnn, threads, nativeThreads);
    }

    public DemoSettings withCnn(TrainingSettings s) {
        return new DemoSettings(mode, seed, optics, training, tests, recipe, filters, s, pcaKnn, threads, nativeThreads);
    }

    public DemoSettings withPcaKnn(TrainingSettings s) {
        return new DemoSettings(mode, seed, optics, training, tests, recipe, filters, cnn, s, threads, nativeThreads);
    }

    public DemoSettings withRecipe(PreprocessingRecipe r) {
        return new DemoSettings(mode, seed, optics, training, tests, r, filters, cnn, pcaKnn, threads, nativeThreads);
    }

    /** Number of simulated scans (training and test). */
    public int scanCount() {
        return training.classes().size() + tests.stream().mapToInt(t -> t.classes().size()).sum();
    }

    /** Every setting as text, grouped by prefix, for the report. */
    public Map<String, String> asMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("demo.mode", mode);
        m.put("demo.noise_seed", Long.toString(seed));
        m.put("demo.threads", Integer.toString(threads));
        m.put("demo.native_threads", Integer.toString(nativeThreads));
        m.put("optics.beam_energy_keV", ScanCondition.trim(optics.beamEnergyKeV()));
        m.put("optics.convergence_mrad", ScanCondition.trim(optics.convergenceMrad()));
        m.put("optics.frame", optics.frameSize() + "x" + optics.frameSize());
        m.put("optics.grid_per_unit_cell", Integer.toString(optics.gridPerCell()));
        m.put("optics.slice_thickness_A", ScanCondition.trim(optics.sliceThicknessA()));
        List<ScanCondition> all = new ArrayList<>();
        all.add(training);
        all.addAll(tests);
        for (ScanCondition c : all) {
            String p = "scans." + c.id() + ".";
            m.put(p + "classes", String.join(",", c.classes().stream().map(Enum::name).toList()));
            m.put(p + "scan_cells", c.scanCells() + "x" + c.scanCells());
            m.put(p + "thickness_nm", ScanCondition.trim(c.thicknessNm()));
            m.put(p + "dose_e_per_pattern", ScanCondition.trim(c.dose()));
            m.put(p + "positions", c.positions() + "x" + c.positions());
            m.put(p + "scan_step_A", String.format(Locale.ROOT, "%.3f", c.scanStepA()));
        }
        recipe.toProperties().forEach(m::put);
        filters.toProperties().forEach(m::put);
        cnn.asMap().forEach((k, v) -> m.put("cnn." + k, v));
        pcaKnn.asMap().forEach((k, v) -> m.put("pcaknn." + k, v));
        return m;
    }
}
