package org.polar4d.cli.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

import org.polar4d.cli.GlobalOptions;
import org.polar4d.cli.JsonText;
import org.polar4d.cli.UsageException;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.ArrayPatternSet;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.pcaknn.KnnClassifier;
import org.polar4d.learn.pcaknn.PcaKnnModel;
import org.polar4d.learn.pcaknn.PcaKnnTrainer;
import org.polar4d.learn.runtime.NativeRuntime;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code polar4d bench pcaknn}: StandardScaler → PCA → kNN on the same arrays and the same 90/10
 * split as {@code sklearn_pcaknn.py} (its train_test_split is reproduced exactly), printing the peer's
 * JSON keys. By default the scaler and PCA see the training rows only (Polar4D's fixed protocol);
 * {@code --fit-all} fits them on all rows like the peer, for a like-for-like accuracy check.
 */
@Command(name = "pcaknn", mixinStandardHelpOptions = true,
        description = "Time PCA-kNN (scaler + PCA fit, kNN predict) on .npy arrays or generated data.",
        footer = {"", "Examples:",
            "  polar4d bench pcaknn --patterns X.npy --labels y.npy",
            "  /usr/bin/python3 /work/shared/bench/sklearn_pcaknn.py --patterns X.npy --labels y.npy   # the peer",
            "  polar4d bench pcaknn --patterns X.npy --labels y.npy --fit-all",
            "  polar4d bench pcaknn --random 20000 4096"})
public final class BenchPcaKnnCommand implements Callable<Integer> {

    @Mixin
    GlobalOptions global;

    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @ArgGroup(exclusive = false)
        Files files;

        @Option(names = "--random", arity = "2", paramLabel = "N D",
                description = "Generated low-rank data with 8 classes: N patterns of D features.")
        int[] random;
    }

    static final class Files {
        @Option(names = "--patterns", required = true, paramLabel = "X.npy", description = "Patterns, N×H×W or N×D.")
        Path patterns;

        @Option(names = "--labels", required = true, paramLabel = "y.npy", description = "Integer labels 0..7.")
        Path labels;
    }

    @Option(names = "--components", defaultValue = "20", description = "PCA components (default: ${DEFAULT-VALUE}).")
    int components;

    @Option(names = "--k", defaultValue = "5", description = "Neighbours (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--seed", defaultValue = "888", description = "Split and PCA seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--fit-all", description = "Fit scaler and PCA on all rows (the peer's protocol).")
    boolean fitAll;

    @Override
    public Integer call() throws Exception {
        if (components < 1 || k < 1) {
            throw new UsageException("--components and --k must be >= 1");
        }
        NativeRuntime.ensureInitialised();
        try (PatternSet set = input.random != null ? generated(input.random[0], input.random[1])
                : NpyPatternSet.open(input.files.patterns, input.files.labels)) {
            if (set.size() < 10 || set.size() * 0.9 < Math.max(k, components)) {
                throw new UsageException("need more patterns than " + set.size() + " for k = " + k + " and "
                        + components + " components");
            }
            NumpySplit.Split split = NumpySplit.trainTestSplit(set.size(), 0.1, seed);
            Map<String, Object> json = fitAll ? runFitAll(set, split) : runTrainOnly(set, split);
            spec.commandLine().getOut().println(JsonText.of(json));
        }
        return 0;
    }

    private Map<String, Object> runTrainOnly(PatternSet set, NumpySplit.Split split) {
        long t0 = System.nanoTime();
        PcaKnnModel model = fit(set, split.train());
        float[] testProjections = model.project(rows(set, split.test()), split.test().length);
        long t1 = System.nanoTime();
        int[] votes = model.knn().votes(testProjections, split.test().length);
        long t2 = System.nanoTime();
        return result(set, t0, t1, t2, accuracy(votes, set, split.test()), "train-only");
    }

    private Map<String, Object> runFitAll(PatternSet set, NumpySplit.Split split) {
        long t0 = System.nanoTime();
        int[] all = new int[set.size()];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        float[] projections = fit(set, all).knn().points(); // rows in index order
        long t1 = System.nanoTime();
        float[] train = gather(projections, split.train());
        int[] labels = new int[split.train().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = set.label(split.train()[i]);
        }
        KnnClassifier knn = new KnnClassifier(train, labels, components, k);
        int[] votes = knn.votes(gather(projections, split.test()), split.test().length);
        long t2 = System.nanoTime();
        return result(set, t0, t1, t2, accuracy(votes, set, split.test()), "fit-all");
    }

    private PcaKnnModel fit(PatternSet set, int[] indices) {
        try {
            return PcaKnnTrainer.fit(set, indices, components, k, seed, Augmentation.NONE, Map.of(), Progress.NONE);
        } catch (org.polar4d.core.progress.CanceledException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Object> result(PatternSet set, long t0, long t1, long t2, double accuracy, String protocol) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peer", "polar4d");
        json.put("protocol", protocol);
        json.put("n", set.size());
        json.put("d", set.pixels());
        json.put("scale_pca_s", round((t1 - t0) / 1e9));
        json.put("knn_fit_predict_s", round((t2 - t1) / 1e9));
        json.put("total_s", round((t2 - t0) / 1e9));
        json.put("accuracy", Math.round(accuracy * 1e4) / 1e4);
        return json;
    }

    private float[] gather(float[] projections, int[] indices) {
        int c = components;
        float[] out = new float[indices.length * c];
        for (int i = 0; i < indices.length; i++) {
            System.arraycopy(projections, indices[i] * c, out, i * c, c);
        }
        return out;
    }

    private static float[] rows(PatternSet set, int[] indices) {
        float[] out = new float[indices.length * set.pixels()];
        for (int i = 0; i < indices.length; i++) {
            set.read(indices[i], out, i * set.pixels());
        }
        return out;
    }

    private static double accuracy(int[] votes, PatternSet set, int[] indices) {
        int correct = 0;
        for (int i = 0; i < indices.length; i++) {
            if (KnnClassifier.winner(votes, i * 8) == set.label(indices[i])) {
                correct++;
            }
        }
        return (double) correct / indices.length;
    }

    private static double round(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    /**
     * Low-rank data like the peer's {@code --random}: 8 class centres in a 40-D latent space, latent
     * noise σ = 2, a random 40 × D basis and feature noise σ = 5 (Java's generator, so the values
     * differ from NumPy's).
     */
    static ArrayPatternSet generated(int n, int d) throws UsageException {
        if (n < 10 || d < 1 || (long) n * d > Integer.MAX_VALUE - 8) {
            throw new UsageException("--random N D needs N >= 10, D >= 1 and N·D < 2^31");
        }
        SplittableRandom r = new SplittableRandom(0);
        int latent = 40;
        double[][] centres = new double[8][latent];
        double[][] basis = new double[latent][d];
        for (double[] row : centres) {
            for (int j = 0; j < latent; j++) {
                row[j] = r.nextGaussian();
            }
        }
        for (double[] row : basis) {
            for (int j = 0; j < d; j++) {
                row[j] = r.nextGaussian();
            }
        }
        float[] x = new float[n * d];
        int[] y = new int[n];
        double[] z = new double[latent];
        for (int i = 0; i < n; i++) {
            y[i] = r.nextInt(8);
            for (int j = 0; j < latent; j++) {
                z[j] = centres[y[i]][j] + 2 * r.nextGaussian();
            }
            for (int c = 0; c < d; c++) {
                double v = 5 * r.nextGaussian();
                for (int j = 0; j < latent; j++) {
                    v += z[j] * basis[j][c];
                }
                x[i * d + c] = (float) v;
            }
        }
        int[] zeros = new int[n];
        int[] rowsIdx = new int[n];
        for (int i = 0; i < n; i++) {
            rowsIdx[i] = i;
        }
        return new ArrayPatternSet(1, d, x, y, zeros, rowsIdx, zeros, List.of("random"), Map.of());
    }
}
