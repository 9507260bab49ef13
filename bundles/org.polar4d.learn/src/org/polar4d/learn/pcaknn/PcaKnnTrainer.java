package org.polar4d.learn.pcaknn;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.predict.PatternPrediction;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.runtime.NativeRuntime;

/**
 * Fits PCA-kNN (PAPER §9, with the leakage fixed): the scaler and the PCA see the training rows
 * only; the training rows may be augmented (statically: one fixed augmented copy per pattern),
 * evaluation rows never are.
 */
public final class PcaKnnTrainer {

    /** Extra basis vectors of the randomized PCA beyond the requested components. */
    public static final int OVERSAMPLING = 10;
    /** Passes over the training rows of the randomized PCA (each applies ZᵀZ once; Krylov basis = passes × block). */
    public static final int PASSES = Integer.getInteger("polar4d.pca.passes", 4); // TODO fixed
    /** Standardised training rows up to this size stay off-heap between PCA passes. */
    public static final long CACHE_BYTES = 1L << 30;

    private PcaKnnTrainer() {
    }

    /**
     * Fits scaler, PCA and kNN on {@code trainIndices} of {@code set}.
     *
     * @param metrics extra metrics to store with the model (sizes, accuracies, ...)
     */
    public static PcaKnnModel fit(PatternSet set, int[] trainIndices, int components, int k, long seed,
            Augmentation augmentation, Map<String, String> metrics, Progress progress) throws CanceledException {
        NativeRuntime.ensureInitialised();
        long start = System.nanoTime();
        TrainingRows rows = new TrainingRows(set, trainIndices, augmentation, seed, CACHE_BYTES);
        StandardScaler scaler = rows.fitScaler(progress.slice(0, 0.15));
        RandomizedPca.Fit pca = RandomizedPca.fit(rows, components, components + OVERSAMPLING, PASSES, seed,
                progress.slice(0.15, 1));
        KnnClassifier knn = new KnnClassifier(pca.projections(), rows.labels(), components, k);
        Map<String, String> m = new LinkedHashMap<>();
        m.put("seed", Long.toString(seed));
        m.put("trainSize", Integer.toString(trainIndices.length));
        m.put("components", Integer.toString(components));
        m.put("k", Integer.toString(k));
        m.put("explainedVariance", String.format(Locale.ROOT, "%.6f", explained(pca, rows.totalVariance())));
        m.put("fitSeconds", String.format(Locale.ROOT, "%.3f", (System.nanoTime() - start) / 1e9));
        m.putAll(metrics);
        return new PcaKnnModel(set.height(), set.width(), seed, scaler, pca.components(), knn, set.recipe(), m);
    }

    /** Fraction of the standardised total variance the components capture. */
    private static double explained(RandomizedPca.Fit pca, double totalVariance) {
        double captured = 0;
        for (double v : pca.variances()) {
            captured += v;
        }
        return totalVariance > 0 ? captured / totalVariance : Double.NaN;
    }

    /** Fraction of {@code indices} whose prediction equals the label; read in chunks. */
    public static double accuracy(PcaKnnModel model, PatternSet set, int[] indices, Progress progress)
            throws CanceledException {
        if (indices.length == 0) {
            return Double.NaN;
        }
        int d = set.pixels();
        int chunk = 4096;
        int correct = 0;
        float[] buffer = new float[chunk * d];
        for (int from = 0; from < indices.length; from += chunk) {
            progress.checkCanceled();
            int n = Math.min(chunk, indices.length - from);
            for (int i = 0; i < n; i++) {
                set.read(indices[from + i], buffer, i * d);
            }
            PatternPrediction[] p = model.predict(buffer, n);
            for (int i = 0; i < n; i++) {
                if (p[i].classIndex() == set.label(indices[from + i])) {
                    correct++;
                }
            }
            progress.update((double) (from + n) / indices.length, null);
        }
        return (double) correct / indices.length;
    }
}
