package org.polar4d.learn.train;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.polar4d.core.Polar4D;
import org.polar4d.core.augment.Augmentation;
import org.polar4d.core.label.PolarizationClass;
import org.polar4d.core.patterns.PatternSet;
import org.polar4d.core.progress.CanceledException;
import org.polar4d.core.progress.Progress;
import org.polar4d.learn.model.Learner;
import org.polar4d.learn.model.TrainedModel;
import org.polar4d.learn.net.Encoder;
import org.polar4d.learn.net.NetworkFactory;
import org.polar4d.learn.pcaknn.PcaKnnModel;
import org.polar4d.learn.pcaknn.PcaKnnTrainer;
import org.polar4d.learn.runtime.NativeRuntime;

/**
 * Trains a learner on labelled preprocessed patterns, one model per seed.
 *
 * <p>Networks: one split for all seeds (settings' split seed, train/validation/test fractions);
 * per seed a fresh initialisation, shuffling and augmentation stream (PAPER §10). PCA-kNN: per seed
 * a train/test split with that seed (PAPER §9), scaler and PCA fitted on the training part only.
 * Nothing is written here; save the returned run with {@code ModelArchive}.
 */
public final class Trainer {

    private Trainer() {
    }

    /**
     * @param augmentation applied to training patterns only (networks: on the fly every epoch;
     *            PCA-kNN: one fixed augmented copy per pattern); {@link Augmentation#NONE} for none
     * @throws TrainingException if the data cannot be trained on (unlabelled patterns, too few
     *             patterns, patterns too small for the encoder, unusable pretrained weights)
     * @throws CanceledException if {@code progress} was canceled
     */
    public static TrainingRun train(PatternSet set, TrainingSettings settings, Augmentation augmentation,
            Progress progress, TrainingListener listener) throws TrainingException, CanceledException {
        return train(set, settings, augmentation, Map.of(), progress, listener);
    }

    /**
     * As {@link #train(PatternSet, TrainingSettings, Augmentation, Progress, TrainingListener)}, with
     * a description of the augmentation (e.g. its settings' properties) kept in the run and archive.
     */
    public static TrainingRun train(PatternSet set, TrainingSettings settings, Augmentation augmentation,
            Map<String, String> augmentationProperties, Progress progress, TrainingListener listener)
            throws TrainingException, CanceledException {
        checkLabels(set);
        NativeRuntime.ensureInitialised();
        List<Long> seeds = settings.seeds();
        List<TrainedModel> models = new ArrayList<>();
        for (int i = 0; i < seeds.size(); i++) {
            Progress slice = progress.slice((double) i / seeds.size(), (i + 1.0) / seeds.size());
            long seed = seeds.get(i);
            models.add(settings.learner() == Learner.PCAKNN ? trainPcaKnn(set, settings, seed, augmentation, slice)
                    : trainNetwork(set, settings, seed, augmentation, slice, listener));
        }
        progress.update(1, "trained " + models.size() + " model(s)");
        return new TrainingRun(settings, set.height(), set.width(), set.recipe(), set.sources(),
                augmentationProperties, Polar4D.version(), Instant.now().toString(), models);
    }

    private static TrainedModel trainNetwork(PatternSet set, TrainingSettings settings, long seed,
            Augmentation augmentation, Progress progress, TrainingListener listener)
            throws TrainingException, CanceledException {
        int min = Encoder.of(settings.learner()).minInputSize();
        if (set.height() < min || set.width() < min) {
            throw new TrainingException(settings.learner().displayName() + " needs patterns of at least " + min + "×"
                    + min + " pixels, got " + set.height() + "×" + set.width());
        }
        DataSplit split = DataSplit.of(set.size(), settings.trainFraction(), settings.validationFraction(),
                settings.splitSeed());
        if (split.validation().length == 0) {
            throw new TrainingException("the validation split of " + set.size() + " patterns is empty; "
                    + "add patterns or raise validationFraction");
        }
        try {
            return new NetworkTrainer(set, split, settings, augmentation, listener).train(seed, progress);
        } catch (IllegalArgumentException e) {
            throw new TrainingException(e.getMessage(), e);
        }
    }

    private static TrainedModel trainPcaKnn(PatternSet set, TrainingSettings settings, long seed,
            Augmentation augmentation, Progress progress) throws TrainingException, CanceledException {
        DataSplit split = DataSplit.of(set.size(), 1 - settings.pcaTestFraction(), 0, seed);
        int needed = Math.max(settings.knnK(), settings.pcaComponents());
        if (split.train().length < needed) {
            throw new TrainingException("PCA-kNN needs at least " + needed + " training patterns (k = "
                    + settings.knnK() + ", " + settings.pcaComponents() + " components), the split has "
                    + split.train().length);
        }
        if (settings.pcaComponents() > set.pixels()) {
            throw new TrainingException("cannot extract " + settings.pcaComponents() + " components from patterns of "
                    + set.pixels() + " pixels");
        }
        long start = System.nanoTime();
        PcaKnnModel fitted = PcaKnnTrainer.fit(set, split.train(), settings.pcaComponents(), settings.knnK(), seed,
                augmentation, Map.of("testSize", Integer.toString(split.test().length)), progress.slice(0, 0.8));
        double accuracy = PcaKnnTrainer.accuracy(fitted, set, split.test(), progress.slice(0.8, 1));
        Map<String, String> metrics = new java.util.LinkedHashMap<>(fitted.metrics());
        metrics.put("testAccuracy", Double.toString(accuracy));
        metrics.put("trainSeconds", String.format(Locale.ROOT, "%.1f", (System.nanoTime() - start) / 1e9));
        return new PcaKnnModel(fitted.inputHeight(), fitted.inputWidth(), seed, fitted.scaler(), fitted.components(),
                fitted.knn(), fitted.recipe(), metrics);
    }

    /** Every pattern must carry a class label 0..7. */
    private static void checkLabels(PatternSet set) throws TrainingException {
        if (set.size() == 0) {
            throw new TrainingException("the pattern set is empty");
        }
        for (int i = 0; i < set.size(); i++) {
            int label = set.label(i);
            if (label < 0 || label >= PolarizationClass.COUNT) {
                String source = set.sources().isEmpty() ? "?" : set.sources().get(set.sourceIndex(i));
                throw new TrainingException("pattern " + i + " (" + source + ", scan position " + set.row(i) + ","
                        + set.col(i) + ") has no class label (" + label + "); training needs labelled patterns");
            }
        }
    }
}
